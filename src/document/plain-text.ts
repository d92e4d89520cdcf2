/**
 * The plain-text reader: lines with exact offsets. Each non-empty line is a block, unless the
 * text is hard-wrapped (blank lines between paragraphs, lines broken mid-sentence), in which case
 * each run of non-empty lines is one block whose line breaks are kept.
 * @module
 */
import { collapseSpaces, identityOffsets, isSpace, sliceViewOf } from '../text/text-view.js';
import type { Candidate, ReadResult } from './blocks.js';

/** A line of the input: `[start, end)` without its line break, trimmed of surrounding spaces. */
interface Line {
  /** First non-space character. */
  start: number;
  /** Just past the last non-space character (equals start for a blank line). */
  end: number;
}

/** Characters a line may end with when it ends a sentence or clause. */
const LINE_STOP = /[.!?…:;"'”’»)\]]$/u;

/** A line that starts in lower case (or with a digit), going on from the line before. */
const LOWER_START = /^[\p{Ll}\p{Nd}]/u;

/**
 * Splits `input` into trimmed lines at LF, CR LF and lone CR, in one pass: the next LF and the
 * next CR are each found with `indexOf`, and looked for again only once passed.
 */
export function splitLines(input: string): Line[] {
  const lines: Line[] = [];
  const n = input.length;
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
    while (s < e && (isSpace(input.charCodeAt(s)) || input.charCodeAt(s) === 0x200b)) s++;
    while (e > s && (isSpace(input.charCodeAt(e - 1)) || input.charCodeAt(e - 1) === 0x200b)) e--;
    lines.push({ start: s, end: e });
    if (end >= n) break;
    at = input.charCodeAt(end) === 13 && input.charCodeAt(end + 1) === 10 ? end + 2 : end + 1;
  }
  return lines;
}

/**
 * True when the text is hard-wrapped: among lines followed by another non-empty line (past the
 * first block, which holds title and lead), at least three, averaging 30 characters or more; fewer
 * than 30% of them end a sentence or clause, and at least 40% of the lines after them go on in
 * lower case (a sentence running across the break).
 */
function isHardWrapped(input: string, lines: readonly Line[]): boolean {
  let firstBlockDone = false;
  let internal = 0;
  let stopped = 0;
  let continued = 0;
  let length = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = lines[i] as Line;
    const next = lines[i + 1] as Line;
    if (line.end === line.start) {
      firstBlockDone = true;
      continue;
    }
    if (!firstBlockDone || next.end === next.start) continue;
    internal++;
    length += line.end - line.start;
    if (LINE_STOP.test(input.slice(Math.max(line.start, line.end - 1), line.end))) stopped++;
    if (LOWER_START.test(input.slice(next.start, next.start + 2))) continued++;
  }
  return internal >= 3 && length / internal >= 30 && stopped / internal < 0.3 && continued / internal >= 0.4;
}

/** Reads plain text into blocks: lines, or blank-line paragraphs when the text is hard-wrapped. */
export function readPlainText(input: string): ReadResult {
  const lines = splitLines(input);
  const offsets = identityOffsets(input.length);
  const candidates: Candidate[] = [];
  if (isHardWrapped(input, lines)) {
    let i = 0;
    while (i < lines.length) {
      if ((lines[i] as Line).end === (lines[i] as Line).start) {
        i++;
        continue;
      }
      const first = lines[i] as Line;
      let last = first;
      while (i < lines.length && (lines[i] as Line).end > (lines[i] as Line).start) last = lines[i++] as Line;
      candidates.push(block(input, offsets, first.start, last.end));
    }
  } else {
    for (const line of lines) if (line.end > line.start) candidates.push(block(input, offsets, line.start, line.end));
  }
  return { candidates, dropped: [] };
}

/**
 * A paragraph block over the original range `[start, end)`, spaces collapsed, line breaks kept;
 * `offsets` is the input's {@link identityOffsets}.
 */
function block(input: string, offsets: Int32Array, start: number, end: number): Candidate {
  const view = collapseSpaces(sliceViewOf(input, offsets, start, end), 'newlines');
  return { kind: 'paragraph', view, lines: true, textChars: view.text.length };
}

/** Reads plain text as lines only (the linear fallback of the other readers). */
export function readLines(input: string): ReadResult {
  const candidates: Candidate[] = [];
  const offsets = identityOffsets(input.length);
  for (const line of splitLines(input)) if (line.end > line.start) candidates.push(block(input, offsets, line.start, line.end));
  return { candidates, dropped: [] };
}
