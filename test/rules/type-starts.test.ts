import { describe, expect, it } from 'vitest';
import { addTypeStarts, numberWordsIn } from '../../src/rules/reference/type-starts.js';
import { contextOf } from './named-context.js';

/** Filler that makes a text long enough to be indexed (64 characters and more). */
const FILLER = 'Ban Thường vụ Tỉnh ủy đã tổ chức hội nghị sơ kết công tác của toàn tỉnh';

/** The texts from each start of `starts` to the next space. */
function wordsAt(text: string, starts: readonly number[]): string[] {
  return starts.map((at) => text.slice(at).split(/\s/)[0] as string);
}

describe('numberWordsIn', () => {
  it('lists the words that open with a digit and are short enough', () => {
    const text = `${FILLER}. Theo Nghị quyết số 123456 và 15a, 2024.`;
    const found = numberWordsIn(contextOf(text, text.indexOf('Theo')), 5);
    expect(found).toBeDefined();
    if (!found) return;
    const { starts, ends } = found.sentence.index;
    expect(found.words.map((k) => text.slice(starts[k], ends[k]))).toEqual(['15a', '2024']);
    expect(numberWordsIn(contextOf('Luật 12'), 5)).toBeUndefined();
  });
});

describe('addTypeStarts', () => {
  /** Where a type may start before each number word of the text's last sentence. */
  function typeStarts(text: string): string[] {
    const found = numberWordsIn(contextOf(text, text.indexOf('|') + 1), 6);
    if (!found) return [];
    const starts: number[] = [];
    for (const k of found.words) addTypeStarts(found.sentence, k, starts);
    return wordsAt(text, starts);
  }

  it('gives the first words of types up to four words before a number, or before số', () => {
    expect(typeStarts(`${FILLER}| theo Chương trình hành động 12`)).toEqual(['Chương']);
    expect(typeStarts(`${FILLER}| theo nghị quyết số: 12 và Kế hoạch 5`)).toEqual(['nghị', 'quyết', 'Kế']) // 'Quyết định' opens with 'quyết';
    expect(typeStarts(`${FILLER}| tăng 12 lần`)).toEqual([]);
  });

  it('gives the letter after the digits of a word that glues a type to a figure', () => {
    expect(typeStarts(`${FILLER}| theo 5Luật 12 và 2020Nghị quyết 3`)).toEqual(['Luật', 'Nghị', 'quyết']);
  });
});
