/**
 * The organization rules, and the document-level pass that keeps the first mention of each name.
 * @module
 */
import type { Rule } from '../rule.js';
import { organizationName } from './name.js';

/** Every organization rule. */
export const ORGANIZATION_RULES: readonly Rule[] = [organizationName];

/** Key of a named fact: its kind and folded name. */
function nameKey(kind: string, name: string): string {
  return `${kind}:${name.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim()}`;
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

export { organizationName };
