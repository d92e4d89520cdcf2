import { describe, expect, it } from 'vitest';
import nlp from 'compromise/one';
import { WindowTagger, vietnamesePlugin } from '../../src/tagging/compromise.js';
import { DEFAULT_LEXICON } from '../../src/extract/lexicon.js';

describe('compromise with the Vietnamese plugin', () => {
  const tagger = new WindowTagger(DEFAULT_LEXICON);

  it('switches off the folding of ă â đ ê ô ơ ư', () => {
    expect(tagger.normal('năm')).toBe('năm');
    expect(tagger.normal('Đảng')).toBe('đảng');
    expect(tagger.normal('ưu')).toBe('ưu');
    expect(tagger.normal('ơn')).toBe('ơn');
  });

  it('tags lexicon phrases with offsets into the window', () => {
    const terms = tagger.tag('kết nạp 8.990 đảng viên mới');
    const by = (text: string) => terms.find((t) => t.text === text);
    expect(by('kết')?.tags.has('Action')).toBe(true);
    expect(by('đảng')?.tags.has('CountedNoun')).toBe(true);
    expect(terms.map((t) => 'kết nạp 8.990 đảng viên mới'.slice(t.start, t.end))).toEqual(terms.map((t) => t.text));
  });

  it('leaves the compromise a host application imports unchanged', () => {
    tagger.tag('đảng viên');
    const hostTerms = nlp('năm đảng viên').json({ terms: { normal: true } })[0].terms as { normal: string; tags: string[] }[];
    expect(hostTerms[0]?.normal).toBe('nam');
    expect(hostTerms.some((t) => t.tags.includes('CountedNoun'))).toBe(false);
  });

  it('builds its word list from the lexicon, normalized and lower-cased', () => {
    const plugin = vietnamesePlugin({ ...DEFAULT_LEXICON, countedNouns: ['Hợp tác xã'] });
    expect(plugin.words['hợp tác xã']).toBe('CountedNoun');
  });
});
