/**
 * The words of change: increase and decrease verbs, before/after frames, comparison baselines.
 * Data only.
 * @module
 */

/** Verbs that say a figure went up. */
export const INCREASE_VERBS: readonly string[] = [
  'tăng', 'tăng lên', 'tăng thêm', 'nâng lên', 'nâng', 'nâng tổng số', 'tăng trưởng', 'gia tăng', 'vượt',
];

/** Verbs that say a figure went down. */
export const DECREASE_VERBS: readonly string[] = [
  'giảm', 'giảm xuống', 'giảm đi', 'giảm được', 'thu hẹp', 'xóa được', 'xóa', 'hạ', 'hạ xuống', 'cắt giảm', 'tinh giản',
];

/** What opens the before figure of a before/after frame: 'từ 328 bản …'. */
export const BEFORE_MARKERS: readonly string[] = ['từ'];

/** What opens the after figure, with the direction it implies when the text gives none. */
export const AFTER_MARKERS: readonly (readonly [string, 'increase' | 'decrease' | undefined])[] = [
  ['xuống còn', 'decrease'],
  ['giảm xuống còn', 'decrease'],
  ['giảm còn', 'decrease'],
  ['giảm xuống', 'decrease'],
  ['xuống', 'decrease'],
  ['còn', 'decrease'],
  ['tăng lên', 'increase'],
  ['nâng lên', 'increase'],
  ['lên', 'increase'],
  ['thành', undefined],
  ['đến nay là', undefined],
];

/** Verbs of merging: 'sáp nhập 58 xóm thành 27 xóm'. */
export const MERGE_VERBS: readonly string[] = ['sáp nhập', 'hợp nhất', 'nhập', 'gộp'];

/** What introduces a comparison baseline: 'so với cùng kỳ năm 2019'. */
export const BASELINE_MARKERS: readonly string[] = ['so với', 'so cùng kỳ', 'so với cùng kỳ'];

/** The word after a figure that makes it a multiplier: 'tăng 2,6 lần'. */
export const MULTIPLIER_WORDS: readonly string[] = ['lần'];

/** Words for the current state in 'hiện còn 135 bản, giảm 193 bản so với năm 2016'. */
export const CURRENT_STATE_MARKERS: readonly string[] = ['hiện còn', 'nay còn', 'đến nay còn', 'hiện có', 'còn lại'];

/** Words that mark a rate as a level ('tỷ lệ', 'độ che phủ'), so that its change in % is in points. */
export const RATE_NOUNS: readonly string[] = [
  'tỷ lệ', 'tỉ lệ', 'độ che phủ', 'tốc độ tăng trưởng', 'tăng trưởng', 'lãi suất', 'chỉ số',
];

/** What opens the result of a merge: 'sáp nhập 58 xóm thành 27 xóm'. */
export const MERGE_RESULT_WORDS: readonly string[] = ['thành', 'còn', 'xuống còn'];
