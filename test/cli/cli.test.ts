import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { CORPUS_DIR, copyBulletins, removeFolder, sampleBulletins, tempFolder } from './support/bulletins.js';
import { built, CLI_PATH, DIST_INDEX, runCli } from './support/spawn-cli.js';
import { parseCsv } from './support/parse-csv.js';
import { toWindows1258 } from './support/windows-1258.js';

/** The public API as built. */
type Built = typeof import('../../src/index.js');

/** A record of the JSON Lines output. */
interface Line {
  source: string;
  encoding: string;
  input: Record<string, unknown>;
  article: unknown;
  facts: { id: string; kind: string; span: { start: number; end: number; text: string } }[];
}

/** The parsed lines of JSON Lines output. */
const jsonLines = (text: string): Line[] => text.split('\n').filter(Boolean).map((l) => JSON.parse(l) as Line);

/** True when `text` holds a line of a JavaScript stack trace. */
const hasStackTrace = (text: string): boolean => /^\s+at .+[:(]/m.test(text);

// These tests run the build in dist/ (CI builds before it tests; locally, run `npm run build` first).
describe.skipIf(!built)('solieu command (dist/cli/main.js)', () => {
  let dir: string;
  let solieu: Built;
  /** The good documents of the folder, in the order the command reads them, with their text and encoding. */
  const expected: { path: string; text: string; encoding: string }[] = [];

  beforeAll(async () => {
    solieu = (await import(DIST_INDEX.href)) as Built;
    dir = tempFolder();
    const files = sampleBulletins(2);
    const rel = copyBulletins(dir, files);
    const vietnamese = readFileSync(join(CORPUS_DIR, files[0]!), 'utf8');
    writeFileSync(join(dir, 'legacy-1258.txt'), toWindows1258(vietnamese));
    const utf16 = readFileSync(join(CORPUS_DIR, files[2]!), 'utf8');
    writeFileSync(join(dir, 'utf16.md'), Buffer.concat([Uint8Array.from([0xff, 0xfe]), Buffer.from(utf16, 'utf16le')]));
    writeFileSync(join(dir, 'broken-binary.txt'), Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0xff, 0xfe]));
    writeFileSync(join(dir, 'broken-latin1.html'), iconv.encode('<p>Le gouvernement a annoncé une réforme des retraites; les syndicats ont réagi très vivement.</p>', 'windows-1252'));
    writeFileSync(join(dir, 'notes.pdf'), '%PDF-1.4 not a bulletin');
    mkdirSync(join(dir, 'empty'));

    const decoded = new Map<string, { text: string; encoding: string }>(rel.map((r, i) => [r, { text: readFileSync(join(CORPUS_DIR, files[i]!), 'utf8'), encoding: 'utf-8' }]));
    decoded.set('legacy-1258.txt', { text: iconv.decode(toWindows1258(vietnamese), 'windows-1258'), encoding: 'windows-1258' });
    decoded.set('utf16.md', { text: utf16, encoding: 'utf-16le' });
    // depth first, each folder's entries in code-unit order
    const bySegments = (a: string, b: string): number => {
      const [x, y] = [a.split('/'), b.split('/')];
      for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i]! < y[i]! ? -1 : 1;
      return x.length - y.length;
    };
    const order = [...decoded.keys()].sort(bySegments);
    for (const r of order) expected.push({ path: join(dir, r), ...decoded.get(r)! });
  });
  afterAll(() => removeFolder(dir));

  it('writes a JSON Lines record per readable document, names each broken file on stderr and exits 1', async () => {
    const { status, stdout, stderr } = await runCli([dir]);
    expect(status).toBe(1);
    expect(stderr.split('\n').filter(Boolean).sort()).toEqual([
      `solieu: ${join(dir, 'broken-binary.txt')}: binary file (it holds NUL or control bytes)`,
      `solieu: ${join(dir, 'broken-latin1.html')}: invalid UTF-8, and not Vietnamese text in Windows-1258`,
    ]);
    expect(hasStackTrace(stderr)).toBe(false);
    const lines = jsonLines(stdout);
    expect(lines.map((l) => l.source)).toEqual(expected.map((e) => e.path));
    lines.forEach((line, i) => {
      const { text, encoding } = expected[i]!;
      expect(Object.keys(line)).toEqual(['source', 'encoding', 'input', 'article', 'facts']);
      expect(line.encoding).toBe(encoding);
      expect(line.input).toEqual({});
      expect({ article: line.article, facts: line.facts }).toEqual(JSON.parse(JSON.stringify(solieu.extract(text))));
      for (const f of line.facts) expect(text.slice(f.span.start, f.span.end)).toBe(f.span.text);
    });
    // the Windows-1258 copy of a bulletin gives the facts of its UTF-8 original
    const legacy = lines.find((l) => l.source.endsWith('legacy-1258.txt'))!;
    const original = lines.find((l) => l.source.endsWith(sampleBulletins(2)[0]!))!;
    const summary = (l: Line): string[] => l.facts.map((f) => `${f.kind} ${f.span.text.normalize('NFC')}`);
    expect(legacy.facts.length).toBeGreaterThan(0);
    expect(summary(legacy)).toEqual(summary(original));
  });

  it('writes CSV that reads back to one row per fact under the contract header', async () => {
    const { status, stdout } = await runCli([dir, '--format', 'csv', '--quiet']);
    expect(status).toBe(1);
    const rows = parseCsv(stdout);
    const header = rows[0]!;
    expect(header.join(',')).toBe(
      'source,id,kind,rule,section,value,max,approx,unit,entity,action,direction,before,after,delta,delta_unit,consistent,total,per,of,currency,doc_type,number,symbol,issuer,term,name,titles,target,start,end,text',
    );
    const facts = expected.flatMap((e) => solieu.extract(e.text).facts.map((f) => ({ ...e, fact: f })));
    expect(rows.length - 1).toBe(facts.length);
    const col = (name: string): number => header.indexOf(name);
    rows.slice(1).forEach((row, i) => {
      const { path, text, fact } = facts[i]!;
      expect(row).toHaveLength(header.length);
      expect([row[col('source')], row[col('id')], row[col('kind')]]).toEqual([path, fact.id, fact.kind]);
      expect(text.slice(Number(row[col('start')]), Number(row[col('end')]))).toBe(row[col('text')]);
      if ('quantity' in fact) expect(row[col('value')]).toBe(String(fact.quantity.value));
    });
    expect(stdout).toMatch(/^[^\n]*\r\n/);
  });

  it('writes one JSON array with the same records, to --output when asked', async () => {
    const out = join(dir, 'empty', 'out.json');
    const json = await runCli([dir, '--format', 'json', '--output', out]);
    expect(json.status).toBe(1);
    expect(json.stdout).toBe('');
    const jsonl = await runCli([dir]);
    expect(JSON.parse(readFileSync(out, 'utf8'))).toEqual(jsonLines(jsonl.stdout));
  });

  it('gives the same output on two worker threads', async () => {
    const one = await runCli([dir, '--format', 'csv']);
    const two = await runCli([dir, '--format', 'csv', '--workers', '2']);
    expect(two.status).toBe(1);
    expect(two.stdout).toBe(one.stdout);
    expect(two.stderr.split('\n').sort()).toEqual(one.stderr.split('\n').sort());
  });

  it('runs as a streaming mapper: JSON Lines on stdin, each line\'s other fields kept under input', async () => {
    const bulletins = sampleBulletins(1).map((f) => readFileSync(join(CORPUS_DIR, f), 'utf8'));
    const records = bulletins.map((body, i) => ({ url: `https://example.vn/${i}`, meta: { province: 'P', tags: ['a', i] }, body }));
    const stdin = [...records.map((r) => JSON.stringify(r)), '{"url":"no-body"}', '{broken', JSON.stringify(records[0])].join('\n') + '\n';
    const { status, stdout, stderr } = await runCli(['-', '--jsonl-field', 'body', '--workers', '2'], stdin);
    expect(status).toBe(1);
    expect(stderr.split('\n').filter(Boolean)).toEqual([
      "solieu: stdin:4: no string field 'body' (it is missing)",
      expect.stringMatching(/^solieu: stdin:5: not JSON \(.+\)$/),
    ]);
    const lines = jsonLines(stdout);
    expect(lines.map((l) => l.source)).toEqual(['stdin:1', 'stdin:2', 'stdin:3', 'stdin:6']);
    [...records, records[0]!].forEach((r, i) => {
      const { body, ...rest } = r;
      expect(lines[i]!.input).toEqual(rest);
      expect(lines[i]!.facts).toEqual(JSON.parse(JSON.stringify(solieu.extract(body).facts)));
    });
  });

  it('reads a .jsonl archive a line at a time, with path:line sources', async () => {
    const archive = join(dir, 'empty', 'archive.jsonl');
    writeFileSync(archive, ['{"id":1,"text":"Kết nạp 5 đảng viên."}', '', '{"id":2}', '{"id":3,"text":"Giảm 3 thôn."}'].join('\n'));
    const { status, stdout, stderr } = await runCli([archive]);
    expect(status).toBe(1);
    expect(stderr).toBe(`solieu: ${archive}:3: no string field 'text' (it is missing)\n`);
    expect(jsonLines(stdout).map((l) => [l.source, l.input])).toEqual([
      [`${archive}:1`, { id: 1 }],
      [`${archive}:4`, { id: 3 }],
    ]);
  });

  it('reads stdin without --jsonl-field as one document, and exits 0 when every input was read', async () => {
    const text = 'Năm 2023, toàn tỉnh kết nạp 1.250 đảng viên mới.';
    const { status, stdout, stderr } = await runCli(['extract', '-'], `\uFEFF${text}`);
    expect([status, stderr]).toEqual([0, '']);
    const [line] = jsonLines(stdout);
    expect(line).toMatchObject({ source: 'stdin', encoding: 'utf-8', input: {} });
    expect(line!.facts).toEqual(JSON.parse(JSON.stringify(solieu.extract(text).facts)));
  });

  it('names a missing path and goes on', async () => {
    const { status, stdout, stderr } = await runCli([join(dir, 'nope.txt'), expected[0]!.path]);
    expect(status).toBe(1);
    expect(stderr).toBe(`solieu: ${join(dir, 'nope.txt')}: no such file or directory\n`);
    expect(jsonLines(stdout)).toHaveLength(1);
  });

  it.each([[['--format', 'xml', 'a.txt']], [['a.txt', '--nope']], [[]], [['a.txt', '--workers', '0']]])('exits 2 on bad usage %j with a short usage text and no stack trace', async (args) => {
    const { status, stdout, stderr } = await runCli(args);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('Usage: solieu [extract] <file|folder|->...');
    expect(hasStackTrace(stderr)).toBe(false);
  });

  it('stops quietly when the reader of its output goes away', async () => {
    const child = spawn(process.execPath, [CLI_PATH, CORPUS_DIR], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.stdout.once('data', () => child.stdout.destroy());
    const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(status).toBe(0);
    expect(stderr).toBe('');
  });
});
