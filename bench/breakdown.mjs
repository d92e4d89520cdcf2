// Where the time of extract goes, one core: parsing alone, parsing plus the numeral scan and the
// sentence loop (an extractor with no rules), and each family of rules run alone on top of that
// (its time minus the no-rule time), so that optimizing starts where the time is. The families
// share some work (a block's word index is built by whichever rule asks first), so the parts add
// up to a little more than the whole.
import { DEFAULT_RULES, createExtractor, parseArticle } from '../dist/index.js';
import { bestTime, mbPerSecond } from './timing.mjs';

/** The family of a rule id ('change/from-to' → 'change'). */
const familyOf = (id) => id.split('/')[0];

/** Runs `run` over every text of the list. */
const over = (texts, run) => () => {
  for (const t of texts) run(t);
};

/**
 * Rows `{ part, ms, share }` for the set: the whole extract, parseArticle, the no-rule
 * extractor, then each rule family alone over the no-rule time, best of `runs` passes each.
 */
export function breakdown(set, { runs, budgetMs, onRow = () => {} }) {
  const time = (run) => bestTime(over(set.texts, run), { runs, budgetMs }).ms;
  const whole = createExtractor();
  const none = createExtractor({ rules: [], replaceRules: true });
  const rows = [];
  const add = (part, ms) => {
    const row = { part, ms };
    rows.push(row);
    onRow(row);
    return ms;
  };
  const total = add('extract, all rules', time((t) => whole.extract(t)));
  add('parseArticle', time((t) => parseArticle(t)));
  const base = add('extract with no rules (parsing, numerals, sentence loop)', time((t) => none.extract(t)));
  for (const family of [...new Set(DEFAULT_RULES.map((r) => familyOf(r.id)))]) {
    const alone = createExtractor({ rules: DEFAULT_RULES.filter((r) => familyOf(r.id) === family), replaceRules: true });
    add(`+ ${family} rules alone`, Math.max(0, time((t) => alone.extract(t)) - base));
  }
  for (const row of rows) {
    row.share = row.ms / total;
    row.mbs = mbPerSecond(set.bytes, row.ms);
  }
  return rows;
}
