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
  'Đảng ủy': undefined,
  'Bộ Chính trị': undefined,
  'Ban Bí thư': undefined,
  'Ban Chấp hành Trung ương': undefined,
  'Quốc hội': undefined,
  'Chính phủ': undefined,
  'Ban Thường vụ': undefined,
  'HĐND': 'Hội đồng nhân dân',
  'UBND': 'Ủy ban nhân dân',
  'MTTQ': 'Mặt trận Tổ quốc',
  'BCH': 'Ban Chấp hành',
  'BTV': 'Ban Thường vụ',
  'UBKT': 'Ủy ban Kiểm tra',
};
