/**
 * All people of a sentence, read once: honorific first, then titles before a name, then names
 * before titles; a later reading never takes a name an earlier one took.
 * @module
 */
import type { DraftOf } from '../../extract/draft.js';
import { overlapsAny, perSentence } from '../date/calendar.js';
import { honorificPeople, namedPeople, titledPeople } from './people.js';

/** The people of a sentence, each with the id of the rule that read it. */
export const readPeople = perSentence((ctx): DraftOf<'person'>[] => {
  const found: DraftOf<'person'>[] = [];
  const readers: [string, typeof honorificPeople][] = [
    ['person/honorific-name', honorificPeople],
    ['person/title-name', titledPeople],
    ['person/name-title', namedPeople],
  ];
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
