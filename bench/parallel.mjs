// The speed-up of extractStream on 2 worker threads over 1 (extraction in the calling thread),
// each in a fresh process reading the same documents PASSES times: the first pass shows a cold
// start (every worker thread compiles the extractor anew, and on a 2-core machine the compiler
// threads compete with the workers), the last pass the speed of a long archive. Beside them, for
// reference, two independent processes extracting half the documents each (no pool, no
// messages): the most two cores of this machine give to extract.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { mbPerSecond } from './timing.mjs';

const script = fileURLToPath(new URL('./parallel-run.mjs', import.meta.url));

/** Passes over the set in each run; the last one is the warmed-up reading. */
export const PASSES = 3;

/** Runs parallel-run.mjs with `args` and resolves with its JSON report. */
function run(args) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(JSON.parse(out.trim().split('\n').pop())) : reject(new Error(`parallel-run.mjs ${args.join(' ')} exited with ${code}`))));
  });
}

/**
 * Over the real articles (`setName` 'real') or corpus/ repeated ('corpus'): rows of
 * `{ label, first: { ms, mbs }, last: { ms, mbs }, results, errors }` and the speed-ups of
 * 2 workers over 1, cold (first pass) and warmed (last pass).
 */
export async function parallelSpeedUp(setName) {
  const passes = String(PASSES);
  const one = await run([setName, 'stream', '1', passes]);
  const two = await run([setName, 'stream', '2', passes]);
  const halves = await Promise.all([run([setName, 'share', '0', '2', passes]), run([setName, 'share', '1', '2', passes])]);
  const split = {
    firstMs: Math.max(...halves.map((h) => h.firstMs)),
    lastMs: Math.max(...halves.map((h) => h.lastMs)),
    bytes: halves.reduce((sum, h) => sum + h.bytes, 0),
    results: halves.reduce((sum, h) => sum + h.results, 0),
    errors: 0,
  };
  const pass = (ms, bytes) => ({ ms, mbs: mbPerSecond(bytes, ms) });
  const row = (label, r) => ({ label, first: pass(r.firstMs, r.bytes), last: pass(r.lastMs, r.bytes), results: r.results, errors: r.errors });
  return {
    rows: [
      row('extractStream, 1 worker (calling thread)', one),
      row('extractStream, 2 worker threads', two),
      row('reference: 2 separate processes, half each, no pool', split),
    ],
    speedUp: { first: one.firstMs / two.firstMs, last: one.lastMs / two.lastMs },
    referenceSpeedUp: { first: one.firstMs / split.firstMs, last: one.lastMs / split.lastMs },
  };
}
