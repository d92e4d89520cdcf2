/**
 * Points of time that open or close a period ('năm 2016', 'tháng 6/2025', 'quý III/2025',
 * 'ngày 5/8/2020'), as a regex source and a reader of their parts.
 * @module
 */
import type { DateParts } from '../../types.js';
import { DAY, MONTH, ROMAN, YEAR, dateParts, DAY_WORD_PATTERN, MONTH_WORD_PATTERN, QUARTER_WORD_PATTERN, YEAR_WORD_PATTERN } from '../date/calendar.js';
import { DAY_WORD, MONTH_WORD, QUARTER_WORD, YEAR_WORD } from '../../lexicon/time.js';

/**
 * Regex source of one point of time, longest forms first, without capture groups.
 * 'ngày 5/8/2020', 'tháng 6/2025', 'tháng 6 năm 2025', 'quý III/2025', 'năm 2016', '2016', 'tháng 9'.
 */
export const POINT = [
  `(?:${DAY_WORD_PATTERN}\\s+)?${DAY}\\s*[/.-]\\s*${MONTH}\\s*[/.-]\\s*${YEAR}`,
  `${DAY_WORD_PATTERN}\\s+${DAY}\\s+${MONTH_WORD_PATTERN}\\s+${MONTH}\\s+${YEAR_WORD_PATTERN}\\s+${YEAR}`,
  `${MONTH_WORD_PATTERN}\\s+${MONTH}\\s*[/-]\\s*${YEAR}`,
  `${MONTH_WORD_PATTERN}\\s+${MONTH}\\s+${YEAR_WORD_PATTERN}\\s+${YEAR}`,
  `${QUARTER_WORD_PATTERN}\\s+(?:${ROMAN}|[1-4])\\s*[/-]\\s*${YEAR}`,
  `${QUARTER_WORD_PATTERN}\\s+(?:${ROMAN}|[1-4])\\s+${YEAR_WORD_PATTERN}\\s+${YEAR}`,
  `(?:${YEAR_WORD_PATTERN}\\s+)?${YEAR}`,
  `${MONTH_WORD_PATTERN}\\s+${MONTH}`,
].map((s) => `(?:${s})`).join('|');

/** The forms {@link pointParts} reads, over the point in lower case with single spaces. */
const FORMS = {
  dayMonthYear: new RegExp(`^(?:${DAY_WORD} )?(\\d{1,2}) ?[/.-] ?(\\d{1,2}) ?[/.-] ?(\\d{4})$`),
  dayMonthYearInWords: new RegExp(`^${DAY_WORD} (\\d{1,2}) ${MONTH_WORD} (\\d{1,2}) ${YEAR_WORD} (\\d{4})$`),
  monthYear: new RegExp(`^${MONTH_WORD} (\\d{1,2})(?: ?[/-] ?| ${YEAR_WORD} )(\\d{4})$`),
  quarterYear: new RegExp(`^${QUARTER_WORD} ([ivx]+|[1-4])(?: ?[/-] ?| ${YEAR_WORD} )(\\d{4})$`),
  year: new RegExp(`^(?:${YEAR_WORD} )?(\\d{4})$`),
  month: new RegExp(`^${MONTH_WORD} (\\d{1,2})$`),
};

/** Reads the parts of a point matched by {@link POINT}. */
export function pointParts(text: string): DateParts | undefined {
  const t = text.toLowerCase().replace(/\s+/g, ' ');
  let m = FORMS.dayMonthYear.exec(t);
  if (m) return dateParts({ day: m[1], month: m[2], year: m[3] });
  m = FORMS.dayMonthYearInWords.exec(t);
  if (m) return dateParts({ day: m[1], month: m[2], year: m[3] });
  m = FORMS.monthYear.exec(t);
  if (m) return dateParts({ month: m[1], year: m[2] });
  m = FORMS.quarterYear.exec(t);
  if (m) return dateParts({ quarter: (m[1] as string).toUpperCase(), year: m[2] });
  m = FORMS.year.exec(t);
  if (m) return dateParts({ year: m[1] });
  m = FORMS.month.exec(t);
  if (m) return dateParts({ month: m[1] });
  return undefined;
}
