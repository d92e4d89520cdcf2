import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { readsAsVietnamese, vietnameseSyllableCount } from '../../src/cli/reads-as-vietnamese.js';
import { COMMON_VIETNAMESE_SYLLABLES } from '../../src/cli/vietnamese-syllables.js';
import { CORPUS_DIR, sampleBulletins } from './support/bulletins.js';

describe('readsAsVietnamese', () => {
  it.each(sampleBulletins(3))('holds for the bulletin %s', (file) => {
    expect(readsAsVietnamese(readFileSync(CORPUS_DIR + file, 'utf8'))).toBe(true);
  });

  it('holds for decomposed text (tone marks as combining characters)', () => {
    expect(readsAsVietnamese('Toàn tỉnh đã kết nạp 50 đảng viên mới trong năm.'.normalize('NFD'))).toBe(true);
  });

  it.each([
    ['English', 'The provincial party committee admitted new members this year, the report said.'],
    ['French', 'Le gouvernement a annoncé une réforme des retraites; les syndicats ont réagi.'],
    ['German', 'Die Bundesregierung hat heute über die Änderungen im Gesundheitswesen beraten.'],
    ['mojibake', 'ToÃ n tá»‰nh Ä‘Ã£ káº¿t náº¡p 50 Ä‘áº£ng viÃªn má»›i trong nÄƒm.'],
    ['no words', '1.250 – 2.500 / 3.750 %'],
    ['nothing', ''],
  ])('fails for %s text', (_, text) => {
    expect(readsAsVietnamese(text)).toBe(false);
  });

  it('counts words and common syllables', () => {
    expect(vietnameseSyllableCount('Kết nạp 50 đảng viên Zorglub')).toEqual({ words: 5, common: 4 });
  });
});

describe('COMMON_VIETNAMESE_SYLLABLES', () => {
  it('is a list of lower-case NFC syllables', () => {
    const syllables = COMMON_VIETNAMESE_SYLLABLES.trim().split(/\s+/);
    expect(syllables.length).toBeGreaterThan(300);
    for (const s of syllables) {
      expect(s).toBe(s.normalize('NFC').toLowerCase());
      expect(s).toMatch(/^\p{L}+$/u);
    }
  });
});
