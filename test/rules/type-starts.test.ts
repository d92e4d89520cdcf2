import { describe, expect, it } from 'vitest';
import { addTypeStarts } from '../../src/rules/reference/type-starts.js';
import { digitWordsIn, indexedSentence } from '../../src/rules/date/word-gate.js';
import { contextOf } from './named-context.js';

/** Filler that makes a text long enough to be indexed (64 characters and more). */
const FILLER = 'Ban Thường vụ Tỉnh ủy đã tổ chức hội nghị sơ kết công tác của toàn tỉnh';

/** The texts from each start of `starts` to the next space. */
function wordsAt(text: string, starts: readonly number[]): string[] {
  return starts.map((at) => text.slice(at).split(/\s/)[0] as string);
}

describe('addTypeStarts', () => {
  /** Where a type may start before each number word of the text's last sentence. */
  function typeStarts(text: string): string[] {
    const ctx = contextOf(text, text.indexOf('|') + 1);
    const found = digitWordsIn(ctx);
    const sentence = indexedSentence(ctx);
    if (!found || !sentence) return [];
    const starts: number[] = [];
    for (const k of found.numbers.slice(found.from, found.to)) addTypeStarts(sentence, k, starts);
    return wordsAt(text, starts);
  }

  it('gives the first words of types up to four words before a number, or before số', () => {
    expect(typeStarts(`${FILLER}| theo Chương trình hành động 12`)).toEqual(['Chương']);
    expect(typeStarts(`${FILLER}| theo nghị quyết số: 12 và Kế hoạch 5`)).toEqual(['nghị', 'quyết', 'Kế']) // 'Quyết định' opens with 'quyết';
    expect(typeStarts(`${FILLER}| tăng 12 lần`)).toEqual([]);
    // only before a type's last word or 'số'
    expect(typeStarts(`${FILLER}| Nghị quyết mới 12`)).toEqual([]);
  });

  it('gives the letter after the digits of a word that glues a type to a figure', () => {
    expect(typeStarts(`${FILLER}| theo 5Luật 12 và 2020Nghị quyết 3`)).toEqual(['Luật', 'Nghị', 'quyết']);
  });
});
