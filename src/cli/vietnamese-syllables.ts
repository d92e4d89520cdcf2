/**
 * Common Vietnamese syllables, for telling Vietnamese text from other text decoded with the same
 * code page. Data only: the test that reads it lives in `reads-as-vietnamese.ts`.
 * @module
 */

/**
 * Frequent syllables of Vietnamese prose and news, lower case, NFC, one space between them:
 * function words, numerals, and the words of administration and party life that fill bulletins.
 */
export const COMMON_VIETNAMESE_SYLLABLES = `
và của các có được trong là cho với những đã năm người không một này đến theo về tại từ
để khi sau trước trên dưới giữa ngoài vào ra lên xuống qua lại còn sẽ đang cũng như nhưng
mà thì nên vì do nếu tuy dù đều rất cả mỗi mọi toàn tất hết thêm nữa chỉ vẫn luôn thường
hay hoặc bằng nhằm đó đây kia ấy nào gì sao đâu ai bao nhiêu thế vậy rồi nay hiện hơn
khoảng gần chưa chính bởi phải cần nhất cùng nhau mình chúng tôi ta họ ông bà anh chị em
con cái việc vấn đề nội dung quy định nghị quyết thị kết luận lãnh đạo bí thư phó chủ
tịch giám đốc sở ngành trung ương địa phương nước quốc gia việt nam thành phố trấn thôn
bản ấp xóm khu dân cư hộ gia đình nghèo tỷ lệ triệu đồng nghìn ngàn trăm mươi mười hai ba
bốn tư lăm sáu bảy tám chín linh lẻ lần tháng ngày quý tuần giai đoạn nhiệm kỳ khóa khoá
đầu vốn ngân sách thu chi sản xuất nông nghiệp giáo dục y tế văn hóa hoá an ninh phòng
trật tự bảo đảm tiếp tục tập trung đẩy mạnh nâng cao chất lượng hiệu quả tăng cường đổi
mới cải cách hành đơn vị sáp nhập sắp xếp lập tổng sơ đánh giá kiểm tra sát kỷ luật thi
tuyên truyền vận động phong trào đua khen thưởng học làm tưởng đức hồ minh tỉnh huyện xã
đảng bộ viên cán công tác thực hiện quả đồng ủy uỷ hội biểu nhân tổ chức xây dựng phát
triển kinh xã quyền trị số tăng giảm so kỳ đạt kế hoạch mục tiêu vùng miền núi tộc thiểu
đặc biệt khó khăn hỗ trợ giúp đỡ sách chương trình dự án nhà ở tạm dột nát xóa xoá bỏ
cơ sở hạ tầng giao thông đường điện trường lớp sinh bệnh viện trạm doanh hợp lao thu
nhập bình quân biết thấy nói đi lớn nhỏ tốt mạnh yếu đúng sai rõ ràng nhanh chóng đầy đủ
kịp thời gian lúc giờ đời sống kết nạp mặt trận hội đoàn thanh niên phụ nữ cựu chiến binh
sự kiện tình hình diễn biến hoạt quan tâm trọng điểm phấn đấu tiêu chí hoàn thành vượt
mức độ tỷ trọng ước tính cuối đầu kỳ họp hội đồng ban hành văn bản báo cáo ý kiến đóng
góp thông qua bầu cử tri đại biểu ứng cử dân số diện tích rừng lúa cây trồng chăn nuôi
thủy thuỷ sản lương thực giá trị tổng sản phẩm xuất khẩu nhập khẩu dịch vụ du lịch thương
mại đầu tư nguồn lực con người cán bộ đảng viên tư cách tiêu biểu xuất sắc hoàn thành
nhiệm vụ vi phạm xử lý khiển trách cảnh cáo cách chức khai trừ thành viên ra mắt đồng thời
`;
