/** Runs the command line in this process over in-memory streams. */
import { PassThrough, Readable } from 'node:stream';
import { run, type RunSettings } from '../../../src/cli/run.js';

/** What a run gave. */
export interface RunOutcome {
  /** The exit status. */
  status: number;
  /** Everything written to stdout. */
  stdout: string;
  /** Everything written to stderr. */
  stderr: string;
}

/** How the streams look. */
export interface FakeTerminal {
  /** Bytes on stdin. */
  stdin?: string | Uint8Array;
  /** stdout is a terminal. */
  stdoutIsTerminal?: boolean;
  /** stderr is a terminal (the stream then says isTTY, as cli-progress checks). */
  stderrIsTerminal?: boolean;
}

/** A stream that collects what is written to it. */
function collector(isTTY: boolean): { stream: PassThrough; text: () => string } {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  if (isTTY) Object.assign(stream, { isTTY: true, columns: 120, cursorTo: () => true, clearLine: () => true, moveCursor: () => true });
  return { stream, text: () => Buffer.concat(chunks).toString('utf8') };
}

/** Runs `argv` with the given streams and settings. */
export async function runInProcess(argv: string[], terminal: FakeTerminal = {}, settings: RunSettings = {}): Promise<RunOutcome> {
  const stdout = collector(false);
  const stderr = collector(terminal.stderrIsTerminal === true);
  const input = terminal.stdin === undefined ? [] : [typeof terminal.stdin === 'string' ? Buffer.from(terminal.stdin) : Buffer.from(terminal.stdin)];
  const status = await run(
    argv,
    {
      stdin: Readable.from(input),
      stdout: stdout.stream,
      stderr: stderr.stream,
      stdoutIsTerminal: terminal.stdoutIsTerminal === true,
      stderrIsTerminal: terminal.stderrIsTerminal === true,
    },
    settings,
  );
  await new Promise((resolve) => setImmediate(resolve));
  return { status, stdout: stdout.text(), stderr: stderr.text() };
}
