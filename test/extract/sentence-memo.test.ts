import { describe, expect, it } from 'vitest';
import { bareContext } from '../support/sentence.js';
import { memoPerSentence, perSentence } from '../../src/extract/sentence-memo.js';


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
    const a = bareContext('có 12 xã');
    expect([wordAt(a, 0), wordAt(a, 2), wordAt(a, 0), wordAt(a, 5), wordAt(a, 5)]).toEqual(['có', 'xã', 'có', undefined, undefined]);
    expect(asked).toEqual(['có 12 xã@0', 'có 12 xã@2', 'có 12 xã@5']);
    const b = bareContext('giảm 5 hộ');
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
    const a = bareContext('có 12 xã');
    expect([length(a), length(a)]).toEqual([8, 8]);
    expect(length(bareContext('giảm'))).toBe(4);
    expect(reads).toBe(2);
  });
});
