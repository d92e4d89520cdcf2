// Throughput in MB/s of UTF-8 input over a set of texts, one core: solieu's findNumbers,
// parseArticle and extract beside a bare native-regex numeral scan (the ceiling: no
// Vietnamese at all) and the number model of Microsoft Recognizers-Text (Spanish culture, the
// closest a JavaScript user can pick today for '1.250' and '12,5').
import Recognizers from '@microsoft/recognizers-text-number';
import { extract, findNumbers, parseArticle } from '../dist/index.js';
import { bestTime, mbPerSecond } from './timing.mjs';
import { utf8Bytes } from './inputs.mjs';

/** A numeral scan with one native regular expression: digits with '.' or ',' groups. */
const NATIVE_NUMERAL = /\d+(?:[.,]\d+)*/g;

/** The Recognizers-Text number model for Spanish, built once (building it per call is much slower). */
const recognizersModel = new Recognizers.NumberRecognizer(Recognizers.Culture.Spanish).getNumberModel();

/** UTF-8 bytes of text each task warms up on before it is timed. */
const WARM_BYTES = 1e6;

/** The competitors, in the order they are printed. */
export const TASKS = [
  { key: 'native', label: 'native regex scan (ceiling)', run: (t) => t.match(NATIVE_NUMERAL) },
  { key: 'findNumbers', label: 'solieu findNumbers', run: (t) => findNumbers(t) },
  { key: 'parseArticle', label: 'solieu parseArticle', run: (t) => parseArticle(t) },
  { key: 'extract', label: 'solieu extract', run: (t) => extract(t) },
  { key: 'recognizers', label: 'Recognizers-Text number (es)', run: (t) => recognizersModel.parse(t) },
];

/** Runs `run` over every text of the list. */
function over(texts, run) {
  return () => {
    for (const t of texts) run(t);
  };
}

/**
 * MB/s of each task over the set: `{ key: { mbs, passes } }`, best pass of up to `runs`, each task
 * within about `budgetMs`. `onTask` is told each result as it comes.
 */
export function throughput(set, { runs, budgetMs, onTask = () => {} }) {
  // Warm up on the first megabyte or so of the set, going round a small set as often as it takes:
  // one pass over a set of a few documents leaves the JIT cold and the figures far too low.
  const warmTexts = [];
  for (let i = 0, bytes = 0; bytes < WARM_BYTES && set.bytes > 0; i = (i + 1) % set.texts.length) {
    warmTexts.push(set.texts[i]);
    bytes += utf8Bytes(set.texts[i]);
  }
  const warmShare = warmTexts.reduce((sum, t) => sum + utf8Bytes(t), 0) / set.bytes;
  const results = {};
  for (const task of TASKS) {
    const { ms, passes } = bestTime(over(set.texts, task.run), { runs, budgetMs, warm: over(warmTexts, task.run), warmShare });
    results[task.key] = { mbs: mbPerSecond(set.bytes, ms), passes };
    onTask(task, results[task.key]);
  }
  return results;
}
