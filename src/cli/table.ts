/**
 * A readable summary of each document for a terminal: its source and title, then one line per
 * fact with its figures and the text it was read from.
 * @module
 */
import type { Fact, Quantity } from '../types.js';
import type { OutputRecord } from './output-record.js';

/** Widest text of a fact's figures, and of the text it was read from, before they are cut. */
const DESCRIPTION_WIDTH = 60;
/** Widest quoted text. */
const SPAN_WIDTH = 60;

/** `value` on one line, cut to `width` characters with an ellipsis. */
export function clip(value: string, width: number): string {
  const one = value.replace(/\s+/g, ' ').trim();
  return one.length > width ? `${one.slice(0, width - 1)}…` : one;
}

/** A quantity as 'over 4568–5000 %'. */
function figure(q: Quantity | undefined): string {
  if (!q) return '';
  return `${q.approx ? `${q.approx} ` : ''}${q.value}${q.max !== undefined ? `–${q.max}` : ''}${q.unit ? ` ${q.unit}` : ''}`;
}

/** Non-empty pieces joined with spaces. */
function words(...pieces: (string | false | undefined)[]): string {
  return pieces.filter((p): p is string => typeof p === 'string' && p !== '').join(' ');
}

/** The fields of a fact worth a glance, as one line. */
export function describeFact(f: Fact): string {
  switch (f.kind) {
    case 'count':
      return words(figure(f.quantity), f.total && `of ${figure(f.total)}`, f.entity, f.action && `(${f.action})`);
    case 'average':
      return words(figure(f.quantity), f.entity, `per ${f.per}`, f.action && `(${f.action})`);
    case 'percent':
      return words(figure(f.quantity), f.of && `of ${f.of}`, f.entity, f.per && `per ${f.per}`);
    case 'money':
      return words(figure(f.quantity), f.currency, f.per && `per ${f.per}`, f.entity);
    case 'change':
      return words(
        f.direction,
        (f.before || f.after) && `${figure(f.before) || '?'} → ${figure(f.after) || '?'}`,
        f.delta && `by ${figure(f.delta)}${f.deltaUnit && f.deltaUnit !== 'absolute' ? ` (${f.deltaUnit})` : ''}`,
        f.multiplier !== undefined && `×${f.multiplier}`,
        f.consistent === false && '[does not add up]',
        f.entity,
      );
    case 'period':
      return words(
        f.from && dateParts(f.from),
        f.to && `→ ${f.to === 'now' ? 'now' : dateParts(f.to)}`,
        f.duration && `${f.duration.value} ${f.duration.unit}`,
      );
    case 'date':
      return dateParts(f.date);
    case 'reference':
      return words(f.docType, [f.number, f.symbol].filter(Boolean).join('-'), f.issuer, f.term !== undefined && `term ${f.term}`);
    case 'person':
      return words(f.name, f.titles.length > 0 && `— ${f.titles.join('; ')}`);
    case 'organization':
      return words(f.name, f.expansion && `(${f.expansion})`);
    case 'place':
      return words(f.name, f.level && `(${f.level})`);
  }
}

/** A date as 'YYYY-MM-DD', 'YYYY Q2' or as much of it as is known. */
function dateParts(d: { year?: number; quarter?: number; month?: number; day?: number }): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  if (d.quarter !== undefined) return words(d.year !== undefined && String(d.year), `Q${d.quarter}`);
  return [d.year ?? '????', d.month !== undefined ? pad(d.month) : undefined, d.day !== undefined ? pad(d.day) : undefined]
    .filter((p) => p !== undefined)
    .join('-');
}

/** The summary of one document: a heading line, its title, and a line per fact. */
export function tableBlock(record: OutputRecord): string {
  const lines = [`■ ${record.source}  (${record.encoding}, ${record.article.format}, ${record.facts.length} facts)`];
  if (record.article.title) lines.push(`  ${clip(record.article.title, DESCRIPTION_WIDTH + SPAN_WIDTH)}`);
  for (const f of record.facts) {
    const flags = words(f.target && '[target]', f.period && `[${f.period}]`);
    lines.push(`  ${f.id.padEnd(5)}${f.kind.padEnd(13)}${clip(describeFact(f), DESCRIPTION_WIDTH).padEnd(DESCRIPTION_WIDTH)}  «${clip(f.span.text, SPAN_WIDTH)}»${flags ? ` ${flags}` : ''}`);
  }
  return `${lines.join('\n')}\n\n`;
}
