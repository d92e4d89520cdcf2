/**
 * Verbs that govern a counted figure: 'kết nạp 8.990 đảng viên mới'. Data only.
 * @module
 */

/** Verbs that only say something exists ('có 7 huyện'): too weak to make 'một' a count. */
export const EXISTENTIAL_VERBS: readonly string[] = ['có', 'gồm', 'là'];

/** Action verb phrases, longest match wins. */
export const ACTION_VERBS: readonly string[] = [
  'kết nạp', 'kết nạp mới', 'thành lập', 'thành lập mới', 'giải thể', 'sáp nhập', 'hợp nhất', 'chia tách',
  'kiện toàn', 'củng cố', 'kiện toàn, củng cố', 'củng cố, kiện toàn', 'sắp xếp', 'đào tạo', 'bồi dưỡng',
  'đào tạo, bồi dưỡng', 'tập huấn', 'cập nhật kiến thức', 'thi hành kỷ luật', 'kỷ luật', 'khai trừ', 'xóa tên',
  'cảnh cáo', 'khiển trách', 'cách chức', 'kiểm tra', 'giám sát', 'kiểm tra, giám sát', 'thanh tra', 'xem xét',
  'trao', 'trao tặng', 'tặng', 'trao huy hiệu', 'khen thưởng', 'biểu dương', 'tuyên dương', 'hỗ trợ', 'xây dựng',
  'xây', 'xây mới', 'xây dựng mới', 'sửa chữa', 'làm mới', 'nâng cấp', 'bàn giao', 'cấp', 'cấp phát', 'cấp mới', 'tiếp nhận',
  'giải quyết', 'xử lý', 'phát hiện', 'bắt giữ', 'khởi tố', 'tiếp công dân', 'đón', 'tuyển dụng', 'tuyển',
  'giải quyết việc làm', 'tạo việc làm', 'đưa', 'xuất khẩu', 'trồng', 'trồng mới', 'bảo vệ', 'khoanh nuôi', 'chăm sóc', 'bầu', 'bầu ra', 'bổ nhiệm',
  'điều động', 'luân chuyển', 'giới thiệu', 'phát triển', 'phát triển mới', 'có', 'gồm', 'tham gia', 'thu hút',
  'vận động', 'tổ chức', 'ban hành', 'triển khai', 'thực hiện', 'phê duyệt', 'công nhận', 'chuyển', 'chuyển đổi',
  'mở', 'mở mới', 'đăng ký', 'thẩm định', 'khám', 'khám bệnh', 'khám, chữa bệnh', 'điều trị', 'cứu', 'đầu tư',
  'xóa', 'xóa được', 'di dời', 'bố trí', 'cắt giảm', 'tinh giản', 'nghỉ hưu', 'nghỉ', 'thôi việc', 'dôi dư',
];
