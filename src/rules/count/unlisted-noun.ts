/**
 * count/unlisted-noun — a figure followed by a noun the lexicon does not list, read as a count
 * when nothing else reads the figure: 'tăng cường 1.400 xe khách', 'chia làm 4 khu nhà lồng'.
 * The noun phrase is settled by compromise with the Vietnamese plugin; a figure glued to a name
 * ('tàu Hàm Luông 05', 'Kho 5') names rather than counts.
 * @module
 */
import type { Rule } from '../rule.js';
import type { Draft } from '../../extract/draft.js';
import { spanOf } from '../../extract/draft.js';
import { isQuantityMention, quantityOf } from '../../extract/sentence-context.js';
import { cleanPhrase, entityAfter, phraseBefore, skipSpacesBack, wordStart } from '../../extract/scan.js';
import { isIdentifierNumber } from './identifier.js';

/** Mention kinds a count is made of. */
const COUNT_KINDS = new Set(['cardinal', 'decimal', 'range']);

/** Most words of an unlisted noun phrase. */
const MAX_WORDS = 3;

/** '<n> <unlisted noun>' when no other rule reads the figure (counts of listed nouns win, as they run first). */
export const countUnlistedNoun: Rule = {
  id: 'count/unlisted-noun',
  kind: 'count',
  examples: ['tăng cường 1.400 xe khách', 'chia làm 4 khu nhà lồng'],
  // it reads only from the figures of the window
  trigger: { figures: 1 },
  apply(ctx) {
    const drafts: Draft[] = [];
    const { text, lexicon } = ctx;
    for (const m of ctx.mentions) {
      if (!isQuantityMention(m) || !COUNT_KINDS.has(m.kind) || m.unit || isIdentifierNumber(ctx, m)) continue;
      if (lexicon.articleWords.matchAt(m.span.text, 0)?.end === m.span.text.length) continue;
      if (followsName(text, m.span.start)) continue;
      // only where a count is expected: after a verb, a counting word, or at the head of a clause
      const action = phraseBefore(ctx, lexicon.actionVerbs, m.span.start, 3);
      if (!action && !opensCount(ctx, m.span.start)) continue;
      if (entityAfter(ctx, m.span.end)) continue; // a listed noun: count/number-entity reads it
      const entity = entityAfter(ctx, m.span.end, { fallbackWords: MAX_WORDS });
      if (!entity) continue;
      const draft: Draft = {
        kind: 'count',
        rule: this.id,
        span: spanOf(text, action ? action.start : m.span.start, entity.end),
        quantity: quantityOf(m),
        entity: cleanPhrase(text, entity.start, entity.end),
        uses: [m.span.start],
      };
      if (action) draft.action = action.phrase;
      drafts.push(draft);
    }
    return drafts;
  },
};

/** True when the figure at `pos` opens a clause or follows a counting word ('với 240 ghế ngồi'). */
function opensCount(ctx: Parameters<Rule['apply']>[0], pos: number): boolean {
  const { text, lexicon } = ctx;
  const end = skipSpacesBack(text, pos);
  if (end <= ctx.start || /[,;:(]/.test(text[end - 1] as string)) return true;
  return lexicon.countOpeners.matchEndingAt(text, end) !== undefined;
}

/** True when the word right before `pos` is capitalized: the figure is part of a name. */
function followsName(text: string, pos: number): boolean {
  const end = skipSpacesBack(text, pos);
  if (end === pos) return false;
  const start = wordStart(text, end);
  const c = text[start];
  return start < end && c !== undefined && c !== c.toLowerCase();
}
