// A rule of one's own: 'tỷ lệ <what> là <a>/<b>' ('Tỷ lệ đảng viên nữ là 1/3') states a share as a
// fraction, which the default rules leave alone. This rule makes it a percent fact (33.33, about).
// Rules read one sentence of a block's clean text (ctx.text from ctx.start to ctx.end) with the
// numeral mentions found in it (ctx.mentions) and return drafts: facts without id, sentence or
// section, every span in the clean text's coordinates, `uses` naming the mentions they took.

/** The words that open a share: 'tỷ lệ', also spelled 'tỉ lệ'. */
const SHARE_WORDS = ['tỷ lệ', 'tỉ lệ'];
/** The words that link the share to its figure: 'là 1/3', 'đạt 2/5', 'chiếm 3/4'. */
const LINKS = ['là', 'đạt', 'chiếm', 'khoảng'];

const share = `(?:${SHARE_WORDS.join('|')})`;
/**
 * '<share word> <what> <link>' closing the text before a fraction ('tỷ lệ đảng viên nữ là ');
 * <what> holds no comma, semicolon or second share word, so the nearest share is taken.
 */
const pattern = new RegExp(`${share}\\s+((?:(?!${share})[^,;])+?)\\s+(?:${LINKS.join('|')})\\s*$`, 'iu');

/** Rule id: 'kind/short-name'. */
const ID = 'percent/fraction-share';

/** a/b as a percentage with two decimals, as reports round shares. */
const percentage = (a, b) => Math.round((a / b) * 10000) / 100;
/** True when a/b as a percentage needs no more than two decimals (1/4 → 25, but 1/3 → 33.33…). */
const isExact = (a, b) => Number.isInteger(a) && Number.isInteger(b) && (a * 10000) % b === 0;

/** 'percent/fraction-share': a share written as a fraction. */
export const fractionShare = {
  id: ID,
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
      const quantity = { value: percentage(m.numerator, m.denominator), span: { ...m.span } };
      if (!isExact(m.numerator, m.denominator)) quantity.approx = 'about';
      drafts.push({
        kind: 'percent',
        rule: ID,
        span: { start, end: m.span.end, text: ctx.text.slice(start, m.span.end) },
        quantity,
        entity: found[1],
        uses: [m.span.start],
      });
    }
    return drafts;
  },
};
