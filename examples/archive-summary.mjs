#!/usr/bin/env node
// Per-province totals over an archive of bulletins: party members admitted, cells formed and
// dissolved, and hamlets without a party cell before → after, each with the articles it came from.
// It shows how the records of extract() add up across documents: counts by their action and
// entity, changes by their before and after, the province by the place facts.
//
// Usage: npm run example:archive-summary -- [folder|archive.jsonl]
//   A folder is read recursively (.txt .md .markdown .html .htm .jsonl); a .jsonl archive has one
//   article per line, its text in the field `text`. The default is corpus/;
//   ../shared/corpus-real/articles.jsonl works too. Inputs that cannot be read are named on stderr
//   and the exit status is 1.
//
// Only the body's facts are summed (a title or lead restates the body's figures), and a fact that
// states a goal (target: true) is not a result.
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { archiveExtractions } from './lib/archive.mjs';

// What the figures are, as the extractor writes actions and entities (compared in lower case).
/** Actions of a count of members admitted: 'kết nạp 1.250 đảng viên mới'. */
const ADMISSION_ACTIONS = ['kết nạp'];
/** Entities of members: 'đảng viên', 'đảng viên mới', 'đảng viên là người dân tộc thiểu số'. */
const MEMBER_ENTITIES = ['đảng viên'];
/** Actions of cells formed: 'thành lập', 'thành lập mới'. */
const FORMATION_ACTIONS = ['thành lập'];
/** Actions of cells dissolved. */
const DISSOLUTION_ACTIONS = ['giải thể'];
/** Entities of party cells and grassroots party organizations: 'chi bộ bản', 'tổ chức cơ sở đảng'. */
const CELL_ENTITIES = ['chi bộ', 'tổ chức cơ sở đảng'];
/** Words of a change in hamlets without a cell: 'số bản chưa có chi bộ giảm từ 41 xuống còn 8'. */
const WITHOUT_CELL = ['chưa có chi bộ'];
/** The level of a province. */
const PROVINCE_LEVEL = 'tỉnh';
/** Rules that read only provinces and centrally-run cities ('Hà Nội', level 'thành phố'). */
const PROVINCE_RULES = ['place/province'];
/** The row of articles that name no province. */
const UNKNOWN = '(province not named)';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const archive = process.argv[2] ?? (relative(process.cwd(), join(root, 'corpus')) || '.');

/** True when `phrase` (lower-cased) starts with one of `words`. */
const startsWithAny = (phrase, words) => phrase !== undefined && words.some((w) => phrase.toLowerCase().startsWith(w));
/** True when `phrase` (lower-cased) holds one of `words`. */
const holdsAny = (phrase, words) => phrase !== undefined && words.some((w) => phrase.toLowerCase().includes(w));

/** True for a place fact that names a province or a centrally-run city. */
const isProvince = (f) => f.kind === 'place' && (f.level === PROVINCE_LEVEL || PROVINCE_RULES.includes(f.rule));

/** The province an article reports on: the one its dateline names, else the first one its text names. */
function provinceOf({ article, facts }) {
  const dateline = article.datelineSpan;
  const inDateline = dateline && facts.find((f) => isProvince(f) && dateline.start <= f.span.start && f.span.end <= dateline.end);
  return (inDateline || facts.find(isProvince))?.name ?? UNKNOWN;
}

/** A change as 'before → after', or as the signed delta when only that is written. */
function beforeAfter(change) {
  if (change.before && change.after) return `${change.before.value} → ${change.after.value}`;
  const sign = change.direction === 'decrease' ? '−' : '+';
  return change.delta ? `${sign}${change.delta.value}` : undefined;
}

/** What one article adds to its province's totals. */
function tally(facts) {
  const t = { admitted: 0, formed: 0, dissolved: 0, hamlets: [] };
  for (const f of facts) {
    if (f.target || f.section !== 'body') continue;
    if (f.kind === 'count' && startsWithAny(f.action, ADMISSION_ACTIONS) && startsWithAny(f.entity, MEMBER_ENTITIES)) t.admitted += f.quantity.value;
    if (f.kind === 'count' && startsWithAny(f.action, FORMATION_ACTIONS) && startsWithAny(f.entity, CELL_ENTITIES)) t.formed += f.quantity.value;
    if (f.kind === 'count' && startsWithAny(f.action, DISSOLUTION_ACTIONS) && startsWithAny(f.entity, CELL_ENTITIES)) t.dissolved += f.quantity.value;
    // the entity names what changed; when it does not hold the words, the phrase the change was read from may
    if (f.kind === 'change' && (holdsAny(f.entity, WITHOUT_CELL) || holdsAny(f.span.text, WITHOUT_CELL))) {
      const figures = beforeAfter(f);
      if (figures) t.hamlets.push(figures);
    }
  }
  return t;
}

/** True when an article adds nothing to the totals. */
const isEmpty = (t) => !t.admitted && !t.formed && !t.dissolved && t.hamlets.length === 0;

/** The short name of a source: the file name, or 'archive.jsonl:12' for a line of an archive. */
const shortSource = (source) => source.replace(/^.*[\\/]/, '');

const provinces = new Map();
const problems = { count: 0 };
let articles = 0;
for await (const item of archiveExtractions(archive, problems)) {
  articles++;
  const t = tally(item.result.facts);
  if (isEmpty(t)) continue;
  const name = provinceOf(item.result);
  const p = provinces.get(name) ?? { admitted: 0, formed: 0, dissolved: 0, hamlets: [], sources: [] };
  p.admitted += t.admitted;
  p.formed += t.formed;
  p.dissolved += t.dissolved;
  p.hamlets.push(...t.hamlets.map((h) => `${h} (${shortSource(item.source)})`));
  p.sources.push(shortSource(item.source));
  provinces.set(name, p);
}

const rows = [...provinces].sort(([a], [b]) => (a === UNKNOWN) - (b === UNKNOWN) || a.localeCompare(b, 'vi'));
const number = (n) => n.toLocaleString('vi-VN');
console.log('| province | members admitted | cells formed | cells dissolved | hamlets without a cell (before → after) | articles |');
console.log('| --- | ---: | ---: | ---: | --- | --- |');
for (const [name, p] of rows) {
  console.log(`| ${name} | ${number(p.admitted)} | ${number(p.formed)} | ${number(p.dissolved)} | ${p.hamlets.join('; ') || '–'} | ${p.sources.join(', ')} |`);
}
const used = rows.reduce((n, [, p]) => n + p.sources.length, 0);
console.log(`\n${articles} articles read, ${used} with these figures, ${rows.length} provinces${problems.count ? `; ${problems.count} inputs could not be read` : ''}.`);
process.exitCode = problems.count > 0 ? 1 : 0;
