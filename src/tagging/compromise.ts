/**
 * compromise/one with a Vietnamese plugin, for tagging short windows of text with solieu's
 * lexicon. compromise keeps its lexicon in module-global state, so solieu loads a private copy of
 * its self-contained CommonJS build (one per lexicon, shared by its taggers): the compromise a host
 * application imports is never changed.
 * compromise's normal form folds ă â đ ê ô ơ ư to ASCII ('năm' → 'nam'); the plugin switches
 * that folding off so that 'năm' (year) and 'nam' (south) stay apart.
 *
 * compromise costs tens of microseconds per call, so solieu calls it only on small windows that
 * the fast phrase tables could not settle (see `entityAfter`), never on whole documents.
 * @module
 */
import { createRequire } from 'node:module';
import type { Lexicon } from '../extract/lexicon.js';
import { normalizeString } from '../text/normalize.js';
import type { PlainLeading, PlainLexicon } from './compromise-plain.js';
import { plainLeading } from './compromise-plain.js';

/** The tags the Vietnamese plugin gives lexicon phrases. */
export const LEXICON_TAGS = {
  countedNouns: 'CountedNoun',
  classifiers: 'Classifier',
  entityModifiers: 'Modifier',
  entityStopWords: 'StopWord',
  actionVerbs: 'Action',
  increaseVerbs: 'ChangeVerb',
  decreaseVerbs: 'ChangeVerb',
  titleHeads: 'Title',
  honorifics: 'Honorific',
  documentTypes: 'DocumentType',
  placeLevels: 'PlaceLevel',
} as const satisfies Partial<Record<keyof Lexicon, string>>;

/** One term of a tagged window. */
export interface TaggedTerm {
  /** The term as written. */
  text: string;
  /** Its tags (lexicon tags, and compromise's own such as 'Value'). */
  tags: ReadonlySet<string>;
  /** Offset of the term in the window. */
  start: number;
  /** Offset just past the term. */
  end: number;
}

/** The part of compromise's API solieu uses. */
interface Compromise {
  (text: string): CompromiseDoc;
  plugin(plugin: object): unknown;
  world(): CompromiseWorld;
}

/** A compromise document, as far as solieu reads it. */
interface CompromiseDoc {
  json(options: object): { terms: CompromiseTerm[] }[];
}

/** A term of compromise's JSON output, as far as solieu reads it. */
interface CompromiseTerm {
  text: string;
  tags: string[];
  offset: { start: number; length: number };
  /** The lower-case form without outer punctuation. */
  normal: string;
  /** A further folded form, when it differs from `normal`; compromise looks a term up by it first. */
  machine?: string;
}

/** compromise's model, as far as solieu reads it. */
interface CompromiseWorld {
  model: {
    one: {
      _multiCache?: Record<string, number>;
      lexicon: Record<string, string | string[]>;
      contractions: { word?: string }[];
      aliases: Record<string, string>;
    };
  };
}

/** A tagged window: its terms, and the form compromise looked each one up by in its lexicon. */
interface TaggedWindow {
  readonly terms: readonly TaggedTerm[];
  /** Per term, its machine form, else its normal form (the key of compromise's lexicon). */
  readonly keys: readonly string[];
}

/** A compromise plugin object (`nlp.plugin(…)` takes it). */
export interface VietnamesePlugin {
  /** Lexicon phrases (normalized, lower-case) → tag. */
  words: Record<string, string>;
  /** The tags it introduces. */
  tags: Record<string, object>;
  /** Switches off compromise's folding of Vietnamese letters. */
  mutate: (world: object) => void;
}

/** The compromise plugin that tags `lexicon` phrases and keeps Vietnamese letters unfolded. */
export function vietnamesePlugin(lexicon: Lexicon): VietnamesePlugin {
  const words: Record<string, string> = {};
  for (const [field, tag] of Object.entries(LEXICON_TAGS)) {
    const list = (lexicon as unknown as Record<string, readonly string[]>)[field] ?? [];
    for (const phrase of list) words[normalizeString(phrase).toLowerCase()] = tag;
  }
  const tags: Record<string, object> = {};
  for (const tag of new Set(Object.values(LEXICON_TAGS))) tags[tag] = {};
  return {
    words,
    tags,
    mutate(world) {
      const model = (world as { model: { one: { unicode: Record<string, unknown> } } }).model;
      model.one.unicode = {};
    },
  };
}

/** Loads a private copy of compromise/one (its CommonJS build), leaving any shared copy untouched. */
function loadPrivateCompromise(): Compromise {
  const require = createRequire(import.meta.url);
  const id = require.resolve('compromise/one');
  const shared = require.cache[id];
  delete require.cache[id];
  try {
    const loaded = require(id) as Compromise | { default: Compromise };
    return typeof loaded === 'function' ? loaded : loaded.default;
  } finally {
    if (shared) require.cache[id] = shared;
    else delete require.cache[id];
  }
}

/**
 * Private copies of compromise already loaded, by the words of their plugin (the only thing that
 * sets a copy apart): taggers over the same lexicon share one. A copy takes time to load, and its
 * code runs several times slower over its first few thousand windows than once warmed up, so an
 * extractor made later starts with a warm tagger instead of a cold one.
 */
const LOADED = new Map<string, Compromise>();

/** Most private copies of compromise kept loaded (the oldest is let go first). */
const MAX_LOADED = 4;

/** The private compromise with `plugin` applied, loaded once per distinct plugin word list. */
function compromiseWith(plugin: VietnamesePlugin): Compromise {
  const key = JSON.stringify(plugin.words);
  const known = LOADED.get(key);
  if (known) return known;
  const nlp = loadPrivateCompromise();
  nlp.plugin(plugin);
  if (LOADED.size >= MAX_LOADED) LOADED.delete(LOADED.keys().next().value as string);
  LOADED.set(key, nlp);
  return nlp;
}

/** The lexicon of each private copy, read for plain words (built once per copy: the copy's lexicon never changes). */
const PLAIN_LEXICONS = new WeakMap<Compromise, PlainLexicon>();

/** What compromise's lexicon step reads in `nlp` (see compromise-plain), built on first use. */
function plainLexiconOf(nlp: Compromise): PlainLexicon {
  const known = PLAIN_LEXICONS.get(nlp);
  if (known) return known;
  const model = nlp.world().model.one;
  const rewritten = new Set(Object.keys(model.aliases));
  for (const c of model.contractions) if (c.word !== undefined) rewritten.add(c.word);
  const words = new Map<string, ReadonlySet<string>>();
  for (const [word, tags] of Object.entries(model.lexicon)) words.set(word, new Set(typeof tags === 'string' ? [tags] : tags));
  const plain = { words, phraseWords: new Map(Object.entries(model._multiCache ?? {})), rewritten };
  PLAIN_LEXICONS.set(nlp, plain);
  return plain;
}

/** Most windows a tagger remembers. */
const MEMO_SIZE = 4096;

/**
 * Terms read past the last one a leading read needs. compromise joins or splits terms only next to
 * each other ('he / she', '2 - 5', a contraction and the word after it), so cutting a window
 * changes at most its last two terms.
 */
const CUT_MARGIN = 2;

/**
 * Where compromise splits sentences: a stop before a space, a CJK stop, a line break. A window
 * without any is one sentence, and so is every opening of it.
 */
const SENTENCE_BREAK = /[.!?\u203D\u2E18\u203C\u2047-\u2049\u0964\u0965\u061F\u06D4\u0589\u1362\u1367\u104B\u17D4]\s|[\u3002\uFF01\uFF1F\uFF61\r\n]/;

/** Outer punctuation compromise leaves out of a term's normal form. */
const OUTER_PUNCTUATION = /^['"(]+|[",.!:;?)]+$/g;

/** A tagger over one lexicon: a private compromise with the Vietnamese plugin applied. */
export class WindowTagger {
  /** The private compromise, found or loaded on first use. */
  private nlp: Compromise | undefined;

  /** Makes a tagger for `lexicon`; compromise is loaded only when a window is first tagged. */
  constructor(private readonly lexicon: Lexicon) {}

  /** Windows tagged lately and their terms (rules ask about the same window; bounded, cleared when full). */
  private readonly memo = new Map<string, TaggedWindow>();

  /** Per first word of a lexicon phrase of several words, the most words such a phrase has (compromise's own table). */
  private phraseWords: Readonly<Record<string, number>> = {};

  /** compromise's lexicon, for windows of plain words tagged without it. */
  private plain: PlainLexicon = { words: new Map(), phraseWords: new Map(), rewritten: new Set() };

  /**
   * The terms of `window`, each with its tags and offsets in `window`. Recent windows are
   * remembered (a few thousand at most), so the list returned is shared: do not modify it.
   */
  tag(window: string): readonly TaggedTerm[] {
    return this.tagWindow(window).terms;
  }

  /**
   * The first `count` terms of `window`, exactly as {@link tag} gives them for the whole window,
   * read from an opening of the window when that settles them. compromise's cost grows with the
   * number of terms, and a reader that needs a few words need not pay for the rest: a term's tags
   * depend only on the lexicon phrases that start at or before it, so the opening is cut after
   * the longest phrase the first `count` terms may open, plus a margin. The opening is checked
   * after tagging (with compromise's own terms and lexicon forms); when it falls short, the whole
   * window is tagged. A window of plain words is tagged without compromise (see
   * {@link tagPlainLeading}), with the same result.
   */
  tagLeading(window: string, count: number): readonly TaggedTerm[] {
    const plain = this.tagPlainLeading(window, count);
    if (plain.complete) return plain.terms;
    const cut = SENTENCE_BREAK.test(window) ? window.length : this.openingEnd(window, count);
    if (cut < window.length) {
      const opening = this.tagWindow(window.slice(0, cut));
      if (opening.terms.length > this.lastNeeded(opening.keys, count) + CUT_MARGIN) return opening.terms.slice(0, count);
    }
    return this.tagWindow(window).terms.slice(0, count);
  }

  /**
   * The first `count` terms of `window` as far as its plain words settle them, without running
   * compromise: the opening of what {@link tagLeading} gives, and whether it is all of it.
   */
  tagPlainLeading(window: string, count: number): PlainLeading {
    this.compromise();
    return plainLeading(window, count, this.plain);
  }

  /** Index of the last term that can take part in tagging the first `count` terms of words `keys`. */
  private lastNeeded(keys: readonly string[], count: number): number {
    let last = count - 1;
    for (let j = 0; j < count && j < keys.length; j++) last = Math.max(last, j + this.phraseReach(keys[j] as string) - 1);
    return last;
  }

  /** Most terms a lexicon phrase starting with the word `key` spans (1 when no longer phrase starts with it). */
  private phraseReach(key: string): number {
    return Object.hasOwn(this.phraseWords, key) ? (this.phraseWords[key] as number) : 1;
  }

  /**
   * End of the opening of `window` that likely settles its first `count` terms: space-separated
   * words stand in for compromise's terms ({@link tagLeading} checks the guess), the window's
   * length when the opening would be the whole window.
   */
  private openingEnd(window: string, count: number): number {
    this.compromise();
    let last = count - 1;
    let from = 0;
    for (let index = 0; ; index++) {
      while (window.charCodeAt(from) === 32) from++;
      const to = window.indexOf(' ', from);
      if (to < 0) return window.length;
      if (index < count) last = Math.max(last, index + this.phraseReach(window.slice(from, to).toLowerCase().replace(OUTER_PUNCTUATION, '')) - 1);
      if (index >= last + CUT_MARGIN) return to;
      from = to;
    }
  }

  /** The tagged window, from the memo or fresh. */
  private tagWindow(window: string): TaggedWindow {
    const known = this.memo.get(window);
    if (known) return known;
    const tagged = this.tagFresh(window);
    if (this.memo.size >= MEMO_SIZE) this.memo.clear();
    this.memo.set(window, tagged);
    return tagged;
  }

  /** Tags `window` with compromise. */
  private tagFresh(window: string): TaggedWindow {
    const terms: TaggedTerm[] = [];
    const keys: string[] = [];
    for (const sentence of this.compromise()(window).json({ offset: true, terms: { offset: true } })) {
      for (const t of sentence.terms) {
        terms.push({ text: t.text, tags: new Set(t.tags), start: t.offset.start, end: t.offset.start + t.offset.length });
        keys.push(t.machine || t.normal);
      }
    }
    return { terms, keys };
  }

  /** The private compromise with the plugin applied, loaded on first use. */
  private compromise(): Compromise {
    if (!this.nlp) {
      this.nlp = compromiseWith(vietnamesePlugin(this.lexicon));
      this.phraseWords = this.nlp.world().model.one._multiCache ?? {};
      this.plain = plainLexiconOf(this.nlp);
    }
    return this.nlp;
  }

  /** The normal form compromise gives `word` (letters such as 'ă', 'đ', 'ư' must survive). */
  normal(word: string): string {
    const doc = this.compromise()(word).json({ terms: { normal: true } }) as unknown as { terms: { normal: string }[] }[];
    return doc[0]?.terms[0]?.normal ?? '';
  }
}
