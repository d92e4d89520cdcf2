#!/usr/bin/env node
// One run of the parallel comparison, in a fresh process so that every configuration starts
// cold. Prints one JSON line: { ms, results, errors, bytes }, the time counted from after the
// texts are loaded to the last result (worker start-up included).
//   node bench/parallel-run.mjs <real|corpus> stream <workers>     extractStream over the set
//   node bench/parallel-run.mjs <real|corpus> share <part> <parts> extract over every parts-th
//                                                                  text from part (no pool)
import { extract, extractStream } from '../dist/index.js';
import { CORPUS_COPIES, corpusTexts, realArticleTexts, utf8Bytes } from './inputs.mjs';

const [setName, mode, a, b] = process.argv.slice(2);
const all = setName === 'real' ? realArticleTexts() : Array.from({ length: CORPUS_COPIES }, () => corpusTexts()).flat();
const report = { results: 0, errors: 0, bytes: 0 };
const t0 = performance.now();
if (mode === 'stream') {
  for await (const item of extractStream(all, { workers: Number(a) })) {
    if ('error' in item) report.errors++;
    else report.results++;
  }
  report.bytes = all.reduce((sum, t) => sum + utf8Bytes(t), 0);
} else if (mode === 'share') {
  const [part, parts] = [Number(a), Number(b)];
  for (let i = part; i < all.length; i += parts) {
    extract(all[i]);
    report.results++;
    report.bytes += utf8Bytes(all[i]);
  }
} else {
  console.error('usage: parallel-run.mjs <real|corpus> stream <workers> | share <part> <parts>');
  process.exit(2);
}
report.ms = performance.now() - t0;
console.log(JSON.stringify(report));
