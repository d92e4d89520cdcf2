/**
 * The words of change: increase and decrease verbs, before/after frames, comparison baselines.
 * Data only.
 * @module
 */

/** Verbs that say a figure went up. */
export const INCREASE_VERBS: readonly string[] = [
  'tăng', 'tăng lên', 'tăng thêm', 'nâng lên', 'tăng trưởng', 'gia tăng', 'gấp', 'tăng gấp',
];

/** Verbs that say a figure went down. */
export const DECREASE_VERBS: readonly string[] = [
  'giảm', 'giảm xuống', 'giảm đi', 'giảm được', 'hạ', 'hạ xuống',
];

/**
 * Verbs that say what was done and only make a change when a before/after frame beside them
 * agrees ('từ 95 bản xuống còn 8 bản, xóa được 87 bản'); alone they govern a count.
 */
export const LINKED_DECREASE_VERBS: readonly string[] = ['xóa', 'xóa được', 'thu hẹp', 'cắt giảm', 'tinh giản', 'xóa bỏ'];

/** Verbs that move a level to a new value: 'đưa tỷ lệ hộ nghèo xuống còn 0,8%', 'nâng tỷ lệ … lên 84,5%'. */
export const LEVEL_VERBS: readonly (readonly [string, 'increase' | 'decrease' | undefined])[] = [
  ['đưa', undefined],
  ['nâng', 'increase'],
  ['tăng', 'increase'],
  ['kéo', undefined],
  ['giảm', 'decrease'],
  ['hạ', 'decrease'],
];

/** Words before a percentage that restate a change relatively: 'giảm 42 thôn (tương đương 35,6%)'. */
export const EQUIVALENT_WORDS: readonly string[] = ['tương đương', 'tương ứng', 'tương ứng với', 'tương đương với'];

/** Hedges between a growth phrase and its verb: 'tăng trưởng kinh tế bình quân ước đạt …'. */
export const HEDGE_WORDS: readonly string[] = ['bình quân', 'ước', 'ước tính', 'dự kiến', 'trung bình'];

/** Nouns of growth whose reported rate is an increase: 'tăng trưởng kinh tế đạt 7,2%'. */
export const GROWTH_NOUNS: readonly string[] = ['tăng trưởng', 'tốc độ tăng trưởng'];

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

/** Words that may stand between a change verb and its amount: 'tăng thêm 12', 'giảm bình quân 1,9%'. */
export const DELTA_FILLERS: readonly string[] = [
  'thêm', 'được', 'bình quân', 'trung bình', 'mạnh', 'nhẹ', 'ước', 'ước tính', 'khoảng', 'gần', 'hơn', 'trên', 'tới',
  'đến', 'chừng', 'xấp xỉ', 'đi', 'tương ứng', 'tiếp', 'tổng cộng', 'tổng số', 'tất cả', 'nhiều nhất với', 'ít nhất với',
];

/** Phrases in which a change verb is not one: 'xe tăng', 'hạ tầng', 'tăng cường', 'tăng âm'. */
export const NOT_CHANGE_COMPOUNDS: readonly string[] = [
  'xe tăng', 'hạ tầng', 'tăng cường', 'tăng âm', 'tăng ca', 'tăng gia', 'giảm nhẹ', 'giảm thiểu', 'hạ thủy', 'hạ cánh',
  'hạ giới', 'tăng tốc', 'giảm tốc', 'giảm sốc', 'thu hẹp khoảng cách',
];

/** Verbs of multiplying, whose figure is a multiplier even without 'lần': 'gấp ba', 'gấp đôi'. */
export const MULTIPLIER_VERBS: readonly string[] = ['gấp', 'tăng gấp'];

/** Verbs of merging: 'sáp nhập 58 xóm thành 27 xóm'. */
export const MERGE_VERBS: readonly string[] = ['sáp nhập', 'hợp nhất', 'nhập', 'gộp', 'sắp xếp', 'ghép', 'ghép, sáp nhập', 'sắp xếp, sáp nhập'];

/** What introduces a comparison baseline: 'so với cùng kỳ năm 2019'. */
export const BASELINE_MARKERS: readonly string[] = ['so với', 'so'];

/** The word after a figure that makes it a multiplier: 'tăng 2,6 lần'. */
export const MULTIPLIER_WORDS: readonly string[] = ['lần'];

/** Words for the current state in 'hiện còn 135 bản, giảm 193 bản so với năm 2016'. */
export const CURRENT_STATE_MARKERS: readonly string[] = ['hiện còn', 'nay còn', 'đến nay còn', 'hiện có', 'còn lại'];

/** Words that mark a rate as a level ('tỷ lệ', 'độ che phủ'), so that its change in % is in points. */
export const RATE_NOUNS: readonly string[] = [
  'tỷ lệ', 'tỉ lệ', 'độ che phủ', 'tốc độ tăng trưởng', 'tăng trưởng', 'lãi suất', 'chỉ số',
];

/** What opens the result of a merge: 'sáp nhập 58 xóm thành 27 xóm'. */
export const MERGE_RESULT_WORDS: readonly string[] = ['thành', 'thành lập', 'để thành lập', 'lại thành'];

/**
 * Economic and budget indicators that may be the subject of a change ('GRDP tăng 7,5%', 'giá trị
 * sản xuất lâm nghiệp tăng 6,4%', 'xuất khẩu nông, thủy sản tăng 11,3%').
 */
export const INDICATOR_NOUNS: readonly string[] = [
  'GRDP', 'GDP', 'tổng sản phẩm', 'chỉ số', 'chỉ số sản xuất công nghiệp', 'IIP', 'giá trị sản xuất', 'tổng giá trị sản xuất',
  'kim ngạch', 'kim ngạch xuất khẩu', 'xuất khẩu', 'nhập khẩu', 'thu ngân sách', 'tổng thu ngân sách', 'doanh thu',
  'vốn đầu tư', 'tổng vốn đầu tư', 'đảng phí', 'thu nhập', 'thu nhập bình quân', 'tổng mức bán lẻ',
];

/** Openers of a sentence that frame a change and are not its subject: 'Đến nay toàn tỉnh đã giảm …'. */
export const SUBJECT_FRAME_OPENERS: readonly string[] = ['đến nay', 'hiện nay', 'tính đến nay', 'sau sắp xếp', 'sau sáp nhập'];

/** Auxiliaries between a subject and its verb or figure: 'toàn tỉnh đã giảm', 'GRDP vẫn tăng', 'tỷ lệ hộ nghèo còn', 'duy trì ở mức'. */
export const SUBJECT_AUXILIARIES: readonly string[] = ['đã', 'vẫn', 'đều', 'cũng', 'đã được', 'tiếp tục', 'mới', 'còn', 'chỉ', 'duy trì ở mức', 'ở mức', 'là', 'phải', 'xấp xỉ', 'chừng'];

/**
 * Time phrases that may close the subject of a change and are not part of what changes: a count of
 * months ('9 tháng', '6 tháng đầu năm'), a year ('năm 2024'), a periodic phrase ('mỗi năm').
 */
export const SUBJECT_TIME_TAILS = {
  /** Units after a count: '9 tháng'. */
  countedUnits: ['tháng'],
  /** What may follow such a count: '6 tháng đầu năm'. */
  unitQualifiers: ['đầu năm', 'cuối năm'],
  /** The word before a year: 'năm 2024'. */
  yearWords: ['năm'],
  /** Periodic phrases: 'mỗi năm', 'hằng tháng'. */
  periodic: ['mỗi năm', 'hằng năm', 'hàng năm', 'mỗi tháng', 'hằng tháng', 'hàng tháng', 'mỗi quý', 'hằng quý', 'hàng quý'],
} as const;
