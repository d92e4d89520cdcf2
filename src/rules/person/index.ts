/**
 * The person rules.
 * @module
 */
import type { Rule } from '../rule.js';
import { personHonorificName } from './honorific-name.js';
import { personTitleName } from './title-name.js';
import { personNameTitle } from './name-title.js';

/** Every person rule, in the order they run. */
export const PERSON_RULES: readonly Rule[] = [personHonorificName, personTitleName, personNameTitle];

export { personHonorificName, personTitleName, personNameTitle };
