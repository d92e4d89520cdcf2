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
