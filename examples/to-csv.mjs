#!/usr/bin/env node
// An archive of bulletins to one CSV for a spreadsheet: one row per fact, with the header and the
// cells of `solieu --format csv` (the command line's own CSV writer, from dist/cli/csv.js).
// Usage: npm run example:to-csv -- [folder|archive.jsonl] [out.csv]
//   The archive defaults to corpus/; the CSV goes to stdout, or to out.csv with a byte-order mark
//   so that spreadsheet programs read it as UTF-8.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractStream } from '../dist/index.js';
import { archiveDocuments } from './lib/archive.mjs';
import { csvHeader, csvRows } from '../dist/cli/csv.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const [archive = relative(process.cwd(), join(root, 'corpus')) || '.', outPath] = process.argv.slice(2);
const out = outPath ? createWriteStream(outPath) : process.stdout;

/** Writes `text`, waiting while the output is full. */
async function write(text) {
  if (text !== '' && !out.write(text)) await once(out, 'drain');
}

/** One line on stderr for an input that could not be read. */
let failed = 0;
function report(source, reason) {
  failed++;
  console.error(`${source}: ${reason}`);
}

/** The documents of the archive (files, or the lines of a .jsonl archive), with their source. */
const documents = () => archiveDocuments(archive, report);

let documentCount = 0;
let factCount = 0;
if (outPath) await write('\uFEFF');
await write(csvHeader());
for await (const item of extractStream(documents())) {
  if ('error' in item) {
    report(item.document.source, item.error.message);
    continue;
  }
  documentCount++;
  factCount += item.result.facts.length;
  await write(csvRows({ source: item.document.source, facts: item.result.facts }));
}
if (outPath) {
  out.end();
  await once(out, 'close');
}
console.error(`${documentCount} documents, ${factCount} facts${outPath ? ` → ${outPath}` : ''}${failed ? `; ${failed} inputs could not be read` : ''}.`);
process.exitCode = failed > 0 ? 1 : 0;
