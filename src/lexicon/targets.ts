/**
 * Words that make a figure a goal rather than a result. Data only.
 * @module
 */

/** Markers of a goal for the future: 'phấn đấu', 'mục tiêu', 'chỉ tiêu đề ra là'. */
export const TARGET_MARKERS: readonly string[] = [
  'phấn đấu', 'mục tiêu', 'chỉ tiêu đề ra là', 'chỉ tiêu đặt ra là', 'dự kiến', 'kế hoạch đặt ra', 'định hướng',
  'đặt mục tiêu', 'sẽ', 'phải đạt', 'chỉ tiêu đến năm', 'chỉ tiêu năm',
];

/** Markers of an achieved result, which cancel a goal marker nearby: 'đạt và vượt chỉ tiêu'. */
export const ACHIEVED_MARKERS: readonly string[] = ['đạt và vượt', 'vượt chỉ tiêu', 'đạt chỉ tiêu', 'đã đạt', 'đã', 'hoàn thành'];
