/**
 * Time words: periods, durations and date frames. Data only.
 * @module
 */

/** Units of a duration ('Qua 3 năm') with the unit name the record uses. */
export const DURATION_UNITS: Readonly<Record<string, 'năm' | 'quý' | 'tháng' | 'tuần' | 'ngày'>> = {
  'năm': 'năm',
  'quý': 'quý',
  'tháng': 'tháng',
  'tuần': 'tuần',
  'ngày': 'ngày',
};

/** Words that mean 'now' at the end of a period: 'Từ năm 2016 đến nay'. */
export const NOW_WORDS: readonly string[] = ['nay', 'hiện nay', 'bây giờ', 'thời điểm này'];

/** Words for a span of terms or stages: 'giai đoạn 2016-2020', 'nhiệm kỳ 2020 – 2025'. */
export const PERIOD_NOUNS: readonly string[] = ['giai đoạn', 'nhiệm kỳ', 'thời kỳ', 'kế hoạch'];
