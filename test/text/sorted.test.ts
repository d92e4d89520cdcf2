import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { lowerBound } from '../../src/text/sorted.js';

describe('lowerBound', () => {
  it('finds the first value at least as large', () => {
    expect(lowerBound([2, 4, 4, 9], 4)).toBe(1);
    expect(lowerBound([2, 4, 4, 9], 5)).toBe(3);
    expect(lowerBound([2, 4, 4, 9], 10)).toBe(4);
    expect(lowerBound([2, 4, 4, 9], 0)).toBe(0);
    expect(lowerBound([], 3)).toBe(0);
    expect(lowerBound([2, 4, 4, 9], 1, 2)).toBe(2);
  });

  it('agrees with a linear search', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 50 })), fc.integer({ min: -5, max: 60 }), (values, value) => {
        const sorted = [...values].sort((a, b) => a - b);
        const linear = sorted.findIndex((v) => v >= value);
        expect(lowerBound(sorted, value)).toBe(linear < 0 ? sorted.length : linear);
      }),
    );
  });
});
