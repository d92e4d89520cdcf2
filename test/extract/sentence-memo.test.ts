import { describe, expect, it } from 'vitest';
import { memoPerSentence, perSentence } from '../../src/extract/sentence-memo.js';
import { compileLexicon, mergeLexicon } from '../../src/extract/lexicon.js';
import type { SentenceContext } from '../../src/extract/sentence-context.js';

const lexicon = compileLexicon(mergeLexicon());

/** A sentence context over the whole of `text`, with no figures. */
function context(text: string): SentenceContext {
  return { text, start: 0, end: text.length, section: 'body', mentions: [], lexicon };
}

describe('memoPerSentence', () => {
  it('reads once per sentence and key, undefined answers included', () => {
    const asked: string[] = [];
    const wordAt = memoPerSentence(
      (i: number) => i,
      (ctx, i: number) => {
        asked.push(`${ctx.text}@${i}`);
        return ctx.text.split(' ')[i];
      },
    );
    const a = context('có 12 xã');
    expect([wordAt(a, 0), wordAt(a, 2), wordAt(a, 0), wordAt(a, 5), wordAt(a, 5)]).toEqual(['có', 'xã', 'có', undefined, undefined]);
    expect(asked).toEqual(['có 12 xã@0', 'có 12 xã@2', 'có 12 xã@5']);
    const b = context('giảm 5 hộ');
    expect(wordAt(b, 0)).toBe('giảm');
    expect(wordAt(a, 0)).toBe('có');
    expect(asked).toEqual(['có 12 xã@0', 'có 12 xã@2', 'có 12 xã@5', 'giảm 5 hộ@0', 'có 12 xã@0']);
  });
});

describe('perSentence', () => {
  it('reads once per sentence', () => {
    let reads = 0;
    const length = perSentence((ctx) => {
      reads++;
      return ctx.text.length;
    });
    const a = context('có 12 xã');
    expect([length(a), length(a)]).toEqual([8, 8]);
    expect(length(context('giảm'))).toBe(4);
    expect(reads).toBe(2);
  });
});
