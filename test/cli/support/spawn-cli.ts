/** Runs the built command (`node dist/cli/main.js`) as a child process. */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The built command. */
export const CLI_PATH = fileURLToPath(new URL('../../../dist/cli/main.js', import.meta.url));

/** The built library, for comparing the command's records with extract. */
export const DIST_INDEX = new URL('../../../dist/index.js', import.meta.url);

/** True once `npm run build` has made the command (CI builds before it tests). */
export const built = existsSync(CLI_PATH) && existsSync(fileURLToPath(DIST_INDEX));

/** What a run of the command gave. */
export interface Spawned {
  /** Exit status. */
  status: number | null;
  /** stdout as text. */
  stdout: string;
  /** stderr as text. */
  stderr: string;
}

/** Runs the command with `args`, feeding `stdin` when given. */
export function runCli(args: string[], stdin?: string | Uint8Array, cwd?: string): Promise<Spawned> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI_PATH, ...args], { cwd, stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => out.push(c));
    child.stderr.on('data', (c: Buffer) => err.push(c));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }));
    child.stdin.on('error', () => undefined);
    child.stdin.end(stdin);
  });
}
