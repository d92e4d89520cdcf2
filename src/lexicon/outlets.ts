/**
 * Outlet codes and names that papers put in front of a story ('(NLĐ)-', '(TTXVN)', '(VOV)',
 * '(Chinhphu.vn) -') or at its end ('Theo TTXVN'). Data only. An outlet code is never a
 * dateline. Entries are compared on the folded text, case-insensitively.
 * @module
 */

/** Outlet codes as written inside the parentheses of a story opening. */
export const OUTLET_CODES: readonly string[] = [
  'NLĐ',
  'NLĐO',
  'TTXVN',
  'TTXVN/VIETNAM+',
  'VNA',
  'VOV',
  'VOV.VN',
  'VTV',
  'VTC',
  'VTC NEWS',
  'VNE',
  'VNEXPRESS',
  'TTO',
  'TN',
  'TNO',
  'PLO',
  'PL',
  'CAND',
  'QĐND',
  'ND',
  'NDĐT',
  'ĐCSVN',
  'CPV',
  'HNM',
  'SGGP',
  'SGGPO',
  'KTĐT',
  'GDVN',
  'GD&TĐ',
  'DT',
  'DÂN TRÍ',
  'DANTRI',
  'TG&VN',
  'BNG',
  'BTC',
  'CHINHPHU.VN',
  'BAOCHINHPHU.VN',
  'CHÍNH PHỦ',
  'VIETNAMPLUS',
  'VIETNAM+',
  'ĐBND',
  'DĐDN',
  'LĐ',
  'LAO ĐỘNG',
  'TBKTSG',
  'VIR',
  'ICTNEWS',
  'VIETNAMNET',
  'PV',
  'CTV',
];

/** Outlet names that may follow 'Theo' on a source line. */
export const OUTLET_NAMES: readonly string[] = [
  'TTXVN',
  'VnExpress',
  'Tuổi Trẻ',
  'Thanh Niên',
  'Người Lao Động',
  'Nhân Dân',
  'Dân trí',
  'VOV',
  'VTV',
  'Lao Động',
  'Tiền Phong',
  'Vietnamnet',
  'Sài Gòn Giải Phóng',
  'Công An TP HCM',
  'Pháp Luật TP HCM',
  'Quân đội nhân dân',
  'Công an nhân dân',
  'Chinhphu.vn',
  'Vietnamplus',
];

/**
 * Words that open a 'Name:' or 'Name -' title without it being a place: honorifics of a person
 * quoted ('Ông Võ Hồng Phúc: …'), times of day ('Sáng: …'), and words of a list heading.
 */
export const NOT_DATELINE_WORDS: readonly string[] = [
  'Ông', 'Bà', 'Anh', 'Chị', 'Cô', 'Chú', 'Bác', 'Em', 'Thầy', 'Ngài', 'Đồng', 'Cụ', 'Mr.', 'Mrs.', 'Ms.',
  'Sáng', 'Trưa', 'Chiều', 'Tối', 'Đêm', 'Hôm', 'Ngày', 'Tháng', 'Năm', 'Tuần', 'Quý',
  'Ảnh', 'Video', 'Clip', 'Infographic', 'Tin', 'Bài', 'Kỳ', 'Phần', 'Chương', 'Mục', 'Điều', 'Bước',
  'Chủ', 'Bộ', 'Phó', 'Giám', 'Tổng', 'Bí',
];
