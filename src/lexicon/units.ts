/**
 * Units and currencies written after (or, for symbols, before) a figure. Data only.
 * Each surface maps to the unit reported on the mention; currencies also carry an ISO 4217 code.
 * @module
 */

/** A currency: the unit reported on the mention and its ISO 4217 code. */
export interface CurrencyEntry {
  /** Unit reported on the mention: 'đồng' for the dong, the ISO code for foreign money. */
  readonly unit: string;
  /** ISO 4217 code. */
  readonly iso: string;
}

/** Currency words and symbols written after a figure: '3,5 tỷ đồng', '50.000đ', '850 USD', '2 đô la'. */
export const CURRENCIES: Readonly<Record<string, CurrencyEntry>> = {
  'đồng': { unit: 'đồng', iso: 'VND' },
  'đ': { unit: 'đồng', iso: 'VND' },
  'VNĐ': { unit: 'đồng', iso: 'VND' },
  'VND': { unit: 'đồng', iso: 'VND' },
  'vnđ': { unit: 'đồng', iso: 'VND' },
  'vnd': { unit: 'đồng', iso: 'VND' },
  'USD': { unit: 'USD', iso: 'USD' },
  'usd': { unit: 'USD', iso: 'USD' },
  'US$': { unit: 'USD', iso: 'USD' },
  '$': { unit: 'USD', iso: 'USD' },
  'đô la Mỹ': { unit: 'USD', iso: 'USD' },
  'đô la mỹ': { unit: 'USD', iso: 'USD' },
  'đô la': { unit: 'USD', iso: 'USD' },
  'đô-la': { unit: 'USD', iso: 'USD' },
  'đôla': { unit: 'USD', iso: 'USD' },
  'đô': { unit: 'USD', iso: 'USD' },
  'euro': { unit: 'EUR', iso: 'EUR' },
  'Euro': { unit: 'EUR', iso: 'EUR' },
  'EUR': { unit: 'EUR', iso: 'EUR' },
  'ơ rô': { unit: 'EUR', iso: 'EUR' },
  '€': { unit: 'EUR', iso: 'EUR' },
  'bảng Anh': { unit: 'GBP', iso: 'GBP' },
  'GBP': { unit: 'GBP', iso: 'GBP' },
  '£': { unit: 'GBP', iso: 'GBP' },
  'yên': { unit: 'JPY', iso: 'JPY' },
  'JPY': { unit: 'JPY', iso: 'JPY' },
  'nhân dân tệ': { unit: 'CNY', iso: 'CNY' },
  'NDT': { unit: 'CNY', iso: 'CNY' },
  'CNY': { unit: 'CNY', iso: 'CNY' },
  'won': { unit: 'KRW', iso: 'KRW' },
  'uôn': { unit: 'KRW', iso: 'KRW' },
  '₩': { unit: 'KRW', iso: 'KRW' },
  'KRW': { unit: 'KRW', iso: 'KRW' },
  'ringgit': { unit: 'MYR', iso: 'MYR' },
  'kíp': { unit: 'LAK', iso: 'LAK' },
  'bạt': { unit: 'THB', iso: 'THB' },
  'baht': { unit: 'THB', iso: 'THB' },
  'riel': { unit: 'KHR', iso: 'KHR' },
  'rúp': { unit: 'RUB', iso: 'RUB' },
  'SGD': { unit: 'SGD', iso: 'SGD' },
  'AUD': { unit: 'AUD', iso: 'AUD' },
};

/** Currency symbols written right before a figure: '$5', 'US$ 2 triệu', '€10'. */
export const CURRENCY_PREFIXES: Readonly<Record<string, CurrencyEntry>> = {
  '$': { unit: 'USD', iso: 'USD' },
  'US$': { unit: 'USD', iso: 'USD' },
  '€': { unit: 'EUR', iso: 'EUR' },
  '£': { unit: 'GBP', iso: 'GBP' },
};

/** Measured units written after a figure, mapped to the unit reported: '15 ha', '2,5 km²' → 'km2', '300 tấn'. */
export const UNITS: Readonly<Record<string, string>> = {
  'ha': 'ha',
  'héc-ta': 'ha',
  'hécta': 'ha',
  'hecta': 'ha',
  'héc ta': 'ha',
  'km2': 'km2',
  'km²': 'km2',
  // the exponent written apart, as pages converted from documents leave it: '48,3 km 2', '1.200 m 3'
  'km 2': 'km2',
  'km': 'km',
  'km/h': 'km/h',
  'ki-lô-mét': 'km',
  'cây số': 'km',
  'm2': 'm2',
  'm²': 'm2',
  'm3': 'm3',
  'm³': 'm3',
  'm 2': 'm2',
  'm 3': 'm3',
  'mét vuông': 'm2',
  'mét khối': 'm3',
  'mét': 'm',
  'm': 'm',
  'cm': 'cm',
  'mm': 'mm',
  'hải lý': 'hải lý',
  'tấn': 'tấn',
  'tạ': 'tạ',
  'yến': 'yến',
  'kg': 'kg',
  'ki-lô-gam': 'kg',
  'gam': 'g',
  'g': 'g',
  'mg': 'mg',
  'lít': 'lít',
  'ml': 'ml',
  'MW': 'MW',
  'MWh': 'MWh',
  'kW': 'kW',
  'kWh': 'kWh',
  'GW': 'GW',
  'GWh': 'GWh',
  'kV': 'kV',
  '°C': '°C',
  'độ C': '°C',
  'độ': 'độ',
  'mẫu': 'mẫu',
  'sào': 'sào',
};

/** Words that, right after a unit or currency word, show it is something else: 'đồng chí' (comrade), 'đô thị' (city), 'tấn công' (attack). */
export const UNIT_BLOCKERS: Readonly<Record<string, readonly string[]>> = {
  'đồng': ['chí', 'bào', 'thời', 'ý', 'hồ', 'bằng', 'lòng', 'nghiệp', 'hương', 'minh', 'phục', 'tâm', 'loạt', 'đều', 'cảm', 'hành', 'ca', 'khởi', 'nhất', 'bộ', 'dạng', 'thuận', 'tình', 'ruộng', 'quê', 'bọn', 'lõa', 'loã'],
  'đô': ['thị', 'đốc', 'hộ', 'vật', 'con', 'tùy', 'úy'],
  'yên': ['tâm', 'bình', 'ổn', 'lặng', 'ả', 'vui', 'ấm', 'lòng', 'vị', 'nghỉ'],
  'tấn': ['công', 'tới', 'phong'],
  'tạ': ['ơn', 'thế', 'lỗi'],
  'độ': ['tuổi', 'dài', 'cao', 'rộng', 'che', 'phủ', 'ẩm', 'tin', 'nhạy', 'bao', 'sâu', 'chính', 'mặn', 'an', 'thị'],
  'mẫu': ['giáo', 'mực', 'số', 'đơn', 'hình', 'mã'],
  'won': [],
  'm': [],
  'g': [],
};
