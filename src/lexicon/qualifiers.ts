/**
 * Qualifiers that make a figure approximate or bounded, written right before it ('hơn 100',
 * 'khoảng 3,5 tỷ'), and the words that close an open range ('từ 10 trở lên'). Data only.
 * @module
 */
import type { Approx } from '../types.js';

/** Qualifier phrases (lower case) before a figure and what they mean. */
export const QUALIFIERS: Readonly<Record<string, Approx>> = {
  'hơn': 'over',
  'trên': 'over',
  'ngoài': 'over',
  'dưới': 'under',
  'chưa đến': 'under',
  'chưa tới': 'under',
  'chưa đầy': 'under',
  'không đến': 'under',
  'không tới': 'under',
  'khoảng': 'about',
  'chừng': 'about',
  'khoảng chừng': 'about',
  'xấp xỉ': 'about',
  'ước': 'about',
  'ước tính': 'about',
  'ước khoảng': 'about',
  'ước đạt': 'about',
  'ước tính khoảng': 'about',
  'gần': 'nearly',
  'suýt': 'nearly',
  'gần như': 'nearly',
  'ít nhất': 'at_least',
  'tối thiểu': 'at_least',
  'không dưới': 'at_least',
  'không ít hơn': 'at_least',
  'tối đa': 'at_most',
  'không quá': 'at_most',
  'không vượt quá': 'at_most',
  'nhiều nhất': 'at_most',
};

/** Words that close 'từ <n> …' into an open bound: 'từ 10 tuổi trở lên' → at_least. */
export const OPEN_BOUND_CLOSERS: Readonly<Record<string, Approx>> = {
  'trở lên': 'at_least',
  'trở xuống': 'at_most',
};

/** The word that opens a range or an open bound: 'từ 60 - 80', 'từ 10 trở lên'. */
export const RANGE_OPENER = 'từ';

/** Words between the two ends of a range: 'từ 10 đến 15', '5-6%'. */
export const RANGE_JOINERS: ReadonlySet<string> = new Set(['-', '~', 'đến', 'tới']);
