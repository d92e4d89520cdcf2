/**
 * The default rule set, in the order rules run (one kind per figure is decided by the
 * refiners, not by this order; within a kind, an earlier rule wins a shared figure).
 * @module
 */
import type { Rule } from './rule.js';
import { moneyAmount } from './money/amount.js';
import { changeFromTo } from './change/from-to.js';
import { changeMerge } from './change/merge.js';
import { changeVerbDelta } from './change/verb-delta.js';
import { averagePerPeriod } from './average/per-period.js';
import { percentFigure } from './percent/figure.js';
import { countPartOfWhole } from './count/part-of-whole.js';
import { countStatedTotal } from './count/stated-total.js';
import { countNumberEntity } from './count/number-entity.js';

/** Rules for figures: money, change, average, percent, count. */
export const QUANTITY_RULES: readonly Rule[] = [
  moneyAmount,
  changeMerge,
  changeFromTo,
  changeVerbDelta,
  averagePerPeriod,
  percentFigure,
  countPartOfWhole,
  countStatedTotal,
  countNumberEntity,
];

/** Every rule solieu ships with. */
export const DEFAULT_RULES: readonly Rule[] = [...QUANTITY_RULES];

export type { Rule, SentenceRefiner } from './rule.js';
