/**
 * The words around percentages: what a percentage is of, and the verbs that report one. Data only.
 * @module
 */

/** What a percentage can be 'of': 'đạt 112% kế hoạch', 'bằng 105% dự toán'. */
export const PERCENT_OF: readonly string[] = [
  'kế hoạch', 'kế hoạch năm', 'kế hoạch đề ra', 'kế hoạch giao', 'dự toán', 'dự toán năm', 'dự toán giao',
  'dự toán HĐND tỉnh giao', 'dự toán Trung ương giao', 'chỉ tiêu', 'chỉ tiêu đề ra', 'chỉ tiêu giao', 'chỉ tiêu kế hoạch',
  'chỉ tiêu nghị quyết', 'mục tiêu', 'nhiệm vụ', 'cùng kỳ', 'cùng kỳ năm trước', 'tổng số', 'tổng vốn', 'vốn',
  'tổng dự toán', 'số vốn', 'yêu cầu', 'định mức', 'dân số', 'dân', 'tổng số hộ', 'số hộ', 'lực lượng lao động',
];

/** Words that make what follows a percentage the whole it is a share of: '30% số xã', '50% tổng số hộ'. */
export const SHARE_WORDS: readonly string[] = ['số', 'tổng số', 'trong số'];

/** Verbs that report a percentage against a plan or a whole. */
export const PERCENT_VERBS: readonly string[] = ['đạt', 'bằng', 'chiếm', 'vượt', 'hoàn thành', 'đạt và vượt', 'đạt tỷ lệ', 'đạt tỉ lệ'];
