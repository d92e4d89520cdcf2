/**
 * The subject a figure states the number of: 'số người hoạt động không chuyên trách ở ấp, khu phố
 * dôi dư là 93 người', 'số đại biểu có mặt là 297/300'.
 * @module
 */
import type { Span } from '../../types.js';
import type { SentenceContext } from '../../extract/sentence-context.js';
import { spanOf } from '../../extract/draft.js';
import { clauseStart, countWords, skipSpaces, skipSpacesBack } from '../../extract/scan.js';
import { TOTAL_LINKS } from '../../lexicon/counted-nouns.js';
import { PhraseTable } from '../../tagging/phrase-table.js';

/** 'là', 'đạt', 'lên' … between the subject and its figure. */
const LINKS = PhraseTable.of(TOTAL_LINKS);

/**
 * What the figure at `pos` is the number of, when its clause reads '<số> <subject> <là|đạt …> <figure>'
 * and the marker opens the subject (at the clause start, after a comma or a discourse opener). The
 * subject may hold commas ('ở ấp, khu phố'), never a figure; at most `maxWords` words.
 */
export function numberOfSubject(ctx: SentenceContext, pos: number, maxWords: number): Span | undefined {
  const { text, lexicon } = ctx;
  const link = LINKS.matchEndingAt(text, skipSpacesBack(text, pos));
  if (!link) return undefined;
  const end = skipSpacesBack(text, link.start);
  const floor = clauseStart(ctx, pos);
  const markers = lexicon.numberOfWords.findAll(text, floor, end);
  for (let i = markers.length - 1; i >= 0; i--) {
    const marker = markers[i];
    if (!marker) continue;
    const before = skipSpacesBack(text, marker.start);
    const opens = before <= floor || text[before - 1] === ',' || lexicon.subjectOpeners.matchEndingAt(text, before) !== undefined;
    if (!opens) continue;
    if (ctx.mentions.some((m) => m.span.start >= marker.end && m.span.start < end)) return undefined;
    // a comma inside the subject lists nouns ('ở ấp, khu phố'); before anything else it ends a clause
    for (let c = text.indexOf(',', marker.end); c >= 0 && c < end; c = text.indexOf(',', c + 1)) {
      if (!lexicon.countedNouns.matchAt(text, skipSpaces(text, c + 1))) return undefined;
    }
    const head = skipSpaces(text, marker.end);
    if (head >= end || countWords(text, head, end) > maxWords) return undefined;
    return spanOf(text, head, end);
  }
  return undefined;
}
