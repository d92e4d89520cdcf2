/**
 * The regular-expression audit: every pattern of `src/` (literals and patterns built at run time)
 * goes through the ReDoS checker recheck. No pattern may backtrack exponentially. A pattern it
 * finds polynomial is a failure when its attack string, pumped to two sizes, makes findNumbers,
 * parseArticle (in each format) or extract take more than linear time: many such patterns only ever see a short
 * piece of text (a line of at most 60 characters, a number's digits), and those pass.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkSync, type Diagnostics } from 'recheck';
import { describeRatio, LINEAR_BOUND, timeRatio } from '../support/linear-time.js';
import { regexesBuiltDuring, regexLiterals, ROOT, srcFiles, uniquePatterns, type FoundRegex } from './regex-inventory.js';

// recheck's in-process Scala.js build: no JVM, no native binary, no network
process.env.RECHECK_BACKEND = 'pure';

/** Most time recheck spends on one pattern, in milliseconds (undecided patterns are listed, not failed). */
const CHECK_TIMEOUT_MS = 400;

/** Length of the 1× attack input (the 2× input is twice it). */
const ATTACK_LENGTH = 16_000;

/** A pattern with recheck's verdict. */
interface Checked extends FoundRegex {
  diagnostics: Diagnostics;
}

/** Two articles of each format from corpus/, read to reach the patterns built on first use. */
function samples(): string[] {
  const dir = join(ROOT, 'corpus');
  const files = readdirSync(dir);
  return ['.txt', '.md', '.html'].flatMap((ext) => files.filter((f) => f.endsWith(ext)).slice(0, 2).map((f) => readFileSync(join(dir, f), 'utf8')));
}

/** Every pattern of src/, each once. */
async function inventory(): Promise<FoundRegex[]> {
  const built = await regexesBuiltDuring(async () => {
    for (const file of srcFiles()) {
      // the command line's entry runs a program when imported
      if (!file.endsWith('/cli/main.ts')) await import(file);
    }
    const { extract } = await import('../../src/extract/extractor.js');
    const { findNumbers } = await import('../../src/numerals/index.js');
    for (const text of samples()) {
      extract(text);
      findNumbers(text);
    }
  });
  return uniquePatterns([...regexLiterals(), ...built]);
}

/** The attack of a vulnerable pattern with each pump repeated so that it is about `length` long. */
function attackOfLength(d: Extract<Diagnostics, { status: 'vulnerable' }>, length: number): string {
  const { pumps, suffix } = d.attack;
  const fixed = pumps.reduce((n, p) => n + p.prefix.length, suffix.length);
  const perRound = pumps.reduce((n, p) => n + p.pump.length, 0);
  const rounds = Math.max(1, Math.round((length - fixed) / Math.max(perRound, 1)));
  return pumps.map((p) => p.prefix + p.pump.repeat(rounds)).join('') + suffix;
}

/** A pattern for a failure message: 'src/x.ts:12 /a+$/u'. */
function label(c: FoundRegex): string {
  return `${c.where} /${c.source.length > 120 ? c.source.slice(0, 120) + '…' : c.source}/${c.flags}`;
}

describe('every regular expression in src/ is checked for catastrophic backtracking', () => {
  let checked: Checked[] = [];

  beforeAll(async () => {
    const patterns = await inventory();
    checked = patterns.map((p) => ({ ...p, diagnostics: checkSync(p.source, p.flags, { timeout: CHECK_TIMEOUT_MS }) }));
  }, 600_000);

  it('the inventory holds the literals and the patterns built at run time', () => {
    const literals = regexLiterals();
    expect(literals.length).toBeGreaterThan(100);
    // the unit grammar of the numerals is composed with XRegExp from the lexicon at load time; it must be in the inventory
    expect(checked.some((c) => c.where.startsWith('src/numerals/units.ts') && c.source.length > 200)).toBe(true);
    expect(checked.some((c) => c.where.startsWith('src/rules/reference/grammar.ts'))).toBe(true);
    for (const l of literals) expect(checked.some((c) => c.source === l.source && c.flags === l.flags)).toBe(true);
  });

  it('no pattern backtracks exponentially', () => {
    const exponential = checked.filter((c) => c.diagnostics.status === 'vulnerable' && c.diagnostics.complexity.type === 'exponential');
    expect(exponential.map((c) => `${label(c)}: ${(c.diagnostics as { attack: { pattern: string } }).attack.pattern}`)).toEqual([]);
  });

  it('no polynomial pattern makes findNumbers, parseArticle or extract superlinear on its attack', async () => {
    const { extract } = await import('../../src/extract/extractor.js');
    const { parseArticle } = await import('../../src/document/index.js');
    const { findNumbers } = await import('../../src/numerals/index.js');
    // the attack as a whole input, read as each format, and as the body of an article
    const entries: [string, (s: string) => unknown][] = [
      ['findNumbers', findNumbers],
      ['parseArticle', parseArticle],
      ["parseArticle as 'html'", (s) => parseArticle(s, { format: 'html' })],
      ["parseArticle as 'markdown'", (s) => parseArticle(s, { format: 'markdown' })],
      ['extract', extract],
      ['extract, as the body', (s) => extract(`Tin mới\n\n${s}`)],
    ];
    const failures: string[] = [];
    for (const c of checked) {
      const d = c.diagnostics;
      if (d.status !== 'vulnerable' || d.complexity.type !== 'polynomial') continue;
      const one = attackOfLength(d, ATTACK_LENGTH);
      const two = attackOfLength(d, 2 * ATTACK_LENGTH);
      for (const [name, fn] of entries) {
        const r = timeRatio(fn, one, two);
        if (r.ratio > LINEAR_BOUND) failures.push(`${label(c)} (${d.complexity.summary}), attack ${d.attack.pattern}: ${name} ${describeRatio(r)}`);
      }
    }
    expect(failures).toEqual([]);
  }, 600_000);

  it('most patterns get a verdict within the time budget', () => {
    // patterns recheck cannot decide in time (long alternations of lexicon words, wide bounded
    // repeats) are exercised by the adversarial families of adversarial.test.ts instead
    const decided = checked.filter((c) => c.diagnostics.status !== 'unknown');
    expect(decided.length / checked.length).toBeGreaterThan(0.5);
    const broken = checked.filter((c) => c.diagnostics.status === 'unknown' && c.diagnostics.error.kind !== 'timeout');
    expect(broken.map((c) => `${label(c)}: ${JSON.stringify((c.diagnostics as { error: unknown }).error)}`)).toEqual([]);
  });
});
