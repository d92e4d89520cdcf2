// A rule of one's own: 'tỷ lệ <what> là <a>/<b>' ('Tỷ lệ đảng viên nữ là 1/3') states a share as a
// fraction, which the default rules leave alone. This rule makes it a percent fact (33.33, about).
// Rules read one sentence of a block's clean text (ctx.text from ctx.start to ctx.end) with the
// numeral mentions found in it (ctx.mentions) and return drafts: facts without id, sentence or
// section, every span in the clean text's coordinates, `uses` naming the mentions they took.

/** The words that open the share and the links before the fraction, as data. */
const SHARE_WORDS = ['tỷ lệ', 'tỉ lệ'];
const LINKS = ['là', 'đạt', 'chiếm', 'khoảng'];

/** '<share word> <what> <link>' closing the text before a fraction; <what> holds no comma or semicolon. */
const pattern = new RegExp(`(?:${SHARE_WORDS.join('|')})\\s+([^,;]+?)\\s+(?:${LINKS.join('|')})\\s*$`, 'iu');

/** Two decimals, as reports round shares. */
const round = (x) => Math.round(x * 10000) / 100;

/** 'percent/fraction-share': a share written as a fraction. */
export const fractionShare = {
  id: 'percent/fraction-share',
  kind: 'percent',
  examples: ['Tỷ lệ đảng viên nữ là 1/3', 'tỷ lệ xã đạt chuẩn chiếm 2/5'],
  apply(ctx) {
    const drafts = [];
    for (const m of ctx.mentions) {
      if (m.kind !== 'fraction' || !m.denominator) continue;
      const before = ctx.text.slice(ctx.start, m.span.start);
      const found = pattern.exec(before);
      if (!found) continue;
      const start = ctx.start + found.index;
      const value = round(m.numerator / m.denominator);
      const quantity = { value, span: { ...m.span } };
      if (value * m.denominator !== m.numerator * 100) quantity.approx = 'about';
      drafts.push({
        kind: 'percent',
        rule: this.id,
        span: { start, end: m.span.end, text: ctx.text.slice(start, m.span.end) },
        quantity,
        entity: found[1],
        uses: [m.span.start],
      });
    }
    return drafts;
  },
};
