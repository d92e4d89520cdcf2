/**
 * Passes over the whole document's facts: first mention of each organization and place, and
 * links from a fact to the period or date that scopes its sentence.
 * @module
 */
import type { Fact } from '../types.js';

/** Keeps only the first organization or place fact of each name (case and spacing folded). */
export function firstMentionOnly(facts: Fact[]): Fact[] {
  const seen = new Set<string>();
  return facts.filter((f) => {
    if (f.kind !== 'organization' && f.kind !== 'place') return true;
    const key = `${f.kind}:${f.name.toLowerCase().replace(/\s+/g, ' ')}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
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
