/**
 * Passes over the whole document's facts: first mention of each organization, place and person, and
 * links from a fact to the period or date that scopes its sentence.
 * @module
 */
import type { Fact } from '../types.js';
import { isSpace } from '../text/text-view.js';

/** Key of a named fact: its kind and folded name (names come from the normalized text, already NFC). */
function nameKey(kind: string, name: string): string {
  const lower = name.toLowerCase();
  // names read from clean text are mostly words apart by single spaces already
  return `${kind}:${hasUnevenSpace(lower) ? lower.replace(/\s+/g, ' ').trim() : lower}`;
}

/**
 * True when `text` holds white space that folding changes: any other than one plain space
 * between two other characters (a loop: the regex for it has no character to look for first, and
 * ran at every place of every name).
 */
function hasUnevenSpace(text: string): boolean {
  const last = text.length - 1;
  for (let i = 0; i <= last; i++) {
    const code = text.charCodeAt(i);
    if (isSpace(code) && (code !== 0x20 || i === 0 || i === last || isSpace(text.charCodeAt(i + 1)))) return true;
  }
  return false;
}

/** Kinds listed once per article, at their first mention. */
const ONCE_PER_ARTICLE = new Set(['organization', 'place', 'person']);

/**
 * Keeps only the first organization, place and person of each name in an article (facts or
 * drafts, in text order); other kinds pass through. A place whose first mention has no level
 * takes the level of a later mention of the same name.
 */
export function firstMentionOnly<T extends { kind: string; name?: string; level?: string }>(facts: readonly T[]): T[] {
  const first = new Map<string, T>();
  const kept: T[] = [];
  for (const f of facts) {
    if (!ONCE_PER_ARTICLE.has(f.kind) || f.name === undefined) {
      kept.push(f);
      continue;
    }
    const key = nameKey(f.kind, f.name);
    const seen = first.get(key);
    if (!seen) {
      first.set(key, f);
      kept.push(f);
    } else if (f.kind === 'place' && seen.level === undefined && f.level !== undefined) {
      seen.level = f.level;
    }
  }
  return kept;
}

/** Kinds a period scopes. */
const SCOPED = new Set(['count', 'average', 'percent', 'money', 'change']);

/** Sets `period` on figures whose sentence holds a period (or, failing one, a date): the nearest before them, else the first after. */
export function linkPeriods(facts: Fact[]): Fact[] {
  const bySentence = new Map<number, Fact[]>();
  for (const f of facts) {
    const list = bySentence.get(f.sentence.start);
    if (list) list.push(f);
    else bySentence.set(f.sentence.start, [f]);
  }
  for (const list of bySentence.values()) {
    const periods = list.filter((f) => f.kind === 'period');
    const scopes = periods.length ? periods : list.filter((f) => f.kind === 'date');
    if (scopes.length === 0) continue;
    for (const f of list) {
      if (!SCOPED.has(f.kind)) continue;
      const before = scopes.filter((p) => p.span.end <= f.span.start).pop();
      const scope = before ?? scopes.find((p) => p.span.start >= f.span.end);
      if (scope) f.period = scope.id;
    }
  }
  return facts;
}
