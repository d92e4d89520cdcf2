/**
 * The date rules.
 * @module
 */
import type { Rule } from '../rule.js';
import { dateDayMonth } from './day-month.js';
import { dateDayWords } from './day-words.js';
import { dateMonthYear } from './month-year.js';
import { dateQuarter } from './quarter.js';
import { dateYear } from './year.js';

/** Every date rule, in the order they run. */
export const DATE_RULES: readonly Rule[] = [dateDayMonth, dateDayWords, dateMonthYear, dateQuarter, dateYear];

export { dateDayMonth, dateDayWords, dateMonthYear, dateQuarter, dateYear };
