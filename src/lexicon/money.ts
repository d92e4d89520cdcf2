/**
 * Currencies: the unit words of money mentions and their ISO 4217 codes. Data only.
 * @module
 */

/** Unit as the numerals module reports it (or as written) → ISO 4217 code. */
export const CURRENCY_CODES: Readonly<Record<string, string>> = {
  'đồng': 'VND',
  'đ': 'VND',
  'vnđ': 'VND',
  'vnd': 'VND',
  'VND': 'VND',
  'VNĐ': 'VND',
  'usd': 'USD',
  'USD': 'USD',
  'đô la': 'USD',
  'đô la Mỹ': 'USD',
  'đô': 'USD',
  '$': 'USD',
  'euro': 'EUR',
  'EUR': 'EUR',
  '€': 'EUR',
  'yên': 'JPY',
  'nhân dân tệ': 'CNY',
  'bảng Anh': 'GBP',
  'won': 'KRW',
};

/** Countries after a dollar ('8.500 đô la Úc') that make it another currency than the US dollar. */
export const DOLLAR_COUNTRIES: Readonly<Record<string, string>> = {
  'Úc': 'AUD',
  'Australia': 'AUD',
  'Singapore': 'SGD',
  'Canada': 'CAD',
  'Hồng Kông': 'HKD',
  'Hong Kong': 'HKD',
  'Đài Loan': 'TWD',
  'New Zealand': 'NZD',
  'Mỹ': 'USD',
};

/** Words linking what a sum is to the sum: 'thu ngân sách đạt 2.345,6 tỷ đồng'. */
export const MONEY_LINK_WORDS: readonly string[] = [
  'đạt', 'là', 'với', 'trị giá', 'có giá trị', 'khoảng', 'gần', 'hơn', 'trên', 'lên tới', 'lên đến', 'tới', 'đến',
  'hết', 'mất', 'bằng', 'được', 'gồm', 'từ', 'lên', 'tăng lên', 'tăng', 'giảm', 'giảm còn', 'xuống còn', 'còn', 'đã', 'ước',
  'ước đạt', 'dự kiến', 'khoảng chừng',
];
