/**
 * The dateline names a place ('QUY NHƠN –', 'Mai Châu:'): when no place rule read it, the
 * document pass adds it as a place fact, its name in title case, its level when it is a province.
 * @module
 */
import type { Article, Fact, PlaceFact } from '../types.js';
import { PROVINCES } from '../lexicon/places.js';

/** Rule id of the facts it adds. */
const ID = 'place/dateline';

/** Characters that close a dateline after its place ('Điện Biên:', 'HÀ GIANG –'). */
const DATELINE_TAIL = /[\s:–—-]+$/u;

/** `facts` plus the place of the dateline when no fact holds it yet (facts stay in text order). */
export function addDatelinePlace(facts: Fact[], article: Article): Fact[] {
  const span = article.datelineSpan;
  if (!span || !article.dateline) return facts;
  if (facts.some((f) => f.kind === 'place' && f.span.start < span.end && span.start < f.span.end)) return facts;
  const written = span.text.replace(DATELINE_TAIL, '');
  if (!written) return facts;
  const sentence = article.sentences.find((s) => s.span.start <= span.start && span.end <= s.span.end);
  if (!sentence) return facts;
  const name = titleCase(written.normalize('NFC'));
  const place: PlaceFact = {
    kind: 'place',
    id: '',
    rule: ID,
    span: { start: span.start, end: span.start + written.length, text: written },
    sentence: sentence.span,
    section: sentence.section,
    name,
  };
  const level = PROVINCES[name];
  if (level) place.level = level;
  const at = facts.findIndex((f) => f.span.start > place.span.start);
  if (at < 0) facts.push(place);
  else facts.splice(at, 0, place);
  return facts;
}

/** 'QUY NHƠN' → 'Quy Nhơn'; a name already in mixed case stays as written. */
function titleCase(name: string): string {
  if (name !== name.toUpperCase()) return name.replace(/\s+/g, ' ');
  return name
    .toLowerCase()
    .split(/\s+/)
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(' ');
}
