// Timing with tinybench: the best (minimum) pass of up to `runs` passes, fewer when one pass is
// long, so that slow competitors do not make the bench take forever.
import { Bench } from 'tinybench';

/**
 * The best time in ms of `fn()` over up to `runs` passes, within about `budgetMs` in all (at least
 * one measured pass). A warm-up call of `warm()` (a smaller piece of the same work) first lets
 * the JIT settle and estimates how many passes fit. `beforeEach()`, when given, runs before every
 * measured pass, outside its time.
 */
export function bestTime(fn, { runs, budgetMs, warm = fn, warmShare = 1, beforeEach }) {
  const t0 = performance.now();
  warm();
  const estimate = (performance.now() - t0) / warmShare;
  const iterations = Math.max(1, Math.min(runs, Math.floor(budgetMs / Math.max(estimate, 1))));
  const bench = new Bench({ iterations, time: 0, warmup: false, throws: true });
  bench.add('pass', fn, beforeEach ? { beforeEach } : {});
  bench.runSync();
  const result = bench.tasks[0].result;
  return { ms: result.latency.min, passes: iterations };
}

/** MB/s for `bytes` processed in `ms`. */
export const mbPerSecond = (bytes, ms) => bytes / 1e6 / (ms / 1000);

/** Wall time in ms of an async function, once. */
export async function wallTime(fn) {
  const t0 = performance.now();
  const value = await fn();
  return { ms: performance.now() - t0, value };
}
