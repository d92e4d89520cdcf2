/**
 * What is NOT a numeral mention although it is made of digits: dates ('16/10', '15/3/2019',
 * 'sáng 5.3', 'tối 23-9', 'ngày 5 tháng 8 năm 2020'), clock times ('8h30', '14:30', 'lúc 14 giờ'),
 * phone numbers ('0912 345 678') and document codes ('04-NQ/TU', '123/NĐ-CP'). Each check looks at
 * the normalized text at the first digit and returns where the thing ends, or undefined.
 * @module
 */
import { DATE_WORDS, DAY_NUMBER_WORDS, HOUR_WORD, MINUTE_WORD, MONTH_WORD, TIME_AFTER_WORDS, TIME_BEFORE_WORDS, YEAR_WORD } from '../lexicon/numerals.js';

/** A phone number: a leading 0 and 9–11 digits in groups: '0912 345 678', '0912.345.678', '02363 822 111'. */
const PHONE = /0\d{1,4}(?:[ .-]?\d{2,8}){1,3}(?![\d\p{L}])/uy;

/** A clock time glued together: '8h30', '8h', '14:30', '14g30', '7h15\''. */
const GLUED_TIME = /\d{1,2}(?:[hg:]\d{2}(?::\d{2})?|[hg])(?![\p{L}\p{N}])/uy;

/** A document code: digits, then a '-' or '/' and an upper-case letter: '04-NQ/TU', '123/NĐ-CP', '12/2020/NĐ-CP'. */
const CODE = /\d{1,6}(?:[-/.]\d{1,6}){0,3}[-/]\p{Lu}[\p{L}\p{M}\p{N}/.-]*/uy;

/** A full date: '15/3/2019', '5.8.2020', '23-9-2020' (two- or four-digit year). */
const FULL_DATE = /(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?![\d\p{L}])/uy;

/** A month and year: '5/2020', '12.2019'. */
const MONTH_YEAR = /(\d{1,2})[/.-](\d{4})(?![\d\p{L}])/uy;

/** A day and month: '16/10', '5.3', '23-9'. */
const DAY_MONTH = /(\d{1,2})([/.-])(\d{1,2})(?![\d\p{L}]|[.,/-]\d)/uy;

/** A range of days in one month: '17-18/9', '14-15/8/2020'. */
const DAY_RANGE = /(\d{1,2})-(\d{1,2})[/.](\d{1,2})(?:[/.](?:\d{4}|\d{2}))?(?![\d\p{L}]|[.,/-]\d)/uy;

/** A plain number of one or two digits: a day or a month after its word. */
const SHORT_NUMBER = /(\d{1,2})(?![\d\p{L}]|[.,/-]\d)/uy;

/** The rest of a written-out date after a day: ' tháng 8', ' tháng 8 năm 2020'. */
const MONTH_TAIL = new RegExp(` +${MONTH_WORD} +\\d{1,2}(?: +${YEAR_WORD} +\\d{4}|[/.-]\\d{4})?(?![\\d\\p{L}])`, 'uy');

/** The year after a month: ' năm 2020'. */
const YEAR_TAIL = new RegExp(` +${YEAR_WORD} +\\d{4}(?![\\d\\p{L}])`, 'uy');

/** An hour word and what may follow it: ' giờ', ' giờ 30', ' giờ 30 phút'. */
const HOUR_TAIL = new RegExp(` *${HOUR_WORD}(?: *(\\d{1,2})(?: *${MINUTE_WORD})?)?(?![\\p{L}\\p{N}])`, 'uy');

/** A word (letters and marks). */
const WORD_AFTER = /^ +([\p{L}\p{M}]+)/u;

/** True when a day and month are a valid calendar pair. */
function validDayMonth(day: number, month: number): boolean {
  return day >= 1 && day <= 31 && month >= 1 && month <= 12;
}

/** True when the code unit `c` is a digit 0–9. */
function isDigitCode(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** True when the code unit `c` separates the parts of a date or a code: '/', '.' or '-'. */
function isSeparatorCode(c: number): boolean {
  return c === 0x2f || c === 0x2e || c === 0x2d;
}

/** True when the code unit `c` follows the hour of a glued clock time: 'h', 'g' or ':' ('8h30', '14g30', '14:30'). */
function isTimeMarkCode(c: number): boolean {
  return c === 0x68 || c === 0x67 || c === 0x3a;
}

/** Length of the run of digits starting at `index` (counted up to `max` + 1, which is enough to tell). */
function digitRun(text: string, index: number, max: number): number {
  let j = index;
  while (j - index <= max && isDigitCode(text.charCodeAt(j))) j++;
  return j - index;
}

/** True when a run of `length` digits after a separator may be part of a written date: a day or month (1 or 2 digits) or a year (4). */
function isDatePartLength(length: number): boolean {
  return length === 1 || length === 2 || length === 4;
}

/** The longest run of digits and separators {@link CODE} reads before its letters: 6 digits, 3 times a separator and 6 digits, and the '-' or '/'. */
const MAX_CODE_NUMBERS = 28;

/**
 * True when the run of digits and separators at `index` ends with a '-' or '/' (and is at most
 * {@link MAX_CODE_NUMBERS} long), as it does before the letters of a code ('04-NQ/TU', '123/NĐ-CP');
 * a figure ('10.000', '2.500 đồng', '5-6') ends with a digit.
 */
function endsWithCodeJoiner(text: string, index: number): boolean {
  let j = index;
  for (;;) {
    const c = text.charCodeAt(j);
    if (!isDigitCode(c) && !isSeparatorCode(c)) break;
    if (j - index >= MAX_CODE_NUMBERS) return false;
    j++;
  }
  const last = text.charCodeAt(j - 1);
  return last === 0x2d || last === 0x2f;
}

/** Runs a sticky regex at `index`, returning the match or null. */
function at(re: RegExp, text: string, index: number): RegExpExecArray | null {
  re.lastIndex = index;
  return re.exec(text);
}

/** Where a phone number, glued clock time or document code starting at `index` ends, or undefined. */
export function skipPhoneTimeOrCode(text: string, index: number): number | undefined {
  // each pattern needs a character that most figures lack: a leading 0, an 'h'/'g'/':' after
  // one or two digits, a separator after at most six digits; without it the pattern is not run
  const run = digitRun(text, index, 6);
  const phone = text.charCodeAt(index) === 0x30 ? at(PHONE, text, index) : null;
  if (phone) {
    const digits = phone[0].replace(/\D/g, '').length;
    if (digits >= 9 && digits <= 12 && (/[ .-]/.test(phone[0]) || phone[0].startsWith('0'))) return index + phone[0].length;
  }
  const time = run <= 2 && isTimeMarkCode(text.charCodeAt(index + run)) ? at(GLUED_TIME, text, index) : null;
  if (time) return index + time[0].length;
  const code = run <= 6 && isSeparatorCode(text.charCodeAt(index + run)) && endsWithCodeJoiner(text, index) ? at(CODE, text, index) : null;
  if (code) return index + code[0].length;
  return undefined;
}

/**
 * Where a date written with separators starting at `index` ends ('17-18/9', '15/3/2019', '5/2020',
 * '16/10', 'sáng 5.3'), or undefined; the arguments are those of {@link skipDate}.
 */
function writtenDate(text: string, index: number, previousWord: string | undefined, afterDate: boolean): number | undefined {
  const range = at(DAY_RANGE, text, index);
  if (range && validDayMonth(Number(range[1]), Number(range[3])) && validDayMonth(Number(range[2]), Number(range[3]))) return index + range[0].length;
  const full = at(FULL_DATE, text, index);
  if (full && validDayMonth(Number(full[1]), Number(full[3]))) return index + full[0].length;
  const my = at(MONTH_YEAR, text, index);
  if (my) {
    const month = Number(my[1]);
    const year = Number(my[2]);
    if (month >= 1 && month <= 12 && year >= 1900 && year <= 2100) return index + my[0].length;
  }
  const dateContext = afterDate || (previousWord !== undefined && DATE_WORDS.has(previousWord));
  const dm = at(DAY_MONTH, text, index);
  if (dm) {
    const day = Number(dm[1]);
    const month = Number(dm[3]);
    if (validDayMonth(day, month)) {
      const sep = dm[2];
      if (dateContext) return index + dm[0].length;
      if ((sep === '/' || sep === '-') && day > month) return index + dm[0].length;
    }
  }
  return undefined;
}

/**
 * Where a date starting at `index` ends, or undefined. `previousWord` is the lower-cased word
 * right before (for 'sáng 5.3', 'ngày 12.4', 'tháng 8'); `afterDate` is true when a date ended
 * just before with only a joiner between ('từ 5/8 đến 10/8').
 */
export function skipDate(text: string, index: number, previousWord: string | undefined, afterDate: boolean): number | undefined {
  // every written date but the one after a day or month word has a separator after its first one or two digits
  // and, after it, one or two digits (a day or month) or four (a year), never the three of a thousands group ('10.000')
  const run = digitRun(text, index, 2);
  if (run <= 2 && isSeparatorCode(text.charCodeAt(index + run)) && isDatePartLength(digitRun(text, index + run + 1, 4))) {
    const written = writtenDate(text, index, previousWord, afterDate);
    if (written !== undefined) return written;
  }
  if (previousWord === undefined || (previousWord !== MONTH_WORD && !DATE_WORDS.has(previousWord))) return undefined;
  const short = at(SHORT_NUMBER, text, index);
  if (short) {
    const n = Number(short[1]);
    const end = index + short[0].length;
    if (previousWord === MONTH_WORD && n >= 1 && n <= 12) {
      const tail = at(YEAR_TAIL, text, end);
      return tail ? end + tail[0].length : end;
    }
    if (previousWord !== undefined && DATE_WORDS.has(previousWord) && n >= 1 && n <= 31) {
      const tail = at(MONTH_TAIL, text, end);
      if (tail) return end + tail[0].length;
      if (DAY_NUMBER_WORDS.has(previousWord)) return end;
    }
  }
  return undefined;
}

/**
 * Where a clock time written with 'giờ' starting at `index` ends ('lúc 14 giờ', '8 giờ 30 phút',
 * '9 giờ sáng'), or undefined. A bare '24 giờ' with no such context is a duration and stays a number.
 */
export function skipClockTime(text: string, index: number, previousWord: string | undefined): number | undefined {
  // the hour is one or two digits, then the hour word after any spaces
  const run = digitRun(text, index, 2);
  if (run > 2) return undefined;
  let word = index + run;
  while (text.charCodeAt(word) === 0x20) word++;
  if (!text.startsWith(HOUR_WORD, word)) return undefined;
  const short = at(SHORT_NUMBER, text, index);
  if (!short) return undefined;
  const hour = Number(short[1]);
  if (hour > 24) return undefined;
  const end = index + short[0].length;
  const tail = at(HOUR_TAIL, text, end);
  if (!tail) return undefined;
  const after = tail.index + tail[0].length;
  const next = WORD_AFTER.exec(text.slice(after, after + 20))?.[1]?.toLowerCase();
  const clock =
    tail[1] !== undefined ||
    (previousWord !== undefined && TIME_BEFORE_WORDS.has(previousWord)) ||
    (next !== undefined && TIME_AFTER_WORDS.has(next));
  return clock ? after : undefined;
}
