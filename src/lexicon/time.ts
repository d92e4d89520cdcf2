/**
 * Time words: periods, durations and date frames. Data only.
 * @module
 */

/** Units of a duration ('Qua 3 năm') with the unit name the record uses. */
export const DURATION_UNITS: Readonly<Record<string, 'năm' | 'quý' | 'tháng' | 'tuần' | 'ngày'>> = {
  'năm': 'năm',
  'quý': 'quý',
  'tháng': 'tháng',
  'tuần': 'tuần',
  'ngày': 'ngày',
};

export { DAY_WORD, MONTH_WORD, QUARTER_WORD, YEAR_WORD } from './numerals.js';

/** Words before 'ngày' that open a span of days: 'từ ngày 18 đến 20/8'. */
export const DAY_SPAN_OPENERS: readonly string[] = ['từ'];

/** Words that join the two days of a span of days, besides '-': 'ngày 18 và 19/8', 'từ ngày 18 đến 20/8'. */
export const DAY_SPAN_JOINERS: readonly string[] = ['và', 'đến', 'tới'];

/** Words that mean 'now' at the end of a period: 'Từ năm 2016 đến nay'. */
export const NOW_WORDS: readonly string[] = ['nay', 'hiện nay', 'bây giờ', 'thời điểm này', 'hiện tại'];

/** Words for a span of terms or stages: 'giai đoạn 2016-2020', 'nhiệm kỳ 2020 – 2025'. */
export const PERIOD_NOUNS: readonly string[] = ['giai đoạn', 'nhiệm kỳ', 'thời kỳ', 'kế hoạch', 'niên độ', 'năm học', 'năm'];

/** What joins the two years of a stage ('2016-2020', '2021 đến 2025'); plain text, no pattern characters. */
export const YEAR_RANGE_SEPARATORS: readonly string[] = ['-', 'đến', 'tới'];

/** Words that open a period's first end: 'từ năm 2016', 'kể từ tháng 3/2020'. */
export const PERIOD_FROM_WORDS: readonly string[] = ['từ', 'kể từ', 'bắt đầu từ'];

/** Words that open a period's last end: 'đến nay', 'đến hết tháng 6/2025', 'tới năm 2025'. */
export const PERIOD_TO_WORDS: readonly string[] = ['đến', 'tới', 'đến hết', 'tới hết', 'đến cuối', 'cho đến'];

/** Words before a duration that make it the span of the report: 'Qua 3 năm', 'Trong 3 năm qua', 'sau 5 năm'. */
export const DURATION_OPENERS: readonly string[] = ['qua', 'trong', 'sau', 'suốt', 'sau hơn', 'qua hơn', 'trong hơn', 'trải qua', 'sau gần', 'trong gần'];

/** Words after a duration that make it the span of the report: '9 tháng qua', '5 năm thực hiện'. */
export const DURATION_CLOSERS: readonly string[] = ['qua', 'vừa qua', 'thực hiện', 'triển khai', 'triển khai thực hiện'];

/** Closers that stay in the duration's span ('9 tháng qua'); the others ('5 năm thực hiện') only license the figure. */
export const KEPT_DURATION_CLOSERS: readonly string[] = ['qua', 'vừa qua'];

/**
 * Words that, right after '<n> <unit>', make it no duration: a point in the period ('3 tháng đầu
 * năm', 'năm nay'), an age ('5 năm tuổi'), a unit of work ('600 ngày công').
 */
export const DURATION_BLOCKERS: readonly string[] = ['đầu', 'cuối', 'giữa', 'nay', 'tuổi', 'công'];

/**
 * Words right before a bare '<n> <unit>' that make the figure something else: an ordinal, a
 * number or a term ('lần thứ 9', 'thứ 5 hằng tháng', 'khóa 12').
 */
export const DURATION_PRECEDING_BLOCKERS: readonly string[] = ['thứ', 'số', 'khóa', 'kỳ', 'lần', 'tuổi', 'hạng'];

/** Words before a duration that name what it measures: 'sơ kết 5 năm', 'tổng kết 10 năm'. */
export const REVIEW_WORDS: readonly string[] = ['sơ kết', 'tổng kết', 'nhìn lại', 'đánh giá'];

/** Parts of a year in 'N tháng đầu năm' / 'N tháng cuối năm': which end of the year they count from. */
export const YEAR_PARTS: Readonly<Record<string, 'start' | 'end'>> = {
  'đầu năm': 'start',
  'cuối năm': 'end',
};

/** Words that frame a calendar day: 'ngày 5/8/2020', 'sáng 22/7', 'tối 23-9', 'hôm 3/12'. */
export const DAY_FRAMES: readonly string[] = [
  'ngày', 'sáng', 'trưa', 'chiều', 'tối', 'đêm', 'khuya', 'hôm', 'rạng sáng', 'sáng sớm', 'sáng ngày', 'chiều ngày',
  'tối ngày', 'đêm ngày', 'trưa ngày', 'sáng qua', 'chiều qua', 'tối qua', 'hôm qua', 'đầu giờ sáng', 'đầu giờ chiều',
];

/** Frame words that may stand before a day with a dot or a dash ('sáng 5.3', 'tối 23-9'): times of day only. */
export const TIME_OF_DAY_FRAMES: readonly string[] = [
  'sáng', 'trưa', 'chiều', 'tối', 'đêm', 'khuya', 'hôm', 'rạng sáng', 'sáng sớm', 'ngày', 'sáng qua', 'chiều qua',
  'tối qua', 'hôm qua',
];

/** Words before a year that make it a point of the calendar, kept in the date's span: 'cuối năm 2026'. */
export const YEAR_FRAMES: readonly string[] = ['đầu năm', 'cuối năm', 'giữa năm', 'hết năm', 'trong năm', 'cả năm', 'năm'];

/**
 * Words before 'năm <y>' or 'tháng <m>' that place the date inside the year or month, kept in its
 * span: 'cuối năm 2026', 'đầu năm 2021', 'giữa tháng 5'.
 */
export const DATE_PART_FRAMES: readonly string[] = ['đầu', 'cuối', 'giữa'];

/** Words before 'năm <y>' that make the year a comparison baseline, not a date: 'so với năm 2022'. */
export const BASELINE_YEAR_WORDS: readonly string[] = ['so với', 'so cùng kỳ', 'cùng kỳ', 'bằng', 'như', 'hơn', 'kém'];

/** Number words a duration may be written with: 'ba năm', 'hai ngày'. */
export const DURATION_NUMBER_WORDS: Readonly<Record<string, number>> = {
  'một': 1, 'hai': 2, 'ba': 3, 'bốn': 4, 'tư': 4, 'năm': 5, 'sáu': 6, 'bảy': 7, 'tám': 8, 'chín': 9, 'mười': 10,
  'mười một': 11, 'mười hai': 12, 'mười lăm': 15, 'hai mươi': 20, 'ba mươi': 30, 'vài': 2,
};

/** Month names in words: 'tháng Giêng', 'tháng Chạp' (lunar, kept as month numbers). */
export const MONTH_WORDS: Readonly<Record<string, number>> = {
  'giêng': 1, 'một': 1, 'hai': 2, 'ba': 3, 'tư': 4, 'năm': 5, 'sáu': 6, 'bảy': 7, 'tám': 8, 'chín': 9, 'mười': 10,
  'mười một': 11, 'mười hai': 12, 'chạp': 12,
};
