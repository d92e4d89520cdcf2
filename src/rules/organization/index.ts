/**
 * The organization rules. The first mention of each organization in an article is kept by
 * `firstMentionOnly` of the document refiners.
 * @module
 */
import type { Rule } from '../rule.js';
import { organizationName } from './name.js';

/** Every organization rule. */
export const ORGANIZATION_RULES: readonly Rule[] = [organizationName];

export { organizationName };
