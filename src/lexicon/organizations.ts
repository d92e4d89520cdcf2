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
  'Mặt trận Tổ quốc': undefined,
  'Mặt trận Tổ quốc Việt Nam': undefined,
  'Ủy ban Thường vụ Quốc hội': undefined,
  'Thường vụ Quốc hội': undefined,
  'Kiểm toán Nhà nước': undefined,
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
  'Mặt trận', 'Đảng bộ', 'Chi bộ', 'Bộ Chỉ huy', 'Ban Chỉ huy', 'Ban Chỉ đạo', 'Liên đoàn', 'Cục', 'Tổng cục',
  'Chi cục', 'Phòng', 'Trung tâm', 'Kho bạc', 'Ngân hàng', 'Bảo hiểm xã hội', 'Trường Chính trị', 'Học viện',
  'Đài Phát thanh', 'Thanh tra', 'Cục Thuế', 'Bộ đội Biên phòng', 'Quân khu', 'Bộ Tư lệnh', 'Tổng công ty',
  'Công ty', 'Hợp tác xã', 'Liên minh', 'Tập đoàn', 'Đảng đoàn', 'Ban cán sự đảng', 'Ban Cán sự Đảng', 'Quỹ',
];

/** Lower-case runs that may follow one capitalized word inside an organization's name: 'Hội đồng nhân dân'. */
export const ORGANIZATION_LOWER_TAILS: readonly string[] = [
  'nhân dân', 'nông thôn', 'đồng nhân dân', 'ban nhân dân', 'sát nhân dân', 'án nhân dân', 'hiểm xã hội',
  'sách xã hội', 'lý dự án', 'lý dự án đầu tư xây dựng', 'người nghèo', 'hiểm y tế',
];

/** Words that end an organization's name when they follow it (verbs, prepositions): 'Tỉnh ủy tổ chức …'. */
export const ORGANIZATION_STOP_WORDS: readonly string[] = [
  'các', 'những', 'và các', 'cấp', 'đã', 'về', 'của', 'tại', 'với', 'trong', 'cho', 'được', 'để', 'là', 'có',
  'vừa', 'sẽ', 'đang', 'tổ chức', 'nhiệm kỳ', 'khóa', 'lần thứ', 'cùng', 'theo', 'đến', 'từ', 'trên', 'dưới',
];
