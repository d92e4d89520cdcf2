#!/usr/bin/env node
// The checks no other tool makes, over an archive of bulletins:
// - every change whose before, after and delta do not add up (a change fact with consistent: false),
//   e.g. 'giảm 45 bản (từ 120 bản xuống còn 80 bản)': 120 − 80 is 40;
// - every average its total and period do not give (an average fact with consistent: false): the
//   library pairs an average with the count of the same thing before it in its sentence
//   (totalFact) and measures the period that scopes it (periods), allowing rounding and the range
//   a qualifier such as 'hơn' or 'khoảng' stands for.
// Each finding is printed with its source, its sentence and the figures; the last line says how
// many changes and averages could be checked at all.
//
// Usage: npm run example:consistency-report -- [folder|archive.jsonl]   (default corpus/)
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { archiveExtractions } from './lib/archive.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const archive = process.argv[2] ?? (relative(process.cwd(), join(root, 'corpus')) || '.');

/** A quantity as written ('1,45%', 'hơn 1.200'), or '–'. */
const written = (q) => (q ? q.span.text : '–');

/** A number for the reader: 4568 → '4.568', 0.5 → '0,5'. */
const number = (n) => n.toLocaleString('vi-VN', { maximumFractionDigits: 2 });

/** The arithmetic of a change that does not add up. */
function changeFigures(f) {
  const gap = Math.abs(f.before.value - f.after.value);
  const figures = `${f.direction}: before ${written(f.before)}, after ${written(f.after)}, delta ${written(f.delta)}`;
  if (f.deltaUnit === 'percent') return `${figures} (relative); |before − after| ÷ before = ${number((gap / f.before.value) * 100)}%`;
  return `${figures}${f.deltaUnit === 'point' ? ' (points)' : ''}; |before − after| = ${number(gap)}`;
}

/** The arithmetic of an average its total and period do not give. */
function averageFigures(f, byId) {
  const total = byId.get(f.totalFact);
  const period = f.period ? byId.get(f.period) : undefined;
  const over = period ? ` (${period.span.text})` : '';
  const quotient = total && f.periods ? `; total ÷ ${f.periods} = ${number(total.quantity.value / f.periods)}` : '';
  return `average ${written(f.quantity)}/${f.per}: total ${total ? written(total.quantity) : '–'} over ${f.periods} ${f.per}${over}${quotient}`;
}

/** Tallies and findings of one article's facts. */
function check(facts) {
  const byId = new Map(facts.map((f) => [f.id, f]));
  const result = { changes: 0, averages: 0, findings: [] };
  for (const f of facts) {
    if (f.consistent === undefined) continue;
    if (f.kind === 'change') result.changes++;
    else if (f.kind === 'average') result.averages++;
    else continue;
    if (f.consistent) continue;
    const figures = f.kind === 'change' ? changeFigures(f) : averageFigures(f, byId);
    result.findings.push({ kind: f.kind, figures, sentence: f.sentence.text });
  }
  return result;
}

const totals = { changes: 0, averages: 0, badChanges: 0, badAverages: 0 };
const problems = { count: 0 };
for await (const item of archiveExtractions(archive, problems)) {
  const { changes, averages, findings } = check(item.result.facts);
  totals.changes += changes;
  totals.averages += averages;
  for (const finding of findings) {
    if (finding.kind === 'change') totals.badChanges++;
    else totals.badAverages++;
    console.log(`${item.source}\n  ${finding.figures}\n  «${finding.sentence}»\n`);
  }
}
console.log(
  `${totals.changes} changes checked, ${totals.badChanges} do not add up; ` +
    `${totals.averages} averages checked, ${totals.badAverages} do not agree with their total and period` +
    `${problems.count ? `; ${problems.count} inputs could not be read` : ''}.`,
);
process.exitCode = problems.count > 0 ? 1 : 0;
