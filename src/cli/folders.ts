/**
 * The command's arguments to the list of inputs to read: files as given, folders walked
 * recursively (their bulletins and JSON Lines archives, in sorted order), `-` for stdin.
 * @module
 */
import { readdir, realpath, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { InputProblem } from './input-items.js';
import { describeFsError } from './fs-errors.js';

/** Extensions of the bulletins read from a folder. */
export const DOCUMENT_EXTENSIONS: readonly string[] = ['.txt', '.md', '.markdown', '.html', '.htm'];

/** Extensions of JSON Lines archives (one document per line). */
export const JSON_LINES_EXTENSIONS: readonly string[] = ['.jsonl'];

/** One input to read: a file (a bulletin or a JSON Lines archive) or stdin. */
export interface PlannedInput {
  /** `document`: the whole file is one document; `jsonl`: one document per line. */
  kind: 'document' | 'jsonl';
  /** The path, or undefined for stdin. */
  path: string | undefined;
  /** Its size in bytes, when known (not for stdin). */
  size: number | undefined;
}

/** The inputs found and the arguments that could not be read. */
export interface InputPlan {
  /** What to read, in order. */
  inputs: PlannedInput[];
  /** Paths that are missing or unreadable. */
  problems: InputProblem[];
}

/** True when `path` ends in one of `extensions` (any case). */
function hasExtension(path: string, extensions: readonly string[]): boolean {
  return extensions.includes(extname(path).toLowerCase());
}

/** True when a file found in a folder is read: a bulletin or a JSON Lines archive. */
function isReadable(path: string): boolean {
  return hasExtension(path, DOCUMENT_EXTENSIONS) || hasExtension(path, JSON_LINES_EXTENSIONS);
}

/** The kind of input a file is, by its extension. */
function kindOf(path: string): PlannedInput['kind'] {
  return hasExtension(path, JSON_LINES_EXTENSIONS) ? 'jsonl' : 'document';
}

/** Compares strings by code unit, so the order is the same in every locale. */
function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Lists the inputs the arguments name. A file is read whatever its extension; a folder gives its
 * bulletins and `.jsonl` archives, walked depth first with each folder's entries sorted; `-` is
 * stdin, read as JSON Lines when `stdinAsJsonLines` is set.
 */
export async function planInputs(args: readonly string[], stdinAsJsonLines: boolean): Promise<InputPlan> {
  const plan: InputPlan = { inputs: [], problems: [] };
  for (const arg of args) {
    if (arg === '-') {
      plan.inputs.push({ kind: stdinAsJsonLines ? 'jsonl' : 'document', path: undefined, size: undefined });
      continue;
    }
    let info;
    try {
      info = await stat(arg);
    } catch (err) {
      plan.problems.push({ source: arg, reason: describeFsError(err) });
      continue;
    }
    if (info.isDirectory()) await walk(arg, plan, new Set());
    else plan.inputs.push({ kind: kindOf(arg), path: arg, size: info.isFile() ? info.size : undefined });
  }
  return plan;
}

/** Adds the readable files under `dir` to the plan; `seen` holds the real paths of the folders on the way, against link loops. */
async function walk(dir: string, plan: InputPlan, seen: Set<string>): Promise<void> {
  let entries;
  let real;
  try {
    real = await realpath(dir);
    entries = await readdir(dir, { withFileTypes: true });
  } catch (err) {
    plan.problems.push({ source: dir, reason: describeFsError(err) });
    return;
  }
  if (seen.has(real)) return;
  const inside = new Set(seen).add(real);
  for (const entry of entries.sort((a, b) => byCodeUnit(a.name, b.name))) {
    const path = join(dir, entry.name);
    let isDirectory = entry.isDirectory();
    let isFile = entry.isFile();
    let size: number | undefined;
    if (entry.isSymbolicLink() || isFile) {
      try {
        const info = await stat(path);
        isDirectory = info.isDirectory();
        isFile = info.isFile();
        size = info.size;
      } catch (err) {
        // A broken link is worth a word only when it names something that would have been read.
        if (isReadable(path)) plan.problems.push({ source: path, reason: describeFsError(err) });
        continue;
      }
    }
    if (isDirectory) await walk(path, plan, inside);
    else if (isFile && isReadable(path)) plan.inputs.push({ kind: kindOf(path), path, size });
  }
}
