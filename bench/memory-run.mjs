#!/usr/bin/env node
// One memory run, in a process of its own so that its peak RSS is its own. Prints one JSON line
// (an archive run includes `trace`: [MB read, RSS MB, main-thread heap MB] at every tenth of the way).
//   node bench/memory-run.mjs archive <MB> <workers>   a synthetic archive of <MB> MB of corpus
//                                                      texts, generated on the fly, through
//                                                      extractStream
//   node bench/memory-run.mjs document <MB>            one plain-text document of <MB> MB
//                                                      through extract
import { extract, extractStream } from '../dist/index.js';
import { largeDocument, syntheticArchive, utf8Bytes } from './inputs.mjs';

const [mode, sizeArg, workersArg] = process.argv.slice(2);
const bytes = Number(sizeArg) * 1e6;
let peakRss = process.memoryUsage.rss();
const sample = () => (peakRss = Math.max(peakRss, process.memoryUsage.rss()));
const sampler = setInterval(sample, 100);

const t0 = performance.now();
const report = { mode };
if (mode === 'archive') {
  const workers = Number(workersArg ?? 2);
  let documents = 0;
  let facts = 0;
  let errors = 0;
  let read = 0;
  const trace = [];
  let nextTrace = 0;
  for await (const item of extractStream(syntheticArchive(bytes), { workers })) {
    documents++;
    read += utf8Bytes(item.document.text);
    if ('error' in item) errors++;
    else facts += item.result.facts.length;
    if (documents % 500 === 0) sample();
    if (read >= nextTrace) {
      trace.push([Math.round(read / 1e6), Math.round(process.memoryUsage.rss() / 2 ** 20), Math.round(process.memoryUsage().heapTotal / 2 ** 20)]);
      nextTrace += bytes / 10;
    }
  }
  Object.assign(report, { workers, documents, facts, errors, bytes: read, trace });
} else if (mode === 'document') {
  const text = largeDocument(bytes);
  sample();
  const extraction = extract(text);
  sample();
  Object.assign(report, { bytes: utf8Bytes(text), characters: text.length, facts: extraction.facts.length, sentences: extraction.article.sentences.length });
} else {
  console.error('usage: memory-run.mjs archive <MB> <workers> | document <MB>');
  process.exit(2);
}
clearInterval(sampler);
sample();
report.seconds = (performance.now() - t0) / 1000;
report.peakRssMB = peakRss / 2 ** 20;
report.maxRssMB = process.resourceUsage().maxRSS / 1024;
console.log(JSON.stringify(report));
