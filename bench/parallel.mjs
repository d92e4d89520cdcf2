// The speed-up of extractStream on 2 worker threads over 1 (extraction in the calling thread),
// each in a fresh process on the same documents, one pass each; beside it, for reference, two
// independent processes extracting half the documents each (no pool, no messages): the most
// two cores of this machine give to extract.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { mbPerSecond } from './timing.mjs';

const script = fileURLToPath(new URL('./parallel-run.mjs', import.meta.url));

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
 * `{ label, ms, mbs, results, errors }` and the speed-up of 2 workers over 1.
 */
export async function parallelSpeedUp(setName) {
  const one = await run([setName, 'stream', '1']);
  const two = await run([setName, 'stream', '2']);
  const halves = await Promise.all([run([setName, 'share', '0', '2']), run([setName, 'share', '1', '2'])]);
  const split = {
    ms: Math.max(...halves.map((h) => h.ms)),
    bytes: halves.reduce((sum, h) => sum + h.bytes, 0),
    results: halves.reduce((sum, h) => sum + h.results, 0),
    errors: 0,
  };
  const row = (label, r) => ({ label, ms: r.ms, mbs: mbPerSecond(r.bytes, r.ms), results: r.results, errors: r.errors });
  return {
    rows: [
      row('extractStream, 1 worker (calling thread)', one),
      row('extractStream, 2 worker threads', two),
      row('reference: 2 separate processes, half each, no pool', split),
    ],
    speedUp: one.ms / two.ms,
    referenceSpeedUp: one.ms / split.ms,
  };
}
