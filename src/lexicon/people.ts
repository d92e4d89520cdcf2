/**
 * People: honorifics and titles of party, state and mass organizations. Data only.
 * @module
 */

/** Words that introduce a person: 'đồng chí Lò Văn Muôn', 'ông …', 'bà …'. */
export const HONORIFICS: readonly string[] = ['đồng chí', 'ông', 'bà', 'anh', 'chị', 'Thượng tướng', 'Trung tướng', 'Thiếu tướng', 'Đại tá'];

/** Title heads; a title is a head plus the organization it belongs to ('Phó Bí thư Thường trực Tỉnh ủy'). */
export const TITLE_HEADS: readonly string[] = [
  'Tổng Bí thư', 'Chủ tịch nước', 'Thủ tướng', 'Phó Thủ tướng', 'Chủ tịch Quốc hội', 'Phó Chủ tịch Quốc hội',
  'Bí thư', 'Phó Bí thư', 'Phó Bí thư Thường trực', 'Chủ tịch', 'Phó Chủ tịch', 'Phó Chủ tịch Thường trực',
  'Ủy viên', 'Ủy viên Ban Thường vụ', 'Ủy viên Trung ương Đảng', 'Ủy viên Bộ Chính trị', 'Trưởng ban', 'Phó Trưởng ban',
  'Trưởng Ban', 'Phó Trưởng Ban', 'Giám đốc', 'Phó Giám đốc', 'Bộ trưởng', 'Thứ trưởng', 'Trưởng đoàn', 'Phó Trưởng đoàn',
  'Chủ nhiệm', 'Phó Chủ nhiệm', 'Chánh Văn phòng', 'Phó Chánh Văn phòng', 'Tổng Giám đốc', 'Viện trưởng', 'Chánh án',
  'Tư lệnh', 'Chỉ huy trưởng', 'Chính ủy', 'Đại biểu Quốc hội', 'Trưởng phòng', 'Phó Trưởng phòng', 'Hiệu trưởng',
];
