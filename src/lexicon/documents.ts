/**
 * Documents: the types of party and state documents, the codes in their symbols and the issuers
 * they name. Data only.
 * @module
 */

/** Document types, as written in prose. */
export const DOCUMENT_TYPES: readonly string[] = [
  'Nghị quyết', 'Chỉ thị', 'Kết luận', 'Quyết định', 'Kế hoạch', 'Quy định', 'Thông báo', 'Đề án', 'Chương trình',
  'Nghị định', 'Thông tư', 'Luật', 'Hướng dẫn', 'Công văn', 'Quy chế', 'Chiến lược', 'Nghị quyết liên tịch',
  'Thông tư liên tịch', 'Pháp lệnh', 'Công điện', 'Tờ trình', 'Báo cáo', 'Văn bản', 'Thông tri', 'Điều lệ',
  'Chương trình hành động', 'Kế hoạch hành động',
];

/** The type code of a document symbol → the document type it stands for ('NQ' in '04-NQ/TU'). */
export const DOCUMENT_TYPE_CODES: Readonly<Record<string, string>> = {
  'NQ': 'Nghị quyết',
  'NQLT': 'Nghị quyết liên tịch',
  'CT': 'Chỉ thị',
  'KL': 'Kết luận',
  'QĐ': 'Quyết định',
  'QyĐ': 'Quy định',
  'KH': 'Kế hoạch',
  'TB': 'Thông báo',
  'ĐA': 'Đề án',
  'CTr': 'Chương trình',
  'CTHĐ': 'Chương trình hành động',
  'NĐ': 'Nghị định',
  'TT': 'Thông tư',
  'TTLT': 'Thông tư liên tịch',
  'HD': 'Hướng dẫn',
  'CV': 'Công văn',
  'CĐ': 'Công điện',
  'TTr': 'Tờ trình',
  'BC': 'Báo cáo',
  'QC': 'Quy chế',
  'PL': 'Pháp lệnh',
};

/** Issuer codes of document symbols → the body they stand for ('TU' in '04-NQ/TU'). */
export const ISSUER_CODES: Readonly<Record<string, string>> = {
  'TW': 'Trung ương',
  'TU': 'Tỉnh ủy',
  'HU': 'Huyện ủy',
  'ThU': 'Thành ủy',
  'TƯ': 'Trung ương',
  'ĐU': 'Đảng ủy',
  'BCT': 'Bộ Chính trị',
  'HĐND': 'Hội đồng nhân dân',
  'UBND': 'Ủy ban nhân dân',
  'CP': 'Chính phủ',
  'TTg': 'Thủ tướng Chính phủ',
  'QH': 'Quốc hội',
  'UBTVQH': 'Ủy ban Thường vụ Quốc hội',
  'BTC': 'Bộ Tài chính',
  'BNV': 'Bộ Nội vụ',
  'BCA': 'Bộ Công an',
  'BQP': 'Bộ Quốc phòng',
  'BYT': 'Bộ Y tế',
  'BGDĐT': 'Bộ Giáo dục và Đào tạo',
  'BNNPTNT': 'Bộ Nông nghiệp và Phát triển nông thôn',
  'BTNMT': 'Bộ Tài nguyên và Môi trường',
  'BXD': 'Bộ Xây dựng',
  'MTTQ': 'Mặt trận Tổ quốc',
  'BTGTW': 'Ban Tuyên giáo Trung ương',
  'BTCTW': 'Ban Tổ chức Trung ương',
  'UBKTTW': 'Ủy ban Kiểm tra Trung ương',
  'ĐĐBQH': 'Đoàn đại biểu Quốc hội',
};

/** The word between a document type and its number ('Chỉ thị số 05', 'Luật số 12'). */
export const NUMBER_MARKER = 'số';

/** Words that name a party plenum in a document's name: 'Nghị quyết Trung ương 4', 'Nghị quyết Hội nghị Trung ương 8'. */
export const PLENUM_WORDS: readonly string[] = ['Trung ương', 'Hội nghị Trung ương', 'Hội nghị lần thứ', 'TW', 'TƯ'];

/** How a plenum's Central Committee is written in a plenum resolution's name: 'Nghị quyết Trung ương 4', 'Nghị quyết TW 6'. */
export const CENTRAL_COMMITTEE_NAMES: readonly string[] = ['Trung ương', 'TW', 'TƯ'];

/** The issuer a plenum's resolution is given: the Central Committee, by its full name. */
export const CENTRAL_COMMITTEE = 'Trung ương';

/**
 * The words a plenum resolution's name may hold around the committee's name, as written:
 * 'Nghị quyết Hội nghị lần thứ tám Ban Chấp hành Trung ương Đảng khóa XI'.
 */
export const PLENUM_NAME_WORDS = { meeting: 'Hội nghị', ordinal: 'lần thứ', committee: 'Ban Chấp hành', party: 'Đảng' } as const;

/** Document types named after a plenum, as written (capitalized): 'Nghị quyết Trung ương 4', 'Kết luận Hội nghị Trung ương 8'. */
export const PLENUM_DOCUMENT_TYPES: readonly string[] = ['Nghị quyết', 'Kết luận', 'Chỉ thị', 'Quy định', 'Quyết định'];

/** Document types named after a congress, as written (capitalized): 'Nghị quyết Đại hội XIII', 'Văn kiện Đại hội'. */
export const CONGRESS_DOCUMENT_TYPES: readonly string[] = ['Nghị quyết', 'Văn kiện'];

/**
 * The words of a congress's name in a resolution's name, as written (case counts): 'Nghị quyết
 * Đại hội đại biểu toàn quốc lần thứ XIII của Đảng', 'Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XV'.
 */
export const CONGRESS_NAME_WORDS = {
  /** The congress: 'Đại hội'. */
  congress: 'Đại hội',
  /** Of delegates, after 'Đại hội': 'Đại hội đại biểu'. */
  delegates: 'đại biểu',
  /** National, after them: 'Đại hội đại biểu toàn quốc'. */
  national: 'toàn quốc',
  /** The Party, whose congress it is: 'Đại hội Đảng bộ tỉnh', 'Đại hội XIII của Đảng'. */
  party: 'Đảng',
  /** After 'Đảng', a party organization of a place: 'Đảng bộ tỉnh'. */
  partyOrganization: 'bộ',
  /** The levels of place a party organization's congress is named by: 'Đại hội Đảng bộ huyện'. */
  levels: ['tỉnh', 'huyện', 'thành phố', 'thị xã', 'quận', 'xã', 'phường', 'thị trấn', 'khối'],
  /** Before the congress's number: 'lần thứ XIII'. */
  ordinalMarker: 'lần thứ',
  /** After the number, naming the national congress: 'Đại hội XIII của Đảng', 'Đại hội XIII Đảng toàn quốc'. */
  ofTheParty: ['của Đảng', 'Đảng toàn quốc'],
} as const;

/** Words joining a document to its issuer: 'Chỉ thị số 05 của Bộ Chính trị'. */
export const ISSUER_LINKS: readonly string[] = ['của', 'do'];

/** Words between a document and the date it was issued: 'Chỉ thị 05, ban hành ngày 15/5/2016'. */
export const ISSUED_WORDS: readonly string[] = ['ban hành'];

/** Words before the term of the committee that issued a document: 'Nghị quyết 04-NQ/TW (khóa XII)'. */
export const TERM_WORDS: readonly string[] = ['khóa'];

/** Words after a number that make it a measure, not a document's number, besides the units of time ('kế hoạch 5 năm', 'Chỉ thị 3 điểm'). */
export const MEASURES_AFTER_NUMBER: readonly string[] = ['tuổi', 'điểm', 'lần', 'người', 'nội dung', 'điều'];

/** Words that may follow a document's number without making it a count ('Đề án 06 về …'). */
export const AFTER_DOCUMENT_NUMBER: readonly string[] = [
  'của', 'do', 'về', 'ngày', 'năm', 'đã', 'được', 'và', 'với', 'là', 'có', 'này', 'đề ra', 'ban hành', 'quy định',
  'hướng dẫn', 'gắn với', 'trong', 'tại', 'cũng', 'nhằm', 'thì', 'vẫn', 'sẽ', 'đang', 'cùng', 'theo', 'bổ sung',
  'sửa đổi', 'khóa',
];

/** Issuers that are offices held by a person, read after 'của' / 'do': 'Quyết định 1719/QĐ-TTg của Thủ tướng Chính phủ'. */
export const ISSUER_OFFICES: readonly string[] = [
  'Thủ tướng Chính phủ', 'Thủ tướng', 'Chủ tịch nước', 'Chủ tịch UBND tỉnh', 'Chủ tịch UBND huyện', 'Chủ tịch UBND',
  'Chủ tịch Ủy ban nhân dân tỉnh', 'Bộ trưởng', 'Tổng Bí thư', 'Hội nghị Trung ương', 'Trung ương', 'Trung ương Đảng',
];
