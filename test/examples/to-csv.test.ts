import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { copyBulletins, removeFolder, sampleBulletins, tempFolder } from '../cli/support/bulletins.js';
import { built, runCli } from '../cli/support/spawn-cli.js';
import { parseCsv } from '../cli/support/parse-csv.js';

const example = fileURLToPath(new URL('../../examples/to-csv.mjs', import.meta.url));
const repo = fileURLToPath(new URL('../../', import.meta.url));

/** Runs the example with `args` from the repository root. */
function runExample(args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [example, ...args], { cwd: repo, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

// The example runs on the build in dist/ (CI builds before it tests).
describe.skipIf(!built)('examples/to-csv.mjs', () => {
  let dir: string;
  beforeAll(() => {
    dir = tempFolder();
    copyBulletins(dir, sampleBulletins(1));
    const archive = sampleBulletins(1).map((f, i) => JSON.stringify({ id: i, text: readFileSync(join(repo, 'corpus', f), 'utf8') }));
    writeFileSync(join(dir, 'archive.jsonl'), `${archive.join('\n')}\n`);
  });
  afterAll(() => removeFolder(dir));

  it('writes the CSV that `solieu --format csv` writes for the same folder', async () => {
    const [fromExample, fromCli] = await Promise.all([runExample([dir]), runCli([dir, '--format', 'csv'])]);
    expect(fromCli.status).toBe(0);
    expect(fromExample.status).toBe(0);
    expect(fromExample.stdout).toBe(fromCli.stdout);
    const rows = parseCsv(fromExample.stdout);
    expect(rows.length).toBeGreaterThan(1);
    expect(new Set(rows.slice(1).map((r) => r[0]))).toContain(`${join(dir, 'archive.jsonl')}:1`);
  });

  it('writes a file with a byte-order mark for spreadsheets when given a path', async () => {
    const out = join(dir, 'facts.csv');
    const { status, stderr } = await runExample([dir, out]);
    expect(status).toBe(0);
    const written = readFileSync(out, 'utf8');
    expect(written.startsWith('\uFEFFsource,id,kind,')).toBe(true);
    expect(written.slice(1)).toBe((await runCli([dir, '--format', 'csv'])).stdout);
    expect(stderr).toMatch(/^\d+ documents, \d+ facts → .*facts\.csv\.\n$/);
  });

  it('reads corpus/ by default, leaving out its README', async () => {
    const { status, stdout, stderr } = await runExample([]);
    expect(status).toBe(0);
    const sources = new Set(parseCsv(stdout).slice(1).map((r) => r[0]));
    expect([...sources].every((s) => s!.startsWith('corpus/'))).toBe(true);
    expect(sources.has('corpus/README.md')).toBe(false);
    expect(stderr).toMatch(/^\d+ documents, \d+ facts\.\n$/);
    expect(Number(/^(\d+) documents/.exec(stderr)![1])).toBeGreaterThanOrEqual(sources.size);
  });
});
