import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { built } from '../cli/support/spawn-cli.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** Runs an example script on the corpus and returns its standard output. */
function run(script: string): string {
  return execFileSync(process.execPath, [`${root}examples/${script}`, `${root}corpus`], { encoding: 'utf8', cwd: root });
}

// The examples run on the build in dist/ (CI builds before it tests).
describe.skipIf(!built)('examples over the corpus', () => {
  it('archive-summary totals the members admitted per province from the body of each bulletin', () => {
    const out = run('archive-summary.mjs');
    const rows = out.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| province') && !l.startsWith('| ---'));
    expect(rows.length).toBeGreaterThan(5);
    const laiChau = rows.find((r) => r.startsWith('| Lai Châu |'));
    expect(laiChau).toContain('| 6.215 |');
    expect(laiChau).toContain('a-lai-chau-ket-nap-dang-vien.txt');
    expect(rows.find((r) => r.startsWith('| Gia Lai |'))).toContain('113 → 19');
  }, 60_000);

  it('consistency-report lists the changes that do not add up, and how many it checked', () => {
    const out = run('consistency-report.mjs');
    expect(out).toMatch(/(\d+) changes and averages checked, (\d+) do not add up/);
    const [, checked, flagged] = /(\d+) changes and averages checked, (\d+) do not add up/.exec(out) ?? [];
    expect(Number(checked)).toBeGreaterThan(Number(flagged));
    // 113 − 19 is 94, not the 89 the bulletin writes: the report names it
    expect(out).toContain('before 113, after 19, delta 89');
  }, 60_000);
});
