/**
 * The words of averages and rates: 'bình quân mỗi năm', 'trung bình … /năm', 'hằng năm'. Data only.
 * @module
 */

/** Words that say a figure is an average. */
export const AVERAGE_MARKERS: readonly string[] = ['bình quân', 'trung bình', 'bình quân mỗi', 'trung bình mỗi'];

/** Words that mean 'each' before a unit of time or thing. */
export const EACH_WORDS: readonly string[] = ['mỗi', 'hằng', 'hàng', 'từng'];

/** Units an average or rate may be per: 'mỗi năm', '/năm', 'hằng tháng'. */
export const PER_UNITS: readonly string[] = [
  'năm', 'tháng', 'quý', 'tuần', 'ngày', 'giờ', 'người', 'hộ', 'khẩu', 'lao động', 'xã', 'huyện', 'ha', 'đảng viên',
  'chi bộ', 'học sinh', 'lượt', 'nhiệm kỳ', 'vụ', 'kỳ',
];

/**
 * The units of {@link PER_UNITS} that are units of time. 'mỗi năm' before a figure makes a
 * per-period average on its own; 'mỗi bản', 'mỗi xã' only after an average word ('bình quân mỗi
 * xã'), since 'mỗi bản được cử từ 2 đến 3 đảng viên' assigns a number to each, it averages nothing.
 */
export const TIME_UNITS: readonly string[] = ['năm', 'tháng', 'quý', 'tuần', 'ngày', 'giờ', 'nhiệm kỳ', 'vụ', 'kỳ'];

/** Whole words that mean 'every year' etc. on their own. */
export const PERIODIC_WORDS: readonly (readonly [string, string])[] = [
  ['hằng năm', 'năm'],
  ['hàng năm', 'năm'],
  ['hằng tháng', 'tháng'],
  ['hàng tháng', 'tháng'],
  ['hằng quý', 'quý'],
  ['hàng quý', 'quý'],
  ['hằng tuần', 'tuần'],
  ['hàng tuần', 'tuần'],
  ['hằng ngày', 'ngày'],
  ['hàng ngày', 'ngày'],
];
