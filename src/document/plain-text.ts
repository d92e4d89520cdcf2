/**
 * The plain-text reader: lines with exact offsets. Each non-empty line is a block, unless the
 * text is hard-wrapped (blank lines between paragraphs, lines broken mid-sentence), in which case
 * each run of non-empty lines is one block whose line breaks are kept.
 * @module
 */
import { collapseSpaces, isSpace, sliceViewOf } from '../text/text-view.js';
import type { Candidate, ReadResult } from './blocks.js';

/** Characters a line may end with when it ends a sentence or clause: . ! ? … : ; " ' ” ’ » ) ] */
const LINE_STOPS: ReadonlySet<number> = new Set([...'.!?…:;"\'”’»)]'].map((c) => c.charCodeAt(0)));

/** A lower-case letter or a digit where a line starts (sticky: tested at `lastIndex`), going on from the line before. */
const LOWER_START = /[\p{Ll}\p{Nd}]/uy;

/**
 * The lines of `input`, split at LF, CR LF and lone CR and trimmed of surrounding spaces (and
 * zero-width spaces), as bounds: line `k` is `[bounds[2k], bounds[2k + 1])`, empty for a blank
 * line. One pass: the next LF and the next CR are each found with `indexOf`, and looked for again
 * only once passed.
 */
export function lineBounds(input: string): Int32Array {
  const n = input.length;
  let bounds = new Int32Array(64);
  let count = 0;
  let at = 0;
  let nextLf = -2;
  let nextCr = -2;
  while (at <= n) {
    if (nextLf !== -1 && nextLf < at) nextLf = input.indexOf('\n', at);
    if (nextCr !== -1 && nextCr < at) nextCr = input.indexOf('\r', at);
    let end = nextLf >= 0 ? nextLf : n;
    if (nextCr >= 0 && nextCr < end) end = nextCr;
    let s = at;
    let e = end;
    while (s < e && isLineSpace(input.charCodeAt(s))) s++;
    while (e > s && isLineSpace(input.charCodeAt(e - 1))) e--;
    if (count + 2 > bounds.length) {
      const bigger = new Int32Array(2 * bounds.length);
      bigger.set(bounds);
      bounds = bigger;
    }
    bounds[count++] = s;
    bounds[count++] = e;
    if (end >= n) break;
    at = input.charCodeAt(end) === 13 && input.charCodeAt(end + 1) === 10 ? end + 2 : end + 1;
  }
  return bounds.subarray(0, count);
}

/** True for a character trimmed from the ends of a line: whitespace or a zero-width space. */
function isLineSpace(code: number): boolean {
  return isSpace(code) || code === 0x200b;
}

/**
 * True when the text is hard-wrapped: among lines followed by another non-empty line (past the
 * first block, which holds title and lead), at least three, averaging 30 characters or more; fewer
 * than 30% of them end a sentence or clause, and at least 40% of the lines after them go on in
 * lower case (a sentence running across the break). `lines` are the {@link lineBounds}.
 */
function isHardWrapped(input: string, lines: Int32Array): boolean {
  let firstBlockDone = false;
  let internal = 0;
  let stopped = 0;
  let continued = 0;
  let length = 0;
  for (let i = 0; i + 3 < lines.length; i += 2) {
    const start = lines[i] as number;
    const end = lines[i + 1] as number;
    const nextStart = lines[i + 2] as number;
    if (end === start) {
      firstBlockDone = true;
      continue;
    }
    if (!firstBlockDone || lines[i + 3] === nextStart) continue;
    internal++;
    length += end - start;
    if (LINE_STOPS.has(input.charCodeAt(end - 1))) stopped++;
    LOWER_START.lastIndex = nextStart;
    if (LOWER_START.test(input)) continued++;
  }
  return internal >= 3 && length / internal >= 30 && stopped / internal < 0.3 && continued / internal >= 0.4;
}

/** Reads plain text into blocks: lines, or blank-line paragraphs when the text is hard-wrapped. */
export function readPlainText(input: string): ReadResult {
  const lines = lineBounds(input);
  if (!isHardWrapped(input, lines)) return readLineBlocks(input, lines);
  const candidates: Candidate[] = [];
  let i = 0;
  while (i < lines.length) {
    if (lines[i + 1] === lines[i]) {
      i += 2;
      continue;
    }
    const start = lines[i] as number;
    let end = start;
    while (i < lines.length && (lines[i + 1] as number) > (lines[i] as number)) {
      end = lines[i + 1] as number;
      i += 2;
    }
    candidates.push(block(input, start, end));
  }
  return { candidates, dropped: [] };
}

/**
 * A paragraph block over the original range `[start, end)`, spaces collapsed, line breaks kept.
 * It counts no characters (`textChars`): plain text has no links, whose share is what they tell.
 */
function block(input: string, start: number, end: number): Candidate {
  return { kind: 'paragraph', view: collapseSpaces(sliceViewOf(input, start, end), 'newlines'), lines: true };
}

/** One block per non-empty line of `lines` (the {@link lineBounds} of `input`), in an array made at its size. */
function readLineBlocks(input: string, lines: Int32Array): ReadResult {
  let count = 0;
  for (let i = 0; i < lines.length; i += 2) if ((lines[i + 1] as number) > (lines[i] as number)) count++;
  const candidates: Candidate[] = new Array(count);
  let k = 0;
  for (let i = 0; i < lines.length; i += 2) {
    const start = lines[i] as number;
    const end = lines[i + 1] as number;
    if (end > start) candidates[k++] = block(input, start, end);
  }
  return { candidates, dropped: [] };
}

/** Reads plain text as lines only (the linear fallback of the other readers). */
export function readLines(input: string): ReadResult {
  return readLineBlocks(input, lineBounds(input));
}
