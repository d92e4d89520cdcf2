/**
 * compromise/one with a Vietnamese plugin, for tagging short windows of text with solieu's
 * lexicon. compromise keeps its lexicon in module-global state, so solieu loads a private copy of
 * its self-contained CommonJS build: the compromise a host application imports is never changed.
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
}

/** A compromise document, as far as solieu reads it. */
interface CompromiseDoc {
  json(options: object): { terms: { text: string; tags: string[]; offset: { start: number; length: number } }[] }[];
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

/** Most windows a tagger remembers. */
const MEMO_SIZE = 4096;

/** A tagger over one lexicon: a private compromise with the Vietnamese plugin applied. */
export class WindowTagger {
  /** The private compromise, made on first use. */
  private nlp: Compromise | undefined;

  /** Makes a tagger for `lexicon`; compromise is loaded only when a window is first tagged. */
  constructor(private readonly lexicon: Lexicon) {}

  /** Windows tagged lately and their terms (rules ask about the same window; bounded, cleared when full). */
  private readonly memo = new Map<string, readonly TaggedTerm[]>();

  /**
   * The terms of `window`, each with its tags and offsets in `window`. Recent windows are
   * remembered (a few thousand at most), so the list returned is shared: do not modify it.
   */
  tag(window: string): readonly TaggedTerm[] {
    const known = this.memo.get(window);
    if (known) return known;
    const terms = this.tagFresh(window);
    if (this.memo.size >= MEMO_SIZE) this.memo.clear();
    this.memo.set(window, terms);
    return terms;
  }

  /** Tags `window` with compromise. */
  private tagFresh(window: string): TaggedTerm[] {
    if (!this.nlp) {
      this.nlp = loadPrivateCompromise();
      this.nlp.plugin(vietnamesePlugin(this.lexicon));
    }
    const terms: TaggedTerm[] = [];
    for (const sentence of this.nlp(window).json({ offset: true, terms: { offset: true } })) {
      for (const t of sentence.terms) {
        terms.push({ text: t.text, tags: new Set(t.tags), start: t.offset.start, end: t.offset.start + t.offset.length });
      }
    }
    return terms;
  }

  /** The normal form compromise gives `word` (letters such as 'ă', 'đ', 'ư' must survive). */
  normal(word: string): string {
    this.tag('');
    const doc = (this.nlp as Compromise)(word).json({ terms: { normal: true } }) as unknown as { terms: { normal: string }[] }[];
    return doc[0]?.terms[0]?.normal ?? '';
  }
}
