import { describe, expect, it } from 'vitest';
import { lastAnswer } from '../../src/text/last-answer.js';

describe('lastAnswer', () => {
  it('reads again only when the key or the place changes', () => {
    const calls: [string, number][] = [];
    const read = lastAnswer((key: { name: string }, at: number) => {
      calls.push([key.name, at]);
      return `${key.name}@${at}`;
    });
    const a = { name: 'a' };
    const b = { name: 'a' };
    expect(read(a, 1)).toBe('a@1');
    expect(read(a, 1)).toBe('a@1');
    expect(read(a, 2)).toBe('a@2');
    // an equal key that is another object is another key
    expect(read(b, 2)).toBe('a@2');
    expect(read(a, 1)).toBe('a@1');
    expect(calls).toEqual([
      ['a', 1],
      ['a', 2],
      ['a', 2],
      ['a', 1],
    ]);
  });
});
