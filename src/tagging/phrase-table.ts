/**
 * A lexicon compiled for fast lookup: the longest entry that starts (or ends) at a position of a
 * normalized text, case-insensitive, on Vietnamese word boundaries. Linear in what it reads.
 * @module
 */
import { normalizeString } from '../text/normalize.js';
import { isWordCharacter } from '../text/boundaries.js';

/** One lexicon entry found in a text. */
export interface PhraseMatch<T> {
  /** Index of the first character in the searched text. */
  start: number;
  /** Index one past the last character. */
  end: number;
  /** The entry as the lexicon spells it (normalized). */
  phrase: string;
  /** The value the lexicon gives the entry. */
  value: T;
}

/** A compiled entry: its lower-case form and value. */
interface Entry<T> {
  lower: string;
  phrase: string;
  value: T;
}

/** Longest-match lookup of lexicon phrases in normalized text. */
export class PhraseTable<T> {
  /** Entries keyed by their first word, longest first. */
  private readonly byFirst = new Map<string, Entry<T>[]>();
  /** Entries keyed by their last word, longest first. */
  private readonly byLast = new Map<string, Entry<T>[]>();

  /** Compiles `entries` (phrase → value); phrases are normalized and matched case-insensitively. */
  constructor(entries: Iterable<readonly [string, T]>) {
    for (const [raw, value] of entries) {
      const phrase = normalizeString(raw).trim().replace(/\s+/g, ' ');
      if (!phrase) continue;
      const lower = phrase.toLowerCase();
      const words = lower.split(' ');
      const entry: Entry<T> = { lower, phrase, value };
      push(this.byFirst, words[0] as string, entry);
      push(this.byLast, words[words.length - 1] as string, entry);
    }
    for (const list of [...this.byFirst.values(), ...this.byLast.values()]) list.sort((a, b) => b.lower.length - a.lower.length);
  }

  /** Builds a table from a list of phrases, each its own value. */
  static of(phrases: Iterable<string>): PhraseTable<string> {
    return new PhraseTable<string>([...phrases].map((p) => [p, p] as const));
  }

  /** The longest entry starting exactly at `index` of `text`, or undefined. */
  matchAt(text: string, index: number): PhraseMatch<T> | undefined {
    return this.matchAtIn(text, lowerCopy(text), index);
  }

  /** `matchAt` with the lower-cased copy of `text` at hand (or undefined when lower-casing moves offsets). */
  private matchAtIn(text: string, lower: string | undefined, index: number): PhraseMatch<T> | undefined {
    if (index < 0 || index >= text.length || !isWordCharacter(text, index)) return undefined;
    if (index > 0 && isWordCharacter(text, index - 1)) return undefined;
    let end = index;
    while (end < text.length && isWordCharacter(text, end)) end++;
    const list = this.byFirst.get(lower ? lower.slice(index, end) : text.slice(index, end).toLowerCase());
    if (!list) return undefined;
    for (const entry of list) {
      const stop = index + entry.lower.length;
      if (stop > text.length || isWordCharacter(text, stop)) continue;
      const same = lower ? lower.startsWith(entry.lower, index) : text.slice(index, stop).toLowerCase() === entry.lower;
      if (same) return { start: index, end: stop, phrase: entry.phrase, value: entry.value };
    }
    return undefined;
  }

  /** The longest entry ending exactly at `end` of `text`, or undefined. */
  matchEndingAt(text: string, end: number): PhraseMatch<T> | undefined {
    if (end <= 0 || end > text.length || !isWordCharacter(text, end - 1) || isWordCharacter(text, end)) return undefined;
    const lower = lowerCopy(text);
    let start = end;
    while (start > 0 && isWordCharacter(text, start - 1)) start--;
    const list = this.byLast.get(lower ? lower.slice(start, end) : text.slice(start, end).toLowerCase());
    if (!list) return undefined;
    for (const entry of list) {
      const from = end - entry.lower.length;
      if (from < 0 || (from > 0 && isWordCharacter(text, from - 1))) continue;
      const same = lower ? lower.startsWith(entry.lower, from) : text.slice(from, end).toLowerCase() === entry.lower;
      if (same) return { start: from, end, phrase: entry.phrase, value: entry.value };
    }
    return undefined;
  }

  /** Every non-overlapping entry in `text[from, to)`, left to right, longest at each place. */
  findAll(text: string, from = 0, to = text.length): PhraseMatch<T>[] {
    const found: PhraseMatch<T>[] = [];
    const lower = lowerCopy(text);
    let i = from;
    while (i < to) {
      if (isWordCharacter(text, i) && (i === 0 || !isWordCharacter(text, i - 1))) {
        const hit = this.matchAtIn(text, lower, i);
        if (hit && hit.end <= to) {
          found.push(hit);
          i = hit.end;
          continue;
        }
      }
      i++;
    }
    return found;
  }
}

/** Texts at least this long keep their lower-cased copy between lookups (the blocks rules read). */
const CACHED_LENGTH = 64;
/** The last long texts looked up and their lower-cased copies (most recent first). */
const CACHE_ENTRIES = 4;
/** The cache itself. */
const lowerCache: { text: string; lower: string | undefined }[] = [];

/**
 * The lower-cased copy of `text` when lower-casing keeps every offset (undefined otherwise, e.g.
 * 'İ', and for short texts, whose words are lower-cased one by one instead). Long texts are cached,
 * a few at a time, so that a rule looking up many places of one block lower-cases it once.
 */
function lowerCopy(text: string): string | undefined {
  if (text.length < CACHED_LENGTH) return undefined;
  for (let k = 0; k < lowerCache.length; k++) {
    const hit = lowerCache[k] as { text: string; lower: string | undefined };
    if (hit.text === text) {
      if (k > 0) lowerCache.unshift(...lowerCache.splice(k, 1));
      return hit.lower;
    }
  }
  const lower = sameLength(text, text.toLowerCase());
  lowerCache.unshift({ text, lower });
  if (lowerCache.length > CACHE_ENTRIES) lowerCache.pop();
  return lower;
}

/** `lower` when it has the length of `text`, else undefined. */
function sameLength(text: string, lower: string): string | undefined {
  return lower.length === text.length ? lower : undefined;
}

/** Appends `entry` to the list under `key`. */
function push<T>(map: Map<string, Entry<T>[]>, key: string, entry: Entry<T>): void {
  const list = map.get(key);
  if (list) list.push(entry);
  else map.set(key, [entry]);
}
