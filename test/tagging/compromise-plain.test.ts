import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { PlainLexicon } from '../../src/tagging/compromise-plain.js';
import { plainLeading } from '../../src/tagging/compromise-plain.js';
import type { TaggedTerm } from '../../src/tagging/compromise.js';
import { WindowTagger } from '../../src/tagging/compromise.js';
import { DEFAULT_LEXICON } from '../../src/extract/lexicon.js';

/** A small lexicon in compromise's shape. */
const LEXICON: PlainLexicon = {
  words: new Map<string, ReadonlySet<string>>([
    ['đảng viên', new Set(['CountedNoun'])],
    ['đảng viên mới', new Set(['Modifier'])],
    ['trong', new Set(['StopWord'])],
    ['viên', new Set(['Classifier'])],
    ['sen', new Set(['Abbreviation', 'Honorific'])],
  ]),
  phraseWords: new Map([['đảng', 3]]),
  rewritten: new Set(['im']),
};

/** The terms plainLeading settles, when they are all the terms asked for. */
const tagPlainLeading = (window: string, count: number, lexicon: PlainLexicon) => {
  const leading = plainLeading(window, count, lexicon);
  return leading.complete ? leading.terms : undefined;
};

/** Terms as plain data. */
const plain = (terms: readonly TaggedTerm[] | undefined) => terms?.map((t) => [t.text, t.start, t.end, [...t.tags]]);

describe('tagPlainLeading', () => {
  it('tags plain words one term per word, by their lower-case form', () => {
    expect(plain(tagPlainLeading('hoa Sen trong vườn', 3, LEXICON))).toEqual([
      ['hoa', 0, 3, []],
      ['Sen', 4, 7, ['Abbreviation', 'Honorific']],
      ['trong', 8, 13, ['StopWord']],
    ]);
  });

  it('tags the longest phrase first, on every word of it', () => {
    expect(plain(tagPlainLeading('đảng viên mới vào', 2, LEXICON))).toEqual([
      ['đảng', 0, 4, ['Modifier']],
      ['viên', 5, 9, ['Modifier']],
    ]);
    expect(plain(tagPlainLeading('đảng viên', 3, LEXICON))).toEqual([
      ['đảng', 0, 4, ['CountedNoun']],
      ['viên', 5, 9, ['CountedNoun']],
    ]);
  });

  it('reads a comma that closes a word, and digits alone', () => {
    expect(plain(tagPlainLeading('em, 24 xe', 3, LEXICON))).toEqual([
      ['em', 0, 2, []],
      ['24', 4, 6, []],
      ['xe', 7, 9, []],
    ]);
  });

  it('reads a number parted by points or commas as one word', () => {
    expect(plain(tagPlainLeading('lò, 4,5 triệu', 3, LEXICON))).toEqual([
      ['lò', 0, 2, []],
      ['4,5', 4, 7, []],
      ['triệu', 8, 13, []],
    ]);
    expect(plain(tagPlainLeading('có 500.000 người', 3, LEXICON))?.[1]).toEqual(['500.000', 3, 10, []]);
  });

  it('reads digits after letters as part of the word, never a unit after a number', () => {
    expect(plain(tagPlainLeading('khu B3 để', 3, LEXICON))).toEqual([
      ['khu', 0, 3, []],
      ['B3', 4, 6, []],
      ['để', 7, 9, []],
    ]);
    expect(tagPlainLeading('xe 4m cao', 3, LEXICON)).toBeUndefined();
  });

  it('leaves to compromise what it may split, join or rewrite', () => {
    expect(tagPlainLeading('xe "mới" về', 3, LEXICON)).toBeUndefined();
    expect(tagPlainLeading('xe 4-10m2 về', 3, LEXICON)).toBeUndefined();
    expect(tagPlainLeading('im lặng', 2, LEXICON)).toBeUndefined();
    expect(tagPlainLeading('xe,ô tô', 1, LEXICON)).toBeUndefined();
    // a phrase the third word may open reaches past what is plain
    expect(tagPlainLeading('xe ô đảng viên 5%', 3, LEXICON)).toBeUndefined();
  });

  it('gives the settled opening when a later word is not plain', () => {
    const leading = plainLeading('gia cầm, nhưng 70% là', 4, LEXICON);
    expect(leading.complete).toBe(false);
    expect(plain(leading.terms)).toEqual([
      ['gia', 0, 3, []],
      ['cầm', 4, 7, []],
      ['nhưng', 9, 14, []],
    ]);
    // a phrase that may run from the second word into what is not plain leaves the second word unsettled
    expect(plain(plainLeading('xe đảng viên 5%', 3, LEXICON).terms)).toEqual([['xe', 0, 2, []]]);
    expect(plainLeading('"xe"', 3, LEXICON)).toEqual({ terms: [], complete: false });
  });

  it('gives what compromise gives for plain windows', () => {
    const tagger = new WindowTagger(DEFAULT_LEXICON);
    const windows = ['khối nhà tại khu B3 để phục', 'trang A4', 'lò, 4,5 triệu sản phẩm', 'dân có hộ khẩu, 500.000 người', 'hành khách trong dịp này', 'hồ chưa nước cỡ lớn, nhưng hiện chỉ có', 'công văn kết luận quận', 'em, sau đó thì 40', 'siêu thị'];
    for (const window of windows) expect(tagger.tagLeading(window, 3)).toEqual(tagger.tag(window).slice(0, 3));
  });
});

/** Words the generated windows are made of: lexicon words, their first syllables, English look-alikes, numbers and letter-digit codes. */
const WORD_POOL: string[] = (() => {
  const lexiconWords = [
    ...DEFAULT_LEXICON.countedNouns,
    ...DEFAULT_LEXICON.classifiers,
    ...DEFAULT_LEXICON.entityModifiers,
    ...DEFAULT_LEXICON.entityStopWords,
    ...DEFAULT_LEXICON.actionVerbs,
    ...DEFAULT_LEXICON.perUnits,
    ...DEFAULT_LEXICON.honorifics,
  ];
  const syllables = lexiconWords.flatMap((w) => w.split(' '));
  const others = ['im', 'tis', 'the', 'and', 'Mr', 'B3', 'A4', 'H5N1', '4m', '24', '500.000', '4,5', '2', 'XII', 'Đảng', 'Viên', 'ĐẢNG', 'là', 'có', 'được'];
  return [...new Set([...lexiconWords, ...syllables, ...others])];
})();

describe('tagLeading without compromise', () => {
  it('gives what compromise gives, on generated windows of lexicon words, syllables, numbers and codes', () => {
    const tagger = new WindowTagger(DEFAULT_LEXICON);
    const word = fc.constantFrom(...WORD_POOL);
    const gap = fc.constantFrom(' ', ' ', ' ', ', ', '  ', ' - ', '/', ' "', '. ');
    const window = fc
      .array(fc.tuple(word, gap), { minLength: 1, maxLength: 8 })
      .map((parts) => parts.map(([w, g]) => w + g).join('').trimEnd());
    fc.assert(
      fc.property(window, fc.integer({ min: 1, max: 4 }), (text, count) => {
        expect(plain(tagger.tagLeading(text, count))).toEqual(plain(tagger.tag(text).slice(0, count)));
      }),
      { numRuns: 3000 },
    );
  });
});
