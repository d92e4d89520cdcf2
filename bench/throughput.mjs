// Throughput in MB/s of UTF-8 input over a set of texts, one core: solieu's findNumbers,
// parseArticle and extract beside a bare native-regex numeral scan (the ceiling: no
// Vietnamese at all) and the number model of Microsoft Recognizers-Text (Spanish culture, the
// closest a JavaScript user can pick today for '1.250' and '12,5').
import Recognizers from '@microsoft/recognizers-text-number';
import { createExtractor, findNumbers, parseArticle } from '../dist/index.js';
import { bestTime, mbPerSecond } from './timing.mjs';
import { corpusTexts, utf8Bytes } from './inputs.mjs';

/** A numeral scan with one native regular expression: digits with '.' or ',' groups. */
const NATIVE_NUMERAL = /\d+(?:[.,]\d+)*/g;

/** The Recognizers-Text number model for Spanish, built once (building it per call is much slower). */
const recognizersModel = new Recognizers.NumberRecognizer(Recognizers.Culture.Spanish).getNumberModel();

/** UTF-8 bytes of text each task warms up on before it is timed. */
const WARM_BYTES = 1e6;

/**
 * The competitors, in the order they are printed. A task with `fresh` is given a new function
 * before every measured pass, made outside the pass's time: extract runs on a new extractor each
 * pass, so that what an extractor's caches kept from the previous pass over the same articles
 * (tagged windows, spelled-out names) does not flatter the figure, since an archive's articles
 * are read once. `fresh(primers)` readies the new extractor on the bundled corpus/ bulletins:
 * for the real articles these are other texts; the corpus/ row is therefore a warm-cache figure.
 * What the process shares between extractors stays warm, as in any long run: compiled code, and
 * the private compromise that extractors over the same lexicon share (its code runs several times
 * slower over its first few thousand windows); what one extractor remembers does not carry over.
 */
export const TASKS = [
  { key: 'native', label: 'native regex scan (ceiling)', run: (t) => t.match(NATIVE_NUMERAL) },
  { key: 'findNumbers', label: 'solieu findNumbers', run: (t) => findNumbers(t) },
  { key: 'parseArticle', label: 'solieu parseArticle', run: (t) => parseArticle(t) },
  {
    key: 'extract',
    label: 'solieu extract',
    fresh: (primers) => {
      const extractor = createExtractor();
      for (const t of primers) extractor.extract(t);
      return (t) => extractor.extract(t);
    },
  },
  { key: 'recognizers', label: 'Recognizers-Text number (es)', run: (t) => recognizersModel.parse(t) },
];

/** Runs `run` over every text of the list. */
function over(texts, run) {
  return () => {
    for (const t of texts) run(t);
  };
}

/**
 * What {@link bestTime} times for a task over `texts`: `{ fn, warm, beforeEach }`, where a task
 * with `fresh` gets its function anew before each pass, readied on `primers`.
 */
function passes(task, texts, warmTexts, primers) {
  if (!task.fresh) return { fn: over(texts, task.run), warm: over(warmTexts, task.run) };
  let run;
  return {
    fn: () => over(texts, run)(),
    warm: () => over(warmTexts, task.fresh(primers))(),
    beforeEach: () => (run = task.fresh(primers)),
  };
}

/**
 * MB/s of each task over the set: `{ key: { mbs, passes } }`, best pass of up to `runs`, each task
 * within about `budgetMs`. `onTask` is told each result as it comes.
 */
export function throughput(set, { runs, budgetMs, onTask = () => {} }) {
  const primers = corpusTexts();
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
    const { fn, warm, beforeEach } = passes(task, set.texts, warmTexts, primers);
    const { ms, passes: count } = bestTime(fn, { runs, budgetMs, warm, warmShare, beforeEach });
    results[task.key] = { mbs: mbPerSecond(set.bytes, ms), passes: count };
    onTask(task, results[task.key]);
  }
  return results;
}
