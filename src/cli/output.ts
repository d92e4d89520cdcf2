/**
 * Where the output goes: stdout or a file, written with backpressure; a closed pipe (the reader
 * went away, as `| head` does) stops the run quietly.
 * @module
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Writable } from 'node:stream';

/** The output stream failed; `closed` when its reader went away (EPIPE). */
export class OutputError extends Error {
  /** True when the reader closed the pipe: not worth a message. */
  readonly closed: boolean;

  /** Wraps the stream's error. */
  constructor(cause: unknown) {
    const code = (cause as { code?: unknown } | null)?.code;
    super(cause instanceof Error ? cause.message : String(cause));
    this.name = 'OutputError';
    this.closed = code === 'EPIPE' || code === 'ERR_STREAM_DESTROYED';
  }
}

/** Text written in order, waiting when the stream is full. */
export interface OutputSink {
  /** Writes `text` (nothing for ''); rejects with an OutputError once the stream has failed. */
  write(text: string): Promise<void>;
  /** Waits until everything is written; ends the stream when it is a file. */
  close(): Promise<void>;
}

/** Resolves when `stream` drains, closes or fails (its listeners removed, so none pile up). */
function drained(stream: Writable): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      stream.off('drain', done);
      stream.off('close', done);
      stream.off('error', done);
      resolve();
    };
    stream.on('drain', done);
    stream.on('close', done);
    stream.on('error', done);
  });
}

/** A sink over `stream`; `owned` streams (files) are ended on close. */
function sinkOver(stream: Writable, owned: boolean): OutputSink {
  let failure: OutputError | undefined;
  const onError = (err: unknown): void => {
    failure ??= new OutputError(err);
  };
  // Kept for the life of the process: a late EPIPE on stdout must not become an uncaught error.
  stream.on('error', onError);
  /** Resolves when `text` has been handed to the system, or rejects with the stream's failure. */
  const flush = (text: string): Promise<void> =>
    new Promise((resolve, reject) => {
      stream.write(text, (err) => (err ? reject(new OutputError(err)) : resolve()));
    });
  return {
    async write(text) {
      if (failure) throw failure;
      if (text === '') return;
      if (!stream.write(text)) await drained(stream);
      if (failure) throw failure;
    },
    async close() {
      try {
        if (!failure) await flush('');
        if (owned) {
          stream.end();
          await once(stream, 'close');
        }
      } catch (err) {
        failure ??= err instanceof OutputError ? err : new OutputError(err);
      }
      if (failure) throw failure;
    },
  };
}

/** The output: `path` opened for writing (rejects when it cannot be), or `stdout`. */
export async function openOutput(path: string | undefined, stdout: Writable): Promise<OutputSink> {
  if (path === undefined) return sinkOver(stdout, false);
  const file = createWriteStream(path);
  await once(file, 'open');
  return sinkOver(file, true);
}
