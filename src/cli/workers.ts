/**
 * How many worker threads the command extracts on: the number asked for, or with `auto` (the
 * default) one per core for an archive large enough to repay the pool's start-up, else the
 * calling thread alone.
 * @module
 */
import { availableParallelism } from 'node:os';

/** What `--workers` says: a number of threads, or `auto`. */
export type WorkersOption = number | 'auto';

/**
 * Least input, in bytes, on which `auto` starts a pool: 64 MiB, about 22,000 news articles. Each
 * worker thread compiles and warms up the extractor anew, and on 2 cores its compiler competes with
 * the workers: over the 5,000 real articles of the bench (14.5 MB) a pool of 2 takes 4.8–5.5 s on
 * its first pass against 3.7–4.0 s for the calling thread, and 1.9 s against 2.3–2.4 s on each
 * later pass, so it overtakes the calling thread after about 20,000 articles.
 */
export const AUTO_POOL_MIN_BYTES = 64 * 1024 * 1024;

/**
 * The worker threads to extract on: `option` when it is a number; for `auto`, one per core
 * (`cores`, by default what the machine offers) when `totalBytes` of input are known and at
 * least {@link AUTO_POOL_MIN_BYTES}, else 1 (the calling thread; stdin's size is not known).
 */
export function workersFor(option: WorkersOption, totalBytes: number | undefined, cores = availableParallelism()): number {
  if (option !== 'auto') return option;
  return totalBytes !== undefined && totalBytes >= AUTO_POOL_MIN_BYTES ? Math.max(1, cores) : 1;
}
