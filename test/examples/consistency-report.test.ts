import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { removeFolder, tempFolder } from '../cli/support/bulletins.js';
import { built } from '../cli/support/spawn-cli.js';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const example = join(repo, 'examples', 'consistency-report.mjs');

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

/** The findings printed: source, figures and sentence, one block each. */
function findingsOf(stdout: string): { source: string; figures: string; sentence: string }[] {
  return stdout
    .split('\n\n')
    .map((block) => block.split('\n'))
    .filter((lines) => lines.length === 3)
    .map(([source = '', figures = '', sentence = '']) => ({ source, figures: figures.trim(), sentence: sentence.trim() }));
}

/** The summary line's four numbers: changes checked and wrong, averages checked and wrong. */
function summaryOf(stdout: string): number[] {
  const m = /(\d+) changes checked, (\d+) do not add up; (\d+) averages checked, (\d+) do not agree/.exec(stdout);
  if (!m) throw new Error(`no summary line in:\n${stdout}`);
  return m.slice(1).map(Number);
}

// Bulletins written for this test: figures that add up, and figures that do not.
const ADDS_UP = `Tuần Giáo tổng kết công tác xây dựng Đảng

Huyện Tuần Giáo, tỉnh Điện Biên tổng kết công tác xây dựng Đảng.

Từ năm 2020 đến năm 2024, huyện kết nạp 400 đảng viên, bình quân mỗi năm kết nạp 80 đảng viên. Số bản chưa có chi bộ giảm 7 bản (từ 15 bản xuống còn 8 bản).
`;
const DOES_NOT = `# Sốp Cộp đẩy mạnh phát triển đảng viên

SƠN LA – Huyện biên giới Sốp Cộp đẩy mạnh công tác phát triển đảng viên.

Giai đoạn 2021-2024, Đảng bộ huyện kết nạp 320 đảng viên, bình quân mỗi năm kết nạp 200 đảng viên. Số bản chưa có chi bộ giảm 6 bản (từ 15 bản xuống còn 8 bản).
`;
const POINTS = 'Giảm nghèo ở vùng cao\n\nSau 3 năm, tỷ lệ hộ nghèo của huyện giảm từ 5,2% xuống còn 3,1%, giảm 2,2%.\n';

describe.skipIf(!built)('examples/consistency-report.mjs', () => {
  let dir: string;
  beforeAll(() => {
    dir = tempFolder('solieu-consistency-report-');
    writeFileSync(join(dir, 'adds-up.txt'), ADDS_UP);
    writeFileSync(join(dir, 'does-not.md'), DOES_NOT);
    writeFileSync(join(dir, 'points.txt'), POINTS);
  });
  afterAll(() => removeFolder(dir));

  it('lists every change and average that does not add up, with its source, figures and sentence, and how many were checked', async () => {
    const { status, stdout } = await runExample([dir]);
    expect(status).toBe(0);
    expect(summaryOf(stdout)).toEqual([3, 2, 2, 1]);
    const findings = findingsOf(stdout);
    expect(findings).toHaveLength(3);
    expect(findings.every((f) => !f.source.endsWith('adds-up.txt'))).toBe(true);
    const [average, change, points] = findings;
    expect(average).toEqual({
      source: join(dir, 'does-not.md'),
      figures: expect.stringMatching(/^average 200\/năm: total 320 over [34] năm \(Giai đoạn 2021-2024\); total ÷ [34] = (106,67|80)$/),
      sentence: '«Giai đoạn 2021-2024, Đảng bộ huyện kết nạp 320 đảng viên, bình quân mỗi năm kết nạp 200 đảng viên.»',
    });
    expect(change).toEqual({
      source: join(dir, 'does-not.md'),
      figures: 'decrease: before 15, after 8, delta 6; |before − after| = 7',
      sentence: '«Số bản chưa có chi bộ giảm 6 bản (từ 15 bản xuống còn 8 bản).»',
    });
    expect(points?.figures).toBe('decrease: before 5,2%, after 3,1%, delta 2,2% (points); |before − after| = 2,1');
  }, 60_000);

  it('reads corpus/ by default and names the change whose delta the bulletin miscounted', async () => {
    const { status, stdout } = await runExample([]);
    expect(status).toBe(0);
    const [changes = 0, badChanges = 0, averages = 0, badAverages = 0] = summaryOf(stdout);
    expect(changes).toBeGreaterThan(badChanges);
    expect(averages).toBeGreaterThanOrEqual(badAverages);
    // 113 − 19 is 94, not the 89 the bulletin writes
    expect(findingsOf(stdout)).toContainEqual(expect.objectContaining({
      source: 'corpus/a-gia-lai-dang-vien-dan-toc.html',
      figures: 'decrease: before 113, after 19, delta 89; |before − after| = 94',
    }));
  }, 60_000);
});
