/**
 * compromise's tagging of plain words, read without running compromise. A window of words made of
 * letters (digits may follow them: 'B3') or of a number ('24', '500.000', '4,5'), parted by single
 * spaces (a comma may close a word), is split by compromise into one term per word, each looked up
 * by its lower-case form; tagging is then its lexicon step alone (phrases of several words first,
 * from the left, then single words). That step is replayed here over compromise's own lexicon, so
 * the answer is the one compromise gives; any window with something else where it matters (a
 * quote, a slash, a word compromise rewrites) is left to compromise.
 * @module
 */
import type { TaggedTerm } from './compromise.js';
import { LOWER_CASING_CHANGES, characterClasses } from '../text/character-classes.js';

/** What compromise's lexicon step reads, taken from a loaded copy. */
export interface PlainLexicon {
  /** compromise's lexicon: lower-case form (words joined by one space) → its tags. */
  readonly words: ReadonlyMap<string, ReadonlySet<string>>;
  /** Per first word of a phrase of several words, the most words such a phrase has. */
  readonly phraseWords: ReadonlyMap<string, number>;
  /** Forms compromise rewrites before its lexicon step (contractions such as 'im', aliases). */
  readonly rewritten: ReadonlySet<string>;
}

/** The terms opening a window that plain words settle. */
export interface PlainLeading {
  /** The first terms compromise gives the window, as many as are settled (at most the count asked). */
  readonly terms: readonly TaggedTerm[];
  /** True when `terms` are all the terms asked for (fewer only when the window has fewer). */
  readonly complete: boolean;
}

/** A word of a window: where it stands and the form compromise looks it up by. */
interface PlainWord {
  start: number;
  end: number;
  key: string;
}

/** The plain words opening a window, and whether they run to its end. */
interface PlainOpening {
  words: PlainWord[];
  /** True when nothing but plain words stands in the window. */
  whole: boolean;
}

/**
 * The first `count` terms compromise gives `window` (as `WindowTagger.tag` does), as far as plain
 * words settle them: a term is settled when its word and every word a lexicon phrase through it
 * may span are plain. The terms after the first unsettled one are left out.
 */
export function plainLeading(window: string, count: number, lexicon: PlainLexicon): PlainLeading {
  const { words, whole } = plainOpening(window, count, lexicon);
  const known = (index: number): boolean => index < words.length || whole;
  let n = Math.min(count, words.length);
  const tags: (ReadonlySet<string> | undefined)[] = new Array(n);
  for (let index = 0; index < n; index++) {
    if (tags[index]?.size) continue;
    const key = (words[index] as PlainWord).key;
    const reach = lexicon.phraseWords.get(key);
    if (reach !== undefined && index + 1 < words.length + (whole ? 0 : 1)) {
      if (!known(index + reach - 1)) {
        n = index;
        break;
      }
      const phrase = longestPhrase(words, index, reach, lexicon);
      if (phrase) {
        for (let k = index; k < phrase.end && k < n; k++) tags[k] = phrase.tags;
        continue;
      }
    }
    tags[index] = lexicon.words.get(key) ?? NO_TAGS;
  }
  const terms: TaggedTerm[] = [];
  for (let index = 0; index < n; index++) {
    const word = words[index] as PlainWord;
    terms.push({ text: window.slice(word.start, word.end), tags: tags[index] as ReadonlySet<string>, start: word.start, end: word.end });
  }
  return { terms, complete: n === count || (n === words.length && whole) };
}

/**
 * The phrase of several words compromise finds from word `index` (the longest first, at most
 * `reach` words, cut at the last word), with its tags and the index just past it.
 */
function longestPhrase(words: readonly PlainWord[], index: number, reach: number, lexicon: PlainLexicon): { end: number; tags: ReadonlySet<string> } | undefined {
  for (let last = Math.min(index + reach, words.length) - 1; last > index; last--) {
    let key = (words[index] as PlainWord).key;
    for (let k = index + 1; k <= last; k++) key += ' ' + (words[k] as PlainWord).key;
    const tags = lexicon.words.get(key);
    if (tags !== undefined) return { end: last + 1, tags };
  }
  return undefined;
}

/** The tags of a word the lexicon does not list (shared: the terms' tags are read, never changed). */
const NO_TAGS: ReadonlySet<string> = new Set();

/**
 * The plain words opening `window`, read while they may matter: up to `count` words plus the
 * longest phrase any of them may open. A plain word is a run of letters (and digits after them)
 * or a number, followed (after a comma, if any) by the window's end or by a space and the next
 * run of letters or digits.
 */
function plainOpening(window: string, count: number, lexicon: PlainLexicon): PlainOpening {
  const words: PlainWord[] = [];
  let needed = count;
  let i = 0;
  for (;;) {
    const kind = i < window.length ? plainKind(window.charCodeAt(i)) : undefined;
    if (kind === undefined) return { words, whole: false };
    const start = i;
    i = runEnd(window, i, kind);
    const end = i;
    if (window.charCodeAt(i) === 44) i++;
    const last = i >= window.length;
    // what follows must open a plain word too: compromise may join a word to punctuation after it ('2 - 5')
    if (!last && (window.charCodeAt(i) !== 32 || plainKind(window.charCodeAt(i + 1)) === undefined)) return { words, whole: false };
    const key = normalForm(window, start, end, kind);
    if (lexicon.rewritten.has(key)) return { words, whole: false };
    words.push({ start, end, key });
    if (words.length <= count) needed = Math.max(needed, words.length - 1 + (lexicon.phraseWords.get(key) ?? 1));
    if (last) return { words, whole: true };
    i++;
    if (words.length >= needed) return { words, whole: false };
  }
}

/** The form compromise looks a plain word up by: lower case, without the commas of a number. */
function normalForm(window: string, start: number, end: number, kind: 'letter' | 'digit'): string {
  const written = window.slice(start, end);
  if (kind === 'digit') return written.includes(',') ? written.replace(DIGIT_COMMA, '$1$2') : written;
  const classes = characterClasses();
  for (let i = start; i < end; i++) if ((classes[window.charCodeAt(i)] as number) & LOWER_CASING_CHANGES) return written.toLowerCase();
  return written;
}

/** A comma between digits, which compromise drops from a number's normal form ('4,5' → '45'). */
const DIGIT_COMMA = /([0-9]),([0-9])/g;

/**
 * End of the run of `kind` starting at `i`: letters and digits after a letter ('xã', 'B3'), or
 * digits that a point or comma may part ('500.000', '4,5'); compromise keeps either in one term
 * (it splits a unit off a number, '4m', but never a figure off a word).
 */
function runEnd(window: string, i: number, kind: 'letter' | 'digit'): number {
  if (kind === 'letter') {
    while (i < window.length && plainKind(window.charCodeAt(i)) !== undefined) i++;
    return i;
  }
  for (;;) {
    while (i < window.length && plainKind(window.charCodeAt(i)) === 'digit') i++;
    const code = window.charCodeAt(i);
    if ((code !== 44 && code !== 46) || plainKind(window.charCodeAt(i + 1)) !== 'digit') return i;
    i++;
  }
}

/** What a character of a plain word is: a letter (Latin, with Vietnamese and other precomposed accents), a digit, or neither. */
function plainKind(code: number): 'letter' | 'digit' | undefined {
  if (code < 0xc0) {
    if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90)) return 'letter';
    return code >= 48 && code <= 57 ? 'digit' : undefined;
  }
  if (code <= 0x24f) return code !== 0xd7 && code !== 0xf7 ? 'letter' : undefined;
  return code >= 0x1e00 && code <= 0x1eff ? 'letter' : undefined;
}
