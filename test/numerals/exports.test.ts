import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as numerals from '../../src/numerals/index.js';

describe('numerals module', () => {
  it('exports exactly its public API', () => {
    expect(Object.keys(numerals).sort()).toEqual(['NumberRangeError', 'findNumbers', 'formatNumber', 'parseNumber', 'parseOrdinal', 'toWords']);
  });
  it('keeps its sources NFC', () => {
    const files = [
      ...readdirSync('src/numerals').map((f) => `src/numerals/${f}`),
      'src/lexicon/numerals.ts',
      'src/lexicon/units.ts',
      'src/lexicon/qualifiers.ts',
    ];
    for (const f of files) {
      const text = readFileSync(f, 'utf8');
      expect(text.normalize('NFC') === text, f).toBe(true);
    }
  });
});
