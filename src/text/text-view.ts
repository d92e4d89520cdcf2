/**
 * Clean-text views built from pieces of an original input (HTML text nodes with entities
 * decoded, Markdown text nodes, plain-text lines), each character mapped back to the original
 * offsets it came from. A view has the same shape as {@link NormalizedText}, so `originalSpan`
 * works on it, and it is folded with the very folds of `normalizeView`.
 * @module
 */
import type { Span } from '../types.js';
import { isStableNfc, normalizeInPlace, normalizeSliceInPlace, normalizeView } from './normalize.js';

/**
 * A clean text and the way back to the original: `starts[i]`/`ends[i]` are the original
 * offsets of text character `i` (absent = identity, text === original).
 */
export interface TextView {
  /** The original input. */
  readonly original: string;
  /** The clean text. */
  readonly text: string;
  /** Original index where character `i` starts. */
  readonly starts?: Int32Array;
  /** Original index just past character `i`. */
  readonly ends?: Int32Array;
}

/** A character reference in a raw slice: '&amp;', '&#225;', '&#xE1;', '&nbsp' (sticky). */
const ENTITY = /&(?:#[0-9]{1,8};?|#[xX][0-9a-fA-F]{1,8};?|[A-Za-z][A-Za-z0-9]{0,31};?)/y;

/** How far ahead in the raw text a decoded character is looked for before giving up on it. */
const LOOKAHEAD = 8;

/** True for whitespace, NBSP and the other Unicode spaces (not zero-width characters). */
export function isSpace(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  if (code < 0x1680) return code === 0xa0;
  return code === 0x1680 || (code >= 0x2000 && code <= 0x200a)
    || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/** Grows a view piece by piece; every character records the original range it stands for. */
export class TextViewBuilder {
  /** The original input the pieces come from. */
  readonly original: string;
  /** UTF-16 code units of the view so far (the first `size` are used). */
  private codes = new Uint16Array(64);
  /** Original start of each character. */
  private starts = new Int32Array(64);
  /** Original end of each character. */
  private ends = new Int32Array(64);
  /** Number of characters recorded. */
  private size = 0;
  /** Original offset just past the last piece, for zero-width separators. */
  private last = 0;

  /** Starts an empty view over `original`. */
  constructor(original: string) {
    this.original = original;
  }

  /** Number of characters in the view so far. */
  get length(): number {
    return this.size;
  }

  /** Appends the original range `[start, end)` as it is. */
  appendSlice(start: number, end: number): void {
    if (end <= start) return;
    this.reserve(end - start);
    const s = this.original;
    let k = this.size;
    for (let i = start; i < end; i++, k++) {
      this.codes[k] = s.charCodeAt(i);
      this.starts[k] = i;
      this.ends[k] = i + 1;
    }
    this.size = k;
    if (end > this.last) this.last = end;
  }

  /**
   * Appends `decoded`, the parser's reading of the original range `[start, end)`, aligning it
   * character by character: character references, CR LF read as LF, stripped indentation and
   * backslash escapes are mapped to the raw characters they came from. A character that cannot be
   * aligned maps to the raw position reached so far, so the map stays monotonic and honest.
   */
  appendDecoded(start: number, end: number, decoded: string): void {
    const raw = this.original;
    if (end - start === decoded.length && raw.startsWith(decoded, start)) {
      this.appendSlice(start, end);
      return;
    }
    let i = start;
    let j = 0;
    const n = decoded.length;
    while (j < n) {
      const d = decoded[j] as string;
      if (i >= end) {
        this.push(d, end, end);
        j++;
        continue;
      }
      const r = raw[i] as string;
      if (r === '&') {
        ENTITY.lastIndex = i;
        const m = ENTITY.exec(raw);
        if (m && i + m[0].length <= end) {
          const e = i + m[0].length;
          const k = entityWidth(raw, e, end, decoded, j);
          if (k > 0) {
            for (let t = 0; t < k; t++) this.push(decoded[j + t] as string, i, e);
            i = e;
            j += k;
            continue;
          }
        }
      }
      if (r === d) {
        this.push(d, i, i + 1);
        i++;
        j++;
        continue;
      }
      if (r === '\r' && d === '\n') {
        const e = raw[i + 1] === '\n' && i + 1 < end ? i + 2 : i + 1;
        this.push(d, i, e);
        i = e;
        j++;
        continue;
      }
      // The raw text holds something the reading dropped (indentation, a backslash): look ahead.
      let found = -1;
      for (let t = i + 1; t < end && t <= i + LOOKAHEAD; t++) {
        if (raw[t] === d) {
          found = t;
          break;
        }
      }
      if (found >= 0) {
        this.push(d, found, found + 1);
        i = found + 1;
      } else {
        this.push(d, i, i);
      }
      j++;
    }
  }

  /** Appends a separator that stands for no original text (a block break, a table cell gap). */
  appendBreak(ch: string): void {
    this.push(ch, this.last, this.last);
  }

  /** Records one character (one UTF-16 code unit). */
  private push(ch: string, start: number, end: number): void {
    this.reserve(1);
    const k = this.size++;
    this.codes[k] = ch.charCodeAt(0);
    this.starts[k] = start;
    this.ends[k] = end;
    if (end > this.last) this.last = end;
  }

  /** Makes room for `more` characters, doubling the arrays as needed (amortized linear). */
  private reserve(more: number): void {
    const need = this.size + more;
    if (need <= this.codes.length) return;
    let capacity = this.codes.length * 2;
    while (capacity < need) capacity *= 2;
    this.codes = grown(this.codes, new Uint16Array(capacity));
    this.starts = grown(this.starts, new Int32Array(capacity));
    this.ends = grown(this.ends, new Int32Array(capacity));
  }

  /** The view built so far. */
  build(): TextView {
    const n = this.size;
    return { original: this.original, text: stringOfCodes(this.codes, n), starts: this.starts.slice(0, n), ends: this.ends.slice(0, n) };
  }
}

/** `into` holding a copy of `from` at its start. */
function grown<A extends Uint16Array | Int32Array>(from: A, into: A): A {
  into.set(from);
  return into;
}

/** Code units per String.fromCharCode call: well under any engine's argument limit. */
const CHUNK = 8192;

/** The string of the first `n` code units of `codes`, lone surrogates kept as they are. */
function stringOfCodes(codes: Uint16Array, n: number): string {
  const parts: string[] = [];
  for (let i = 0; i < n; i += CHUNK) parts.push(String.fromCharCode(...codes.subarray(i, Math.min(n, i + CHUNK))));
  return parts.join('');
}

/**
 * How many decoded characters (1 or 2) the character reference ending at raw offset `e` stands
 * for, judged by the raw and decoded texts lining up again after it; 0 when neither does.
 */
function entityWidth(raw: string, e: number, end: number, decoded: string, j: number): number {
  if (e < end && raw[e] === '&' && j + 1 <= decoded.length) {
    // Another reference follows: this one is one code unit unless two line up exactly.
    ENTITY.lastIndex = e;
    if (ENTITY.test(raw)) return j + 2 <= decoded.length && isAstral(decoded, j) ? 2 : 1;
  }
  for (let k = 1; k <= 2; k++) {
    if (j + k > decoded.length) break;
    if (e >= end ? j + k === decoded.length : (raw[e] === decoded[j + k] || (raw[e] === '\r' && decoded[j + k] === '\n'))) return k;
  }
  return 0;
}

/** True when decoded character `j` starts a surrogate pair (a reference to an astral code point). */
function isAstral(text: string, j: number): boolean {
  const c = text.charCodeAt(j);
  return c >= 0xd800 && c <= 0xdbff;
}

/** The view of the original range `[start, end)` as it is. */
export function sliceView(original: string, start: number, end: number): TextView {
  const n = Math.max(0, end - start);
  const starts = new Int32Array(n);
  const ends = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    starts[i] = start + i;
    ends[i] = start + i + 1;
  }
  return { original, text: original.slice(start, start + n), starts, ends };
}

/**
 * A view of the original text from `offset` on whose characters each stand for one original
 * character, kept or replaced one for one: character `i` is original character `offset + i`. It
 * holds no maps: they are made when first read, and spans are worked out from the offset.
 */
export class SliceView implements TextView {
  /** The original input. */
  readonly original: string;
  /** The clean text. */
  readonly text: string;
  /** Original index of character 0. */
  readonly offset: number;
  /** True when the text is the original range itself (nothing replaced), so it can be read in the original. */
  readonly verbatim: boolean;
  /** The start and end maps, once made (one field: a text of many short lines has a view per line). */
  private maps: { starts: Int32Array; ends: Int32Array } | undefined;

  /**
   * The view `text` of `original`, character `i` standing for original character `offset + i`;
   * `verbatim` when `text` is `original.slice(offset, offset + text.length)`.
   */
  constructor(original: string, text: string, offset: number, verbatim: boolean) {
    this.original = original;
    this.text = text;
    this.offset = offset;
    this.verbatim = verbatim;
  }

  /** Original index where character `i` starts. */
  get starts(): Int32Array {
    return this.madeMaps().starts;
  }

  /** Original index just past character `i`. */
  get ends(): Int32Array {
    return this.madeMaps().ends;
  }

  /** The maps, made on first use. */
  private madeMaps(): { starts: Int32Array; ends: Int32Array } {
    this.maps ??= {
      starts: countingFrom(this.original.length, this.offset, this.text.length),
      ends: countingFrom(this.original.length, this.offset + 1, this.text.length),
    };
    return this.maps;
  }
}

/** Longest input whose slice maps share one table of offsets (4 MB) kept from one input to the next. */
const MAX_SHARED_OFFSETS = 1 << 20;

/** The offsets table kept between inputs: entry `i` is `i`. Grown by replacing it, never written after it is made. */
let sharedOffsets = new Int32Array(0);

/**
 * An array of `n` entries counting up from `first`, for a map of a slice of an input of length
 * `inputLength`: a view into a shared table (never to be written) when the input is not too long,
 * else an array of its own.
 */
function countingFrom(inputLength: number, first: number, n: number): Int32Array {
  if (inputLength < MAX_SHARED_OFFSETS) {
    if (sharedOffsets.length <= inputLength) {
      const size = Math.min(MAX_SHARED_OFFSETS, Math.max(inputLength + 1, 2 * sharedOffsets.length));
      sharedOffsets = new Int32Array(size);
      for (let i = 0; i < size; i++) sharedOffsets[i] = i;
    }
    return sharedOffsets.subarray(first, first + n);
  }
  const out = new Int32Array(n);
  for (let i = 0; i < n; i++) out[i] = first + i;
  return out;
}

/** The view of the original range `[start, end)` as it is (as {@link sliceView}, its maps made only when read). */
export function sliceViewOf(original: string, start: number, end: number): TextView {
  return new SliceView(original, original.slice(start, Math.max(start, end)), start, true);
}

/** The characters `[a, b)` of a view, as a view. */
export function subView(view: TextView, a: number, b: number): TextView {
  if (view instanceof SliceView) return new SliceView(view.original, view.text.slice(a, b), view.offset + a, view.verbatim);
  if (!view.starts || !view.ends) {
    const text = view.text.slice(a, b);
    const starts = new Int32Array(b - a);
    const ends = new Int32Array(b - a);
    for (let i = 0; i < b - a; i++) {
      starts[i] = a + i;
      ends[i] = a + i + 1;
    }
    return { original: view.original, text, starts, ends };
  }
  return { original: view.original, text: view.text.slice(a, b), starts: view.starts.subarray(a, b), ends: view.ends.subarray(a, b) };
}

/** Which characters count as hard line breaks when whitespace is collapsed. */
export type BreakMode = 'none' | 'newlines' | 'separators';

/**
 * Collapses every run of whitespace to one space — or to one newline when the run holds a hard
 * break (`'newlines'`: any line break; `'separators'`: only U+2028, which readers use for `<br>`;
 * `'none'`: never) — and drops leading and trailing whitespace. The kept character maps to the
 * whole run.
 */
export function collapseSpaces(view: TextView, breaks: BreakMode): TextView {
  if (view instanceof SliceView && view.verbatim ? isCollapsed(view.original, view.offset, view.offset + view.text.length, breaks) : isCollapsed(view.text, 0, view.text.length, breaks)) return view;
  const text = view.text;
  const n = text.length;
  const vs = view.starts;
  const ve = view.ends;
  const starts = new Int32Array(n);
  const ends = new Int32Array(n);
  const pieces: string[] = [];
  let m = 0;
  let i = 0;
  while (i < n) {
    let j = i;
    while (j < n && !isSpace(text.charCodeAt(j))) {
      starts[m] = vs ? (vs[j] as number) : j;
      ends[m] = ve ? (ve[j] as number) : j + 1;
      m++;
      j++;
    }
    if (j > i) pieces.push(text.slice(i, j));
    if (j >= n) break;
    let k = j;
    let hard = false;
    while (k < n && isSpace(text.charCodeAt(k))) {
      const c = text.charCodeAt(k);
      if (c === 0x2028 || (breaks === 'newlines' && (c === 10 || c === 13 || c === 0x2029))) hard = true;
      k++;
    }
    if (m > 0 && k < n) {
      pieces.push(breaks !== 'none' && hard ? '\n' : ' ');
      starts[m] = vs ? (vs[j] as number) : j;
      ends[m] = ve ? (ve[k - 1] as number) : k;
      m++;
    }
    i = k;
  }
  return { original: view.original, text: pieces.join(''), starts: starts.subarray(0, m), ends: ends.subarray(0, m) };
}

/** Space class: any whitespace character (see {@link isSpace}). */
const SPACE = 1;
/** Space class: a line feed. */
const LINE_FEED = 2;
/** Space class: whitespace other than a space or a line feed. */
const OTHER_SPACE = 4;

/** The space class of every BMP code unit, built on first use. */
let spaceTable: Uint8Array | undefined;

/** The table of {@link SPACE} | {@link LINE_FEED} | {@link OTHER_SPACE} per BMP code unit. */
function spaceClasses(): Uint8Array {
  if (spaceTable) return spaceTable;
  const table = new Uint8Array(0x10000);
  for (let code = 0; code < 0x10000; code++) {
    if (!isSpace(code)) continue;
    table[code] = SPACE | (code === 10 ? LINE_FEED : code === 32 ? 0 : OTHER_SPACE);
  }
  spaceTable = table;
  return table;
}

/**
 * True when collapsing `text.slice(from, to)` would change nothing: no whitespace at either end,
 * and every whitespace run is one character that collapsing keeps as it is (a space, or a line
 * feed that is a hard break in `'newlines'` mode). One pass without branches gathers the space classes of all
 * characters and of all neighbouring pairs.
 */
function isCollapsed(text: string, from: number, to: number, breaks: BreakMode): boolean {
  if (to <= from) return true;
  const table = spaceClasses();
  let all = 0;
  let pairs = 0;
  let previous = 0;
  for (let i = from; i < to; i++) {
    const c = table[text.charCodeAt(i)] as number;
    all |= c;
    pairs |= previous & c;
    previous = c;
  }
  if (all === 0) return true;
  if (pairs & SPACE || all & OTHER_SPACE || (all & LINE_FEED && breaks !== 'newlines')) return false;
  return !isSpace(text.charCodeAt(from)) && !isSpace(text.charCodeAt(to - 1));
}

/**
 * Folds a clean view with the folds of `normalizeView` (NFC, tone placement, look-alike letters,
 * quotes, dashes, spaces, invisible characters) and composes the two maps, so the folded text
 * still maps to the original input.
 */
export function foldView(view: TextView): TextView {
  if (view instanceof SliceView) {
    const same = view.verbatim ? normalizeSliceInPlace(view.original, view.offset, view.offset + view.text.length, view.text) : normalizeInPlace(view.text);
    if (same === view.text) return view;
    if (same !== undefined) return new SliceView(view.original, same, view.offset, false);
  } else if (view.starts && view.ends) {
    const same = normalizeInPlace(view.text);
    if (same === view.text) return view;
    if (same !== undefined) return { original: view.original, text: same, starts: view.starts, ends: view.ends };
  }
  const folded = normalizeView(view.text);
  if (!folded.starts || !folded.ends) return view;
  const m = folded.text.length;
  const starts = new Int32Array(m);
  const ends = new Int32Array(m);
  for (let i = 0; i < m; i++) {
    const a = folded.starts[i] as number;
    const b = (folded.ends[i] as number) - 1;
    starts[i] = view.starts ? (view.starts[a] as number) : a;
    ends[i] = view.ends ? (view.ends[b] as number) : b + 1;
  }
  return { original: view.original, text: folded.text, starts, ends };
}

/** The span of the original input behind the view characters `[a, b)` (a < b). */
export function viewSpan(view: TextView, a: number, b: number): Span {
  if (view instanceof SliceView) {
    const from = view.offset + a;
    const to = Math.max(from, view.offset + b);
    const whole = view.verbatim && a === 0 && b === view.text.length;
    return { start: from, end: to, text: whole ? view.text : view.original.slice(from, to) };
  }
  const start = view.starts ? (view.starts[a] as number) : a;
  let end = view.ends ? (view.ends[b - 1] as number) : b;
  if (end < start) end = start;
  return { start, end, text: view.original.slice(start, end) };
}

/** The clean string of a view for a record field: NFC, spaces collapsed (no other folds). */
export function cleanString(view: TextView): string {
  const text = view.text;
  if (view instanceof SliceView && view.verbatim) {
    const to = view.offset + text.length;
    if (isCollapsed(view.original, view.offset, to, 'none') && isStableNfc(view.original, view.offset, to)) return text;
  } else if (isCollapsed(text, 0, text.length, 'none') && isStableNfc(text)) return text;
  return text.normalize('NFC').replace(/\s+/gu, ' ').trim();
}
