/**
 * Binary search over ascending offsets (word starts, clause boundaries).
 * @module
 */

/** First position of `sorted` (ascending, searched from `from`) holding a value ≥ `value`; its length when none does. */
export function lowerBound(sorted: readonly number[], value: number, from = 0): number {
  let lo = from;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as number) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
