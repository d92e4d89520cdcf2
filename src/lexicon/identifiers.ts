/**
 * Words after which a figure names something instead of counting it. Data only.
 * @module
 */

/** 'số 05', 'khóa 12', 'Trung ương 4', 'Khu 3', 'Tổ 7', 'Quốc lộ 6', 'điều 5', 'khoản 2'. */
export const IDENTIFIER_WORDS: readonly string[] = [
  'số', 'khóa', 'ương', 'khu', 'tổ', 'lộ', 'điều', 'khoản', 'mục', 'chương', 'phần', 'phòng', 'tầng', 'lô',
  'kỳ', 'đợt', 'lần', 'thứ', 'hạng', 'cấp', 'bậc', 'tuyến', 'km', 'cầu', 'đường', 'ấp', 'xóm',
];
