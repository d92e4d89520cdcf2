/**
 * Words that make a figure a goal rather than a result. Data only.
 * @module
 */

/**
 * Markers of a goal for the future: 'phấn đấu', 'mục tiêu', 'chỉ tiêu đề ra là', and a leader's
 * request to the bodies below ('đề nghị các cấp ủy … cả năm kết nạp trên 1.600 đảng viên'); a
 * request without an addressee ('đề nghị thu hồi hơn 3,4 tỷ đồng') states a finding, not a goal.
 */
export const TARGET_MARKERS: readonly string[] = [
  'phấn đấu', 'mục tiêu', 'chỉ tiêu đề ra là', 'chỉ tiêu đặt ra là', 'dự kiến', 'kế hoạch đặt ra', 'định hướng',
  'đặt mục tiêu', 'sẽ', 'phải đạt', 'chỉ tiêu đến năm', 'chỉ tiêu năm',
  'đề nghị các', 'yêu cầu các', 'đề nghị cấp ủy', 'yêu cầu cấp ủy',
];

/**
 * Markers of an achieved result, which cancel a goal marker nearby: 'đạt và vượt chỉ tiêu'.
 * 'hoàn thành' is none: 'phấn đấu hoàn thành 100% chương trình' is a goal, and a finished one is
 * written 'đã hoàn thành'.
 */
export const ACHIEVED_MARKERS: readonly string[] = ['đạt và vượt', 'vượt chỉ tiêu', 'đạt chỉ tiêu', 'đã đạt', 'đã'];

/**
 * Phrases in which a goal word sets no goal: the name of a programme ('Chương trình mục tiêu
 * quốc gia giảm nghèo bền vững') and a result compared with its goal ('tăng 10,28%, cao hơn mục
 * tiêu đề ra').
 */
export const NOT_GOAL_PHRASES: readonly string[] = [
  'chương trình mục tiêu quốc gia', 'chương trình mục tiêu', 'cao hơn mục tiêu', 'thấp hơn mục tiêu', 'so với mục tiêu',
  'vượt mục tiêu', 'đạt mục tiêu', 'về đích sớm so với mục tiêu',
];
