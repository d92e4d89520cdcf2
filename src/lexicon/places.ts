/**
 * Places: administrative levels that introduce a place name ('huyện Mường Nhé') and the
 * provinces and centrally-run cities known by name alone. Data only.
 * @module
 */

/** Administrative level words, each the `level` of a place it opens. */
export const PLACE_LEVELS: readonly string[] = [
  'tỉnh', 'thành phố', 'TP', 'TP.', 'huyện', 'thị xã', 'quận', 'xã', 'phường', 'thị trấn', 'thôn', 'bản', 'ấp', 'buôn',
  'làng', 'xóm', 'tổ dân phố', 'khu phố', 'sóc', 'plei', 'đặc khu', 'khóm',
];

/** Level words written in another form → the level a place record uses ('TP' → 'thành phố'). */
export const PLACE_LEVEL_NAMES: Readonly<Record<string, string>> = {
  'TP': 'thành phố',
  'TP.': 'thành phố',
  'Tp': 'thành phố',
  'tp': 'thành phố',
};

/**
 * The 63 provinces and centrally-run cities (before the 2025 merger; the 34 after it are among
 * them) → their level. Also the usual short forms of the big cities.
 */
export const PROVINCES: Readonly<Record<string, string>> = {
  'Hà Nội': 'thành phố', 'TP Hồ Chí Minh': 'thành phố', 'Thành phố Hồ Chí Minh': 'thành phố', 'TP.HCM': 'thành phố',
  'TPHCM': 'thành phố', 'TP HCM': 'thành phố', 'Hải Phòng': 'thành phố', 'Đà Nẵng': 'thành phố', 'Cần Thơ': 'thành phố',
  'Huế': 'thành phố', 'Thừa Thiên Huế': 'tỉnh', 'Thừa Thiên - Huế': 'tỉnh',
  'An Giang': 'tỉnh', 'Bà Rịa - Vũng Tàu': 'tỉnh', 'Bà Rịa-Vũng Tàu': 'tỉnh', 'Bắc Giang': 'tỉnh', 'Bắc Kạn': 'tỉnh',
  'Bắc Cạn': 'tỉnh', 'Bạc Liêu': 'tỉnh', 'Bắc Ninh': 'tỉnh', 'Bến Tre': 'tỉnh', 'Bình Định': 'tỉnh',
  'Bình Dương': 'tỉnh', 'Bình Phước': 'tỉnh', 'Bình Thuận': 'tỉnh', 'Cà Mau': 'tỉnh', 'Cao Bằng': 'tỉnh',
  'Đắk Lắk': 'tỉnh', 'Đắc Lắc': 'tỉnh', 'Đắk Nông': 'tỉnh', 'Đắc Nông': 'tỉnh', 'Điện Biên': 'tỉnh', 'Đồng Nai': 'tỉnh',
  'Đồng Tháp': 'tỉnh', 'Gia Lai': 'tỉnh', 'Hà Giang': 'tỉnh', 'Hà Nam': 'tỉnh', 'Hà Tĩnh': 'tỉnh',
  'Hải Dương': 'tỉnh', 'Hậu Giang': 'tỉnh', 'Hòa Bình': 'tỉnh', 'Hưng Yên': 'tỉnh', 'Khánh Hòa': 'tỉnh',
  'Kiên Giang': 'tỉnh', 'Kon Tum': 'tỉnh', 'Lai Châu': 'tỉnh', 'Lâm Đồng': 'tỉnh', 'Lạng Sơn': 'tỉnh',
  'Lào Cai': 'tỉnh', 'Long An': 'tỉnh', 'Nam Định': 'tỉnh', 'Nghệ An': 'tỉnh', 'Ninh Bình': 'tỉnh',
  'Ninh Thuận': 'tỉnh', 'Phú Thọ': 'tỉnh', 'Phú Yên': 'tỉnh', 'Quảng Bình': 'tỉnh', 'Quảng Nam': 'tỉnh',
  'Quảng Ngãi': 'tỉnh', 'Quảng Ninh': 'tỉnh', 'Quảng Trị': 'tỉnh', 'Sóc Trăng': 'tỉnh', 'Sơn La': 'tỉnh',
  'Tây Ninh': 'tỉnh', 'Thái Bình': 'tỉnh', 'Thái Nguyên': 'tỉnh', 'Thanh Hóa': 'tỉnh', 'Tiền Giang': 'tỉnh',
  'Trà Vinh': 'tỉnh', 'Tuyên Quang': 'tỉnh', 'Vĩnh Long': 'tỉnh', 'Vĩnh Phúc': 'tỉnh', 'Yên Bái': 'tỉnh',
};

/** Words after a level word that are not a place name: 'tỉnh này', 'huyện nhà', 'xã đạt chuẩn'. */
export const NOT_PLACE_NAMES: readonly string[] = ['Đoàn', 'Đảng', 'Ủy', 'Hội', 'Ban', 'Bộ', 'Sở'];

/** The syllable every party committee's name holds, lower case as written: 'Tỉnh ủy', 'Huyện ủy', 'Đảng ủy'. */
export const COMMITTEE_SYLLABLE = 'ủy';

/** Party committees whose name is followed by the place they lead, with that place's level: 'Huyện ủy Đakrông'. */
export const COMMITTEE_PLACE_LEVELS: Readonly<Record<string, string>> = {
  'Tỉnh ủy': 'tỉnh',
  'Huyện ủy': 'huyện',
  'Thành ủy': 'thành phố',
  'Thị ủy': 'thị xã',
  'Quận ủy': 'quận',
};

/** Descriptors that may stand between a level word and its names: 'các huyện miền núi Minh Hóa, Tuyên Hóa'. */
export const PLACE_DESCRIPTORS: readonly string[] = [
  'miền núi', 'vùng cao', 'biên giới', 'ven biển', 'đồng bằng', 'trung du', 'nghèo', 'khó khăn', 'đặc biệt khó khăn',
  'trọng điểm', 'vùng sâu', 'vùng xa', 'vùng sâu, vùng xa', 'ven đô', 'nội thành', 'ngoại thành', 'phía bắc', 'phía nam',
];

/** Prepositions of place after which a capitalized name is a place: 'các khu công nghiệp ở Quảng Yên, Đông Triều'. */
export const PLACE_PREPOSITIONS: readonly string[] = ['ở', 'tại'];

/** Heads of institutions and venues, which a preposition of place may also introduce: 'tại KS Palace', 'ở Trường THPT …'. */
export const INSTITUTION_HEADS: readonly string[] = [
  'KS', 'BV', 'ĐH', 'CĐ', 'THPT', 'THCS', 'TH', 'KCX', 'KCN', 'RV', 'VN', 'Trường', 'Đại học', 'Học viện', 'Bệnh viện',
  'Khách sạn', 'Nhà hàng', 'Nhà máy', 'Nhà thi đấu', 'Nhà văn hóa', 'Công ty', 'Tập đoàn', 'Dệt', 'Dinh', 'Chùa', 'Đền',
  'Nhà thờ', 'Sân vận động', 'Cảng', 'Chợ', 'Siêu thị', 'Trung tâm', 'Khu', 'Bến', 'Bãi',
];

/**
 * The regions of the country, by the names news writes them: the six socio-economic regions and
 * the older eight ('Bắc Trung Bộ', 'Tây Nguyên'). A place record gives them the level 'vùng'.
 */
export const REGIONS: readonly string[] = [
  'Trung du và miền núi phía Bắc', 'Đồng bằng sông Hồng', 'Bắc Trung Bộ và duyên hải miền Trung', 'Tây Nguyên',
  'Đông Nam Bộ', 'Đồng bằng sông Cửu Long', 'Tây Bắc', 'Đông Bắc', 'Bắc Trung Bộ', 'Nam Trung Bộ',
  'Duyên hải Nam Trung Bộ', 'Duyên hải miền Trung', 'Tây Nam Bộ', 'Nam Bộ', 'Bắc Bộ', 'Trung Bộ',
];

/** Region names that are also compass points or parts of other names: read only after a region word. */
export const AMBIGUOUS_REGIONS: readonly string[] = ['Tây Bắc', 'Đông Bắc', 'Nam Bộ', 'Bắc Bộ', 'Trung Bộ'];

/** Words that announce a region: 'vùng Tây Bắc', 'các tỉnh Bắc Trung Bộ', 'khu vực Nam Bộ'. */
export const REGION_WORDS: readonly string[] = ['vùng', 'khu vực', 'miền', 'tỉnh', 'các tỉnh', 'thuộc', 'toàn vùng'];

/** The level a region's place record carries. */
export const REGION_LEVEL = 'vùng';
