/**
 * The place rules. The first mention of each place in an article is kept by
 * `firstMentionOnly` of the document refiners.
 * @module
 */
import type { Rule } from '../rule.js';
import { placeLevelName } from './level-name.js';
import { placeProvince } from './province.js';
import { placeCommittee } from './committee.js';
import { placeAfterPreposition } from './after-preposition.js';
import { placeRegion } from './region.js';

/** Every place rule, in the order they run. */
export const PLACE_RULES: readonly Rule[] = [placeLevelName, placeProvince, placeCommittee, placeAfterPreposition, placeRegion];

export { placeLevelName, placeProvince, placeCommittee, placeAfterPreposition, placeRegion };
