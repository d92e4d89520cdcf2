/**
 * The reference rules.
 * @module
 */
import type { Rule } from '../rule.js';
import { referenceCode } from './code.js';
import { referencePlenum } from './plenum.js';
import { referenceCongress } from './congress.js';
import { referenceNumbered } from './numbered.js';

/** Every reference rule, in the order they run. */
export const REFERENCE_RULES: readonly Rule[] = [referenceCode, referencePlenum, referenceCongress, referenceNumbered];

export { referenceCode, referencePlenum, referenceCongress, referenceNumbered };
