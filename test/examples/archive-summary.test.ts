import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { removeFolder, tempFolder } from '../cli/support/bulletins.js';
import { built } from '../cli/support/spawn-cli.js';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const example = join(repo, 'examples', 'archive-summary.mjs');

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

/** One row of the printed table. */
interface Row {
  admitted: string;
  formed: string;
  dissolved: string;
  hamlets: string;
  articles: string[];
}

/** The table's rows by province. */
function rowsOf(stdout: string): Map<string, Row> {
  const rows = new Map<string, Row>();
  for (const line of stdout.split('\n')) {
    if (!line.startsWith('| ') || line.startsWith('| province') || line.startsWith('| ---')) continue;
    const [province = '', admitted = '', formed = '', dissolved = '', hamlets = '', articles = ''] = line.slice(2, -2).split(' | ');
    rows.set(province, { admitted, formed, dissolved, hamlets, articles: articles.split(', ') });
  }
  return rows;
}

// Bulletins written for this test, one per format, with the figures the summary adds up.
const DIEN_BIEN = `Điện Biên: Công tác phát triển đảng viên ở vùng cao

Công tác phát triển đảng viên ở các bản vùng cao của tỉnh có nhiều chuyển biến.

Năm 2024, toàn tỉnh kết nạp 1.250 đảng viên mới, thành lập mới 14 chi bộ bản và giải thể 3 chi bộ. Số bản chưa có chi bộ giảm từ 40 bản xuống còn 12 bản.

Năm 2025, tỉnh phấn đấu kết nạp 1.500 đảng viên.
`;
// The title names another province first: the dateline decides.
const SOP_COP = `# Học tập Điện Biên, huyện Sốp Cộp đẩy mạnh phát triển đảng viên

SƠN LA – Huyện biên giới Sốp Cộp đẩy mạnh công tác phát triển đảng viên ở các bản vùng sâu.

Giai đoạn 2021-2024, Đảng bộ huyện kết nạp 320 đảng viên. Số bản chưa có chi bộ giảm 7 bản (từ 15 bản xuống còn 8 bản).
`;
const TUAN_GIAO = 'Tuần Giáo tổng kết công tác xây dựng Đảng\nHuyện Tuần Giáo, tỉnh Điện Biên tổng kết công tác xây dựng Đảng năm 2024.\n\nTrong năm 2024, huyện kết nạp 86 đảng viên và thành lập 2 tổ chức cơ sở đảng.\n';
const NO_FIGURES = 'Hội nghị học tập chuyên đề\n\nCác đại biểu đã nghe quán triệt chuyên đề về xây dựng Đảng.\n';

describe.skipIf(!built)('examples/archive-summary.mjs', () => {
  let dir: string;
  beforeAll(() => {
    dir = tempFolder('solieu-archive-summary-');
    mkdirSync(join(dir, 'nested'));
    writeFileSync(join(dir, 'dien-bien.txt'), DIEN_BIEN);
    writeFileSync(join(dir, 'nested', 'sop-cop.md'), SOP_COP);
    const lines = [JSON.stringify({ id: 'x1', text: TUAN_GIAO }), JSON.stringify({ id: 'x2', text: NO_FIGURES }), '{ not json'];
    writeFileSync(join(dir, 'archive.jsonl'), `${lines.join('\n')}\n`);
    writeFileSync(join(dir, 'README.md'), 'Ghi chú: năm 2024 kết nạp 999 đảng viên.\n');
    writeFileSync(join(dir, 'broken.html'), Buffer.from([0x3c, 0x70, 0x3e, 0x00, 0x01, 0x02, 0xff, 0xfe, 0x00]));
  });
  afterAll(() => removeFolder(dir));

  it('adds up members admitted, cells formed and dissolved and hamlets without a cell per province, with their articles', async () => {
    const { status, stdout, stderr } = await runExample([dir]);
    const rows = rowsOf(stdout);
    expect([...rows.keys()]).toEqual(['Điện Biên', 'Sơn La']);
    const dienBien = rows.get('Điện Biên')!;
    // 1.250 + 86 admitted (the goal of 1.500 and the README's figure are left out); 14 cells + 2 grassroots organizations formed
    expect(dienBien).toMatchObject({ admitted: '1.336', formed: '16', dissolved: '3', hamlets: '40 → 12 (dien-bien.txt)' });
    expect(new Set(dienBien.articles)).toEqual(new Set(['dien-bien.txt', 'archive.jsonl:1']));
    expect(rows.get('Sơn La')).toEqual({ admitted: '320', formed: '0', dissolved: '0', hamlets: '15 → 8 (sop-cop.md)', articles: ['sop-cop.md'] });
    expect(stdout).toContain('4 articles read, 3 with these figures, 2 provinces; 2 inputs could not be read.');
    // what could not be read is named on stderr, and the exit status says so
    expect(stderr).toContain(join(dir, 'broken.html'));
    expect(stderr).toContain(`${join(dir, 'archive.jsonl')}:3`);
    expect(status).toBe(1);
  }, 60_000);

  it('reads a .jsonl archive given as argument, one article a line from the field text', async () => {
    const { stdout } = await runExample([join(dir, 'archive.jsonl')]);
    expect(rowsOf(stdout).get('Điện Biên')).toEqual({ admitted: '86', formed: '2', dissolved: '0', hamlets: '–', articles: ['archive.jsonl:1'] });
    expect(stdout).toContain('2 articles read, 1 with these figures, 1 provinces; 1 inputs could not be read.');
  }, 60_000);

  it('reads corpus/ by default', async () => {
    const { status, stdout } = await runExample([]);
    expect(status).toBe(0);
    const rows = rowsOf(stdout);
    expect(rows.get('Lai Châu')).toMatchObject({ admitted: '6.215', articles: ['a-lai-chau-ket-nap-dang-vien.txt'] });
    expect(rows.get('Sơn La')?.hamlets).toBe('41 → 8 (a-son-la-sop-cop-ban-trang.txt)');
    expect(stdout).not.toContain('README.md');
  }, 60_000);
});
