/**
 * The command's arguments, parsed with commander: `solieu [extract] <file|folder|->... [options]`.
 * @module
 */
import { readFileSync } from 'node:fs';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import type { InputFormat } from '../types.js';
import { OUTPUT_FORMATS, type OutputFormat } from './formats.js';
import { INPUT_FORMATS } from '../document/options.js';
import { AUTO_POOL_MIN_BYTES, type WorkersOption } from './workers.js';

/** The optional verb before the inputs. */
const VERB = 'extract';

/** The usage line, shown after a usage error. */
export const USAGE = `Usage: solieu [extract] <file|folder|->... [--format jsonl|json|csv|table] [--input-format auto|text|markdown|html]
                    [--jsonl-field NAME] [--workers N] [--output FILE] [--quiet]
Run 'solieu --help' for details.`;

/** What the command was asked to do. */
export interface CliOptions {
  /** Files, folders and `-` (stdin), as given. */
  inputs: string[];
  /** The output format, when given; otherwise it depends on where the output goes. */
  format: OutputFormat | undefined;
  /** How documents are read. */
  inputFormat: InputFormat;
  /** The JSON Lines field holding the text, when given (stdin is then read as JSON Lines). */
  jsonlField: string | undefined;
  /** Worker threads for extraction (1: in the main thread), or `auto` (see cli/workers). */
  workers: WorkersOption;
  /** The file to write to, or undefined for stdout. */
  output: string | undefined;
  /** No progress bar. */
  quiet: boolean;
}

/** The parsed options, or the exit status to stop with (help shown: 0; bad usage: 2). */
export type ParsedArguments = { options: CliOptions } | { exitCode: number };

/** Where the parser writes help and errors. */
export interface ParserOutput {
  /** Help and version text. */
  writeOut(text: string): void;
  /** Error messages. */
  writeErr(text: string): void;
}

/** The package's version, or '0.0.0' when package.json cannot be read. */
function packageVersion(): string {
  try {
    const json = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version?: unknown };
    return typeof json.version === 'string' ? json.version : '0.0.0';
  } catch {
    return '0.0.0';
  }
}

/** Reads --workers: 'auto' or a whole number of at least 1. */
function workerCount(value: string): WorkersOption {
  if (value.trim() === 'auto') return 'auto';
  const n = Number(value);
  if (!/^\s*\d+\s*$/.test(value) || !Number.isSafeInteger(n) || n < 1) throw new InvalidArgumentError("it must be 'auto' or a whole number of at least 1.");
  return n;
}

/** Reads --jsonl-field: a non-empty name. */
function fieldName(value: string): string {
  if (value === '') throw new InvalidArgumentError('it must not be empty.');
  return value;
}

/** The command definition, writing to `output` and throwing instead of exiting. */
export function createProgram(output: ParserOutput): Command {
  return new Command('solieu')
    .usage('[extract] <file|folder|->... [options]')
    .description(
      'Extracts the facts of Vietnamese news bulletins: files, folders (recursively: .txt .md .markdown .html .htm .jsonl) or - for stdin.\n' +
        'Writes JSON Lines (default when stdout is not a terminal), JSON, CSV (one row per fact) or a table (default on a terminal).\n' +
        'Exit status: 0 all inputs read; 1 some inputs could not be read (each named on stderr); 2 bad usage.',
    )
    .argument('<inputs...>', "files, folders or '-' for stdin (an optional leading 'extract' is the command's verb)")
    .addOption(new Option('--format <format>', 'output format').choices(OUTPUT_FORMATS))
    .addOption(new Option('--input-format <format>', 'how documents are read').choices(INPUT_FORMATS).default('auto'))
    .addOption(new Option('--jsonl-field <name>', "JSON Lines field holding the text (default 'text'); with it, stdin is read as JSON Lines").argParser(fieldName))
    .addOption(
      new Option('--workers <n>', `worker threads for extraction; 'auto': one per core when the files add up to ${AUTO_POOL_MIN_BYTES / 1024 / 1024} MiB or more, else 1`)
        .argParser(workerCount)
        .default('auto'),
    )
    .addOption(new Option('--output <file>', 'write to this file instead of stdout'))
    .addOption(new Option('--quiet', 'no progress bar'))
    .version(packageVersion(), '-V, --version')
    .helpOption('-h, --help', 'show this help')
    .configureOutput({ writeOut: (s) => output.writeOut(s), writeErr: (s) => output.writeErr(s) })
    .showHelpAfterError(USAGE)
    .exitOverride();
}

/** Parses the command's arguments (without `node` and the script). */
export function parseArguments(argv: readonly string[], output: ParserOutput): ParsedArguments {
  const program = createProgram(output);
  try {
    program.parse([...argv], { from: 'user' });
    const inputs = [...((program.processedArgs[0] as string[] | undefined) ?? [])];
    if (inputs[0] === VERB) inputs.shift();
    if (inputs.length === 0) program.error("error: missing required argument 'inputs'", { exitCode: 2, code: 'commander.missingArgument' });
    const opts = program.opts<{ format?: OutputFormat; inputFormat: InputFormat; jsonlField?: string; workers: WorkersOption; output?: string; quiet?: boolean }>();
    return {
      options: {
        inputs,
        format: opts.format,
        inputFormat: opts.inputFormat,
        jsonlField: opts.jsonlField,
        workers: opts.workers,
        output: opts.output,
        quiet: opts.quiet === true,
      },
    };
  } catch (err) {
    if (err instanceof CommanderError) {
      const shownOnPurpose = err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help';
      return { exitCode: shownOnPurpose ? 0 : 2 };
    }
    throw err;
  }
}
