import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/extractor.js';
import { parseArticle } from '../../src/document/index.js';
import { findNumbers } from '../../src/numerals/index.js';
import { checkFormat, checkMaxLength, resolveOptions } from '../../src/document/options.js';
import { DEFAULT_MAX_LENGTH, InputTooLargeError, InvalidInputError, SolieuError } from '../../src/errors.js';
import type { Options } from '../../src/types.js';

/** What `fn` throws, or undefined. */
function thrown(fn: () => unknown): unknown {
  try {
    fn();
    return undefined;
  } catch (e) {
    return e;
  }
}

const ENTRY_POINTS: [string, (input: string, options?: Options) => unknown][] = [
  ['parseArticle', parseArticle],
  ['extract', extract],
];

describe('reading options', () => {
  for (const [name, fn] of ENTRY_POINTS) {
    it(`${name} refuses a bad option with 'invalid-option', naming itself and the option`, () => {
      const bad: [unknown, RegExp][] = [
        [{ format: 'pdf' }, /options\.format must be one of auto, text, markdown, html, got "pdf"/],
        [{ format: 'HTML' }, /options\.format/],
        [{ maxLength: Number.NaN }, /options\.maxLength .* got NaN/],
        [{ maxLength: -1 }, /options\.maxLength .* got -1/],
        [{ maxLength: 2.5 }, /options\.maxLength .* got 2\.5/],
        [{ maxLength: '100' }, /options\.maxLength .* got "100"/],
        [null, /options must be an object, got null/],
        ['html', /options must be an object, got string/],
      ];
      for (const [options, message] of bad) {
        const err = thrown(() => fn('Xã có 5 thôn.', options as Options));
        expect(err, JSON.stringify(options)).toBeInstanceOf(SolieuError);
        expect((err as SolieuError).code).toBe('invalid-option');
        expect((err as SolieuError).message).toMatch(new RegExp(`^${name}: `));
        expect((err as SolieuError).message).toMatch(message);
      }
    });

    it(`${name} names itself in its input errors`, () => {
      const notString = thrown(() => fn(5 as unknown as string));
      expect(notString).toBeInstanceOf(InvalidInputError);
      expect((notString as Error).message).toMatch(new RegExp(`^${name}: expected a string`));
      const tooLong = thrown(() => fn('Xã có 5 thôn.', { maxLength: 3 }));
      expect(tooLong).toBeInstanceOf(InputTooLargeError);
      expect((tooLong as Error).message).toMatch(new RegExp(`^${name}: .*set options\\.maxLength to raise it`));
    });

    it(`${name} takes every valid format and an infinite or zero limit`, () => {
      for (const format of ['auto', 'text', 'markdown', 'html'] as const) expect(thrown(() => fn('Xã có 5 thôn.', { format }))).toBeUndefined();
      expect(thrown(() => fn('Xã có 5 thôn.', { maxLength: Infinity }))).toBeUndefined();
      expect(thrown(() => fn('', { maxLength: 0 }))).toBeUndefined();
    });
  }

  it('findNumbers, which takes no options, does not point to an option it lacks', () => {
    const err = thrown(() => findNumbers('1'.repeat(DEFAULT_MAX_LENGTH + 1)));
    expect(err).toBeInstanceOf(InputTooLargeError);
    expect((err as Error).message).toMatch(/^findNumbers: .*split the text/);
  });

  it('the checks fill in the defaults', () => {
    expect(resolveOptions('f', undefined)).toEqual({ format: 'auto', maxLength: DEFAULT_MAX_LENGTH });
    expect(resolveOptions('f', {})).toEqual({ format: 'auto', maxLength: DEFAULT_MAX_LENGTH });
    expect(checkFormat('f', undefined)).toBe('auto');
    expect(checkMaxLength('f', undefined, 7)).toBe(7);
    expect(checkMaxLength('f', 0)).toBe(0);
  });
});
