/**
 * A linear, Vietnamese-aware sentence splitter over folded clean text (quotes already folded to
 * '"' and "'", dashes to '-', spaces to ' ').
 * @module
 */
import { ABBREVIATIONS } from '../lexicon/abbreviations.js';

/** A sentence as a range of the text it was split from. */
export interface SentenceRange {
  /** Index of its first character. */
  start: number;
  /** Index just past its last character. */
  end: number;
}

/** Abbreviations, for constant-time look-up. */
const ABBREVIATION_SET: ReadonlySet<string> = new Set(ABBREVIATIONS);

/** A token's length and last code unit as one number, for {@link ABBREVIATION_ENDINGS}. */
function endingKey(length: number, lastCode: number): number {
  return length * 0x10000 + lastCode;
}

/**
 * The length and last code unit of every token before a period that {@link ABBREVIATION_SET}
 * can hold (with the period or without it): a token whose pair is not here is no abbreviation,
 * and no string is made to look it up.
 */
const ABBREVIATION_ENDINGS: ReadonlySet<number> = new Set(
  ABBREVIATIONS.flatMap((a) => {
    const keys = [endingKey(a.length, a.charCodeAt(a.length - 1))];
    if (a.endsWith('.') && a.length > 1) keys.push(endingKey(a.length - 1, a.charCodeAt(a.length - 2)));
    return keys;
  }),
);

/** Longest token looked at before a period when checking for an abbreviation. */
const MAX_TOKEN = 24;

/** A character that may start a sentence after a stop: upper-case letter, digit, quote, bracket, dash, bullet. */
const SENTENCE_OPENER = /[\p{Lu}\p{Nd}"'([\-•*+]/u;

/** A list marker token: '1', '12', 'a', 'IV' (so that '1. Mục tiêu' is not split after '1.'). */
const LIST_MARKER = /(?:\d{1,4}|[a-zđ]|[IVXLCDM]{1,6})/uy;

/** One upper-case letter: a person's initial ('Nguyễn V. Anh'). */
const INITIAL = /\p{Lu}/uy;

/**
 * Splits `text` into sentences, in one pass. A sentence ends at '.', '!', '?', '…' or '...'
 * followed by a space and an upper-case letter, quote, bracket or digit, or by the end of the
 * text; and at every line break. There is no split after an abbreviation ('TP.', 'PGS.', 'v.v.'),
 * inside a number ('4.568', '1.250,75'), code, URL or e-mail (no space follows), or inside a
 * quotation. Closing quotes and brackets after the stop stay with the sentence. Ranges are
 * trimmed of surrounding whitespace; empty sentences are left out.
 */
export function splitSentences(text: string): SentenceRange[] {
  const bounds = new SentenceBounds();
  addSentenceBounds(text, bounds);
  return bounds.ranges(0, bounds.length);
}

/**
 * The sentence bounds of one or more texts in one buffer: start, end, start, end …, each text's
 * sentences a run of it (from the buffer's {@link SentenceBounds.length} before
 * {@link addSentenceBounds} to the one after), so that a text with tens of thousands of blocks
 * or sentences makes no array or object per block or sentence.
 */
export class SentenceBounds {
  /** The bounds; the first {@link length} entries are used. */
  data = new Int32Array(64);
  /** Number of entries used (twice the number of sentences). */
  length = 0;

  /** Adds the sentence `[start, end)`. */
  add(start: number, end: number): void {
    if (this.length + 2 > this.data.length) {
      const bigger = new Int32Array(2 * this.data.length);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = start;
    this.data[this.length++] = end;
  }

  /** The sentences held by entries `[from, to)` as range objects. */
  ranges(from: number, to: number): SentenceRange[] {
    const out = new Array<SentenceRange>((to - from) >> 1);
    for (let i = 0; i < out.length; i++) out[i] = { start: this.data[from + 2 * i] as number, end: this.data[from + 2 * i + 1] as number };
    return out;
  }
}

/** Adds the sentences of `text`, as {@link splitSentences} finds them, to `out`. */
export function addSentenceBounds(text: string, out: SentenceBounds): void {
  const stops = STOPS.reset(text);
  let lineStart = 0;
  const n = text.length;
  while (lineStart <= n) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = n;
    splitLine(text, lineStart, lineEnd, stops, out);
    lineStart = lineEnd + 1;
  }
}

/** The characters that end a sentence, each looked for on its own (as many as {@link StopFinder} keeps places for). */
const STOP_CHARACTERS: readonly string[] = ['.', '!', '?', '…'];

/**
 * Finds the sentence-ending characters of one text in order, each kind with `indexOf`: the next
 * position of a kind is looked for again only once it has been passed, so a whole text costs one
 * search per kind.
 */
class StopFinder {
  /** The text searched. */
  private text = '';
  /** Next known position of each kind of stop: -1 when there is none left, -2 before the first search. */
  private readonly next: number[] = [-2, -2, -2, -2];

  /** Starts finding stops in `text` (one finder serves text after text). */
  reset(text: string): this {
    this.text = text;
    this.next.fill(-2);
    return this;
  }

  /** Index of the first stop character at or after `from`, or the text's length when there is none. */
  at(from: number): number {
    let first = this.text.length;
    for (let k = 0; k < STOP_CHARACTERS.length; k++) {
      let p = this.next[k] as number;
      if (p !== -1 && p < from) {
        p = this.text.indexOf(STOP_CHARACTERS[k] as string, from);
        this.next[k] = p;
      }
      if (p >= 0 && p < first) first = p;
    }
    return first;
  }
}

/** The stop finder of {@link addSentenceBounds}, reset for each text instead of made anew. */
const STOPS = new StopFinder();

/** Code unit of '.'. */
const PERIOD = 0x2e;
/** Code unit of '!'. */
const EXCLAMATION = 0x21;
/** Code unit of '?'. */
const QUESTION = 0x3f;
/** Code unit of '…'. */
const ELLIPSIS = 0x2026;

/** True for a code unit that ends a sentence: '.', '!', '?' or '…'. */
function isStop(code: number): boolean {
  return code === PERIOD || code === EXCLAMATION || code === QUESTION || code === ELLIPSIS;
}

/** True for a closing quote or bracket that stays with the sentence before it: '"', "'", ')', ']', '}'. */
function isCloser(code: number): boolean {
  return code === 0x22 || code === 0x27 || code === 0x29 || code === 0x5d || code === 0x7d;
}

/** True for a character a token before a period never reaches back across: '"', "'", '(', '['. */
function isTokenOpener(code: number): boolean {
  return code === 0x22 || code === 0x27 || code === 0x28 || code === 0x5b;
}

/** True for a character after which a '"' opens a quotation: '(', '[', '{', ':', '-'. */
function opensQuote(code: number): boolean {
  return code === 0x28 || code === 0x5b || code === 0x7b || code === 0x3a || code === 0x2d;
}

/** Splits one line `[from, to)` of `text`, pushing trimmed sentences onto `out`; `stops` finds the stop characters of `text`. */
function splitLine(text: string, from: number, to: number, stops: StopFinder, out: SentenceBounds): void {
  let quoted: readonly (readonly [number, number])[] | undefined;
  let q = 0;
  let segStart = from;
  let i = from;
  while (i < to) {
    i = stops.at(i);
    if (i >= to) break;
    const c = text.charCodeAt(i);
    let j = i + 1;
    while (j < to && isStop(text.charCodeAt(j))) j++;
    let k = j;
    while (k < to && isCloser(text.charCodeAt(k))) k++;
    if (k < to && !isSpaceCode(text.charCodeAt(k))) {
      i = k;
      continue;
    }
    let m = k;
    while (m < to && isSpaceCode(text.charCodeAt(m))) m++;
    const atEnd = m >= to;
    if (!atEnd && !SENTENCE_OPENER.test(text.charAt(m))) {
      i = m;
      continue;
    }
    // Inside a quotation: the split point falls strictly within a quoted region.
    quoted ??= quotedRegions(text, from, to);
    while (q < quoted.length && (quoted[q] as readonly [number, number])[1] < k - 1) q++;
    const region = quoted[q];
    const insideQuote = region !== undefined && region[0] < i && k - 1 < region[1];
    if (insideQuote) {
      i = m;
      continue;
    }
    if (c === PERIOD && j - i === 1 && keepsSentence(text, segStart, i)) {
      i = m;
      continue;
    }
    pushTrimmed(text, segStart, k, out);
    segStart = m;
    i = m;
  }
  pushTrimmed(text, segStart, to, out);
}

/**
 * True when the period at `dot` does not end a sentence: it closes an abbreviation, a person's
 * initial, or a list marker that is all of the sentence so far ('1.', 'IV.').
 */
function keepsSentence(text: string, segStart: number, dot: number): boolean {
  let t = dot;
  const limit = Math.max(segStart, dot - MAX_TOKEN);
  while (t > limit && !isSpaceCode(text.charCodeAt(t - 1)) && !isTokenOpener(text.charCodeAt(t - 1))) t--;
  if (t === dot) return false;
  if (ABBREVIATION_ENDINGS.has(endingKey(dot - t, text.charCodeAt(dot - 1)))) {
    const token = text.slice(t, dot);
    if (ABBREVIATION_SET.has(token + '.') || ABBREVIATION_SET.has(token)) return true;
  }
  if (dot - t <= 2 && isWholeToken(INITIAL, text, t, dot)) return true;
  return t === segStart && isWholeToken(LIST_MARKER, text, t, dot);
}

/**
 * True when the sticky pattern `pattern` matches exactly `text.slice(from, to)` (read in place):
 * the patterns' alternatives start with different characters and each takes all it can, so the
 * match at `from` ends at `to` exactly when the whole token is one of them.
 */
function isWholeToken(pattern: RegExp, text: string, from: number, to: number): boolean {
  pattern.lastIndex = from;
  return pattern.test(text) && pattern.lastIndex === to;
}

/**
 * Quoted regions `[open, close]` of the line `[from, to)`: a '"' after a space, bracket or the
 * line start opens; one after anything else closes. An opening quote that is never closed
 * quotes nothing, so an unbalanced quote cannot swallow the rest of the line.
 */
function quotedRegions(text: string, from: number, to: number): readonly (readonly [number, number])[] {
  // made at the first region: most lines quote nothing, and a line-heavy text asks about each
  let regions: [number, number][] | undefined;
  let open = -1;
  for (let i = text.indexOf('"', from); i >= 0 && i < to; i = text.indexOf('"', i + 1)) {
    const prev = i > from ? text.charCodeAt(i - 1) : 0x20;
    const opening = isSpaceCode(prev) || opensQuote(prev);
    if (opening && open < 0) open = i;
    else if (opening) open = i;
    else if (open >= 0) {
      (regions ??= []).push([open, i]);
      open = -1;
    }
  }
  return regions ?? NO_REGIONS;
}

/** The quoted regions of a line that quotes nothing (shared, never written). */
const NO_REGIONS: readonly (readonly [number, number])[] = Object.freeze([]);

/** Adds `[start, end)` of `text` to `out`, trimmed of whitespace, unless it is empty. */
function pushTrimmed(text: string, start: number, end: number, out: SentenceBounds): void {
  while (start < end && isSpaceCode(text.charCodeAt(start))) start++;
  while (end > start && isSpaceCode(text.charCodeAt(end - 1))) end--;
  if (end > start) out.add(start, end);
}

/** True for the code unit of a space, tab, line break or no-break space. */
function isSpaceCode(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d || code === 0xa0;
}
