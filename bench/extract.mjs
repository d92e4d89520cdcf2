#!/usr/bin/env node
// Throughput of findNumbers, parseArticle and extract in MB/s of UTF-8 input, best of 3, on one
// core: over the bundled corpus/ and, when present, the real articles in
// ../shared/corpus-real/articles.jsonl. Run with `npm run bench` (it builds first).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extract, findNumbers, parseArticle } from '../dist/index.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const RUNS = 3;

/** The texts of a set, and their size in UTF-8 bytes. */
function set(name, texts) {
  return { name, texts, bytes: texts.reduce((sum, t) => sum + Buffer.byteLength(t, 'utf8'), 0) };
}

/** Best time (ms) of `RUNS` passes of `fn` over every text. */
function best(fn, texts) {
  let min = Infinity;
  for (let r = 0; r < RUNS; r++) {
    const t0 = performance.now();
    for (const t of texts) fn(t);
    min = Math.min(min, performance.now() - t0);
  }
  return min;
}

const corpusDir = join(root, 'corpus');
const sets = [set('corpus/', readdirSync(corpusDir).filter((f) => /\.(txt|md|html?)$/.test(f) && f !== 'README.md').map((f) => readFileSync(join(corpusDir, f), 'utf8')))];
const real = join(root, '..', 'shared', 'corpus-real', 'articles.jsonl');
if (existsSync(real)) sets.push(set('corpus-real (5,000 articles)', readFileSync(real, 'utf8').trim().split('\n').map((l) => JSON.parse(l).text)));
else console.log('(../shared/corpus-real is absent: real-article figures skipped)');

const nativeScan = (t) => t.match(/\d+(?:[.,]\d+)*/g);
for (const s of sets) {
  console.log(`\n${s.name}: ${s.texts.length} documents, ${(s.bytes / 1e6).toFixed(2)} MB`);
  const ceiling = s.bytes / 1e6 / (best(nativeScan, s.texts) / 1000);
  for (const [label, fn] of [['findNumbers', findNumbers], ['parseArticle', parseArticle], ['extract', extract]]) {
    const mbs = s.bytes / 1e6 / (best(fn, s.texts) / 1000);
    console.log(`  ${label.padEnd(13)} ${mbs.toFixed(1).padStart(7)} MB/s   (native digit regex: ${ceiling.toFixed(0)} MB/s)`);
  }
}
console.log(`\npeak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
