import { describe, expect, it } from 'vitest';
import { addWordStarts, codeAfterSpaces, digitWordAfter, firstWordNumbersOf, matchesAt, mostWordsOf, startsAround, stickyOf } from '../../src/rules/date/anchored.js';
import { sentenceMatches } from '../../src/rules/date/calendar.js';
import { digitWordsIn, indexedSentence } from '../../src/rules/date/word-gate.js';
import { numberWord } from '../../src/tagging/vocabulary.js';
import { contextOf } from './named-context.js';

/** Filler that makes a text long enough to be indexed (64 characters and more). */
const FILLER = 'Ban Thường vụ Tỉnh ủy đã tổ chức hội nghị sơ kết công tác của toàn tỉnh';

/** A pattern on whole words: 'ngày' and a figure. */
const DAY = /(?<![\p{L}\p{N}])ngày \d+/gu;

describe('stickyOf', () => {
  it('keeps the source and flags, sticky instead of global', () => {
    const sticky = stickyOf(DAY);
    expect(sticky.source).toBe(DAY.source);
    expect(sticky.flags).toBe('uy');
  });
});

describe('matchesAt', () => {
  const text = `${FILLER}. Từ ngày 5 đến ngày 12, hội nghị ngày 30 họp.`;
  const start = text.indexOf('Từ');
  const ctx = contextOf(text, start);

  it('finds what the global scan finds when every match starts at a given start', () => {
    const all = sentenceMatches(ctx, DAY).map((m) => [m.index, m[0]]);
    const starts = all.map(([at]) => at as number);
    const some = [start, ...starts, text.indexOf('họp')];
    expect(matchesAt(ctx, stickyOf(DAY), some).map((m) => [m.index, m[0]])).toEqual(all);
  });

  it('finds nothing where no match starts, and skips starts inside a match', () => {
    const sticky = stickyOf(DAY);
    expect(matchesAt(ctx, sticky, [])).toEqual([]);
    expect(matchesAt(ctx, sticky, [text.indexOf('đến')])).toEqual([]);
    const first = text.indexOf('ngày 5');
    expect(matchesAt(ctx, stickyOf(/ngày \d+|\d+/gu), [first, first + 5]).map((m) => m[0])).toEqual(['ngày 5']);
  });
});

describe('addWordStarts', () => {
  const text = `${FILLER}. Sáng ngày 5 tháng 9, chiều 6/9 họp.`;
  const start = text.indexOf('Sáng');
  const sentence = indexedSentence(contextOf(text, start));

  it('adds the starts of a run of the sentence words, ascending, without repeats, never before the sentence', () => {
    expect(sentence).toBeDefined();
    if (!sentence) return;
    const starts: number[] = [];
    addWordStarts(sentence, sentence.first - 3, sentence.first + 1, starts);
    addWordStarts(sentence, sentence.first + 1, sentence.first + 2, starts);
    expect(starts).toEqual([start, text.indexOf('ngày'), text.indexOf('5')]);
  });

  it('adds only the given known words when asked', () => {
    if (!sentence) return;
    const starts: number[] = [];
    addWordStarts(sentence, sentence.first, sentence.end + 4, starts, firstWordNumbersOf(['chiều qua', 'SÁNG']));
    expect(starts).toEqual([start, text.indexOf('chiều')]);
  });
});

describe('firstWordNumbersOf', () => {
  it('gives the known-word numbers of the first words, lower-cased', () => {
    expect([...firstWordNumbersOf(['Đầu giờ sáng', 'đầu', ' tối qua'])]).toEqual([numberWord('đầu'), numberWord('tối')]);
  });
});

describe('digitWordsIn', () => {
  it('lists the words of the sentence that open with a digit', () => {
    const text = `${FILLER} 7. Ngày 5/8/2020, 15a hộ và 5Luật mới, A1 không.`;
    const start = text.indexOf('Ngày');
    const found = digitWordsIn(contextOf(text, start));
    expect(found).toBeDefined();
    if (!found) return;
    const { index } = found;
    const words = found.numbers.slice(found.from, found.to).map((k) => text.slice(index.starts[k], index.ends[k]));
    expect(words).toEqual(['5', '8', '2020', '15a', '5Luật']);
  });

  it('lets the caller read the text when the index cannot tell', () => {
    expect(digitWordsIn(contextOf('ngày 5/8'))).toBeUndefined();
  });
});

describe('codeAfterSpaces', () => {
  it('reads the code unit at a place, or after the spaces that stand there', () => {
    expect(codeAfterSpaces('04-NQ', 2)).toBe(45);
    expect(codeAfterSpaces('2016  đến', 4)).toBe(0x111);
    expect(Number.isNaN(codeAfterSpaces('2016 ', 4))).toBe(true);
  });
});

describe('startsAround and digitWordAfter', () => {
  const text = `${FILLER}. Từ ngày 5 đến ngày 12, hội nghị ngày họp.`;
  const start = text.indexOf('Từ');
  const ctx = contextOf(text, start);

  it('visits each given word of the sentence and gathers the starts it adds', () => {
    const sentence = indexedSentence(ctx);
    if (!sentence) throw new Error('not indexed');
    const ngay = numberWord('ngày');
    const words = [];
    for (let k = sentence.first; k < sentence.end; k++) if (sentence.index.known[k] === ngay) words.push(k);
    const gate = { index: sentence.index, numbers: words, from: 0, to: words.length };
    const visited: number[] = [];
    const starts = startsAround(ctx, gate, (k, s, found) => {
      visited.push(k);
      if (digitWordAfter(s, k)) addWordStarts(s, k, k, found);
    });
    expect(visited).toEqual(words);
    // the last 'ngày' has no figure after it
    expect(starts).toEqual([text.indexOf('ngày 5'), text.indexOf('ngày 12')]);
  });

  it('says the caller must read the text when the words are not known', () => {
    expect(startsAround(ctx, undefined, () => {})).toBeUndefined();
  });
});

describe('mostWordsOf', () => {
  it('counts the words of the longest phrase, white space trimmed and collapsed, never under the least asked', () => {
    expect(mostWordsOf(['sáng', ' đầu giờ  chiều ', 'hôm qua'])).toBe(3);
    expect(mostWordsOf(['một'], 2)).toBe(2);
    expect(mostWordsOf([])).toBe(1);
  });
});
