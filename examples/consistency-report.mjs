#!/usr/bin/env node
// The checks no other tool makes: every change whose before, after and delta do not add up
// (consistent: false), and every average that its total and period do not give (the library pairs
// an average with the count of the same thing in its sentence and the period that scopes it, and
// allows rounding and the range a qualifier such as 'hơn' or 'khoảng' stands for).
// Usage: npm run example:consistency-report -- [folder|archive.jsonl]   (default corpus/)
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { archiveExtractions } from './lib/archive.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const archive = process.argv[2] ?? (relative(process.cwd(), join(root, 'corpus')) || '.');

/** The written figure of a quantity, or '–'. */
const figure = (q) => (q ? q.span.text : '–');

/** The findings of one article: [checked, problems]. */
export function findings(facts) {
  const byId = new Map(facts.map((f) => [f.id, f]));
  const problems = [];
  let checked = 0;
  for (const f of facts) {
    if (f.consistent === undefined || (f.kind !== 'change' && f.kind !== 'average')) continue;
    checked++;
    if (f.consistent) continue;
    if (f.kind === 'change') {
      problems.push(`change ${f.direction}: before ${figure(f.before)}, after ${figure(f.after)}, delta ${figure(f.delta)} — «${f.span.text}»`);
    } else {
      const total = byId.get(f.totalFact);
      const period = byId.get(f.period) ?? undefined;
      problems.push(`average ${figure(f.quantity)}/${f.per}: total ${total ? figure(total.quantity) : '–'} over ${f.periods} ${f.per}${period ? ` (${period.span.text})` : ''} — «${f.sentence.text}»`);
    }
  }
  return [checked, problems];
}

let checked = 0;
let flagged = 0;
const problems = { count: 0 };
for await (const item of archiveExtractions(archive, problems)) {
  const [n, found] = findings(item.result.facts);
  checked += n;
  flagged += found.length;
  for (const p of found) console.log(`${item.source}: ${p}`);
}
console.log(`\n${checked} changes and averages checked, ${flagged} do not add up${problems.count ? `; ${problems.count} inputs could not be read` : ''}.`);
process.exitCode = problems.count > 0 ? 1 : 0;
