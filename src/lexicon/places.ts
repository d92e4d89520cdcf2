/**
 * Places: administrative levels that introduce a place name ('huyện Mường Nhé'). Data only.
 * @module
 */

/** Administrative level words, each the `level` of a place it opens. */
export const PLACE_LEVELS: readonly string[] = [
  'tỉnh', 'thành phố', 'TP', 'huyện', 'thị xã', 'quận', 'xã', 'phường', 'thị trấn', 'thôn', 'bản', 'ấp', 'buôn',
  'làng', 'xóm', 'tổ dân phố', 'khu phố', 'sóc', 'plei',
];
