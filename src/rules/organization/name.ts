/**
 * organization/name — an organization named in the sentence, at every mention.
 * Reads: 'Tỉnh ủy', 'Ban Thường vụ Tỉnh ủy Lai Châu', 'HĐND tỉnh Quảng Ngãi', 'Ủy ban Kiểm tra Tỉnh ủy Cao Bằng',
 * 'Sở Nội vụ', 'Hội Liên hiệp Phụ nữ', 'Đảng bộ huyện Mèo Vạc', 'BCH Đảng bộ tỉnh'.
 * @module
 */
import type { Rule } from '../rule.js';
import type { DraftOf } from '../../extract/draft.js';
import { spanOf } from '../../extract/draft.js';
import { cleanPhrase } from '../../extract/scan.js';
import { mentionsWithin } from '../date/calendar.js';
import { perSentence } from '../../extract/sentence-memo.js';
import { organizationAt, organizationOpeningWords, organizationStartsIn } from './names.js';
import { handOut } from '../../extract/hand-out.js';

/** Characters that glue a code's parts together ('NQ-HĐND', 'QĐ/TU'), by code unit. */
const CODE_JOINERS: ReadonlySet<number> = new Set(['-', '/'].map((c) => c.charCodeAt(0)));

/** Rule id. */
const ID = 'organization/name';

/** The organizations of a sentence, left to right, longest name at each place. */
export const readOrganizations = perSentence((ctx): DraftOf<'organization'>[] => {
  const { text } = ctx;
  const drafts: DraftOf<'organization'>[] = [];
  let next = ctx.start;
  // a name opens with a capital letter, on one of the words known names and heads start with
  for (const i of organizationStartsIn(ctx)) {
    // the issuer code of a document symbol ('09/2023/NQ-HĐND') names no organization of the text
    if (i < next || CODE_JOINERS.has(text.charCodeAt(i - 1))) continue;
    const org = organizationAt(ctx, i);
    if (!org) continue;
    const draft: DraftOf<'organization'> = {
      kind: 'organization',
      rule: ID,
      span: spanOf(text, org.start, org.end),
      name: cleanPhrase(text, org.start, org.end),
      uses: mentionsWithin(ctx, org.start, org.end),
    };
    if (org.expansion) draft.expansion = org.expansion;
    drafts.push(draft);
    next = org.end;
  }
  return drafts;
});

/** Every organization mention of a sentence. */
export const organizationName: Rule = {
  id: ID,
  kind: 'organization',
  examples: ['Tỉnh ủy', 'Ban Thường vụ Tỉnh ủy Lai Châu', 'HĐND tỉnh Quảng Ngãi', 'Sở Nội vụ', 'BCH Đảng bộ tỉnh'],
  // every name opens with a known name or a head, inside the sentence
  trigger: { words: [organizationOpeningWords] },
  apply: (ctx) => handOut(ctx, readOrganizations(ctx)),
};
