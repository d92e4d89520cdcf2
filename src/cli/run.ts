/**
 * The command line's run: parse the arguments, read every input, extract (on worker threads with
 * --workers), write each document's record, report each bad input on stderr, and give the exit
 * status (0 all inputs read, 1 some failed, 2 bad usage).
 * @module
 */
import type { Readable, Writable } from 'node:stream';
import type { StreamError } from '../stream/index.js';
import type { TextEncodingName } from './decode.js';
import { extractStream } from '../stream/index.js';
import { DEFAULT_MAX_LENGTH } from '../errors.js';
import { parseArguments } from './program.js';
import { planInputs } from './folders.js';
import { readInputs } from './inputs.js';
import { createFormatter } from './formats.js';
import { createProgress } from './progress.js';
import { openOutput, OutputError } from './output.js';
import { describeFsError } from './fs-errors.js';
import { workersFor } from './workers.js';

/** Exit status: every input was read. */
export const EXIT_OK = 0;
/** Exit status: some inputs could not be read (each was reported). */
export const EXIT_SOME_FAILED = 1;
/** Exit status: bad usage. */
export const EXIT_USAGE = 2;

/** The streams the command works with, and whether stdout and stderr are terminals. */
export interface CliStreams {
  /** Standard input. */
  stdin: Readable;
  /** Standard output. */
  stdout: Writable;
  /** Standard error. */
  stderr: Writable;
  /** True when stdout is a terminal (the default format is then a table). */
  stdoutIsTerminal: boolean;
  /** True when stderr is a terminal (a progress bar is then shown). */
  stderrIsTerminal: boolean;
}

/** Settings a caller may change (tests use a small maximum). */
export interface RunSettings {
  /** Largest document in UTF-16 code units (default: the library's). */
  maxLength?: number;
}

/** A document on its way through extractStream, with what the output needs. */
interface CliStreamDocument {
  /** The article. */
  text: string;
  /** Where it came from. */
  source: string;
  /** The encoding it was read in. */
  encoding: TextEncodingName;
  /** A JSON Lines document's other fields. */
  input: Record<string, unknown>;
  /** Bytes of input it took. */
  bytes: number;
  /** Other fields of the stream document. */
  [field: string]: unknown;
}

/** Why extraction gave no result for a document, in a few words. */
function extractionProblem(error: StreamError, length: number, maxLength: number): string {
  if (error.code === 'input-too-large') return `too large (${length} characters; the limit is ${maxLength})`;
  return `extraction failed (${error.code}: ${error.message})`;
}

/** Runs the command with `argv` (without `node` and the script) and returns its exit status. */
export async function run(argv: readonly string[], io: CliStreams, settings: RunSettings = {}): Promise<number> {
  const parsed = parseArguments(argv, { writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) });
  if ('exitCode' in parsed) return parsed.exitCode;
  const options = parsed.options;
  const maxLength = settings.maxLength ?? DEFAULT_MAX_LENGTH;

  let sink;
  try {
    sink = await openOutput(options.output, io.stdout);
  } catch (err) {
    io.stderr.write(`solieu: cannot write ${options.output ?? 'stdout'}: ${describeFsError(err)}\n`);
    return EXIT_USAGE;
  }

  const plan = await planInputs(options.inputs, options.jsonlField !== undefined);
  const sizes = plan.inputs.map((input) => input.size);
  const totalBytes = sizes.every((size) => size !== undefined) ? sizes.reduce<number>((sum, size) => sum + (size ?? 0), 0) : undefined;
  const workers = workersFor(options.workers, totalBytes);
  const progress = createProgress({
    stream: io.stderr,
    // Not when the output goes to the same terminal: the lines written would tear the bar apart.
    enabled: io.stderrIsTerminal && !options.quiet && !(options.output === undefined && io.stdoutIsTerminal),
    totalBytes,
  });
  let failures = 0;
  /** Reports a bad input on stderr. */
  const report = (source: string, reason: string): void => {
    failures++;
    progress.report(`solieu: ${source}: ${reason}`);
  };
  for (const problem of plan.problems) report(problem.source, problem.reason);

  /** The readable documents, each problem reported on the way. */
  async function* documents(): AsyncGenerator<CliStreamDocument> {
    // UTF-8 takes at most 3 bytes per UTF-16 code unit, so more bytes than that cannot fit.
    const maxBytes = maxLength * 3;
    for await (const item of readInputs(plan.inputs, { jsonlField: options.jsonlField ?? 'text', stdin: io.stdin, maxBytes })) {
      if ('problem' in item) {
        report(item.problem.source, item.problem.reason);
        continue;
      }
      progress.documentRead();
      const { text, source, encoding, input, bytes } = item.document;
      yield { text, source, encoding, input, bytes };
    }
  }

  const format = options.format ?? (options.output === undefined && io.stdoutIsTerminal ? 'table' : 'jsonl');
  const formatter = createFormatter(format);
  try {
    await sink.write(formatter.start());
    for await (const item of extractStream(documents(), { workers, format: options.inputFormat, maxLength })) {
      const doc = item.document as CliStreamDocument;
      if ('error' in item) report(doc.source, extractionProblem(item.error, doc.text.length, maxLength));
      else await sink.write(formatter.record({ source: doc.source, encoding: doc.encoding, input: doc.input, article: item.result.article, facts: item.result.facts }));
      progress.documentDone(doc.bytes);
    }
    await sink.write(formatter.end());
    await sink.close();
  } catch (err) {
    if (!(err instanceof OutputError)) throw err;
    progress.stop();
    if (!err.closed) {
      io.stderr.write(`solieu: cannot write ${options.output ?? 'stdout'}: ${err.message}\n`);
      return EXIT_SOME_FAILED;
    }
  } finally {
    progress.stop();
  }
  return failures > 0 ? EXIT_SOME_FAILED : EXIT_OK;
}
