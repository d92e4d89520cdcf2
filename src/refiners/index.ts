/**
 * The ordered refiners: per sentence after the rules, then over the whole document.
 * @module
 */
import type { SentenceRefiner } from '../rules/rule.js';
import { pairDeltas } from './pair-deltas.js';
import { checkConsistency } from './consistency.js';
import { oneFigureOneFact } from './one-figure-one-fact.js';
import { markTargets } from './targets.js';
import { dropWeak } from './drop-weak.js';

/** Sentence refiners, in order: pair amounts with frames, drop unconfirmed readings, one kind per figure, check arithmetic, mark goals. */
export const SENTENCE_REFINERS: readonly SentenceRefiner[] = [pairDeltas, dropWeak, oneFigureOneFact, checkConsistency, markTargets];
