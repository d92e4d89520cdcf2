/**
 * Reading an organization's name at a position: a known name ('Tỉnh ủy', 'HĐND') or a head that
 * needs more words ('Ban', 'Sở', 'Đảng bộ'), followed by capitalized words with their lower-case
 * syllables, level words with the place they name ('tỉnh Quảng Ngãi') and other known names.
 * Shared by the organization, person (titles) and reference (issuers) rules.
 * @module
 */
import type { SentenceContext } from '../../extract/sentence-context.js';
import { PhraseTable } from '../../tagging/phrase-table.js';
import { isUpperCharacter, isWordCharacter } from '../../text/boundaries.js';
import { wordEnd } from '../../extract/scan.js';
import {
  ORGANIZATION_HEADS, ORGANIZATION_LOWER_TAILS, ORGANIZATION_STOP_WORDS,
} from '../../lexicon/organizations.js';
import { FAMILY_NAMES, TITLE_END_WORDS } from '../../lexicon/people.js';
import { PLACE_LEVEL_NAMES, PROVINCES } from '../../lexicon/places.js';

/** Heads that need at least one more word. */
const HEADS = PhraseTable.of(ORGANIZATION_HEADS);
/** Lower-case runs allowed inside a name. */
const LOWER_TAILS = PhraseTable.of(ORGANIZATION_LOWER_TAILS);
/** Words that end a name. */
const STOPS = PhraseTable.of([...ORGANIZATION_STOP_WORDS, ...TITLE_END_WORDS]);
/** Provinces and centrally-run cities. */
const PROVINCE_TABLE = new PhraseTable<string>(Object.entries(PROVINCES));
/** Family names, to see where a person's name starts. */
const FAMILY = new Set(FAMILY_NAMES);

/** An organization's name found in a text. */
export interface OrganizationName {
  /** Start of the name. */
  start: number;
  /** End of the name. */
  end: number;
  /** The name with every abbreviation spelled out, when it holds one. */
  expansion?: string;
}

/** True when the character at `i` is an upper-case letter. */
export function isUpperAt(text: string, i: number): boolean {
  return isUpperCharacter(text, i);
}

/** Index of the next word after `i` when only one space (no punctuation) separates them, else -1. */
export function nextWordStart(text: string, i: number, limit: number): number {
  let j = i;
  let spaces = 0;
  while (j < limit && text[j] === ' ') {
    j++;
    spaces++;
  }
  if (spaces === 0 || j >= limit || !isWordCharacter(text, j)) return -1;
  return j;
}

/** Ends of the run of capitalized syllables starting at `i` (at most `max`), one per syllable. */
export function capitalizedRun(text: string, i: number, limit: number, max = 6): number[] {
  const ends: number[] = [];
  let j = i;
  while (ends.length < max && j >= 0 && j < limit && isUpperAt(text, j)) {
    let e = wordEnd(text, j);
    // apostrophe names: H'Nơ, K'Bang
    if ((text[e] === "'" || text[e] === '’') && isWordCharacter(text, e + 1)) e = wordEnd(text, e + 1);
    if (e > limit) break;
    ends.push(e);
    j = nextWordStart(text, e, limit);
  }
  return ends;
}

/**
 * True when a person's name (a family name and more capitalized syllables, `min` in all) starts at
 * `i`. Three by default: after an organization, two capitalized syllables are more often a place
 * ('Huyện ủy Mai Châu') than a name.
 */
export function personNameStartsAt(text: string, i: number, limit: number, min = 3): boolean {
  if (PROVINCE_TABLE.matchAt(text, i)) return false;
  const first = text.slice(i, wordEnd(text, i));
  if (!FAMILY.has(first)) return false;
  return capitalizedRun(text, i, limit).length >= min;
}

/** The province or centrally-run city named at `i`, if any (capitalized). */
export function provinceAt(text: string, i: number): { end: number; name: string; level: string } | undefined {
  if (!isUpperAt(text, i)) return undefined;
  const hit = PROVINCE_TABLE.matchAt(text, i);
  return hit ? { end: hit.end, name: hit.phrase, level: hit.value } : undefined;
}

/**
 * The organization whose name starts at `i`, read up to `limit`. Only names written with a
 * capital count ('ủy ban kiểm tra các cấp' is not one).
 */
export function organizationAt(ctx: SentenceContext, i: number, limit = ctx.end): OrganizationName | undefined {
  const { text, lexicon } = ctx;
  if (!isUpperAt(text, i)) return undefined;
  const known = lexicon.organizations.matchAt(text, i);
  const head = HEADS.matchAt(text, i);
  let end: number;
  let needMore: boolean;
  if (known && (!head || known.end >= head.end)) {
    end = known.end;
    needMore = false;
  } else if (head) {
    end = head.end;
    needMore = true;
  } else {
    return undefined;
  }
  if (end > limit) return undefined;
  const headEnd = end;
  // 'words': org words alternate a capitalized syllable and at most one lower-case one ('Dân vận');
  // 'place': after a complete name, only a capitalized place name may follow ('Tỉnh ủy Cao Bằng').
  let mode: 'words' | 'place' = needMore ? 'words' : 'place';
  let lastWasCapital = false;
  for (;;) {
    const j = nextWordStart(text, end, limit);
    if (j < 0) break;
    const upper = isUpperAt(text, j);
    if (text.startsWith('và ', j)) {
      const k = nextWordStart(text, j + 2, limit);
      if (mode === 'words' && k >= 0 && isUpperAt(text, k) && !personNameStartsAt(text, k, limit)) {
        end = wordEnd(text, k);
        lastWasCapital = true;
        continue;
      }
      break;
    }
    if (!upper && STOPS.matchAt(text, j)) break;
    const province = provinceAt(text, j);
    if (province && province.end <= limit) {
      end = province.end;
      break;
    }
    const org = upper ? lexicon.organizations.matchAt(text, j) : undefined;
    if (org && org.end <= limit) {
      end = org.end;
      mode = 'place';
      lastWasCapital = false;
      continue;
    }
    const head2 = upper ? HEADS.matchAt(text, j) : undefined;
    if (head2 && head2.end <= limit && mode === 'place') {
      end = head2.end;
      mode = 'words';
      lastWasCapital = false;
      continue;
    }
    const level = lexicon.placeLevels.matchAt(text, j);
    if (level && level.end <= limit && (!upper || level.phrase === 'TP')) {
      end = placeAfterLevel(ctx, level.end, limit);
      break;
    }
    if (upper) {
      if (personNameStartsAt(text, j, limit)) break;
      if (mode === 'place') {
        const run = capitalizedRun(text, j, limit, 3);
        end = run[run.length - 1] as number;
        break;
      }
      end = wordEnd(text, j);
      lastWasCapital = text.slice(j, end) !== text.slice(j, end).toUpperCase();
      continue;
    }
    const tail = LOWER_TAILS.matchAt(text, j);
    if (tail && tail.end <= limit) {
      end = tail.end;
      lastWasCapital = false;
      continue;
    }
    if (mode === 'words' && lastWasCapital) {
      end = wordEnd(text, j);
      lastWasCapital = false;
      continue;
    }
    break;
  }
  if (needMore && end === headEnd) return undefined;
  const name = text.slice(i, end);
  const expansion = expand(ctx, name);
  return expansion === undefined ? { start: i, end } : { start: i, end, expansion };
}

/** End of a level word's place name ('tỉnh Quảng Ngãi', 'TP. Hồ Chí Minh'), or `levelEnd` when none follows. */
export function placeAfterLevel(ctx: SentenceContext, levelEnd: number, limit: number): number {
  const { text } = ctx;
  let end = levelEnd;
  if (text[end] === '.') end++;
  const k = text[end] === ' ' ? nextWordStart(text, end, limit) : isUpperAt(text, end) ? end : -1;
  if (k < 0 || !isUpperAt(text, k) || personNameStartsAt(text, k, limit) || HEADS.matchAt(text, k)) return levelEnd;
  if (ctx.lexicon.organizations.matchAt(text, k)) return levelEnd;
  const p = provinceAt(text, k);
  const run = capitalizedRun(text, k, limit, 4);
  let runEnd = levelEnd;
  for (let n = 0; n < run.length; n++) {
    const at = n === 0 ? k : nextWordStart(text, run[n - 1] as number, limit);
    if (n > 0 && (personNameStartsAt(text, at, limit) || HEADS.matchAt(text, at) || ctx.lexicon.organizations.matchAt(text, at) || ctx.lexicon.titleHeads.matchAt(text, at))) break;
    runEnd = run[n] as number;
  }
  return p && p.end <= limit && p.end >= runEnd ? p.end : runEnd;
}

/** `name` with its abbreviations spelled out, or undefined when it holds none. */
export function expand(ctx: SentenceContext, name: string): string | undefined {
  let changed = false;
  const out = name.replace(/[\p{L}\p{M}.]+/gu, (word) => {
    const full = ctx.lexicon.source.organizations[word] ?? PLACE_LEVEL_NAMES[word];
    if (full && word === word.toUpperCase()) {
      changed = true;
      return full;
    }
    return word;
  });
  return changed ? out.replace(/\s+/g, ' ') : undefined;
}
