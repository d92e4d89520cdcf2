#!/usr/bin/env node
// One run of the parallel comparison, in a fresh process so that every configuration starts
// cold. The set is read `passes` times in a row; prints one JSON line:
// { firstMs, lastMs, ms, bytes, results, errors }: the time of the first pass (start-up and
// the compiler's warm-up included), of the last pass (warmed up), and of all, counted from after
// the texts are loaded, with the UTF-8 bytes of one pass.
//   node bench/parallel-run.mjs <real|corpus> stream <workers> <passes>      extractStream over
//                                                                           the set, repeated
//   node bench/parallel-run.mjs <real|corpus> share <part> <parts> <passes>  extract over every
//                                                                           parts-th text from
//                                                                           part (no pool)
import { extract, extractStream } from '../dist/index.js';
import { CORPUS_COPIES, corpusTexts, realArticleTexts, utf8Bytes } from './inputs.mjs';

const [setName, mode, ...args] = process.argv.slice(2);
const all = setName === 'real' ? realArticleTexts() : Array.from({ length: CORPUS_COPIES }, () => corpusTexts()).flat();
const report = { results: 0, errors: 0, bytes: 0 };
/** When each pass ended, ms after the start. */
const passEnds = [];
const t0 = performance.now();
if (mode === 'stream') {
  const [workers, passes] = args.map(Number);
  const repeated = Array.from({ length: passes }, () => all).flat();
  let seen = 0;
  for await (const item of extractStream(repeated, { workers })) {
    if ('error' in item) report.errors++;
    else report.results++;
    if (++seen % all.length === 0) passEnds.push(performance.now() - t0);
  }
  report.bytes = all.reduce((sum, t) => sum + utf8Bytes(t), 0);
} else if (mode === 'share') {
  const [part, parts, passes] = args.map(Number);
  for (let pass = 0; pass < passes; pass++) {
    let bytes = 0;
    for (let i = part; i < all.length; i += parts) {
      extract(all[i]);
      report.results++;
      bytes += utf8Bytes(all[i]);
    }
    report.bytes = bytes;
    passEnds.push(performance.now() - t0);
  }
} else {
  console.error('usage: parallel-run.mjs <real|corpus> stream <workers> <passes> | share <part> <parts> <passes>');
  process.exit(2);
}
report.ms = performance.now() - t0;
report.firstMs = passEnds[0];
report.lastMs = passEnds.length > 1 ? passEnds.at(-1) - passEnds.at(-2) : passEnds[0];
console.log(JSON.stringify(report));
