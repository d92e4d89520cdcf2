#!/usr/bin/env node
// solieu's bench. Run with `npm run bench` (it builds first), or after a build:
//
//   node bench/extract.mjs [flags]
//
//   --runs N            best of N passes per measurement (default 3)
//   --budget S          seconds one throughput measurement may take; slow tasks get fewer
//                       passes, never less than one (default 30)
//   --no-real           leave out ../shared/corpus-real/articles.jsonl even when present
//   --skip LIST         leave out sections, comma-separated: throughput, parallel, linear
//   --linear-cap S      in the linear-time section, stop growing an input once one call takes
//                       longer than S seconds and report the ratio reached (default 4)
//   --memory            also run the heavy memory checks, each in a process of its own:
//                       a synthetic archive generated on the fly from corpus/ through
//                       extractStream (RSS must stay under 300 MB) and one large document
//                       through extract (it must not need gigabytes)
//   --memory-only       only the memory checks
//   --breakdown         also show where extract's time goes: parsing, the numeral scan and
//                       sentence loop, and each family of rules alone (over the real articles
//                       when present, else corpus/)
//   --archive-mb N      size of the synthetic archive in MB of UTF-8 (default 1000)
//   --archive-workers N worker threads for the archive (default 2)
//   --document-mb N     size of the large document in MB of UTF-8 (default 20)
//
// It prints MB/s of UTF-8 input for findNumbers, parseArticle and extract, one core, over
// corpus/ and the 5,000 real articles, beside a bare native-regex numeral scan (the ceiling) and
// the number model of @microsoft/recognizers-text-number (Spanish culture) on the same texts,
// with ratios; the speed-up of extractStream on 2 worker threads; the 2×-input time ratio of
// each adversarial input family (target ≤ 2.2); peak memory. Progress goes to stderr, the
// Markdown tables to stdout.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { CORPUS_COPIES, corpusTexts, realArticleTexts, textSet } from './inputs.mjs';
import { TASKS, throughput } from './throughput.mjs';
import { PASSES, parallelSpeedUp } from './parallel.mjs';
import { FUNCTIONS, linearTime } from './families.mjs';
import { breakdown } from './breakdown.mjs';
import { mark, markdownTable, num } from './table.mjs';

const { values: flags } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    budget: { type: 'string', default: '30' },
    'no-real': { type: 'boolean', default: false },
    skip: { type: 'string', default: '' },
    'linear-cap': { type: 'string', default: '4' },
    memory: { type: 'boolean', default: false },
    'memory-only': { type: 'boolean', default: false },
    breakdown: { type: 'boolean', default: false },
    'archive-mb': { type: 'string', default: '1000' },
    'archive-workers': { type: 'string', default: '2' },
    'document-mb': { type: 'string', default: '20' },
  },
});
const runs = Number(flags.runs);
const budgetMs = Number(flags.budget) * 1000;
const skip = new Set(flags.skip.split(',').filter(Boolean));
const memoryOnly = flags['memory-only'];
const log = (line) => process.stderr.write(`${line}\n`);
const out = [];

/** Targets of the performance issue. */
const TARGET = { extractMBs: 10, overRecognizers: 20, linearRatio: 2.2, archiveRssMB: 300, documentRssMB: 1024 };

/** Runs one section of the bench; a failure is reported in the output and the other sections still run. */
async function section(name, body) {
  try {
    await body();
  } catch (err) {
    log(`\n${name} failed: ${err.stack ?? err}`);
    out.push(`### ${name}: failed (${err.message ?? err})\n`);
  }
}

const sets = [textSet('corpus/', corpusTexts())];
const real = flags['no-real'] ? undefined : realArticleTexts();
if (real) sets.push(textSet('real articles', real));
else log('(../shared/corpus-real/articles.jsonl is absent or left out: real-article figures skipped)');
const setLabel = (s) => `${s.name} (${num(s.texts.length, 0)} docs, ${num(s.bytes / 1e6, 2)} MB)`;

if (!memoryOnly && !skip.has('throughput')) await section('throughput', async () => {
  const measured = sets.map((set) => {
    log(`\nthroughput over ${setLabel(set)}`);
    return throughput(set, { runs, budgetMs, onTask: (task, r) => log(`  ${task.label.padEnd(30)} ${num(r.mbs, 2).padStart(9)} MB/s  (best of ${r.passes})`) });
  });
  const rows = TASKS.map((task) => [task.label, ...measured.map((m) => num(m[task.key].mbs, task.key === 'native' ? 0 : 2))]);
  for (const key of ['findNumbers', 'parseArticle', 'extract']) {
    rows.push([`${key} / Recognizers-Text`, ...measured.map((m) => `${num(m[key].mbs / m.recognizers.mbs, 1)}×`)]);
  }
  rows.push(['extract / native ceiling', ...measured.map((m) => `${num((100 * m.extract.mbs) / m.native.mbs, 2)}%`)]);
  const last = measured[measured.length - 1];
  out.push(
    `### Throughput, MB/s of UTF-8 input, one core (best of up to ${runs} passes)\n`,
    markdownTable(['', ...sets.map(setLabel)], rows),
    '',
    `Targets on ${sets[sets.length - 1].name}: extract ≥ ${TARGET.extractMBs} MB/s ${mark(last.extract.mbs >= TARGET.extractMBs)} (${num(last.extract.mbs, 2)}); ` +
      `extract ≥ ${TARGET.overRecognizers}× Recognizers-Text ${mark(last.extract.mbs / last.recognizers.mbs >= TARGET.overRecognizers)} (${num(last.extract.mbs / last.recognizers.mbs, 1)}×).`,
    `Peak RSS of the throughput runs (all texts loaded, Recognizers-Text included): ${num(process.resourceUsage().maxRSS / 1024, 0)} MB.\n`,
  );
});

if (flags.breakdown && !memoryOnly) await section('breakdown', async () => {
  const set = sets[sets.length - 1];
  log(`\nbreakdown of extract over ${setLabel(set)}`);
  const rows = breakdown(set, { runs, budgetMs, onRow: (r) => log(`  ${r.part.padEnd(58)} ${num(r.ms, 0).padStart(7)} ms`) });
  out.push(
    `### Where extract's time goes over ${setLabel(set)}, one core (best of up to ${runs} passes)\n`,
    markdownTable(['part', 'ms', 'share of extract', 'MB/s'], rows.map((r) => [r.part, num(r.ms, 0), `${num(100 * r.share, 1)}%`, num(r.mbs, 2)])),
    '',
    'A family alone is its time on top of the no-rule extractor; shared work (a block\'s word index) falls to whichever family runs, so the parts add up to more than the whole.\n',
  );
});

if (!memoryOnly && !skip.has('parallel')) await section('parallel', async () => {
  const parallelSet = real ? `${setLabel(sets[1])}` : `corpus/ ×${CORPUS_COPIES} (${num(sets[0].texts.length * CORPUS_COPIES, 0)} docs, ${num((sets[0].bytes * CORPUS_COPIES) / 1e6, 2)} MB)`;
  log(`\nparallel: extractStream over ${parallelSet}, ${PASSES} passes, each configuration in a fresh process`);
  const { rows, speedUp, referenceSpeedUp } = await parallelSpeedUp(real ? 'real' : 'corpus');
  for (const r of rows) log(`  ${r.label}: first pass ${num(r.first.mbs, 2)} MB/s, last pass ${num(r.last.mbs, 2)} MB/s, ${r.results} results, ${r.errors} errors`);
  out.push(
    `### Parallel: extractStream over ${parallelSet}, read ${PASSES} times in a row, each configuration in a fresh process\n`,
    markdownTable(
      ['configuration', 'first pass (cold start), MB/s', 'seconds', `pass ${PASSES} (warmed up), MB/s`, 'seconds'],
      rows.map((r) => [r.label, num(r.first.mbs, 2), num(r.first.ms / 1000, 1), num(r.last.mbs, 2), num(r.last.ms / 1000, 1)]),
    ),
    '',
    `Speed-up of 2 workers over 1: ${num(speedUp.last, 2)}× warmed up, ${num(speedUp.first, 2)}× on the first pass (2 separate processes without a pool: ${num(referenceSpeedUp.last, 2)}× and ${num(referenceSpeedUp.first, 2)}×, the most this machine's 2 cores give).`,
    'The first pass includes thread start-up and the compiler\'s warm-up, which every worker thread does anew and which competes with the workers for the cores; an archive of more than a few thousand documents runs at the warmed-up speed.\n',
  );
});

if (!memoryOnly && !skip.has('linear')) await section('linear time', async () => {
  log('\nlinear time: 2× input / time, 200,000 → 400,000 characters');
  const rows = linearTime({
    runs: Math.max(runs, 5),
    capMs: Number(flags['linear-cap']) * 1000,
    onRow: (row) => log(`  ${row.family.padEnd(36)} ${FUNCTIONS.map(([name]) => `${name} ${cell(row.results[name])}`).join('  ')}`),
  });
  const worst = Math.max(...rows.flatMap((r) => Object.values(r.results).map((x) => x.ratio)));
  out.push(
    `### Linear time: time of 400,000 characters / time of 200,000 (best of ${Math.max(runs, 5)}; target ≤ ${TARGET.linearRatio})\n`,
    markdownTable(['input family', ...FUNCTIONS.map(([name]) => name)], rows.map((r) => [r.family, ...FUNCTIONS.map(([name]) => cell(r.results[name]))])),
    '',
    `All families within ${TARGET.linearRatio}: ${mark(worst <= TARGET.linearRatio)}.\n`,
  );
});

/** A linear-time cell: the ratio with ✓/✗, and where a slow run was stopped (see families.mjs). */
function cell(r) {
  if (!r.stoppedAt) return `${num(r.ratio, 2)} ${mark(r.ratio <= TARGET.linearRatio)}`;
  const took = `${num(r.stoppedAt.chars, 0)} chars took ${num(r.stoppedAt.ms / 1000, 1)} s`;
  if (!Number.isFinite(r.ratio)) return `— ✗ (${took})`;
  return `${num(r.ratio, 2)} ${mark(r.ratio <= TARGET.linearRatio)} (at ${num(r.stoppedAt.chars / 2, 0)} → ${num(r.stoppedAt.chars, 0)} chars; ${took})`;
}

if (flags.memory || memoryOnly) await section('memory', async () => {
  const script = fileURLToPath(new URL('./memory-run.mjs', import.meta.url));
  /** One memory run in a child process; its JSON report. */
  const child = (args) => {
    const res = spawnSync(process.execPath, [script, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 1 << 20 });
    const line = res.stdout.trim().split('\n').pop();
    if (res.status !== 0 || !line) return { failed: `exit status ${res.status}${res.signal ? `, signal ${res.signal}` : ''}` };
    return JSON.parse(line);
  };
  const workers = flags['archive-workers'];
  log(`\nmemory: a ${flags['archive-mb']} MB synthetic archive through extractStream (${workers} workers)`);
  const archive = child(['archive', flags['archive-mb'], workers]);
  log(`  ${JSON.stringify(archive)}`);
  log(`memory: one ${flags['document-mb']} MB document through extract`);
  const doc = child(['document', flags['document-mb']]);
  log(`  ${JSON.stringify(doc)}`);
  const row = (name, r, limit) =>
    r.failed
      ? [name, '—', '—', '—', `failed (${r.failed})`]
      : [name, num(r.bytes / 1e6, 0), num(r.seconds, 1), num(r.bytes / 1e6 / r.seconds, 2), `${num(r.maxRssMB, 0)} (< ${num(limit, 0)}) ${mark(r.maxRssMB < limit)}`];
  out.push(
    '### Memory (`--memory`), each run in a process of its own\n',
    markdownTable(
      ['run', 'MB', 'seconds', 'MB/s', 'peak RSS, MB'],
      [
        row(`synthetic archive (corpus/ repeated, generated on the fly) through extractStream, ${workers} workers`, archive, TARGET.archiveRssMB),
        row('one plain-text document through extract', doc, TARGET.documentRssMB),
      ],
    ),
    '',
    archive.trace ? `Archive RSS along the way (MB read → RSS MB): ${archive.trace.map(([mb, rss]) => `${mb} → ${rss}`).join(', ')}.\n` : '',
  );
});

console.log(`\n${out.join('\n')}`);
