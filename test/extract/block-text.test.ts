import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseDocument } from '../../src/document/index.js';
import { normalizeView } from '../../src/text/normalize.js';
import { CHARACTER_FOLDS, TONE_PLACEMENT_FOLDS } from '../../src/lexicon/characters.js';

// The extractor reads the numerals of a block's text without normalizing it again: that holds
// only while every block text is its own normalized view.

const realPath = fileURLToPath(new URL('../../../shared/corpus-real/articles.jsonl', import.meta.url));

/** The block texts of `input` that normalizing would change. */
function unstableBlocks(input: string): string[] {
  return parseDocument(input, undefined, 'extract')
    .blocks.map((b) => b.view.text)
    .filter((text) => normalizeView(text).text !== text);
}

describe('block texts are normalized', () => {
  const pieces = [
    ...Object.keys(CHARACTER_FOLDS),
    ...Object.keys(TONE_PLACEMENT_FOLDS),
    ...Object.values(TONE_PLACEMENT_FOLDS),
    'e\u0301', 'o\u0302\u0301', '\u0301', 'Hoà', 'hòa', 'thuỷ', 'THUỶ', '\u200b', '\u00ad', '\ufeff', '\u00a0',
    'Điện Biên:', 'kết nạp 8.990 đảng viên', '\r\n', '\n\n', '1. ', '# ', '<p>', '</p>', '&nbsp;', '&#769;', '\uD800', '\uDC00', '𝐀',
  ];

  it('on generated text, Markdown and HTML (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 6 }), fc.string({ unit: 'binary', maxLength: 3 })), { maxLength: 40 }), fc.constantFrom('', ' ', '\n'), (parts, joint) => {
        expect(unstableBlocks(parts.join(joint))).toEqual([]);
      }),
      { numRuns: process.env.CI_LONG ? 100_000 : 5000 },
    );
  });

  it.skipIf(!existsSync(realPath))('on the real articles', () => {
    const lines = readFileSync(realPath, 'utf8').trim().split('\n');
    const unstable = lines.flatMap((line) => unstableBlocks((JSON.parse(line) as { text: string }).text));
    expect(unstable.slice(0, 5)).toEqual([]);
  });
});
