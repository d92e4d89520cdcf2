#!/usr/bin/env node
// Per-province totals over an archive of bulletins: party members admitted, cells formed and
// dissolved, and hamlets without a party cell before → after, each with the articles it came from.
// Usage: npm run example:archive-summary -- [folder|archive.jsonl]
//   The archive defaults to corpus/; ../shared/corpus-real/articles.jsonl works too.
// The province of an article is its first place of level tỉnh (or a centrally-run city), from the
// dateline or the text. Only the body's facts are summed (the title and lead restate them), and facts
// that state a goal (target: true) are not totals.
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { archiveExtractions } from './lib/archive.mjs';

// What the figures are: word lists (as the extractor writes entities and actions, lower case).
const ADMISSION_ACTIONS = ['kết nạp'];
const MEMBER_ENTITIES = ['đảng viên'];
const FORMATION_ACTIONS = ['thành lập', 'thành lập mới'];
const DISSOLUTION_ACTIONS = ['giải thể'];
const CELL_ENTITIES = ['chi bộ', 'tổ chức cơ sở đảng', 'tổ chức đảng', 'đảng bộ'];
const WITHOUT_CELL = ['chưa có chi bộ'];
const PROVINCE_LEVELS = ['tỉnh', 'thành phố'];
const UNKNOWN = '(province not named)';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const archive = process.argv[2] ?? (relative(process.cwd(), join(root, 'corpus')) || '.');

/** True when `phrase` (lower-cased) starts with one of `words`. */
const startsWithAny = (phrase, words) => phrase !== undefined && words.some((w) => phrase.toLowerCase().startsWith(w));
/** True when `phrase` (lower-cased) holds one of `words`. */
const holdsAny = (phrase, words) => phrase !== undefined && words.some((w) => phrase.toLowerCase().includes(w));

/** The province an article reports on. */
function provinceOf(facts) {
  const place = facts.find((f) => f.kind === 'place' && PROVINCE_LEVELS.includes(f.level) && f.rule !== 'place/level-name') ??
    facts.find((f) => f.kind === 'place' && f.level === 'tỉnh');
  return place?.name ?? UNKNOWN;
}

/** What one article adds to its province's totals. */
export function tally(facts) {
  const t = { admitted: 0, formed: 0, dissolved: 0, hamlets: [] };
  for (const f of facts) {
    if (f.target || f.section !== 'body') continue; // the title and lead restate the body's figures
    if (f.kind === 'count' && startsWithAny(f.action, ADMISSION_ACTIONS) && startsWithAny(f.entity, MEMBER_ENTITIES)) t.admitted += f.quantity.value;
    if (f.kind === 'count' && startsWithAny(f.action, FORMATION_ACTIONS) && startsWithAny(f.entity, CELL_ENTITIES)) t.formed += f.quantity.value;
    if (f.kind === 'count' && startsWithAny(f.action, DISSOLUTION_ACTIONS) && startsWithAny(f.entity, CELL_ENTITIES)) t.dissolved += f.quantity.value;
    if (f.kind === 'change' && holdsAny(f.entity, WITHOUT_CELL) && f.before && f.after) t.hamlets.push(`${f.before.value} → ${f.after.value} (${f.entity})`);
  }
  return t;
}

const provinces = new Map();
const problems = { count: 0 };
for await (const item of archiveExtractions(archive, problems)) {
  const t = tally(item.result.facts);
  if (!t.admitted && !t.formed && !t.dissolved && t.hamlets.length === 0) continue;
  const name = provinceOf(item.result.facts);
  const p = provinces.get(name) ?? { admitted: 0, formed: 0, dissolved: 0, hamlets: [], sources: [] };
  p.admitted += t.admitted;
  p.formed += t.formed;
  p.dissolved += t.dissolved;
  p.hamlets.push(...t.hamlets);
  p.sources.push(item.source);
  provinces.set(name, p);
}

const rows = [...provinces].sort(([a], [b]) => a.localeCompare(b, 'vi'));
console.log('| province | members admitted | cells formed | cells dissolved | hamlets without a cell (before → after) | articles |');
console.log('| --- | ---: | ---: | ---: | --- | --- |');
for (const [name, p] of rows) {
  console.log(`| ${name} | ${p.admitted.toLocaleString('vi-VN')} | ${p.formed} | ${p.dissolved} | ${p.hamlets.join('; ') || '–'} | ${p.sources.map((s) => s.replace(/^.*\//, '')).join(', ')} |`);
}
console.log(`\n${rows.length} provinces${problems.count ? `; ${problems.count} inputs could not be read` : ''}.`);
process.exitCode = problems.count > 0 ? 1 : 0;
