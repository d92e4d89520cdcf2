#!/usr/bin/env node
/**
 * The `solieu` command: runs the command line over the process's arguments and streams, and
 * exits with its status. Never prints a stack trace.
 * @module
 */
import { run } from './run.js';

/** Resolves once everything written to `stream` so far has been handed to the system. */
function flushed(stream: NodeJS.WriteStream): Promise<void> {
  return new Promise((resolve) => {
    if (stream.destroyed || !stream.writable) resolve();
    else stream.write('', () => resolve());
  });
}

/** Runs the command and exits with its status; an unexpected error is one line on stderr and status 1. */
async function main(): Promise<void> {
  // A reader of stderr that went away must not turn a report into a crash.
  process.stderr.on('error', () => undefined);
  let status: number;
  try {
    status = await run(process.argv.slice(2), {
      stdin: process.stdin,
      stdout: process.stdout,
      stderr: process.stderr,
      stdoutIsTerminal: process.stdout.isTTY === true,
      stderrIsTerminal: process.stderr.isTTY === true,
    });
  } catch (err) {
    process.stderr.write(`solieu: internal error: ${err instanceof Error ? err.message : String(err)}\n`);
    status = 1;
  }
  await Promise.all([flushed(process.stdout), flushed(process.stderr)]);
  // Exit now: stdin may still be open when the output's reader went away early.
  process.exit(status);
}

await main();
