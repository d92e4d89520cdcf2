/**
 * What Vietnamese bulletins count: the nouns (and classifiers) that may follow a figure and name
 * what is counted. Data only.
 * @module
 */

/** Classifiers and measure words that open a counted phrase: 'hơn 4.568 lượt cấp ủy viên'. */
export const CLASSIFIERS: readonly string[] = [
  'lượt', 'căn', 'ngôi', 'con', 'chiếc', 'cái', 'tấm', 'cuốn', 'bộ hồ sơ', 'suất', 'phần', 'đợt', 'buổi',
  'cuộc', 'lớp', 'hội nghị', 'ca', 'vụ', 'trường hợp', 'loại', 'nhóm', 'đoàn',
];

/** Counted nouns of party building, administration and society; the longest match wins. */
export const COUNTED_NOUNS: readonly string[] = [
  // party
  'đảng viên', 'đảng viên mới', 'đảng viên dự bị', 'đảng viên chính thức', 'quần chúng ưu tú', 'chi bộ', 'chi bộ cơ sở',
  'đảng bộ', 'đảng bộ cơ sở', 'đảng bộ bộ phận', 'tổ chức cơ sở đảng', 'tổ chức đảng',
  'tổ chức đảng cơ sở', 'cấp ủy', 'cấp ủy viên', 'bí thư chi bộ', 'bí thư', 'phó bí thư', 'ủy viên', 'đồng chí',
  'huy hiệu đảng', 'huy hiệu', 'đảng ủy', 'đảng ủy viên', 'ủy viên ban chấp hành', 'ủy viên ban thường vụ',
  'đại biểu', 'đại biểu chính thức', 'ứng cử viên', 'phiếu', 'phiếu bầu', 'cử tri', 'kiến nghị', 'ý kiến',
  'đơn thư', 'đơn', 'vụ việc', 'tổ chức', 'cơ sở', 'đơn vị', 'cơ quan', 'cơ quan, đơn vị',
  // administration and places
  'tỉnh', 'thành phố', 'huyện', 'thị xã', 'quận', 'xã', 'phường', 'thị trấn', 'thôn', 'bản', 'buôn', 'ấp',
  'làng', 'xóm', 'tổ dân phố', 'khu phố', 'khu dân cư', 'khu', 'khu vực', 'tổ', 'điểm', 'điểm trường', 'đơn vị hành chính',
  'đơn vị hành chính cấp xã', 'đơn vị hành chính cấp huyện', 'thôn, bản', 'thôn, tổ dân phố', 'xã, phường, thị trấn',
  'xã, thị trấn', 'xã, phường', 'thôn, xóm',
  // people
  'người', 'hộ', 'hộ gia đình', 'hộ nghèo', 'hộ cận nghèo', 'hộ dân', 'nhân khẩu', 'khẩu', 'lao động', 'công nhân',
  'cán bộ', 'công chức', 'viên chức', 'cán bộ, công chức', 'cán bộ, công chức, viên chức', 'cán bộ, đảng viên',
  'người lao động', 'học sinh', 'sinh viên', 'giáo viên', 'bác sĩ', 'bệnh nhân', 'người bệnh', 'trẻ em', 'cháu',
  'thanh niên', 'tân binh', 'hội viên', 'đoàn viên', 'chiến sĩ', 'cựu chiến binh', 'người có công', 'thương binh',
  'gia đình', 'gia đình chính sách', 'đối tượng', 'trường hợp', 'nạn nhân', 'người dân', 'nông dân', 'doanh nhân',
  'già làng', 'người có uy tín', 'cán bộ dôi dư', 'người hoạt động không chuyên trách', 'thí sinh', 'du khách',
  'lượt khách', 'khách', 'bị can', 'vụ án', 'vụ', 'vụ tai nạn', 'người chết', 'người bị thương',
  // institutions and works
  'trường', 'trường học', 'trạm y tế', 'bệnh viện', 'phòng khám', 'doanh nghiệp', 'hợp tác xã', 'tổ hợp tác',
  'công ty', 'dự án', 'công trình', 'chương trình', 'mô hình', 'sản phẩm', 'sản phẩm OCOP', 'nhà', 'căn nhà',
  'ngôi nhà', 'nhà văn hóa', 'nhà ở', 'nhà đại đoàn kết', 'phòng học', 'lớp học', 'cây cầu', 'cầu', 'tuyến đường',
  'con đường', 'giếng', 'máy', 'xe', 'tàu', 'thuyền', 'con bò', 'con trâu', 'con giống', 'cây', 'cây xanh', 'tiêu chí',
  'chỉ tiêu', 'nhiệm vụ', 'văn bản', 'nghị quyết', 'quyết định', 'kế hoạch', 'đề án', 'hồ sơ', 'thủ tục',
  'thủ tục hành chính', 'giấy chứng nhận', 'sổ đỏ', 'lớp tập huấn', 'lớp bồi dưỡng', 'hội nghị', 'cuộc kiểm tra',
  'cuộc giám sát', 'cuộc thanh tra', 'đoàn kiểm tra', 'tác phẩm', 'giải', 'huy chương', 'bằng khen', 'giấy khen',
  'tập thể', 'cá nhân', 'tập thể, cá nhân', 'làng nghề', 'chợ', 'khu công nghiệp', 'cụm công nghiệp', 'ha', 'nhà máy',
  'đường', 'đường giao thông', 'đường giao thông nông thôn', 'rừng', 'đất', 'lúa', 'học viên', 'chủ đầu tư', 'ngày công',
  'biên chế', 'trung tâm', 'chùa', 'cộng đồng dân cư', 'tờ trình', 'sở', 'trụ sở', 'bon', 'khối phố', 'cụm dân cư',
  'tổ chức cơ sở đảng', 'lớp đào tạo', 'lớp bồi dưỡng', 'lớp trung cấp', 'lượt học viên', 'lượt người', 'lượt khách',
  'khách du lịch', 'hộ kinh doanh', 'ngành', 'lĩnh vực', 'xe máy', 'ô tô', 'bộ', 'ban', 'phòng', 'cơ sở giáo dục',
  'cơ sở y tế', 'giường bệnh', 'giường', 'bác sĩ', 'vạn dân', 'nghìn dân', 'cuộc họp', 'buổi', 'kỳ họp', 'phiên họp', 'sáng kiến', 'đề tài',
  'dự thảo', 'dự thảo nghị quyết', 'tờ trình, dự thảo nghị quyết', 'khám bệnh', 'khám, chữa bệnh', 'khám chữa bệnh', 'trung tâm chính trị',
  'lớp bồi dưỡng nhận thức về Đảng', 'lớp đào tạo, bồi dưỡng', 'lớp bồi dưỡng, tập huấn', 'lớp cảm tình Đảng', 'trụ sở làm việc', 'rừng trồng', 'đối tượng chính sách', 'nhà Đại đoàn kết', 'căn nhà Đại đoàn kết',
  'huyện, thành, thị', 'huyện, thị, thành', 'huyện, thị xã, thành phố', 'huyện, thành phố', 'huyện ủy viên', 'tỉnh ủy viên',
  'thành ủy viên', 'quận ủy viên', 'thị ủy viên', 'đảng ủy viên',
  // categories of the law on village staff: 'người hoạt động không chuyên trách ở thôn, tổ dân phố'
  'người hoạt động không chuyên trách ở thôn', 'người hoạt động không chuyên trách ở thôn, tổ dân phố',
  'người hoạt động không chuyên trách ở ấp, khu phố', 'người hoạt động không chuyên trách ở khu dân cư',
  'người hoạt động không chuyên trách ở cấp xã', 'người hoạt động không chuyên trách cấp xã',
]; 

/** Words that may qualify a counted noun after it and still belong to the entity: 'đảng viên mới'. */
export const ENTITY_MODIFIER_STARTERS: readonly string[] = [
  'mới', 'chưa có', 'đã có', 'có', 'không có', 'trực thuộc', 'thuộc', 'đặc biệt khó khăn', 'khó khăn', 'vùng cao',
  'biên giới', 'đạt chuẩn', 'chưa đạt chuẩn', 'nghèo', 'cận nghèo', 'dự bị', 'chính thức', 'tiêu biểu', 'xuất sắc',
  'trúng cử', 'người', 'dân tộc thiểu số', 'trong độ tuổi', 'nữ', 'chủ yếu', 'dự khuyết', 'nâng cao',
  'kiểu mẫu', 'còn lại', 'dôi dư', 'tốt nghiệp', 'thành lập mới', 'quay trở lại', 'tham gia', 'đầu tư', 'quốc tế',
  'cấp xã', 'cấp tỉnh', 'cấp huyện', 'thuộc diện', 'đồng bào', 'nhận khoán', 'đi làm việc', 'nguyên', 'thôn',
  'tập trung', 'nhận thức', 'lý luận', 'lý luận chính trị', 'nghiệp vụ', 'trung cấp', 'cao cấp', 'sơ cấp', 'là người',
  'thành lập mới', 'quay trở lại hoạt động', 'đăng ký mới', 'tự nhiên', 'tố cáo', 'khiếu nại', 'khiếu nại, tố cáo',
  'chưa đạt', 'đã đạt', 'được cấp', 'đã được', 'chưa được', 'có vi phạm', 'có thành tích', 'chưa', 'nghỉ hưu',
  'nghỉ hưu trước tuổi', 'nghỉ thôi việc', 'thôi việc',
];

/** Modifiers that need the word after them, whatever it is: 'công trình chưa nộp phạt', 'học sinh chưa đến lớp'. */
export const COMPLEMENTED_MODIFIERS: readonly string[] = ['chưa', 'chưa thể', 'không thể'];

/** Restrictive phrases that carry an entity on past a word that would stop it: 'người đi làm việc ở nước ngoài theo hợp đồng'. */
export const ENTITY_CONTINUATIONS: readonly string[] = ['ở nước ngoài', 'theo hợp đồng', 'trong độ tuổi lao động', 'đồng thời là'];

/** What a threshold inside an entity is measured against: 'ấp có số hộ dưới 50% tiêu chuẩn'. */
export const THRESHOLD_BASES: readonly string[] = ['tiêu chuẩn', 'định mức', 'mức quy định', 'mức bình quân', 'quy định'];

/** Words that open a correlative pair, whose 'và' joins inside the entity: 'xã có cả diện tích và dân số dưới …'. */
export const CORRELATIVE_OPENERS: readonly string[] = ['cả'];

/** Words before the last figure of a list whose figures share the entity after it: '3, 4 và 5 xã'. */
export const FIGURE_LIST_JOINERS: readonly string[] = ['và'];

/** Words that join two counted nouns into one entity: 'hộ nghèo và hộ cận nghèo'. */
export const NOUN_JOINERS: readonly string[] = ['và', 'hoặc'];

/** Linking words an entity must not end on: 'đảng viên thuộc' before a figure gives back 'thuộc'. */
export const DANGLING_WORDS: readonly string[] = ['thuộc', 'trực thuộc', 'có', 'được', 'là', 'của', 'với', 'tại', 'ở', 'hoặc', 'và']; 

/** Words that end an entity phrase when met after the counted noun: 'giải thể 191 chi bộ do sắp xếp'. */
export const ENTITY_STOP_WORDS: readonly string[] = [
  'do', 'để', 'nhằm', 'với', 'và', 'cùng', 'so với', 'từ', 'trong', 'tại', 'ở', 'đạt', 'tăng', 'giảm', 'nâng lên',
  'xuống', 'lên', 'còn', 'theo', 'vì', 'nên', 'nhưng', 'song', 'khi', 'sau', 'trước', 'đến', 'tới', 'gồm', 'bao gồm',
  'trong đó', 'chiếm', 'bằng', 'hoàn thành', 'đang', 'sẽ', 'đã', 'vượt', 'bình quân', 'mỗi', 'cho', 'về', 'của',
  'thì', 'mà', 'như', 'qua', 'trên', 'đều', 'sang', 'đi dự', 'cả năm', 'toàn tỉnh', 'toàn huyện', 'chứ', 'dưới', 'hơn', 'khoảng', 'gần', 'năm', 'tháng', 'ngày', 'quý', 'lần', 'được',
  'đồng thời', 'nộp', 'sau khi', 'trước khi', 'bị', 'tuổi', 'giờ', 'phút', 'tuần', 'lúc', 'nữa', 'rồi', 'hiện còn', 'hiện có', 'hiện nay', 'nay', 'này', 'đó', 'ấy', 'là',
]; 

/** What joins a part to its whole: '41 trong tổng số 75 bản'. */
export const PART_OF_WHOLE_LINKS: readonly string[] = ['trong tổng số', 'trên tổng số', 'trong số', 'trên', 'trong'];

/** What opens a stated total: 'nâng tổng số đảng viên toàn huyện lên 5.812'. */
export const TOTAL_MARKERS: readonly string[] = ['tổng số', 'nâng tổng số', 'tổng cộng'];

/** What joins a stated total to its figure: '… lên 5.812', '… là 5.812', '… đạt 5.812'. */
export const TOTAL_LINKS: readonly string[] = ['lên', 'là', 'đạt', 'có', 'gồm'];

/** Discourse words that open a clause but are not part of its subject: 'trong đó khai thác 521.700 tấn'. */
export const SUBJECT_OPENERS: readonly string[] = ['trong đó', 'riêng', 'còn', 'và', 'với', 'nhưng', 'song', 'đồng thời', 'ngoài ra', 'bên cạnh đó', 'trong khi'];

/** Number words that are usually the indefinite article before a noun: 'một công trình'. */
export const ARTICLE_WORDS: readonly string[] = ['một'];

/** Nouns of measured statistics, which a figure with a unit may be named by: 'sản lượng lúa đạt 4,3 triệu tấn'. */
export const MEASURE_SUBJECTS: readonly string[] = [
  'sản lượng', 'tổng sản lượng', 'diện tích', 'tổng diện tích', 'rừng', 'rừng trồng', 'rừng tự nhiên', 'khai thác',
  'nuôi trồng', 'xuất khẩu', 'gạo', 'lúa', 'đất', 'khối lượng', 'công suất', 'tổng công suất', 'chiều dài',
  'tổng chiều dài', 'lượng', 'tổng lượng', 'năng suất', 'độ che phủ',
];

/** Words that make 'one unit' the unit a later figure is reckoned per: 'giá trị trên 1 ha đất đạt 221 triệu đồng'. */
export const PER_ONE_MARKERS: readonly string[] = ['trên', 'mỗi'];

/** Words that make a subject the number of something: 'số người tham gia … đạt 31.756 người'. */
export const NUMBER_OF_WORDS: readonly string[] = ['số', 'tổng số', 'số lượng'];

/** Scope adverbials that may close a subject and are not part of what it names: 'sản lượng lúa cả năm đạt …'. */
export const SCOPE_ADVERBIALS: readonly string[] = [
  'cả năm', 'trong năm', 'năm nay', 'toàn tỉnh', 'toàn huyện', 'toàn xã', 'toàn thành phố', 'toàn quốc', 'cả nước',
  'trên địa bàn', 'trên địa bàn tỉnh', 'trên địa bàn huyện', 'của tỉnh', 'của huyện', 'của thành phố',
];

/** Dimension words: a figure after them measures one object ('Cầu dài 83 m'), not a statistic. */
export const DIMENSION_WORDS: readonly string[] = ['dài', 'rộng', 'cao', 'sâu', 'cách', 'nặng', 'dày', 'ngang', 'dọc'];

/** Compounds that end on a dimension word yet name a kind, not a size: 'diện tích ứng dụng công nghệ cao đạt 72.350 ha'. */
export const DIMENSION_WORD_COMPOUNDS: readonly string[] = [
  'công nghệ cao', 'chất lượng cao', 'năng suất cao', 'giá trị cao', 'hiệu quả cao', 'vùng cao', 'nông nghiệp cao',
];

/** Qualifiers written after the counted phrase: '600 đảng viên trở lên'. */
export const TRAILING_QUALIFIERS: readonly (readonly [string, 'at_least' | 'at_most'])[] = [
  ['trở lên', 'at_least'],
  ['trở xuống', 'at_most'],
];

/** Words that end an entity when a figure follows them: 'sáp nhập 22 chi bộ thôn thành 11 chi bộ'. */
export const FIGURE_LINKS: readonly string[] = ['thành', 'còn', 'lên', 'xuống', 'xuống còn', 'là'];

/** Words after which a figure is expected to count something: 'với 240 ghế ngồi', 'cho 40 bệnh nhi'. */
export const COUNT_OPENERS: readonly string[] = [
  'có', 'với', 'cho', 'gồm', 'và', 'tổng cộng', 'được', 'tới', 'đến', 'hơn', 'trên', 'gần', 'khoảng', 'chừng',
  'ít nhất', 'tất cả', 'cả', 'mất', 'thêm', 'còn', 'trong đó',
];

/** Words that never open an unlisted noun phrase after a figure: pronouns, particles, prepositions. */
export const NOT_NOUN_OPENERS: readonly string[] = [
  'vào', 'hay', 'hoặc', 'chỉ', 'không', 'chưa', 'thuộc', 'chúng', 'tôi', 'ta', 'mình', 'họ', 'nó', 'ở', 'ra', 'lại',
];
