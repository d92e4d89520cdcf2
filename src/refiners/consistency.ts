/**
 * Checks a change's arithmetic: |before − after| (per deltaUnit) against the stated amount,
 * within half a unit of the least precise figure's last written digit.
 * @module
 */
import type { Quantity } from '../types.js';
import type { SentenceRefiner } from '../rules/rule.js';
import type { DraftOf } from '../extract/draft.js';

/** Change fields the check reads. */
type ChangeFigures = Pick<DraftOf<'change'>, 'before' | 'after' | 'delta' | 'deltaUnit' | 'direction'>;

/** Whether before, after and delta agree; undefined when one of them is missing. */
export function consistencyOf(change: ChangeFigures): boolean | undefined {
  const { before, after, delta } = change;
  if (!before || !after || !delta) return undefined;
  if (before.max !== undefined || after.max !== undefined || delta.max !== undefined) return undefined;
  const tolerance = Math.max(halfUnit(before), halfUnit(after), halfUnit(delta));
  if (change.deltaUnit === 'percent') {
    if (before.value === 0) return undefined;
    const relative = (Math.abs(after.value - before.value) / Math.abs(before.value)) * 100;
    return Math.abs(relative - delta.value) <= Math.max(halfUnit(delta), 0.05) + 1e-9;
  }
  const wentDown = after.value < before.value;
  if (after.value !== before.value && wentDown !== (change.direction === 'decrease')) return false;
  return Math.abs(Math.abs(before.value - after.value) - delta.value) <= tolerance + 1e-9;
}

/** Half a unit of the last digit written in a quantity ('12,5%' → 0.05, '1,2 triệu' → 50 000). */
export function halfUnit(q: Quantity): number {
  const digits = /\d+(?:[.,]\d+)*/.exec(q.span.text);
  if (!digits) return 0.5;
  const written = digits[0];
  const comma = written.lastIndexOf(',');
  const decimals = comma >= 0 && written.length - comma - 1 !== 3 ? written.length - comma - 1 : 0;
  const plain = Number(written.replace(/\./g, '').replace(',', '.'));
  const scale = plain > 0 && Number.isFinite(q.value / plain) ? Math.max(1, Math.round(q.value / plain)) : 1;
  return 0.5 * 10 ** -decimals * scale;
}

/** Sets `consistent` on every change whose three figures are known. */
export const checkConsistency: SentenceRefiner = {
  name: 'consistency',
  refine(drafts) {
    for (const d of drafts) {
      if (d.kind !== 'change') continue;
      const ok = consistencyOf(d);
      if (ok === undefined) delete d.consistent;
      else d.consistent = ok;
    }
    return drafts;
  },
};
