import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract } from '../../src/extract/extractor.js';
import { runInProcess } from './support/run-in-process.js';
import { copyBulletins, removeFolder, sampleBulletins, tempFolder } from './support/bulletins.js';

let dir: string;
beforeEach(() => {
  dir = tempFolder();
});
afterEach(() => removeFolder(dir));

/** The parsed lines of JSON Lines output. */
const jsonLines = (text: string): Record<string, unknown>[] => text.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);

describe('run', () => {
  it('reports a document longer than the maximum as too large (from the library) and writes the others', async () => {
    writeFileSync(join(dir, 'a.txt'), 'Kết nạp 5 đảng viên.');
    writeFileSync(join(dir, 'b.txt'), `Kết nạp 7 đảng viên. ${'x'.repeat(200)}`);
    writeFileSync(join(dir, 'c.txt'), 'Kết nạp 9 đảng viên.');
    const { status, stdout, stderr } = await runInProcess([dir], {}, { maxLength: 100 });
    expect(status).toBe(1);
    expect(stderr).toBe(`solieu: ${join(dir, 'b.txt')}: too large (221 characters; the limit is 100)\n`);
    expect(jsonLines(stdout).map((r) => r.source)).toEqual([join(dir, 'a.txt'), join(dir, 'c.txt')]);
  });

  it('reports a file that cannot fit before reading it', async () => {
    writeFileSync(join(dir, 'big.txt'), 'x'.repeat(400));
    const { status, stdout, stderr } = await runInProcess([join(dir, 'big.txt')], {}, { maxLength: 100 });
    expect(status).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe(`solieu: ${join(dir, 'big.txt')}: too large (400 bytes; the limit is 300)\n`);
  });

  it('writes a table on a terminal and JSON Lines elsewhere, or what --format says', async () => {
    const [file] = copyBulletins(dir, sampleBulletins(1).slice(0, 1));
    const path = join(dir, file!);
    const onTerminal = await runInProcess([path], { stdoutIsTerminal: true });
    expect(onTerminal.stdout.startsWith(`■ ${path}  (utf-8, `)).toBe(true);
    const facts = extract(readFileSync(path, 'utf8')).facts;
    expect(onTerminal.stdout).toContain(`${facts.length} facts`);
    for (const f of facts) expect(onTerminal.stdout).toContain(`  ${f.id.padEnd(5)}${f.kind}`);
    expect((await runInProcess([path], { stdoutIsTerminal: true, stderrIsTerminal: true }, {})).stdout).toBe(onTerminal.stdout);
    expect(jsonLines((await runInProcess([path])).stdout)).toHaveLength(1);
    expect((await runInProcess([path, '--format', 'csv'], { stdoutIsTerminal: true })).stdout.startsWith('source,id,kind,')).toBe(true);
  });

  it('writes JSON Lines to --output even from a terminal', async () => {
    const [file] = copyBulletins(dir, sampleBulletins(1).slice(0, 1));
    const out = join(dir, 'out.jsonl');
    const { status, stdout } = await runInProcess([join(dir, file!), '--output', out], { stdoutIsTerminal: true });
    expect(status).toBe(0);
    expect(stdout).toBe('');
    expect(jsonLines(readFileSync(out, 'utf8'))).toHaveLength(1);
  });

  it('stops with status 2 when the output file cannot be written', async () => {
    const { status, stderr } = await runInProcess(['-', '--output', join(dir, 'no', 'such', 'dir.csv')], { stdin: 'x' });
    expect(status).toBe(2);
    expect(stderr).toBe(`solieu: cannot write ${join(dir, 'no', 'such', 'dir.csv')}: no such file or directory\n`);
  });

  it('writes an empty JSON array and a bare CSV header when nothing could be read', async () => {
    expect(await runInProcess([join(dir, 'missing'), '--format', 'json'])).toEqual({ status: 1, stdout: '[]\n', stderr: `solieu: ${join(dir, 'missing')}: no such file or directory\n` });
    expect((await runInProcess([join(dir, 'missing'), '--format', 'csv'])).stdout.split('\r\n')).toHaveLength(2);
  });
});

describe('progress bar', () => {
  /** A folder of `n` short bulletins. */
  const folderOf = (n: number): string => {
    for (let i = 0; i < n; i++) writeFileSync(join(dir, `${i}.txt`), `Năm 2023 kết nạp ${i + 1} đảng viên mới.`);
    return dir;
  };

  it('shows on a terminal stderr once more than one document is read', async () => {
    const { status, stderr } = await runInProcess([folderOf(3)], { stderrIsTerminal: true });
    expect(status).toBe(0);
    expect(stderr).toMatch(/solieu .*\d+% \| \d+ documents \| 0 failed/);
  });

  it('does not show for one document, with --quiet, off a terminal, or when the output goes to the same terminal', async () => {
    folderOf(3);
    expect((await runInProcess([join(dir, '0.txt')], { stderrIsTerminal: true })).stderr).toBe('');
    expect((await runInProcess([dir], { stderrIsTerminal: true, stdoutIsTerminal: true })).stderr).toBe('');
    expect((await runInProcess([dir, '--quiet'], { stderrIsTerminal: true })).stderr).toBe('');
    expect((await runInProcess([dir])).stderr).toBe('');
  });

  it('counts documents only when reading stdin, and keeps reported lines whole', async () => {
    const lines = ['{"text":"Kết nạp 1 đảng viên."}', 'oops', '{"text":"Kết nạp 2 đảng viên."}'].join('\n');
    const { status, stderr } = await runInProcess(['-', '--jsonl-field', 'text'], { stdin: lines, stderrIsTerminal: true });
    expect(status).toBe(1);
    expect(stderr).toContain('solieu: stdin:2: not JSON');
    expect(stderr).not.toMatch(/%/);
  });
});
