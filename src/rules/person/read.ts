/**
 * All people of a sentence, read once: honorific first, then titles before a name, then names
 * before titles; a later reading never takes a name an earlier one took.
 * @module
 */
import type { DraftOf } from '../../extract/draft.js';
import { overlapsAny, perSentence } from '../date/calendar.js';
import { honorificPeople, namedPeople, titledPeople } from './people.js';
import { FAMILY_NAMES } from '../../lexicon/people.js';

/** A family name followed by another capitalized syllable: without one, only honorifics can introduce a name. */
const FAMILY_THEN_CAPITAL = new RegExp(`(?<![\\p{L}\\p{M}])(?:${FAMILY_NAMES.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\\s+\\p{Lu}`, 'u');

/** The people of a sentence, each with the id of the rule that read it. */
export const readPeople = perSentence((ctx): DraftOf<'person'>[] => {
  const found: DraftOf<'person'>[] = [];
  const readers: [string, typeof honorificPeople][] = [['person/honorific-name', honorificPeople]];
  if (FAMILY_THEN_CAPITAL.test(ctx.text.slice(ctx.start, ctx.end))) {
    readers.push(['person/title-name', titledPeople], ['person/name-title', namedPeople]);
  }
  for (const [id, read] of readers) {
    for (const d of read(ctx, id)) {
      const nameAt = ctx.text.indexOf(d.name, d.span.start);
      const nameSpan = [{ span: { start: nameAt, end: nameAt + d.name.length } }];
      if (found.some((f) => overlapsAny(nameSpan, f.span.start, f.span.end))) continue;
      found.push(d);
    }
  }
  return found.sort((a, b) => a.span.start - b.span.start);
});
