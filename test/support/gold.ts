/**
 * Scoring extracted facts against the hand-written gold files of `corpus/`: precision, recall and
 * F1 per fact kind, plus counts whose entity is right.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Fact } from '../../src/types.js';

/** A gold fact as written in `*.gold.json`. */
export interface GoldFact {
  kind: string;
  text: string;
  [field: string]: unknown;
}

/** A gold file. */
export interface GoldFile {
  file: string;
  article: { title?: string; lead?: string; dateline?: string; paragraphs?: number };
  facts: GoldFact[];
}

/** One bulletin with its gold. */
export interface GoldCase {
  name: string;
  input: string;
  gold: GoldFile;
}

/** Every bulletin of a corpus folder that has a gold file. */
export function loadCorpus(dir: string): GoldCase[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.gold.json'))
    .sort()
    .map((f) => {
      const gold = JSON.parse(readFileSync(join(dir, f), 'utf8')) as GoldFile;
      return { name: gold.file, input: readFileSync(join(dir, gold.file), 'utf8'), gold };
    });
}

/** Counts for one kind. */
export interface Tally {
  tp: number;
  fp: number;
  fn: number;
}

/** Precision, recall, F1 of a tally (1 when there is nothing to find and nothing found). */
export function prf(t: Tally): { p: number; r: number; f1: number } {
  const p = t.tp + t.fp === 0 ? 1 : t.tp / (t.tp + t.fp);
  const r = t.tp + t.fn === 0 ? 1 : t.tp / (t.tp + t.fn);
  return { p, r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
}

/** Folds case, spacing, quotes and outer punctuation for comparing names and entities. */
export function fold(s: unknown): string {
  return String(s ?? '')
    .normalize('NFC')
    .toLowerCase()
    .replace(/[“”"'‘’]/g, '')
    .replace(/\s+/g, ' ')
    .replace(/^[\s,;:.()-]+|[\s,;:.()-]+$/g, '');
}

/** Same number, allowing float noise. */
function same(a: unknown, b: unknown): boolean {
  if (typeof a !== 'number' || typeof b !== 'number') return false;
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

/** Value of a quantity field of a fact, if any. */
function q(f: Fact, field: string): number | undefined {
  const v = (f as unknown as Record<string, { value: number } | undefined>)[field];
  return v?.value;
}

/** Same calendar parts. */
function sameParts(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (!a || !b || typeof a !== 'object' || typeof b !== 'object') return false;
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  return ['year', 'quarter', 'month', 'day'].every((k) => x[k] === y[k]);
}

/** True when a predicted fact reads the same thing as a gold fact. */
export function matches(f: Fact, g: GoldFact): boolean {
  if (f.kind !== g.kind) return false;
  switch (f.kind) {
    case 'count':
    case 'average':
    case 'percent':
    case 'money':
      return same(f.quantity.value, g.value);
    case 'change': {
      const pairs: [number | undefined, unknown][] = [
        [q(f, 'before'), g.before],
        [q(f, 'after'), g.after],
        [q(f, 'delta'), g.delta],
      ];
      let shared = 0;
      for (const [mine, theirs] of pairs) {
        if (theirs === undefined) continue;
        if (mine === undefined || !same(mine, theirs)) return false;
        shared++;
      }
      if (g.multiplier !== undefined) return same(f.multiplier, g.multiplier);
      return shared > 0;
    }
    case 'period': {
      if (g.duration !== undefined) {
        const d = g.duration as { value: number; unit: string };
        return f.duration?.value === d.value && f.duration.unit === d.unit;
      }
      return sameParts(f.from, g.from) && (f.to === g.to || sameParts(f.to, g.to));
    }
    case 'date':
      return sameParts(f.date, g.date);
    case 'reference':
      return fold(f.docType) === fold(g.docType) && (g.number === undefined || f.number === g.number);
    case 'person':
      return fold(f.name) === fold(g.name);
    case 'organization':
    case 'place':
      return fold(f.name) === fold(g.name);
  }
}

/** Where a gold fact's text stands in the input (every occurrence). */
function goldPlaces(input: string, g: GoldFact): [number, number][] {
  const places: [number, number][] = [];
  for (let i = input.indexOf(g.text); i >= 0; i = input.indexOf(g.text, i + 1)) places.push([i, i + g.text.length]);
  return places;
}

/** Result of scoring one bulletin. */
export interface CaseScore {
  tallies: Map<string, Tally>;
  missed: GoldFact[];
  spurious: Fact[];
}

/** Kinds whose figures may be goals ('target: true'). */
const QUANTITY_KINDS: ReadonlySet<string> = new Set(['count', 'average', 'percent', 'money', 'change']);

/**
 * Scores one bulletin's facts against its gold: kinds, plus 'count+entity' (a count read with its
 * gold entity), 'change+entity' and 'percent+entity' (read with the entity the gold names) and 'target' (goal
 * marking, over the figures both sides read).
 */
export function scoreCase(input: string, facts: Fact[], gold: GoldFact[]): CaseScore {
  const tallies = new Map<string, Tally>();
  const tally = (k: string): Tally => {
    let t = tallies.get(k);
    if (!t) tallies.set(k, (t = { tp: 0, fp: 0, fn: 0 }));
    return t;
  };
  const used = new Set<Fact>();
  const missed: GoldFact[] = [];
  for (const g of gold) {
    const places = goldPlaces(input, g);
    const hit = facts.find(
      (f) => !used.has(f) && matches(f, g) && (places.length === 0 || places.some(([s, e]) => f.span.start < e && s < f.span.end)),
    );
    if (hit) {
      used.add(hit);
      tally(g.kind).tp++;
      if (QUANTITY_KINDS.has(g.kind)) {
        // 'target': of the figures both sides read, is a goal marked as one, and only a goal?
        const mine = (hit as { target?: boolean }).target === true;
        const theirs = g.target === true;
        if (mine && theirs) tally('target').tp++;
        else if (mine) tally('target').fp++;
        else if (theirs) tally('target').fn++;
      }
      if ((g.kind === 'change' || g.kind === 'percent') && g.entity !== undefined) {
        // what a change or a percentage is about, where the gold names it
        const key = `${g.kind}+entity`;
        if (fold((hit as { entity?: string }).entity) === fold(g.entity)) tally(key).tp++;
        else {
          tally(key).fn++;
          tally(key).fp++;
        }
      }
      if (g.kind === 'count') {
        const right = fold((hit as { entity?: string }).entity) === fold(g.entity);
        if (right) tally('count+entity').tp++;
        else {
          tally('count+entity').fn++;
          tally('count+entity').fp++;
        }
      }
    } else {
      tally(g.kind).fn++;
      if (g.kind === 'count') tally('count+entity').fn++;
      missed.push(g);
    }
  }
  const spurious = facts.filter((f) => !used.has(f));
  for (const f of spurious) {
    tally(f.kind).fp++;
    if (f.kind === 'count') tally('count+entity').fp++;
  }
  return { tallies, missed, spurious };
}
