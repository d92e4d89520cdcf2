/**
 * person/honorific-name — a person introduced by an honorific, with the titles after the name.
 * Reads: 'đồng chí Lò Văn Muôn, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh', 'ông Nguyễn Văn Sơn, Giám đốc Sở Nội vụ'.
 * @module
 */
import type { Rule } from '../rule.js';
import { readPeople } from './read.js';
import { lastWordsOf } from '../../extract/trigger.js';
import { handOut } from '../../extract/hand-out.js';

/** Rule id. */
const ID = 'person/honorific-name';

/** People read by this rule in a sentence (after the earlier person rules took theirs). */
export const personHonorificName: Rule = {
  id: ID,
  kind: 'person',
  examples: ['đồng chí Lò Văn Muôn, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh', 'ông Nguyễn Văn Sơn, Giám đốc Sở Nội vụ'],
  // an honorific opens every name this rule reads
  trigger: { words: [(lexicon) => lastWordsOf(lexicon.honorifics)] },
  apply: (ctx) => handOut(ctx, readPeople(ctx).filter((d) => d.rule === ID)),
};
