import { describe, expect, it } from 'vitest';
import { findNumbers } from '../../src/numerals/index.js';

describe("'năm' after a word of time is 'year', not 5", () => {
  it('reads no figure in "mỗi năm", "hằng năm", "trong năm" before a noun', () => {
    for (const text of ['Mỗi năm nhà nước bỏ ra', 'hằng năm hộ nghèo giảm', 'trong năm người dân', 'cả năm xã đạt']) {
      expect(findNumbers(text), text).toEqual([]);
    }
  });

  it('still reads five before a counted noun elsewhere', () => {
    expect(findNumbers('có năm đảng viên').map((m) => m.value)).toEqual([5]);
    expect(findNumbers('năm xã đạt chuẩn').map((m) => m.value)).toEqual([5]);
  });
});
