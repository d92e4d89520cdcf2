import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as solieu from '../src/index.js';

describe('public API', () => {
  it('exports exactly these names', () => {
    expect(Object.keys(solieu).sort()).toEqual([
      'DEFAULT_LEXICON',
      'DEFAULT_MAX_LENGTH',
      'DEFAULT_RULES',
      'InputTooLargeError',
      'InvalidInputError',
      'NumberRangeError',
      'PhraseTable',
      'SolieuError',
      'WindowTagger',
      'createExtractor',
      'extract',
      'extractStream',
      'findNumbers',
      'formatNumber',
      'normalizeString',
      'normalizeView',
      'originalEnd',
      'originalSpan',
      'originalStart',
      'parseArticle',
      'parseNumber',
      'parseOrdinal',
      'toWords',
      'vietnamesePlugin',
    ]);
  });

  it('rejects what is not a string with a typed error', () => {
    for (const fn of [solieu.extract, solieu.parseArticle, solieu.findNumbers] as ((x: unknown) => unknown)[]) {
      expect(() => fn(42)).toThrow(solieu.InvalidInputError);
      expect(() => fn(undefined)).toThrow(/expected a string/);
    }
  });

  it('rejects inputs over the size limit with a typed error', () => {
    expect(() => solieu.extract('x'.repeat(101), { maxLength: 100 })).toThrow(solieu.InputTooLargeError);
  });
});

describe('source files', () => {
  const root = fileURLToPath(new URL('..', import.meta.url));
  /** Every .ts file below a folder. */
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? walk(path) : path.endsWith('.ts') ? [path] : [];
    });

  it('are NFC, so Vietnamese literals match the normalized text', () => {
    const bad = [...walk(join(root, 'src')), ...walk(join(root, 'test'))].filter((f) => {
      const text = readFileSync(f, 'utf8');
      return text !== text.normalize('NFC');
    });
    expect(bad).toEqual([]);
  });
});
