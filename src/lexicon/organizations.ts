/**
 * Organizations of the party, the state and mass organizations, with abbreviations spelled out.
 * Data only.
 * @module
 */

/** Organization names (as written) → expansion when the name is an abbreviation or contains one. */
export const ORGANIZATIONS: Readonly<Record<string, string | undefined>> = {
  'Tỉnh ủy': undefined,
  'Huyện ủy': undefined,
  'Thành ủy': undefined,
  'Thị ủy': undefined,
  'Quận ủy': undefined,
  'Đảng ủy': undefined,
  'Bộ Chính trị': undefined,
  'Ban Bí thư': undefined,
  'Ban Chấp hành Trung ương': undefined,
  'Quốc hội': undefined,
  'Đoàn đại biểu Quốc hội': undefined,
  'Ngân hàng Chính sách xã hội': undefined,
  'Sở Văn hóa, Thể thao và Du lịch': undefined,
  'Bộ Văn hóa, Thể thao và Du lịch': undefined,
  'Sở Lao động - Thương binh và Xã hội': undefined,
  'Sở Lao động, Thương binh và Xã hội': undefined,
  'Sở Nông nghiệp và Phát triển nông thôn': undefined,
  'Sở Nông nghiệp và Môi trường': undefined,
  'Sở Tài nguyên và Môi trường': undefined,
  'Sở Kế hoạch và Đầu tư': undefined,
  'Sở Tài chính': undefined,
  'Sở Giáo dục và Đào tạo': undefined,
  'Sở Khoa học và Công nghệ': undefined,
  'Sở Thông tin và Truyền thông': undefined,
  'Sở Giao thông vận tải': undefined,
  'Sở Công Thương': undefined,
  'Sở Y tế': undefined,
  'Sở Nội vụ': undefined,
  'Sở Tư pháp': undefined,
  'Sở Xây dựng': undefined,
  'Chính phủ': undefined,
  'Ban Thường vụ': undefined,
  'Ban Chỉ đạo': undefined,
  'Mặt trận Tổ quốc': undefined,
  'Mặt trận Tổ quốc Việt Nam': undefined,
  'Ủy ban Thường vụ Quốc hội': undefined,
  'Thường vụ Quốc hội': undefined,
  'Kiểm toán Nhà nước': undefined,
  'Cục Thuế': undefined,
  'Tổng cục Thuế': undefined,
  'Hội Nông dân': undefined,
  'Hội Liên hiệp Phụ nữ': undefined,
  'Hội Cựu chiến binh': undefined,
  'Đoàn Thanh niên': undefined,
  'Đoàn Thanh niên Cộng sản Hồ Chí Minh': undefined,
  'Liên đoàn Lao động': undefined,
  'HĐND': 'Hội đồng nhân dân',
  'UBND': 'Ủy ban nhân dân',
  'MTTQ': 'Mặt trận Tổ quốc',
  'UBMTTQ': 'Ủy ban Mặt trận Tổ quốc',
  'BCH': 'Ban Chấp hành',
  'BTV': 'Ban Thường vụ',
  'UBKT': 'Ủy ban Kiểm tra',
  'BCĐ': 'Ban Chỉ đạo',
  'LĐLĐ': 'Liên đoàn Lao động',
  'HLHPN': 'Hội Liên hiệp Phụ nữ',
  'HND': 'Hội Nông dân',
  'HCCB': 'Hội Cựu chiến binh',
  'UBTVQH': 'Ủy ban Thường vụ Quốc hội',
  'ĐBQH': 'Đại biểu Quốc hội',
  'VKSND': 'Viện Kiểm sát nhân dân',
  'TAND': 'Tòa án nhân dân',
  'BHXH': 'Bảo hiểm xã hội',
  'BCHQS': 'Bộ Chỉ huy Quân sự',
  'BĐBP': 'Bộ đội Biên phòng',
};

/**
 * Words that open an organization's name but do not name one alone: 'Ban' in 'Ban Dân vận',
 * 'Sở' in 'Sở Nội vụ', 'Đảng bộ' in 'Đảng bộ tỉnh'. A name needs at least one more word after them.
 */
export const ORGANIZATION_HEADS: readonly string[] = [
  'Ban', 'Bộ', 'Sở', 'Ủy ban', 'Hội đồng', 'Hội', 'Đoàn', 'Văn phòng', 'Công an', 'Tòa án', 'Viện Kiểm sát', 'Viện',
  'Mặt trận', 'Đảng bộ', 'Chi bộ', 'Bộ Chỉ huy', 'Ban Chỉ huy', 'Liên đoàn', 'Cục', 'Tổng cục',
  'Chi cục', 'Phòng', 'Trung tâm', 'Kho bạc', 'Ngân hàng', 'Bảo hiểm xã hội', 'Trường Chính trị', 'Học viện',
  'Đài Phát thanh', 'Thanh tra', 'Bộ đội Biên phòng', 'Quân khu', 'Bộ Tư lệnh', 'Tổng công ty',
  'Công ty', 'Hợp tác xã', 'Liên minh', 'Tập đoàn', 'Đảng đoàn', 'Ban cán sự đảng', 'Ban Cán sự Đảng', 'Quỹ',
  'Bệnh viện',
];

/**
 * Heads of schools, whose names are often a person's ('Trường THPT Chu Văn An') or a number
 * ('Trường Tiểu học số 1'): a person's name after them belongs to the school's name.
 */
export const SCHOOL_HEADS: readonly string[] = [
  'Trường Tiểu học', 'Trường Trung học', 'Trường THCS', 'Trường THPT', 'Trường TH', 'Trường Mầm non', 'Trường Mẫu giáo',
  'Trường Đại học', 'Trường ĐH', 'Trường Cao đẳng', 'Trường Trung cấp', 'Trường Phổ thông', 'Trường PTDTNT',
  'Trường PTDTBT', 'Trường Dân tộc nội trú', 'Trường Phổ thông dân tộc nội trú', 'Trường Phổ thông dân tộc bán trú',
];

/**
 * Lower-case runs that belong to an organization's name after a capitalized word or a head,
 * where the capitalization pattern alone would end the name: 'Hội đồng nhân dân',
 * 'Phòng Cảnh sát giao thông', 'Trung tâm Y tế dự phòng', 'Trường Trung học phổ thông'.
 */
export const ORGANIZATION_LOWER_TAILS: readonly string[] = [
  'nhân dân', 'nông thôn', 'đồng nhân dân', 'ban nhân dân', 'sát nhân dân', 'án nhân dân', 'hiểm xã hội',
  'sách xã hội', 'lý dự án', 'lý dự án đầu tư xây dựng', 'người nghèo', 'hiểm y tế', 'giao thông', 'công chính',
  'vận tải', 'dự phòng', 'thập đỏ', 'phổ thông', 'cơ sở', 'thị trường', 'và phát triển nông thôn', 'dân tộc nội trú',
  'dân tộc bán trú', 'đa khoa', 'chất lượng', 'xã hội',
];

/**
 * Two-syllable words of official names whose second syllable is also a verb or a function word
 * that would end a name ('giao', 'không', 'ký'): 'Bộ Ngoại giao', 'Cục Hàng không Việt Nam'.
 */
export const ORGANIZATION_BODIES: readonly string[] = [
  'Ngoại giao', 'Hàng không', 'Phòng không', 'Đăng ký', 'Văn hóa thông tin', 'Văn hóa - Thông tin',
];

/**
 * Heads of bodies named after their task ('Ban Chỉ đạo xóa nhà tạm, nhà dột nát tỉnh',
 * 'Ban Quản lý dự án đầu tư xây dựng tỉnh'): their name runs on in lower case up to the scope it
 * ends with (a level and its place, or a scope word).
 */
export const ORGANIZATION_TASK_HEADS: readonly string[] = ['Ban Chỉ đạo', 'Ban Quản lý'];

/** Words that end a task-named body's name with its scope: 'Ban Chỉ đạo phòng chống lụt bão Trung ương'. */
export const ORGANIZATION_SCOPE_WORDS: readonly string[] = ['trung ương', 'quốc gia'];

/** Function words a task name may hold although they end other names: 'các chương trình mục tiêu quốc gia'. */
export const ORGANIZATION_TASK_FILLERS: readonly string[] = ['các'];

/** Words that name a branch of a body before its place: 'Ngân hàng Chính sách xã hội chi nhánh tỉnh'. */
export const ORGANIZATION_BRANCH_WORDS: readonly string[] = ['chi nhánh'];

/** Words that join the last name of a list ('các xã A, B và C') or two parts of one name ('Sở Tài nguyên và Môi trường'). */
export const NAME_JOINER_WORDS: readonly string[] = ['và'];

/** Joiners of two parts of one name ('Bộ GD-ĐT', 'Bộ Giáo dục - Đào tạo', 'Sở NN&PTNT'). */
export const ORGANIZATION_JOINERS: readonly string[] = ['-', '–', '&'];

/** Places and foreign names that start with a head word and name no organization: 'Tây Ban Nha', 'Hội An'. */
export const ORGANIZATION_LOOKALIKES: readonly string[] = ['Tây Ban Nha', 'Hội An', 'Bắc Bộ', 'Trung Bộ', 'Nam Bộ'];

/** Words that end an organization's name when they follow it (verbs, prepositions): 'Tỉnh ủy tổ chức …'. */
export const ORGANIZATION_STOP_WORDS: readonly string[] = [
  'các', 'những', 'và các', 'cấp', 'đã', 'về', 'của', 'tại', 'với', 'trong', 'cho', 'được', 'để', 'là', 'có',
  'vừa', 'sẽ', 'đang', 'tổ chức', 'nhiệm kỳ', 'khóa', 'lần thứ', 'cùng', 'theo', 'đến', 'từ', 'trên', 'dưới',
];

/**
 * Words that end an organization's name though a title may go on past them, and function words
 * that are never the second syllable of a name word: 'Tòa án Liên bang Mỹ| ở quận Brooklyn',
 * 'Viện Tim| sau giờ làm việc', 'Hội đồng Anh| hoặc …'.
 */
export const ORGANIZATION_NAME_STOP_WORDS: readonly string[] = [
  'ở', 'sau', 'mà', 'hoặc', 'hôm', 'đều', 'lại', 'bởi', 'nhiều', 'vẫn', 'luôn', 'nên', 'vì', 'nếu', 'đây', 'đó',
  'bắt đầu', 'tiếp tục', 'ngay', 'phải',
];
