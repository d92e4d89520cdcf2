/**
 * All people of a sentence, read once: honorific first, then titles before a name, then names
 * before titles; a later reading never takes a name an earlier one took.
 * @module
 */
import type { DraftOf } from '../../extract/draft.js';
import { perSentence } from '../../extract/sentence-memo.js';
import { honorificPeople, namedPeople, titleHeadsIn, titledPeople } from './people.js';
import { FAMILY_NAMES } from '../../lexicon/people.js';
import { PhraseTable } from '../../tagging/phrase-table.js';
import { FAMILY_NAME_WORDS, familyStartsIn, isUpperAt } from '../organization/names.js';
import { hasCapitalizedPair, nextCapitalizedWordStart } from '../../extract/sentence-words.js';
import type { SentenceContext } from '../../extract/sentence-context.js';
import type { RuleTrigger } from '../rule.js';
import { firstWordsOf, lastWordsOf } from '../../extract/trigger.js';

/** Family names, compiled. */
const FAMILIES = PhraseTable.of(FAMILY_NAMES);

/** White space between a family name and the syllable after it. */
const SPACE = /\s/;

/**
 * True when a family name, spelled as listed, is followed by a capitalized syllable: without one,
 * only honorifics can introduce a name. Only capitalized words that may open a family name are
 * looked up, and of those only the ones the sentence's next capitalized word follows after a space
 * (the word after a family name, or the second word of one: 'Đinh Thị', family names being words
 * apart by single spaces) and the last one (the syllable after it may open the next sentence).
 */
function hasFamilyThenCapital(ctx: SentenceContext): boolean {
  const { text } = ctx;
  let next = ctx.start;
  for (const i of familyStartsIn(ctx)) {
    if (i < next) continue;
    const after = nextCapitalizedWordStart(ctx, i + 1);
    if (after >= 0 && !SPACE.test(text[after - 1] as string)) continue;
    const family = FAMILIES.matchAt(text, i);
    if (!family || family.end > ctx.end) continue;
    next = family.end;
    if (text.slice(family.start, family.end) !== family.phrase) continue;
    let k = family.end;
    while (k < ctx.end && SPACE.test(text[k] as string)) k++;
    if (k > family.end && isUpperAt(text, k)) return true;
  }
  return false;
}

/**
 * The trigger of the rules that read a person beside a title (title-name, name-title): a title
 * head in the sentence (its first word and its last: 'bộ', 'ban' alone stand in most sentences)
 * and a family name.
 */
export const TITLED_PERSON_TRIGGER: RuleTrigger = {
  words: [(lexicon) => firstWordsOf(lexicon.titleHeads), (lexicon) => lastWordsOf(lexicon.titleHeads), FAMILY_NAME_WORDS],
};

/** The people of a sentence, each with the id of the rule that read it. */
export const readPeople = perSentence((ctx): DraftOf<'person'>[] => {
  const found: DraftOf<'person'>[] = [];
  // a name has two capitalized syllables at least
  if (!hasCapitalizedPair(ctx)) return found;
  take(ctx.text, found, honorificPeople(ctx, 'person/honorific-name'));
  // without an honorific, a person is read only beside a title, and only on a family name
  const heads = titleHeadsIn(ctx);
  if (heads.length > 0 && hasFamilyThenCapital(ctx)) {
    take(ctx.text, found, titledPeople(ctx, 'person/title-name', heads));
    take(ctx.text, found, namedPeople(ctx, 'person/name-title'));
  }
  return found.sort((a, b) => a.span.start - b.span.start);
});

/** Adds to `found` the people of `read` (in order) whose names no person of `found` overlaps. */
function take(text: string, found: DraftOf<'person'>[], read: readonly DraftOf<'person'>[]): void {
  for (const d of read) {
    const nameAt = text.indexOf(d.name, d.span.start);
    const nameEnd = nameAt + d.name.length;
    if (!found.some((f) => f.span.start < nameEnd && nameAt < f.span.end)) found.push(d);
  }
}
