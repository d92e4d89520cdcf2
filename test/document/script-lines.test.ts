import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/document/index.js';
import { extract } from '../../src/extract/extractor.js';
import { isScriptLine } from '../../src/document/furniture.js';
import { SCRIPT_MARKERS } from '../../src/lexicon/furniture.js';

describe('inline page script', () => {
  const input =
    'Tăng học phí đại học\nBộ đề xuất tăng học phí từ năm học tới.\n\nMức trần mới là 900.000 đồng/tháng.\n' +
    "Theo bạn có nên tăng học phí?','#FFFFFF','#004080','100%',3, new Array(new Array('Có',227,0)),'',1)\n" +
    'Nhiều phụ huynh lo ngại.\n';

  it('is dropped as furniture and listed', () => {
    const a = parseArticle(input);
    expect(a.paragraphs.map((p) => p.span.text).join('\n')).not.toContain('new Array');
    expect(a.dropped.some((d) => d.text.includes('new Array'))).toBe(true);
  });

  it('gives no fact', () => {
    expect(extract(input).facts.some((f) => f.span.text.includes('100%'))).toBe(false);
  });
});

describe('isScriptLine', () => {
  it('finds every script marker inside prose, and nothing in prose without one', () => {
    for (const marker of SCRIPT_MARKERS) expect(isScriptLine(`Bài viết (ngày 5) có ${marker} ở giữa`)).toBe(true);
    expect(isScriptLine('Theo ông A: "Năm nay (2024) có 5 xã > 3 xã - tăng #1".')).toBe(false);
  });
});
