/**
 * Points of time that open or close a period ('năm 2016', 'tháng 6/2025', 'quý III/2025',
 * 'ngày 5/8/2020'), as a regex source and a reader of their parts.
 * @module
 */
import type { DateParts } from '../../types.js';
import { DAY, MONTH, ROMAN, YEAR, caseless, dateParts } from '../date/calendar.js';

/** 'tháng' in any case. */
const THANG = caseless('tháng');
/** 'năm' in any case. */
const NAM = caseless('năm');
/** 'quý' in any case. */
const QUY = caseless('quý');
/** 'ngày' in any case. */
const NGAY = caseless('ngày');

/**
 * Regex source of one point of time, longest forms first, without capture groups.
 * 'ngày 5/8/2020', 'tháng 6/2025', 'tháng 6 năm 2025', 'quý III/2025', 'năm 2016', '2016', 'tháng 9'.
 */
export const POINT = [
  `(?:${NGAY}\\s+)?${DAY}\\s*[/.-]\\s*${MONTH}\\s*[/.-]\\s*${YEAR}`,
  `${NGAY}\\s+${DAY}\\s+${THANG}\\s+${MONTH}\\s+${NAM}\\s+${YEAR}`,
  `${THANG}\\s+${MONTH}\\s*[/-]\\s*${YEAR}`,
  `${THANG}\\s+${MONTH}\\s+${NAM}\\s+${YEAR}`,
  `${QUY}\\s+(?:${ROMAN}|[1-4])\\s*[/-]\\s*${YEAR}`,
  `${QUY}\\s+(?:${ROMAN}|[1-4])\\s+${NAM}\\s+${YEAR}`,
  `(?:${NAM}\\s+)?${YEAR}`,
  `${THANG}\\s+${MONTH}`,
].map((s) => `(?:${s})`).join('|');

/** Reads the parts of a point matched by {@link POINT}. */
export function pointParts(text: string): DateParts | undefined {
  const t = text.toLowerCase().replace(/\s+/g, ' ');
  let m = /^(?:ngày )?(\d{1,2}) ?[/.-] ?(\d{1,2}) ?[/.-] ?(\d{4})$/.exec(t);
  if (m) return dateParts({ day: m[1], month: m[2], year: m[3] });
  m = /^ngày (\d{1,2}) tháng (\d{1,2}) năm (\d{4})$/.exec(t);
  if (m) return dateParts({ day: m[1], month: m[2], year: m[3] });
  m = /^tháng (\d{1,2})(?: ?[/-] ?| năm )(\d{4})$/.exec(t);
  if (m) return dateParts({ month: m[1], year: m[2] });
  m = /^quý ([ivx]+|[1-4])(?: ?[/-] ?| năm )(\d{4})$/.exec(t);
  if (m) return dateParts({ quarter: (m[1] as string).toUpperCase(), year: m[2] });
  m = /^(?:năm )?(\d{4})$/.exec(t);
  if (m) return dateParts({ year: m[1] });
  m = /^tháng (\d{1,2})$/.exec(t);
  if (m) return dateParts({ month: m[1] });
  return undefined;
}
