/**
 * The linear-time check of the test suite: 2× the input takes at most 2.8× the time, best of
 * three runs. A loaded machine can stall one measurement, so a ratio above the bound is measured
 * again (up to five times) before it counts. Calls too fast to time well are repeated so that
 * the 1× measurement lasts at least {@link MIN_MS}.
 */

/** The bound on time(2n) / time(n). */
export const LINEAR_BOUND = 2.8;

/** Shortest 1× measurement, in milliseconds: faster calls are repeated in a loop. */
const MIN_MS = 20;

/** Best of `runs` wall-clock timings of `fn`, in milliseconds. */
export function bestTime(fn: () => unknown, runs = 3): number {
  let best = Infinity;
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    fn();
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

/** A measured ratio with the timings behind it, for a failure message. */
export interface TimeRatio {
  /** time(two) / time(one), the lowest of the attempts. */
  ratio: number;
  /** Best time of one call on the 1× input, in milliseconds. */
  oneMs: number;
  /** Best time of one call on the 2× input, in milliseconds. */
  twoMs: number;
  /** How many times the pair was measured. */
  attempts: number;
}

/**
 * time(fn(two)) / time(fn(one)), best of 3 runs each, measured again up to `attempts` times while
 * above `bound`. `fn` runs twice on both inputs first to warm up (the compiler and the heap), then on
 * `one` to size the repetitions.
 */
export function timeRatio(fn: (input: string) => unknown, one: string, two: string, attempts = 5, bound = LINEAR_BOUND): TimeRatio {
  // warm up twice on each size, so that the compiler's tiers settle before anything is timed
  for (let w = 0; w < 2; w++) {
    fn(one);
    fn(two);
  }
  // repeat fast calls until the 1× loop lasts MIN_MS, so that timer noise does not decide
  let reps = 1;
  const loop = (input: string) => () => {
    for (let i = 0; i < reps; i++) fn(input);
  };
  while (reps < 1 << 16 && bestTime(loop(one), 1) < MIN_MS) reps *= 2;
  let best = { ratio: Infinity, oneMs: NaN, twoMs: NaN };
  let attempt = 0;
  while (attempt < attempts && best.ratio > bound) {
    attempt++;
    const t1 = bestTime(loop(one));
    const t2 = bestTime(loop(two));
    const ratio = t2 / Math.max(t1, 0.01);
    if (ratio < best.ratio) best = { ratio, oneMs: t1 / reps, twoMs: t2 / reps };
  }
  return { ...best, attempts: attempt };
}

/** A readable line for a failed check: 'ratio 3.41 (12.0 ms → 40.9 ms, 3 attempts)'. */
export function describeRatio(r: TimeRatio): string {
  return `ratio ${r.ratio.toFixed(2)} (${r.oneMs.toFixed(1)} ms → ${r.twoMs.toFixed(1)} ms, ${r.attempts} attempts)`;
}
