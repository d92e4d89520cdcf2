/**
 * Number words of Vietnamese: digits and their colloquial variants, tens and hundreds markers,
 * scale words, decimal points, signs, ordinals, and the context words that tell a numeral from a
 * date, a year, a weekday or a Roman-numeral heading. Data only: the grammar lives in `numerals/`.
 * All entries are NFC and lower case (matching compares lower-cased words).
 * @module
 */

/** Digit words and their values: 'bốn' and 'tư' are both 4, 'năm', 'lăm', 'nhăm' all 5. */
export const DIGIT_WORDS: Readonly<Record<string, number>> = {
  'không': 0,
  'một': 1,
  'mốt': 1,
  'hai': 2,
  'ba': 3,
  'bốn': 4,
  'tư': 4,
  'năm': 5,
  'lăm': 5,
  'nhăm': 5,
  'sáu': 6,
  'bảy': 7,
  'bẩy': 7,
  'tám': 8,
  'chín': 9,
};

/** Digit words that may open a numeral or a tens/hundreds group ('tư', 'mốt', 'lăm' never do). */
export const LEADING_DIGIT_WORDS: ReadonlySet<string> = new Set([
  'không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'bẩy', 'tám', 'chín',
]);

/** Digit words allowed after a tens word ('hai mươi mốt', 'ba mươi tư', 'mười lăm'); 'năm' is left out: 'hai mươi năm' is twenty years. */
export const UNIT_AFTER_TENS_WORDS: ReadonlySet<string> = new Set([
  'một', 'mốt', 'hai', 'ba', 'bốn', 'tư', 'lăm', 'nhăm', 'sáu', 'bảy', 'bẩy', 'tám', 'chín',
]);

/** Digit words that may stand for a tens digit or a fraction of a scale on their own ('một trăm hai' = 120, 'một triệu tư' = 1,4 triệu). */
export const ELLIPTIC_DIGIT_WORDS: ReadonlySet<string> = new Set([
  'mốt', 'hai', 'ba', 'bốn', 'tư', 'lăm', 'nhăm', 'sáu', 'bảy', 'bẩy', 'tám', 'chín',
]);

/** The word 'năm' (five, but also 'year'): read as 5 only where a numeral needs it. */
export const AMBIGUOUS_FIVE_WORD = 'năm';

/** The word for zero, which opens a numeral only before a decimal point or 'trăm'. */
export const ZERO_WORD = 'không';

/** 'mười': ten, opening a 10–19 group. */
export const TEN_WORD = 'mười';

/** The tens marker a units word may follow: 'hai mươi mốt' = 21 ('hai chục' takes none). */
export const TENS_WORD = 'mươi';

/** Tens markers after a digit: 'hai mươi' = 20, 'hai chục' = 20. */
export const TENS_MARKER_WORDS: ReadonlySet<string> = new Set([TENS_WORD, 'chục']);

/** Units words that follow only a tens word of twenty or more: 'hai mươi mốt', never 'mười mốt'. */
export const UNITS_AFTER_TWENTY_ONLY: ReadonlySet<string> = new Set(['mốt']);

/** The hundreds word: 'ba trăm' = 300, and 'trăm' alone is 100. */
export const HUNDRED_WORD = 'trăm';

/** Zero-tens fillers: 'một trăm linh năm' = 105, 'một nghìn lẻ một' = 1001. */
export const ZERO_TENS_WORDS: ReadonlySet<string> = new Set(['linh', 'lẻ']);

/** Half of the scale before it: 'tám trăm rưỡi' = 850, 'một tỷ rưỡi' = 1,5 tỷ. */
export const HALF_WORDS: ReadonlySet<string> = new Set(['rưỡi']);

/** Scale words above a hundred, as powers of ten: 'nghìn'/'ngàn' 3, 'vạn' 4, 'triệu' 6, 'tỷ'/'tỉ' 9. */
export const SCALE_WORDS: Readonly<Record<string, number>> = {
  'nghìn': 3,
  'ngàn': 3,
  'vạn': 4,
  'triệu': 6,
  'tỷ': 9,
  'tỉ': 9,
};

/** Words after a scale word that make it part of another word: 'tỷ lệ' (rate), 'tỷ số' (score), 'tỷ giá' (exchange rate). */
export const SCALE_BLOCKERS: Readonly<Record<string, readonly string[]>> = {
  'tỷ': ['lệ', 'số', 'trọng', 'giá', 'suất', 'phú'],
  'tỉ': ['lệ', 'số', 'trọng', 'giá', 'suất', 'phú'],
};

/** Words for the decimal point: 'hai mươi chấm tư' = 20,4, 'một phẩy năm' = 1,5. */
export const DECIMAL_POINT_WORDS: ReadonlySet<string> = new Set(['phẩy', 'chấm']);

/** Words for minus: 'âm 5', 'trừ năm'. */
export const NEGATIVE_WORDS: ReadonlySet<string> = new Set(['âm', 'trừ']);

/** Negative words that findNumbers trusts in running text ('trừ' is also 'except'). */
export const NEGATIVE_WORDS_IN_TEXT: ReadonlySet<string> = new Set(['âm']);

/** Suffixes glued to digits, as powers of ten: '100K', '1,2M', ',0012G', '1tr2', '2t3'. */
export const DIGIT_SUFFIX_SCALES: Readonly<Record<string, number>> = {
  'k': 3,
  'K': 3,
  'M': 6,
  'G': 9,
  'tr': 6,
  't': 9,
};

/** Glued suffixes that findNumbers trusts in running text ('5G' is a network, '10t' may be tonnes). */
export const DIGIT_SUFFIXES_IN_TEXT: ReadonlySet<string> = new Set(['k', 'K', 'tr']);

/** Word for 'part' in fractions: 'ba phần tư' = 3/4; 'phần trăm' is per cent. */
export const FRACTION_WORD = 'phần';

/** Extra fraction words that parseNumber accepts in a whole expression: 'một trên hai', 'một chia bảy'. */
export const FRACTION_WORDS_STANDALONE: ReadonlySet<string> = new Set(['phần', 'trên', 'chia']);

/** Per-cent words after a numeral: 'hai mươi lăm phần trăm'. */
export const PERCENT_WORDS: readonly string[] = ['phần trăm'];

/** The ordinal marker: 'thứ 13', 'lần thứ chín'. */
export const ORDINAL_MARKER = 'thứ';

/** Ordinal words after 'thứ' that are not cardinals: 'thứ nhất' = 1, 'thứ nhì' = 2. */
export const ORDINAL_WORDS: Readonly<Record<string, number>> = {
  'nhất': 1,
  'nhì': 2,
};

/** Whole ordinal phrases: 'đầu tiên' = first. */
export const ORDINAL_PHRASES: Readonly<Record<string, number>> = {
  'đầu tiên': 1,
};

/** Words before 'thứ hai' … 'thứ bảy' that make it a weekday: 'sáng thứ hai', 'vào thứ năm'. */
export const WEEKDAY_BEFORE_WORDS: ReadonlySet<string> = new Set([
  'sáng', 'trưa', 'chiều', 'tối', 'đêm', 'khuya', 'hôm', 'ngày', 'vào', 'các', 'mỗi', 'hằng', 'hàng', 'từ', 'đến', 'tới', 'và', 'hoặc', 'cuối', 'đầu',
]);

/** Words after 'thứ hai' … 'thứ bảy' that make it a weekday: 'thứ hai tuần tới', 'thứ năm, ngày 5/8'. */
export const WEEKDAY_AFTER_WORDS: ReadonlySet<string> = new Set([
  'tuần', 'ngày', 'sáng', 'trưa', 'chiều', 'tối', 'đêm', 'này', 'tới', 'trước', 'sau', 'vừa', 'qua', 'hàng', 'hằng',
]);

/** Weekday ordinals: only 2 … 7 name a weekday after 'thứ'. */
export const WEEKDAY_NUMBERS: ReadonlySet<number> = new Set([2, 3, 4, 5, 6, 7]);

/** Words after which a day number or 'd.m', 'd-m', 'd/m' is a date: 'sáng 5.3', 'ngày 12.4', 'tối 23-9'. */
export const DATE_WORDS: ReadonlySet<string> = new Set([
  'ngày', 'mùng', 'mồng', 'sáng', 'trưa', 'chiều', 'tối', 'đêm', 'khuya', 'hôm', 'rạng', 'sớm',
]);

/** The day word: 'ngày 5/8/2020', 'ngày 3 tháng 9'. */
export const DAY_WORD = 'ngày';

/** Words before a day number that make it a date with no month after it: 'ngày 5', 'mùng 5'. */
export const DAY_NUMBER_WORDS: ReadonlySet<string> = new Set([DAY_WORD, 'mùng', 'mồng']);

/** The month word: 'tháng 5/2020', 'tháng 8 năm 2020'. */
export const MONTH_WORD = 'tháng';

/** The year word: 'năm 2016'; also links a month to its year ('tháng 8 năm 2020'). */
export const YEAR_WORD = 'năm';

/** Words (last word or last two words, lower case) after which a four-digit number is a year: 'năm 2016', 'giai đoạn 2016-2020'. */
export const YEAR_CONTEXT_WORDS: ReadonlySet<string> = new Set([
  'năm', 'năm học', 'năm tài chính', 'giai đoạn', 'nhiệm kỳ', 'niên khóa', 'niên khoá', 'niên độ', 'niên vụ', 'thời kỳ', 'khóa', 'vụ', 'mùa', 'kế hoạch', 'chiến lược', 'tầm nhìn',
]);

/** Words that join the two years of a period: '2016-2020', '2016 đến 2020'. */
export const YEAR_JOINERS: ReadonlySet<string> = new Set(['-', '~', 'đến', 'tới', 'và', '/']);

/** Words before a clock time: 'lúc 14 giờ'. */
export const TIME_BEFORE_WORDS: ReadonlySet<string> = new Set(['lúc', 'vào', 'sáng', 'trưa', 'chiều', 'tối', 'đêm', 'khuya', 'từ', 'đến', 'tới', 'khoảng']);

/** The quarter word: 'quý III/2025', 'quý 2 năm 2025'. */
export const QUARTER_WORD = 'quý';

/** The hour word: '14 giờ 30'. */
export const HOUR_WORD = 'giờ';

/** The minute word after an hour: '8 giờ 30 phút'. */
export const MINUTE_WORD = 'phút';

/** Words joining a date to the next figure of a range or list: 'từ 5/8 đến 10/8', 'ngày 5/8 và 7/8'. */
export const DATE_JOINER_WORDS: readonly string[] = ['đến', 'tới', 'và', 'hoặc'];

/** Words after an hour that make it a clock time: '8 giờ sáng', '14 giờ 30 phút', '9 giờ ngày 5/8'. */
export const TIME_AFTER_WORDS: ReadonlySet<string> = new Set(['sáng', 'trưa', 'chiều', 'tối', 'đêm', 'ngày', 'hôm', 'kém', 'rưỡi', 'đúng']);

/** Words (last one, two or three, lower case) that open a Roman numeral: 'khóa XII', 'quý IV', 'lần thứ IX', 'Đại hội XIII', 'thế kỷ XXI'. */
export const ROMAN_CONTEXT_WORDS: ReadonlySet<string> = new Set([
  'khóa', 'khoá', 'quý', 'thứ', 'phần', 'chương', 'mục', 'đoạn', 'khoản', 'phụ lục', 'đại hội', 'thế kỷ', 'thế kỉ', 'tập', 'cấp', 'loại', 'hạng', 'giai đoạn', 'học kỳ', 'kỳ', 'quân khu', 'số', 'bài', 'phiên', 'tiểu mục', 'điều',
]);

/** Counted nouns and classifiers (first syllable, lower case) that let a lone number word count: 'ba xã', 'hai đồng chí'. */
export const COUNTED_NOUN_HINTS: ReadonlySet<string> = new Set([
  'người', 'đảng', 'chi', 'xã', 'phường', 'thị', 'huyện', 'quận', 'tỉnh', 'thôn', 'bản', 'tổ', 'hộ', 'gia', 'lượt', 'lần', 'năm',
  'tháng', 'ngày', 'tuần', 'quý', 'giờ', 'phút', 'giây', 'đồng', 'cán', 'đơn', 'cơ', 'doanh', 'dự', 'công', 'trường', 'lớp', 'học',
  'em', 'cháu', 'căn', 'chiếc', 'cái', 'con', 'cây', 'nhóm', 'đoàn', 'vụ', 'mô', 'điểm', 'nội', 'vấn', 'nhiệm', 'giải', 'mục',
  'chỉ', 'khâu', 'nhà', 'ban', 'bộ', 'sở', 'phòng', 'hội', 'tập', 'nước', 'quốc', 'thành', 'khu', 'ấp', 'buôn', 'làng', 'bài',
  'cuốn', 'lĩnh', 'ngành', 'cấp', 'đợt', 'phiên', 'kỳ', 'buổi', 'bước', 'chương', 'tiêu', 'đại', 'ủy', 'thành', 'trạm', 'bệnh',
  'bác', 'y', 'giáo', 'sinh', 'chiến', 'đội', 'tàu', 'xe', 'ô', 'suất', 'gói', 'ca', 'trận', 'huy', 'bằng', 'vị',
  'thế', 'ngôi', 'tòa', 'tầng', 'hạng', 'khóa', 'tiết', 'nhân', 'lao', 'thanh', 'phụ', 'cụ', 'ông', 'bà', 'anh', 'chị',
  'hecta', 'tấn', 'triệu', 'tỷ', 'nghìn', 'ngàn', 'trăm', 'mươi', 'chục',
]);

/** Follow-up words that stop 'một' from counting: 'một số' (some), 'một trong những', 'một cách'. Checked before {@link COUNTED_NOUN_HINTS}. */
export const NOT_A_COUNT_AFTER: ReadonlySet<string> = new Set(['số', 'trong', 'cách', 'khi', 'chút', 'vài', 'mình', 'lòng', 'thời', 'phần']);

/** Words after which a lone 'năm' is the word 'year', not 5: 'năm nay', 'năm học', 'năm tài chính'. */
export const FIVE_NOT_BEFORE: ReadonlySet<string> = new Set([
  'năm', 'tháng', 'ngày', 'tuần', 'quý', 'học', 'tài', 'đó', 'nào', 'ấy', 'này', 'nay', 'qua', 'ngoái', 'sau', 'tới', 'trước', 'đầu', 'cuối', 'thứ', 'nhuận', 'mới', 'kế',
]);

/** Words before which a lone 'năm' is the word 'year', not 5: 'mỗi năm', 'hằng năm', 'cả năm', 'trong năm'. */
export const FIVE_NOT_AFTER: ReadonlySet<string> = new Set([
  'mỗi', 'hằng', 'hàng', 'cả', 'trong', 'từng', 'qua', 'những', 'các', 'nhiều', 'vài', 'cuối', 'đầu', 'giữa', 'suốt', 'sang', 'vào', 'của', 'năm',
]);

/** Separators of a date: '16/10', '5.3', '23-9', '15/3/2019'. */
export const DATE_SEPARATORS = '/.-';

/**
 * The words numbers are written with (toWords), one spelling where the language has several:
 * 'nghìn' (not 'ngàn'), 'linh' (not 'lẻ'), 'bảy' (not 'bẩy'), 'tỷ' (not 'tỉ').
 */
export const WRITTEN_NUMBER_WORDS = {
  /** The digits 0–9. */
  digits: ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'],
  /** 5 after a tens word: 'mười lăm', 'hai mươi lăm'. */
  fiveAfterTens: 'lăm',
  /** 1 after a tens word of twenty or more: 'hai mươi mốt'. */
  oneAfterTwenty: 'mốt',
  /** 4 after a tens word of twenty or more: 'ba mươi tư'. */
  fourAfterTwenty: 'tư',
  /** Ten, opening 10–19: 'mười', 'mười hai'. */
  ten: TEN_WORD,
  /** The tens marker after a digit: 'hai mươi'. */
  tens: TENS_WORD,
  /** The hundreds word: 'ba trăm'. */
  hundred: HUNDRED_WORD,
  /** Before a lone units digit after hundreds or a larger group: 'một trăm linh năm'. */
  zeroTens: 'linh',
  /** 10³: 'hai nghìn'. */
  thousand: 'nghìn',
  /** 10⁶: 'ba triệu'. */
  million: 'triệu',
  /** 10⁹: 'một tỷ'. */
  billion: 'tỷ',
  /** Before a negative number: 'âm hai mươi lăm'. */
  minus: 'âm',
} as const;
