/**
 * Words that make a figure a goal rather than a result. Data only.
 * @module
 */

/** Markers of a goal for the future: 'phấn đấu', 'mục tiêu', 'chỉ tiêu đề ra là'. */
export const TARGET_MARKERS: readonly string[] = [
  'phấn đấu', 'mục tiêu', 'chỉ tiêu đề ra', 'chỉ tiêu', 'đề ra', 'dự kiến', 'kế hoạch đặt ra', 'định hướng',
  'phấn đấu đến năm', 'đặt mục tiêu', 'sẽ', 'cần', 'phải đạt', 'tiếp tục', 'đến năm',
];

/** Markers of an achieved result, which cancel a goal marker nearby: 'đạt và vượt chỉ tiêu'. */
export const ACHIEVED_MARKERS: readonly string[] = ['đạt và vượt', 'vượt chỉ tiêu', 'đạt chỉ tiêu', 'đã đạt', 'đã', 'hoàn thành'];
