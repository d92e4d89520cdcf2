/**
 * People: honorifics, titles of party, state and mass organizations, family names, and the verbs
 * that end a title. Data only.
 * @module
 */

/** Words that introduce a person: 'đồng chí Lò Văn Muôn', 'ông …', 'bà …'. */
export const HONORIFICS: readonly string[] = [
  'đồng chí', 'ông', 'bà', 'anh', 'chị', 'Thượng tướng', 'Trung tướng', 'Thiếu tướng', 'Đại tướng', 'Đại tá',
  'Thượng tá', 'Trung tá', 'Thiếu tá', 'Đại úy', 'GS', 'PGS', 'TS', 'ThS', 'GS.TS', 'PGS.TS', 'bác sĩ', 'luật sư',
  'nhà báo', 'cụ', 'em', 'chú', 'cô',
];

/**
 * A list of people opened by a plural honorific, which holds for every name in it: 'các đồng chí:
 * A, B …', 'các đồng chí gồm …' (the plural word, the honorifics, and the words that open the list
 * besides ':').
 */
export const LISTED_HONORIFICS = {
  /** The plural word before the honorific: 'các'. */
  plural: ['các'],
  /** The honorifics that may open such a list. */
  honorifics: ['đồng chí'],
  /** Words after the honorific that open the list: 'gồm', 'là'. */
  openers: ['gồm', 'là'],
} as const;

/** Honorifics too common as plain words to open a name of fewer than two syllables ('bà con', 'anh em'). */
export const WEAK_HONORIFICS: readonly string[] = ['ông', 'bà', 'anh', 'chị', 'em', 'cụ', 'chú', 'cô'];

/** Title heads; a title is a head plus the organization it belongs to ('Phó Bí thư Thường trực Tỉnh ủy'). */
export const TITLE_HEADS: readonly string[] = [
  'Tổng Bí thư', 'Chủ tịch nước', 'Phó Chủ tịch nước', 'Thủ tướng', 'Thủ tướng Chính phủ', 'Phó Thủ tướng',
  'Phó Thủ tướng Chính phủ', 'Chủ tịch Quốc hội', 'Phó Chủ tịch Quốc hội', 'Thường trực Ban Bí thư',
  'Bí thư', 'Phó Bí thư', 'Phó Bí thư Thường trực', 'Chủ tịch', 'Phó Chủ tịch', 'Phó Chủ tịch Thường trực',
  'Ủy viên', 'Ủy viên Ban Thường vụ', 'Ủy viên Trung ương Đảng', 'Ủy viên Bộ Chính trị', 'Ủy viên Ban Chấp hành',
  'Ủy viên dự khuyết', 'Trưởng ban', 'Phó Trưởng ban', 'Trưởng Ban', 'Phó Trưởng Ban', 'Phó trưởng ban',
  'Giám đốc', 'Phó Giám đốc', 'Bộ trưởng', 'Thứ trưởng', 'Trưởng đoàn', 'Phó Trưởng đoàn', 'Trưởng Đoàn',
  'Phó Trưởng Đoàn', 'Chủ nhiệm', 'Phó Chủ nhiệm', 'Chánh Văn phòng', 'Phó Chánh Văn phòng', 'Tổng Giám đốc',
  'Phó Tổng Giám đốc', 'Viện trưởng', 'Phó Viện trưởng', 'Chánh án', 'Phó Chánh án', 'Tư lệnh', 'Phó Tư lệnh',
  'Chỉ huy trưởng', 'Chính ủy', 'Đại biểu Quốc hội', 'Đại biểu HĐND', 'Trưởng phòng', 'Phó Trưởng phòng',
  'Hiệu trưởng', 'Phó Hiệu trưởng', 'Tỉnh ủy viên', 'Huyện ủy viên', 'Thành ủy viên', 'Thị ủy viên', 'Quận ủy viên',
  'Đảng ủy viên', 'Cấp ủy viên', 'Trưởng thôn', 'Trưởng bản', 'Trưởng ấp', 'Chánh Thanh tra', 'Tổng Thanh tra',
  'Tổng cục trưởng', 'Cục trưởng', 'Phó Cục trưởng', 'Chi cục trưởng', 'Tổng Kiểm toán', 'Trưởng Công an',
  'Phó Trưởng Công an', 'Bí thư Chi bộ', 'Bí thư Đảng ủy', 'Bí thư Đoàn',
  'Trưởng Ban Tổ chức', 'Trưởng Ban Tuyên giáo', 'Trưởng Ban Dân vận',
  'Người phát ngôn', 'Thư ký', 'Tổng Thư ký', 'Phó Tổng Thư ký', 'Chủ nhiệm Ủy ban Kiểm tra', 'Trưởng Ban Nội chính',
  'Đại sứ', 'Tổng Lãnh sự', 'Tổng Biên tập', 'Phó Tổng Biên tập', 'nguyên Bí thư', 'nguyên Chủ tịch',
];

/** The word before a title that a person held before ('nguyên Phó Chủ tịch UBND tỉnh'), followed by one space. */
export const FORMER_TITLE_PREFIX = 'nguyên ';

/** Words between titles that join two of them: 'Phó Bí thư Tỉnh ủy kiêm Chủ tịch UBND tỉnh'. */
export const TITLE_JOINERS: readonly string[] = ['kiêm', 'đồng thời là', 'kiêm nhiệm'];

/** Verbs and words that end a title when they follow it: 'Chủ tịch HĐND tỉnh nhấn mạnh'. */
export const TITLE_END_WORDS: readonly string[] = [
  'nhấn mạnh', 'phát biểu', 'cho biết', 'trao', 'trao tặng', 'yêu cầu', 'đề nghị', 'chủ trì', 'khẳng định', 'kết luận',
  'chỉ đạo', 'báo cáo', 'trình bày', 'đánh giá', 'ghi nhận', 'biểu dương', 'chúc mừng', 'tặng', 'ký', 'nêu', 'nêu rõ',
  'lưu ý', 'mong muốn', 'bày tỏ', 'thông tin', 'chia sẻ', 'cho rằng', 'nói', 'tham dự', 'dự', 'làm', 'được', 'là',
  'đã', 'sẽ', 'đang', 'vừa', 'cũng', 'cùng', 'với', 'và', 'tại', 'về', 'đến', 'thăm', 'làm việc', 'tiếp', 'gửi',
  'trả lời', 'giải trình', 'quán triệt', 'phát động', 'kiểm tra', 'động viên', 'đề xuất', 'giao', 'hoan nghênh',
  'thừa nhận', 'khai mạc', 'bế mạc', 'điều hành', 'tiếp thu', 'quyết định', 'ban hành', 'đồng ý', 'cam kết',
  'để', 'khi', 'thì', 'này', 'trong', 'trên', 'theo', 'cho', 'của', 'do', 'có', 'không', 'chưa', 'đề cập', 'lý giải',
  'phân tích', 'khen ngợi', 'căn dặn', 'dặn dò', 'tin tưởng', 'hy vọng', 'đánh giá cao', 'nhận định', 'chỉ rõ',
  'tới', 'nhận', 'chứng kiến', 'tái đắc cử', 'được bầu', 'trúng cử', 'trực tiếp', 'ngày', 'sáng', 'chiều', 'tối',
];

/**
 * Vietnamese family names (and the clan names of ethnic minorities that come first), for telling
 * where a name starts after a title: 'Bí thư Tỉnh ủy Giàng Páo Mỷ'.
 */
export const FAMILY_NAMES: readonly string[] = [
  'Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương',
  'Lý', 'Đinh', 'Đào', 'Đoàn', 'Trương', 'Lâm', 'Mai', 'Trịnh', 'Lương', 'Hà', 'Cao', 'Tạ', 'Tô', 'Chu', 'Quách',
  'Lưu', 'Thái', 'Triệu', 'Kiều', 'Từ', 'Tăng', 'Khúc', 'Kim', 'Lại', 'La', 'Âu', 'Mạc', 'Phùng',
  'Thân', 'Tôn', 'Vương', 'Nghiêm', 'Vi', 'Hứa', 'Giang', 'Lạc', 'Doãn', 'Châu', 'Quan', 'Diệp', 'Bạch', 'Tống',
  'Nông', 'Lò', 'Lường', 'Quàng', 'Cà', 'Tòng', 'Lù', 'Giàng', 'Sùng', 'Mùa', 'Vàng', 'Thào', 'Hạng', 'Vừ', 'Lầu',
  'Sồng', 'Chẩu', 'Tao', 'Thạch', 'Sơn', 'Danh', 'Kha', 'Lìu', 'Sầm', 'Hầu', 'Chảo', 'Tẩn', 'Phàn', 'Bàn', 'Lộc',
  'Ma', 'Ly', 'Y', 'H\'', 'Ksor', 'Rmah', 'Siu', 'Rơ', 'Nay', 'Đinh Thị', 'Bế', 'Hoàng Thị', 'Mông', 'Ngân', 'Vì',
  'Lục', 'Trình', 'Khổng', 'Thiều', 'Mẫn', 'Cù', 'Ninh', 'Phí', 'Tiêu', 'Lữ', 'Mã', 'Nhữ', 'Viên', 'Yên', 'Điểu',
];

/** Capitalized phrases that look like names but are not people: 'Hồ Chí Minh' after 'Đoàn Thanh niên Cộng sản'. */
export const NOT_PERSON_NAMES: readonly string[] = [
  'Hồ Chí Minh', 'Việt Nam', 'Nhà nước', 'Trung ương', 'Chính phủ', 'Quốc hội', 'Mặt trận', 'Tổ quốc', 'Thường vụ',
  'Thường trực', 'Đảng', 'Nhân dân', 'Công an', 'Quân đội', 'Biên phòng',
];
