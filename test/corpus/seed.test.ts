import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { extract } from '../../src/extract/extractor.js';
import type { Fact } from '../../src/types.js';

const seedPath = fileURLToPath(new URL('../../../shared/seed/000_0816f6de114e822f.txt', import.meta.url));

/** A fact reduced to what a reader checks: its kind and figures (or names). */
function key(f: Fact): string {
  switch (f.kind) {
    case 'count':
      return `count ${f.quantity.value}${f.total ? '/' + f.total.value : ''} ${f.entity}`;
    case 'average':
      return `average ${f.quantity.value}/${f.per}`;
    case 'percent':
      return `percent ${f.quantity.value}${f.of ? ' of ' + f.of : ''}${f.entity ? ' ' + f.entity : ''}`;
    case 'money':
      return `money ${f.quantity.value} ${f.currency}`;
    case 'change':
      return `change ${f.direction} ${f.before?.value ?? ''}→${f.after?.value ?? ''} Δ${f.delta?.value ?? ''} ${f.consistent ?? ''}`;
    case 'period':
      return `period ${JSON.stringify(f.from ?? null)}-${JSON.stringify(f.to ?? null)} ${f.duration?.value ?? ''}`;
    case 'date':
      return `date ${JSON.stringify(f.date)}`;
    case 'reference':
      return `reference ${f.docType} ${f.number ?? ''} ${f.symbol ?? ''} ${f.issuer ?? ''} ${f.term ?? ''}`.trim();
    case 'person':
      return `person ${f.name} ${f.titles.join('; ')}`;
    default:
      return `${f.kind} ${f.name}`;
  }
}

describe.skipIf(!existsSync(seedPath))('the seed article', () => {
  const input = existsSync(seedPath) ? readFileSync(seedPath, 'utf8') : '';

  it('yields every figure a careful reader finds, and no other', () => {
    const quantities = extract(input)
      .facts.filter((f) => ['count', 'average', 'percent', 'money', 'change'].includes(f.kind))
      .map(key);
    expect(quantities).toEqual([
      'count 4568 lượt cấp ủy viên, bí thư chi bộ',
      'count 64 tổ chức cơ sở đảng',
      'count 191 chi bộ',
      'count 558 chi bộ trực thuộc đảng ủy cơ sở',
      'count 8990 đảng viên mới',
      'average 2247/năm',
      'percent 112 of kế hoạch',
      'change decrease 95→8 Δ87 true',
      'change decrease 328→135 Δ193 true',
      'change decrease → Δ33 ',
      'percent 100 trường học đã có chi bộ',
      'change decrease 88→21 Δ67 true',
      'count 117 đảng viên',
    ]);
  });

  it('reads its periods, references and people', () => {
    const facts = extract(input).facts;
    const keys = facts.map(key);
    for (const expected of [
      'period null-null 3',
      'period {"year":2016}-"now" ',
      'reference Nghị quyết 04 NQ/TU Tỉnh ủy',
      'reference Nghị quyết 4  Trung ương 12',
      'reference Chỉ thị 05  Bộ Chính trị',
      'person Lò Văn Muôn Phó Bí thư Thường trực Tỉnh ủy; Chủ tịch HĐND tỉnh',
      'organization Bộ Chính trị',
      'place Điện Biên',
    ]) {
      expect(keys).toContain(expected);
    }
    const admitted = facts.find((f) => f.kind === 'count' && f.quantity.value === 4568);
    const since2016 = facts.find((f) => f.kind === 'period' && f.from?.year === 2016);
    expect(admitted?.period).toBe(since2016?.id);
  });

  it('reads the same facts from its NFD, CRLF and HTML forms', () => {
    const plain = extract(input).facts.map(key);
    expect(extract(input.normalize('NFD')).facts.map(key)).toEqual(plain);
    expect(extract(input.replace(/\n/g, '\r\n')).facts.map(key)).toEqual(plain);
    const lines = input.split('\n');
    const html = `<html><body><h1>${lines[0]}</h1>${lines.slice(1).filter(Boolean).map((p) => `<p>${p}</p>`).join('')}</body></html>`;
    const fromHtml = extract(html).facts.map(key);
    for (const k of plain.filter((k) => !k.startsWith('organization') && !k.startsWith('place'))) expect(fromHtml).toContain(k);
  });
});
