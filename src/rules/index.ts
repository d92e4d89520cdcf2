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
import { changeToLevel } from './change/to-level.js';
import { changeGrowthRate } from './change/growth-rate.js';
import { changeEquivalentPercent } from './change/equivalent-percent.js';
import { changeCurrentState } from './change/current-state.js';
import { averagePerPeriod } from './average/per-period.js';
import { percentFigure } from './percent/figure.js';
import { countPartOfWhole } from './count/part-of-whole.js';
import { countStatedTotal } from './count/stated-total.js';
import { countNumberEntity } from './count/number-entity.js';
import { countSharedEntity } from './count/shared-entity.js';
import { countMeasuredSubject } from './count/measured-subject.js';
import { countUnlistedNoun } from './count/unlisted-noun.js';
import { PERIOD_RULES } from './period/index.js';
import { DATE_RULES } from './date/index.js';
import { REFERENCE_RULES } from './reference/index.js';
import { PERSON_RULES } from './person/index.js';
import { ORGANIZATION_RULES } from './organization/index.js';
import { PLACE_RULES } from './place/index.js';

/** Rules for figures: money, change, average, percent, count. */
export const QUANTITY_RULES: readonly Rule[] = [
  moneyAmount,
  changeMerge,
  changeFromTo,
  changeVerbDelta,
  changeToLevel,
  changeGrowthRate,
  changeEquivalentPercent,
  changeCurrentState,
  averagePerPeriod,
  percentFigure,
  countPartOfWhole,
  countStatedTotal,
  countNumberEntity,
  countSharedEntity,
  countMeasuredSubject,
  countUnlistedNoun,
];

/** Rules for named things: periods, dates, document references, people, organizations, places. */
export const NAMED_RULES: readonly Rule[] = [
  ...PERIOD_RULES,
  ...DATE_RULES,
  ...REFERENCE_RULES,
  ...PERSON_RULES,
  ...ORGANIZATION_RULES,
  ...PLACE_RULES,
];

/** Every rule solieu ships with. */
export const DEFAULT_RULES: readonly Rule[] = [...QUANTITY_RULES, ...NAMED_RULES];

export type { Rule, SentenceRefiner } from './rule.js';
