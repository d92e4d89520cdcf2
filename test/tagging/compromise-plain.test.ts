import { describe, expect, it } from 'vitest';
import type { PlainLexicon } from '../../src/tagging/compromise-plain.js';
import { tagPlainLeading } from '../../src/tagging/compromise-plain.js';
import type { TaggedTerm } from '../../src/tagging/compromise.js';
import { WindowTagger } from '../../src/tagging/compromise.js';
import { DEFAULT_LEXICON } from '../../src/extract/lexicon.js';

/** A small lexicon in compromise's shape. */
const LEXICON: PlainLexicon = {
  words: { 'đảng viên': 'CountedNoun', 'đảng viên mới': 'Modifier', trong: 'StopWord', viên: 'Classifier', sen: ['Abbreviation', 'Honorific'] },
  phraseWords: { đảng: 3 },
  rewritten: new Set(['im']),
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

  it('leaves to compromise what it may split, join or rewrite', () => {
    expect(tagPlainLeading('xe "mới" về', 3, LEXICON)).toBeUndefined();
    expect(tagPlainLeading('xe 4-10m2 về', 3, LEXICON)).toBeUndefined();
    expect(tagPlainLeading('im lặng', 2, LEXICON)).toBeUndefined();
    expect(tagPlainLeading('xe,ô tô', 1, LEXICON)).toBeUndefined();
    // a phrase the third word may open reaches past what is plain
    expect(tagPlainLeading('xe ô đảng viên 5%', 3, LEXICON)).toBeUndefined();
  });

  it('gives what compromise gives for plain windows', () => {
    const tagger = new WindowTagger(DEFAULT_LEXICON);
    const windows = ['lò, 4,5 triệu sản phẩm', 'dân có hộ khẩu, 500.000 người', 'hành khách trong dịp này', 'hồ chưa nước cỡ lớn, nhưng hiện chỉ có', 'công văn kết luận quận', 'em, sau đó thì 40', 'siêu thị'];
    for (const window of windows) expect(tagger.tagLeading(window, 3)).toEqual(tagger.tag(window).slice(0, 3));
  });
});
