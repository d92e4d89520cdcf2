/**
 * The lexicon an extractor matches with: the data tables of `src/lexicon/`, extendable by users,
 * compiled once into phrase tables.
 * @module
 */
import { PhraseTable } from '../tagging/phrase-table.js';
import { WindowTagger } from '../tagging/compromise.js';
import { normalizeString } from '../text/normalize.js';
import { isWordCharacter } from '../text/boundaries.js';
import {
  ARTICLE_WORDS, CLASSIFIERS, COUNT_OPENERS, NOT_NOUN_OPENERS, FIGURE_LINKS, TRAILING_QUALIFIERS, COUNTED_NOUNS, DANGLING_WORDS, DIMENSION_WORDS, MEASURE_SUBJECTS, ENTITY_MODIFIER_STARTERS, ENTITY_CONTINUATIONS, ENTITY_STOP_WORDS, NOUN_JOINERS, SUBJECT_OPENERS,
  TOTAL_MARKERS, NUMBER_OF_WORDS, SCOPE_ADVERBIALS,
} from '../lexicon/counted-nouns.js';
import { ACTION_VERBS, EXISTENTIAL_VERBS } from '../lexicon/actions.js';
import {
  AFTER_MARKERS, BASELINE_MARKERS, BEFORE_MARKERS, CURRENT_STATE_MARKERS, DECREASE_VERBS, EQUIVALENT_WORDS,
  DELTA_FILLERS, GROWTH_NOUNS, HEDGE_WORDS, INCREASE_VERBS, MULTIPLIER_VERBS, NOT_CHANGE_COMPOUNDS, LEVEL_VERBS, LINKED_DECREASE_VERBS, MERGE_VERBS, MULTIPLIER_WORDS, RATE_NOUNS,
} from '../lexicon/changes.js';
import { AVERAGE_MARKERS, EACH_WORDS, PER_UNITS, PERIODIC_WORDS } from '../lexicon/averages.js';
import { PERCENT_OF, PERCENT_VERBS, SHARE_WORDS } from '../lexicon/percents.js';
import { CURRENCY_CODES } from '../lexicon/money.js';
import { ACHIEVED_MARKERS, NOT_GOAL_PHRASES, TARGET_MARKERS } from '../lexicon/targets.js';
import { HONORIFICS, TITLE_HEADS } from '../lexicon/people.js';
import { ORGANIZATIONS } from '../lexicon/organizations.js';
import { DOCUMENT_TYPES } from '../lexicon/documents.js';
import { PLACE_LEVELS } from '../lexicon/places.js';

/** Direction a change word implies. */
export type Direction = 'increase' | 'decrease';

/** Word lists an extractor matches with. Each list adds to (never replaces) the defaults. */
export interface Lexicon {
  /** Nouns that name what is counted ('đảng viên', 'chi bộ'). */
  countedNouns: readonly string[];
  /** Classifiers that may open a counted phrase ('lượt'). */
  classifiers: readonly string[];
  /** Words after a counted noun that still belong to the entity ('mới', 'chưa có'). */
  entityModifiers: readonly string[];
  /** Restrictive phrases that carry an entity on past a word that would stop it ('ở nước ngoài', 'theo hợp đồng'). */
  entityContinuations: readonly string[];
  /** Words that end an entity phrase ('do', 'so với'). */
  entityStopWords: readonly string[];
  /** Verbs that govern a count ('kết nạp'). */
  actionVerbs: readonly string[];
  /** Verbs of increase ('tăng'). */
  increaseVerbs: readonly string[];
  /** Verbs of decrease ('giảm'). */
  decreaseVerbs: readonly string[];
  /** Nouns of rates whose change in % is in percentage points ('tỷ lệ'). */
  rateNouns: readonly string[];
  /** What a percentage can be of ('kế hoạch'). */
  percentOf: readonly string[];
  /** Units an average may be per ('năm'). */
  perUnits: readonly string[];
  /** Honorifics that introduce a person ('đồng chí'). */
  honorifics: readonly string[];
  /** Title heads ('Phó Bí thư'). */
  titleHeads: readonly string[];
  /** Organizations, each with its expansion when it is an abbreviation. */
  organizations: Readonly<Record<string, string | undefined>>;
  /** Document types ('Nghị quyết'). */
  documentTypes: readonly string[];
  /** Administrative level words that open a place name ('huyện'). */
  placeLevels: readonly string[];
}

/** The lexicon solieu ships with. */
export const DEFAULT_LEXICON: Lexicon = {
  countedNouns: COUNTED_NOUNS,
  classifiers: CLASSIFIERS,
  entityModifiers: ENTITY_MODIFIER_STARTERS,
  entityContinuations: ENTITY_CONTINUATIONS,
  entityStopWords: ENTITY_STOP_WORDS,
  actionVerbs: ACTION_VERBS,
  increaseVerbs: INCREASE_VERBS,
  decreaseVerbs: DECREASE_VERBS,
  rateNouns: RATE_NOUNS,
  percentOf: PERCENT_OF,
  perUnits: PER_UNITS,
  honorifics: HONORIFICS,
  titleHeads: TITLE_HEADS,
  organizations: ORGANIZATIONS,
  documentTypes: DOCUMENT_TYPES,
  placeLevels: PLACE_LEVELS,
};

/** A lexicon compiled into phrase tables. */
export interface CompiledLexicon {
  /** The word lists it was compiled from. */
  readonly source: Lexicon;
  /** compromise with the Vietnamese plugin, for small windows the phrase tables cannot settle. */
  readonly tagger: WindowTagger;
  /** Counted nouns. */
  readonly countedNouns: PhraseTable<string>;
  /** Classifiers. */
  readonly classifiers: PhraseTable<string>;
  /** Entity modifiers. */
  readonly entityModifiers: PhraseTable<string>;
  /** See {@link Lexicon.entityContinuations}. */
  readonly entityContinuations: PhraseTable<string>;
  /** Entity stop words. */
  readonly entityStopWords: PhraseTable<string>;
  /** Qualifiers after a counted phrase ('trở lên'), valued by their Approx. */
  readonly trailingQualifiers: PhraseTable<'at_least' | 'at_most'>;
  /** Words that never open an unlisted noun phrase ('vào', 'chúng'). */
  readonly notNounOpeners: PhraseTable<string>;
  /** Words after which a figure is expected to count something ('với'). */
  readonly countOpeners: PhraseTable<string>;
  /** Words that end an entity when a figure follows ('thành'). */
  readonly figureLinks: PhraseTable<string>;
  /** Number words that are usually an article ('một'). */
  readonly articleWords: PhraseTable<string>;
  /** Nouns of measured statistics ('sản lượng'). */
  readonly measureSubjects: PhraseTable<string>;
  /** Dimension words ('dài', 'rộng'). */
  readonly dimensionWords: PhraseTable<string>;
  /** Words joining two counted nouns ('và'). */
  readonly nounJoiners: PhraseTable<string>;
  /** Linking words an entity must not end on ('thuộc'). */
  readonly danglingWords: PhraseTable<string>;
  /** Discourse words that open a clause but are not part of its subject ('trong đó'). */
  readonly subjectOpeners: PhraseTable<string>;
  /** Action verbs. */
  readonly actionVerbs: PhraseTable<string>;
  /** Verbs that only say something exists ('có'). */
  readonly existentialVerbs: PhraseTable<string>;
  /** Increase and decrease verbs, valued by direction. */
  readonly changeVerbs: PhraseTable<Direction>;
  /** Verbs of decrease that make a change only beside an agreeing frame ('xóa được'). */
  readonly linkedDecreaseVerbs: PhraseTable<string>;
  /** How far past the word it starts at a change verb or linked decrease verb may reach, in characters (the longest once normalized; Infinity when one does not open with a letter, mark or digit). */
  readonly changeVerbReach: number;
  /** Verbs that move a level ('đưa', 'nâng'), valued by the direction they imply. */
  readonly levelVerbs: PhraseTable<Direction | undefined>;
  /** 'tương đương', 'tương ứng'. */
  readonly equivalentWords: PhraseTable<string>;
  /** Words that may stand between a change verb and its amount ('thêm'). */
  readonly deltaFillers: PhraseTable<string>;
  /** Phrases in which a change verb is not one ('xe tăng', 'hạ tầng'). */
  readonly notChangeCompounds: PhraseTable<string>;
  /** Verbs whose figure is a multiplier ('gấp'). */
  readonly multiplierVerbs: PhraseTable<string>;
  /** 'tăng trưởng'. */
  readonly growthNouns: PhraseTable<string>;
  /** 'bình quân', 'ước'. */
  readonly hedgeWords: PhraseTable<string>;
  /** What opens a stated total ('tổng số'). */
  readonly totalMarkers: PhraseTable<string>;
  /** Before markers ('từ'). */
  readonly beforeMarkers: PhraseTable<string>;
  /** After markers, valued by the direction they imply (or undefined). */
  readonly afterMarkers: PhraseTable<Direction | undefined>;
  /** Merge verbs ('sáp nhập'). */
  readonly mergeVerbs: PhraseTable<string>;
  /** Baseline markers ('so với'). */
  readonly baselineMarkers: PhraseTable<string>;
  /** Multiplier words ('lần'). */
  readonly multiplierWords: PhraseTable<string>;
  /** Current-state markers ('hiện còn'). */
  readonly currentStateMarkers: PhraseTable<string>;
  /** Rate nouns ('tỷ lệ'). */
  readonly rateNouns: PhraseTable<string>;
  /** Average markers ('bình quân'). */
  readonly averageMarkers: PhraseTable<string>;
  /** 'each' words ('mỗi', 'hằng'). */
  readonly eachWords: PhraseTable<string>;
  /** Units an average may be per. */
  readonly perUnits: PhraseTable<string>;
  /** 'hằng năm' and the like, valued by their unit. */
  readonly periodicWords: PhraseTable<string>;
  /** What a percentage can be of. */
  readonly percentOf: PhraseTable<string>;
  /** Words opening the whole a percentage is a share of ('số'). */
  readonly shareWords: PhraseTable<string>;
  /** Verbs reporting a percentage. */
  readonly percentVerbs: PhraseTable<string>;
  /** Currency words valued by ISO code. */
  readonly currencies: PhraseTable<string>;
  /** Goal markers. */
  readonly targetMarkers: PhraseTable<string>;
  /** Achievement markers. */
  readonly achievedMarkers: PhraseTable<string>;
  /** Phrases in which a goal marker sets no goal ('chương trình mục tiêu quốc gia'). */
  readonly notGoalPhrases: PhraseTable<string>;
  /** Words that make a phrase the number of something ('số', 'tổng số'). */
  readonly numberOfWords: PhraseTable<string>;
  /** Scopes that may open or close a subject and are not part of what it names ('cả năm', 'toàn tỉnh'). */
  readonly scopeAdverbials: PhraseTable<string>;
  /** Honorifics. */
  readonly honorifics: PhraseTable<string>;
  /** Title heads. */
  readonly titleHeads: PhraseTable<string>;
  /** Organizations valued by expansion ('' when none). */
  readonly organizations: PhraseTable<string>;
  /** Document types. */
  readonly documentTypes: PhraseTable<string>;
  /** Place levels. */
  readonly placeLevels: PhraseTable<string>;
}

/**
 * How far (in characters) an entry of `phrases` may reach past the word it starts at: at least the
 * longest entry once normalized, or Infinity when an entry does not open with a letter, mark or
 * digit (a search that starts at words would miss it). A rule that rules a sentence out by finding
 * none of the entries between its start and its end plus this reach misses none.
 */
export function phraseReach(phrases: readonly string[]): number {
  let reach = 0;
  for (const raw of phrases) {
    const phrase = normalizeString(raw).trim();
    if (!phrase) continue;
    if (!isWordCharacter(phrase, 0)) return Infinity;
    reach = Math.max(reach, phrase.toLowerCase().length);
  }
  return reach;
}

/** Each phrase its own value. */
function self(list: readonly string[]): PhraseTable<string> {
  return PhraseTable.of(list);
}

/** The default lexicon with `extra` added to each list. */
export function mergeLexicon(extra: Partial<Lexicon> = {}): Lexicon {
  const merged: Record<string, unknown> = { ...DEFAULT_LEXICON };
  for (const [key, value] of Object.entries(extra)) {
    const base = (DEFAULT_LEXICON as unknown as Record<string, unknown>)[key];
    if (value === undefined) continue;
    if (Array.isArray(base) && Array.isArray(value)) merged[key] = [...base, ...value];
    else if (base && typeof base === 'object' && typeof value === 'object') merged[key] = { ...base, ...value };
    else throw new TypeError(`lexicon: unknown or mistyped list '${key}'`);
  }
  return merged as unknown as Lexicon;
}

/** Compiles a lexicon into phrase tables. */
export function compileLexicon(lexicon: Lexicon): CompiledLexicon {
  return {
    source: lexicon,
    tagger: new WindowTagger(lexicon),
    countedNouns: self(lexicon.countedNouns),
    classifiers: self(lexicon.classifiers),
    entityModifiers: self(lexicon.entityModifiers),
    entityContinuations: self(lexicon.entityContinuations),
    entityStopWords: self(lexicon.entityStopWords),
    trailingQualifiers: new PhraseTable<'at_least' | 'at_most'>(TRAILING_QUALIFIERS),
    notNounOpeners: self(NOT_NOUN_OPENERS),
    countOpeners: self(COUNT_OPENERS),
    figureLinks: self(FIGURE_LINKS),
    articleWords: self(ARTICLE_WORDS),
    measureSubjects: self(MEASURE_SUBJECTS),
    dimensionWords: self(DIMENSION_WORDS),
    nounJoiners: self(NOUN_JOINERS),
    danglingWords: self(DANGLING_WORDS),
    subjectOpeners: self(SUBJECT_OPENERS),
    actionVerbs: self(lexicon.actionVerbs),
    existentialVerbs: self(EXISTENTIAL_VERBS),
    changeVerbs: new PhraseTable<Direction>([
      ...lexicon.increaseVerbs.map((v) => [v, 'increase'] as const),
      ...lexicon.decreaseVerbs.map((v) => [v, 'decrease'] as const),
    ]),
    linkedDecreaseVerbs: self(LINKED_DECREASE_VERBS),
    changeVerbReach: phraseReach([...lexicon.increaseVerbs, ...lexicon.decreaseVerbs, ...LINKED_DECREASE_VERBS]),
    levelVerbs: new PhraseTable<Direction | undefined>(LEVEL_VERBS),
    equivalentWords: self(EQUIVALENT_WORDS),
    deltaFillers: self(DELTA_FILLERS),
    notChangeCompounds: self(NOT_CHANGE_COMPOUNDS),
    multiplierVerbs: self(MULTIPLIER_VERBS),
    growthNouns: self(GROWTH_NOUNS),
    hedgeWords: self(HEDGE_WORDS),
    totalMarkers: self(TOTAL_MARKERS),
    beforeMarkers: self(BEFORE_MARKERS),
    afterMarkers: new PhraseTable<Direction | undefined>(AFTER_MARKERS),
    mergeVerbs: self(MERGE_VERBS),
    baselineMarkers: self(BASELINE_MARKERS),
    multiplierWords: self(MULTIPLIER_WORDS),
    currentStateMarkers: self(CURRENT_STATE_MARKERS),
    rateNouns: self(lexicon.rateNouns),
    averageMarkers: self(AVERAGE_MARKERS),
    eachWords: self(EACH_WORDS),
    perUnits: self(lexicon.perUnits),
    periodicWords: new PhraseTable<string>(PERIODIC_WORDS),
    percentOf: self(lexicon.percentOf),
    percentVerbs: self(PERCENT_VERBS),
    shareWords: self(SHARE_WORDS),
    currencies: new PhraseTable<string>(Object.entries(CURRENCY_CODES)),
    targetMarkers: self(TARGET_MARKERS),
    achievedMarkers: self(ACHIEVED_MARKERS),
    notGoalPhrases: self(NOT_GOAL_PHRASES),
    numberOfWords: self(NUMBER_OF_WORDS),
    scopeAdverbials: self(SCOPE_ADVERBIALS),
    honorifics: self(lexicon.honorifics),
    titleHeads: self(lexicon.titleHeads),
    organizations: new PhraseTable<string>(Object.entries(lexicon.organizations).map(([k, v]) => [k, v ?? ''] as const)),
    documentTypes: self(lexicon.documentTypes),
    placeLevels: self(lexicon.placeLevels),
  };
}
