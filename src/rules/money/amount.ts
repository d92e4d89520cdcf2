/**
 * money/amount — a sum of money, in its own currency, with what it is per.
 * Reads: '3,5 tỷ đồng', 'thu nhập bình quân đầu người đạt 52,3 triệu đồng/người/năm',
 * 'kim ngạch xuất khẩu đạt 1,2 tỷ USD'.
 * @module
 */
import type { Rule } from '../rule.js';
import type { Draft } from '../../extract/draft.js';
import { spanOf } from '../../extract/draft.js';
import { quantityOf } from '../../extract/sentence-context.js';
import { cleanPhrase, skipSpaces } from '../../extract/scan.js';
import { DOLLAR_COUNTRIES } from '../../lexicon/money.js';
import { PhraseTable } from '../../tagging/phrase-table.js';
import { perAfter } from '../average/per.js';
import { subjectPhrase } from './subject.js';

/** 'Úc', 'Singapore' … after a dollar amount, valued by ISO code. */
const DOLLARS = new PhraseTable<string>(Object.entries(DOLLAR_COUNTRIES));

/** Every money figure. */
export const moneyAmount: Rule = {
  id: 'money/amount',
  kind: 'money',
  examples: ['3,5 tỷ đồng', '52,3 triệu đồng/người/năm', '1,2 tỷ USD'],
  // it reads only from the figures of the window
  trigger: { figures: 1 },
  apply(ctx) {
    const drafts: Draft[] = [];
    const { text, lexicon } = ctx;
    for (const m of ctx.mentions) {
      if (m.kind !== 'money' && !(m.unit && lexicon.currencies.matchAt(m.unit, 0))) continue;
      const currency = currencyOf(ctx.lexicon.currencies, m.unit ?? '', (m as { currency?: string }).currency);
      if (!currency) continue;
      const country = currency === 'USD' ? DOLLARS.matchAt(text, skipSpaces(text, m.span.end)) : undefined;
      const per = perAfter(ctx, country ? country.end : m.span.end);
      const subject = subjectPhrase(ctx, m.span.start);
      const draft: Draft = {
        kind: 'money',
        rule: this.id,
        span: spanOf(text, subject?.start ?? m.span.start, per?.end ?? country?.end ?? m.span.end),
        quantity: quantityOf(m),
        currency: country ? country.value : currency,
        uses: [m.span.start],
      };
      if (per) draft.per = per.unit;
      if (subject) draft.entity = cleanPhrase(text, subject.start, subject.end);
      drafts.push(draft);
    }
    return drafts;
  },
};

/** The ISO code of a mention's currency: its own `currency` field, else its unit through the lexicon. */
function currencyOf(
  table: { matchAt(text: string, index: number): { value: string; end: number } | undefined },
  unit: string,
  own: string | undefined,
): string | undefined {
  if (own) return own;
  const hit = table.matchAt(unit, 0);
  if (hit && hit.end === unit.length) return hit.value;
  const exact = table.matchAt(unit.toLowerCase(), 0);
  return exact && exact.end === unit.length ? exact.value : undefined;
}
