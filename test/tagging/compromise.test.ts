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

  it('shares one compromise between taggers of the same lexicon, and keeps other lexicons apart', () => {
    const extended = new WindowTagger({ ...DEFAULT_LEXICON, countedNouns: [...DEFAULT_LEXICON.countedNouns, 'zzqx'] });
    const same = new WindowTagger(DEFAULT_LEXICON);
    expect(extended.tag('có 5 zzqx')[2]?.tags.has('CountedNoun')).toBe(true);
    expect(same.tag('có 5 zzqx')[2]?.tags.has('CountedNoun')).toBe(false);
    /** The tagger's private compromise (not part of its API: read here to see that it is shared). */
    const loaded = (t: WindowTagger) => (t as unknown as { compromise(): unknown }).compromise();
    expect(loaded(same)).toBe(loaded(tagger));
    expect(loaded(extended)).not.toBe(loaded(tagger));
  });

  describe('tagLeading', () => {
    /** Terms as plain data, for comparison. */
    const plain = (terms: readonly { text: string; tags: ReadonlySet<string>; start: number; end: number }[]) =>
      terms.map((t) => ({ text: t.text, tags: [...t.tags].sort(), start: t.start, end: t.end }));
    /** A tagger of its own, so that one tagger's remembered windows do not answer for the other. */
    const whole = new WindowTagger(DEFAULT_LEXICON);

    it('gives the first terms as the whole window tags them', () => {
      for (const window of [
        'xe khách trong dịp Tết Nguyên đán năm nay tại bến xe miền Đông',
        'khu nhà lồng, chợ đầu mối và các ki-ốt bán hàng',
        'con bò / con trâu cho các hộ nghèo ở vùng sâu',
        'người im lặng đứng nhìn đoàn xe đi qua cầu',
        'thùng hàng 2 - 5 tấn được chuyển đi trong tuần',
      ]) {
        for (const count of [1, 3, 5]) expect(plain(tagger.tagLeading(window, count))).toEqual(plain(whole.tag(window).slice(0, count)));
      }
    });

    it('keeps a long lexicon phrase that the first terms open, whatever its length', () => {
      const window = 'người hoạt động không chuyên trách ở thôn, tổ dân phố được hỗ trợ thêm';
      const terms = tagger.tagLeading(window, 3);
      expect(terms.map((t) => t.text)).toEqual(['người', 'hoạt', 'động']);
      expect(terms.every((t) => t.tags.has('CountedNoun'))).toBe(true);
      expect(plain(terms)).toEqual(plain(whole.tag(window).slice(0, 3)));
    });

    it('tags the whole window when it holds a sentence break', () => {
      const window = 'xe máy và ô tô! Các loại xe khác vẫn lưu thông bình thường';
      expect(plain(tagger.tagLeading(window, 3))).toEqual(plain(whole.tag(window).slice(0, 3)));
    });

    it('gives fewer terms when the window has fewer', () => {
      expect(tagger.tagLeading('xe khách', 3).map((t) => t.text)).toEqual(['xe', 'khách']);
      expect(tagger.tagLeading('', 3)).toEqual([]);
    });
  });
});
