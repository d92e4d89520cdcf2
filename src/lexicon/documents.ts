/**
 * Documents: the types of party and state documents and the issuers they name. Data only.
 * @module
 */

/** Document types, as written in prose. */
export const DOCUMENT_TYPES: readonly string[] = [
  'Nghị quyết', 'Chỉ thị', 'Kết luận', 'Quyết định', 'Kế hoạch', 'Quy định', 'Thông báo', 'Đề án', 'Chương trình',
  'Nghị định', 'Thông tư', 'Luật', 'Hướng dẫn', 'Công văn', 'Quy chế', 'Chiến lược',
];
