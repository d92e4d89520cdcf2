// Linear time: for each adversarial input family, the time of an input twice as long, divided
// by the time of the shorter one (200,000 and 400,000 characters). Linear code gives about 2;
// the target is at most 2.2, the best of several interleaved runs.
import { extract, findNumbers, parseArticle } from '../dist/index.js';
import { corpusParagraphs } from './inputs.mjs';

/** `unit` repeated to exactly `length` characters. */
const fill = (unit, length) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);

/** The corpus's body paragraphs on one line, no line breaks at all. */
const oneLine = () => corpusParagraphs().join(' ') + ' ';

/** `<div>` nested as deep as fits in `length` characters around one paragraph, padded to the length. */
function nestedHtml(length) {
  const inner = '<p>Có 12 xã</p>';
  const depth = Math.floor((length - inner.length) / 11);
  const html = '<div>'.repeat(depth) + inner + '</div>'.repeat(depth);
  return html + ' '.repeat(length - html.length);
}

/** The families, each a function from a length in characters to an input of that length. */
export const FAMILIES = [
  { name: "'1.' repeated", make: (n) => fill('1.', n) },
  { name: 'one long digit run', make: (n) => fill('1234567890', n) },
  { name: "'1,1 ' repeated", make: (n) => fill('1,1 ', n) },
  { name: "'(' × n/2 then ')' × n/2", make: (n) => '('.repeat(n / 2) + ')'.repeat(n / 2) },
  { name: "'hai mươi ' repeated", make: (n) => fill('hai mươi ', n) },
  { name: "'từ 1 ' repeated, one 'xuống còn'", make: (n) => fill('từ 1 ', n - 14) + 'xuống còn 5 xã' },
  { name: "'1. ' list lines", make: (n) => fill('1. Có 5 xã\n', n) },
  { name: 'one line of real sentences', make: (n) => fill(oneLine(), n) },
  { name: 'nested HTML', make: (n) => nestedHtml(n) },
];

/** The functions checked. */
export const FUNCTIONS = [
  ['findNumbers', findNumbers],
  ['parseArticle', parseArticle],
  ['extract', extract],
];

/** Mean time in ms of `repeats` calls of `fn(input)`. */
function timeOf(fn, input, repeats) {
  const t0 = performance.now();
  for (let i = 0; i < repeats; i++) fn(input);
  return (performance.now() - t0) / repeats;
}

/**
 * How long one timed run of the smaller input lasts at least, in ms (calls repeated until it
 * does; the larger input's run makes as many calls). A call allocates in proportion to its input,
 * and the collector's young generation is emptied every few megabytes: with runs of 20 ms the
 * smaller input's run (one or two calls) fell between two collections now and then and the
 * larger's never did, so the best of five compared the smaller without the collector's work
 * with the larger with it (parseArticle on '1. ' list lines read 1.95–2.51 over six trials, and
 * 2.01–2.14 with runs of 200 ms).
 */
const RUN_MS = 200;

/**
 * The 2×-input time ratio of `fn` on one family. The input grows from `small / 8` by doubling,
 * one pass per size, and stops as soon as a pass takes longer than `capMs`: a super-linear
 * function then reports the ratio it showed where it stopped, instead of running for minutes.
 * Otherwise the ratio at `small` → `2 × small` is the best of `runs` runs taken in turn (small,
 * large, small, large …, each repeated until the smaller's lasts {@link RUN_MS}) so both sizes
 * see the same load.
 */
function ratioOf(fn, family, { small, runs, capMs }) {
  let previous;
  for (let n = small / 8; n <= 2 * small; n *= 2) {
    const ms = timeOf(fn, family.make(n), 1);
    if (ms > capMs) return { ratio: previous ? ms / previous.ms : Infinity, stoppedAt: { chars: n, ms } };
    previous = { n, ms };
  }
  const a = family.make(small);
  const b = family.make(2 * small);
  const repeats = Math.max(1, Math.ceil(RUN_MS / Math.max(timeOf(fn, a, 1), 0.01)));
  let bestA = Infinity;
  let bestB = Infinity;
  for (let r = 0; r < runs; r++) {
    bestA = Math.min(bestA, timeOf(fn, a, repeats));
    bestB = Math.min(bestB, timeOf(fn, b, repeats));
  }
  return { ratio: bestB / bestA, ms: [bestA, bestB] };
}

/**
 * Calls each function on each family at `length` characters, a few times, before anything is
 * timed. After a quiet spell (the parallel section waits a minute on its child processes) V8
 * shrinks the young generation, and it grows back during the first family timed: without this,
 * findNumbers on the first family read 2.33–2.45 after the parallel section in every full run,
 * and 2.0 with the section left out.
 */
function warmUp(length) {
  for (let round = 0; round < 3; round++) {
    for (const family of FAMILIES) {
      const input = family.make(length);
      for (const [, fn] of FUNCTIONS) fn(input);
    }
  }
}

/**
 * For each family and function, the 2×-input time ratio (see ratioOf): rows of
 * `{ family, results: { findNumbers: { ratio, ms? , stoppedAt? }, … } }`.
 */
export function linearTime({ small = 200_000, runs = 5, capMs = 4000, onRow = () => {} } = {}) {
  warmUp(small / 8);
  const rows = [];
  for (const family of FAMILIES) {
    const row = { family: family.name, results: {} };
    for (const [name, fn] of FUNCTIONS) row.results[name] = ratioOf(fn, family, { small, runs, capMs });
    rows.push(row);
    onRow(row);
  }
  return rows;
}
