import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { firstMentionOnly } from '../../src/refiners/document.js';

/** A named fact of `kind`, enough for firstMentionOnly. */
function named(name: string, kind = 'organization'): { kind: string; name: string } {
  return { kind, name };
}

/** A name folded as a person reads it: lower case, each run of white space one space, none at the ends. */
function folded(name: string): string {
  return name.toLowerCase().replace(/\s+/g, ' ').trim();
}

describe('firstMentionOnly', () => {
  it('takes names that differ only in case and white space for one name', () => {
    const facts = ['Tỉnh ủy', 'TỈNH ỦY', ' Tỉnh ủy', 'Tỉnh  ủy', 'Tỉnh\u00a0ủy', 'Tỉnh ủy\n', 'Tỉnh ủy Lai Châu'].map((n) => named(n));
    expect(firstMentionOnly(facts).map((f) => f.name)).toEqual(['Tỉnh ủy', 'Tỉnh ủy Lai Châu']);
  });

  it('keeps a place and an organization of the same name, and facts of other kinds', () => {
    const facts = [named('Điện Biên', 'place'), named('Điện Biên'), named('Điện Biên', 'place'), { kind: 'count' }];
    expect(firstMentionOnly(facts).map((f) => f.kind)).toEqual(['place', 'organization', 'count']);
  });

  it('keeps the second of two names exactly when their folded forms differ', () => {
    const name = fc.string({ unit: fc.constantFrom('a', 'B', 'ủ', ' ', '\t', '\u00a0', '\u3000', '\n'), maxLength: 8 });
    fc.assert(
      fc.property(name, name, (a, b) => {
        expect(firstMentionOnly([named(a), named(b)])).toHaveLength(folded(a) === folded(b) ? 1 : 2);
      }),
    );
  });
});
