/**
 * Drafts: facts as rules make them, before ids are given and offsets are mapped back to the
 * original input. Every span of a draft is in the coordinates of the block's clean text.
 * @module
 */
import type { Fact, Span, Quantity } from '../types.js';

/** A fact without the fields the extractor fills in (id, sentence, section). */
export type WithoutBase<F> = F extends Fact ? Omit<F, 'id' | 'sentence' | 'section'> : never;

/** What a rule returns: a fact in clean-text coordinates, with the figures it used. */
export type Draft = WithoutBase<Fact> & {
  /** Start offsets (clean-text coordinates) of the number mentions this draft uses. */
  uses: number[];
  /** A reading that stands only if a refiner confirms it (a 'xóa được 87' beside its frame). */
  weak?: boolean;
};

/** Draft of one kind of fact. */
export type DraftOf<K extends Fact['kind']> = Extract<Draft, KindOf<K>>;

/** Objects whose `kind` is `K`. */
export interface KindOf<K extends Fact['kind']> {
  /** The kind of fact. */
  kind: K;
}

/** The fields of a fact that hold a {@link Quantity}. */
export const QUANTITY_FIELDS = ['quantity', 'before', 'after', 'delta', 'total'] as const;

/**
 * A deep copy of a draft (plain data: objects, arrays, numbers, strings, booleans), for rules that
 * hand out drafts a shared per-sentence reading made, so refiners may change them freely.
 */
export function copyDraft<T>(draft: T): T {
  return copyPlain(draft) as T;
}

/**
 * A deep copy of plain data. An object is copied whole by spreading it (the copy keeps the
 * original's shape, which a copy built key by key would not), then its object values are copied
 * in turn; an array's items are copied in place of a call per item.
 */
function copyPlain(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    const items: unknown[] = value.slice();
    for (let i = 0; i < items.length; i++) {
      const item = items[i];
      if (item !== null && typeof item === 'object') items[i] = copyPlain(item);
    }
    return items;
  }
  const out: Record<string, unknown> = { ...(value as Record<string, unknown>) };
  for (const key in out) {
    const inner = out[key];
    if (inner !== null && typeof inner === 'object') out[key] = copyPlain(inner);
  }
  return out;
}

/** A span of `text` from `start` to `end`. */
export function spanOf(text: string, start: number, end: number): Span {
  return { start, end, text: text.slice(start, end) };
}

/** The quantities a draft holds, in field order. */
export function quantitiesOf(draft: Draft): Quantity[] {
  const found: Quantity[] = [];
  const record = draft as unknown as Record<string, unknown>;
  for (const field of QUANTITY_FIELDS) {
    const q = record[field] as Quantity | undefined;
    if (q) found.push(q);
  }
  return found;
}
