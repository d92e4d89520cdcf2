import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Rule, RuleTrigger } from '../../src/rules/rule.js';
import type { WindowHolds } from '../../src/extract/trigger.js';
import { RuleTriggers, firstWordsOf, lastWordsOf } from '../../src/extract/trigger.js';
import { changeVerbLastWords } from '../../src/rules/change/verb-words.js';
import { createExtractor } from '../../src/extract/extractor.js';
import { DEFAULT_LEXICON } from '../../src/extract/lexicon.js';
import { DEFAULT_RULES } from '../../src/rules/index.js';
import { contextOf } from '../rules/named-context.js';

/** Filler that makes a text long enough to be indexed (64 characters and more), with no figure. */
const FILLER = 'Ban Thường vụ Tỉnh ủy đã tổ chức hội nghị sơ kết công tác của toàn tỉnh';

/** A rule that records the sentences it is called on and finds nothing. */
function spyRule(trigger: RuleTrigger): Rule & { calls: string[] } {
  const calls: string[] = [];
  return { id: 'count/spy', kind: 'count', examples: [], trigger, calls, apply: (ctx) => (calls.push(ctx.text.slice(ctx.start, ctx.end)), []) };
}

/** The word sets of a trigger, read from the default lexicon, as sets of lower-case words. */
function wordSets(trigger: RuleTrigger): Set<string>[] {
  return (trigger.words ?? []).map((set) => new Set([...(typeof set === 'function' ? set(DEFAULT_LEXICON) : set)].map((w) => w.normalize('NFC').toLowerCase())));
}

/** True when the trigger holds in the sentence of `ctx` by its definition (whole words read by a regex). */
function holdsByDefinition(trigger: RuleTrigger, ctx: ReturnType<typeof contextOf>): boolean {
  const sentence = ctx.text.slice(ctx.start, ctx.end);
  const words = new Set(sentence.toLowerCase().match(/[\p{L}\p{M}\p{N}]+/gu) ?? []);
  if (ctx.mentions.length < (trigger.figures ?? 0)) return false;
  if (trigger.digit && !/\d/.test(sentence)) return false;
  // a set entry of one symbol character ('/') holds where the sentence holds that character
  return wordSets(trigger).every((set) => [...set].some((w) => words.has(w) || (/^[^\p{L}\p{M}\p{N}\s]$/u.test(w) && sentence.includes(w))));
}

/** What RuleTriggers tells of the whole text of `ctx` as one window, for a single rule. */
function holdsByTriggers(rule: Rule, ctx: ReturnType<typeof contextOf>): boolean {
  const triggers = new RuleTriggers([rule], DEFAULT_LEXICON);
  triggers.startBlock(ctx.text);
  const holds: WindowHolds = triggers.createHolds();
  return triggers.mayRun(0, triggers.holdsIn(ctx.start, ctx.end, ctx.mentions.length, true, holds));
}

describe('rule triggers', () => {
  it('takes the last word of each phrase, normalized and lower-case', () => {
    expect(lastWordsOf(['Nghị quyết', 'kể từ', 'ghép, sáp nhập', 'Từ'])).toEqual(['quyết', 'từ', 'nhập', 'từ']);
  });

  it('takes the first word of each phrase the same way', () => {
    expect(firstWordsOf(['Nghị quyết', 'kể từ', 'hằng năm', 'TP.HCM'])).toEqual(['nghị', 'kể', 'hằng', 'tp']);
  });

  it('reads the change verbs of the lexicon it is given, with the words users add', () => {
    expect(changeVerbLastWords(DEFAULT_LEXICON)).toEqual(expect.arrayContaining(['tăng', 'giảm']));
    expect(changeVerbLastWords({ ...DEFAULT_LEXICON, increaseVerbs: [...DEFAULT_LEXICON.increaseVerbs, 'bứt phá'] })).toContain('phá');
  });

  it('does not call a rule whose trigger fails in a sentence, and calls it where it holds', () => {
    const rule = spyRule({ figures: 1, words: [['tháng'], lastWordsOf(['sáp nhập'])] });
    const extractor = createExtractor({ rules: [rule], replaceRules: true });
    extractor.extract(`${FILLER} trong tháng 9. Hội nghị sáp nhập 12 xã. Tháng 10 sáp nhập 5 xã.`);
    expect(rule.calls).toEqual(['Tháng 10 sáp nhập 5 xã.']);
  });

  it('calls a rule without a trigger on every sentence', () => {
    const rule = spyRule({});
    const bare: Rule = { id: rule.id, kind: rule.kind, examples: [], apply: rule.apply };
    createExtractor({ rules: [bare], replaceRules: true }).extract(`${FILLER}. Không có gì. Năm 2025.`);
    expect(rule.calls).toHaveLength(3);
  });

  it('holds a word set with a symbol where the sentence holds the symbol or one of its words', () => {
    const rule = spyRule({ figures: 1, words: [['mỗi', '/']] });
    createExtractor({ rules: [rule], replaceRules: true }).extract(`${FILLER}. Có 5 hộ/năm. Mỗi xã 2 tổ. Có 7 xã. Tỷ lệ 1/2 số hộ.`);
    expect(rule.calls).toEqual(['Có 5 hộ/năm.', 'Mỗi xã 2 tổ.', 'Tỷ lệ 1/2 số hộ.']);
  });

  it('tells apart more word sets than 32 bits hold', () => {
    // forty rules, each with a word set of its own: the last ones gate as the first do
    const words = Array.from({ length: 40 }, (_, i) => `từ${'a'.repeat(i + 1)}`);
    const rules = words.map((w) => spyRule({ words: [[w]] }));
    createExtractor({ rules, replaceRules: true }).extract(`${FILLER}. Có ${words[0]} và ${words[39]}. Có ${words[35]}.`);
    expect(rules.map((r) => r.calls.length)).toEqual(words.map((_, i) => (i === 0 || i === 39 ? 1 : i === 35 ? 1 : 0)));
    expect(rules[39]?.calls).toEqual([`Có ${words[0]} và ${words[39]}.`]);
  });

  it('holds a word set that is not made of single words in every sentence', () => {
    const rule = spyRule({ words: [['sáp nhập']] });
    createExtractor({ rules: [rule], replaceRules: true }).extract(`${FILLER}. Không có gì.`);
    expect(rule.calls).toHaveLength(2);
  });

  const triggered = DEFAULT_RULES.filter((rule) => rule.trigger);

  it('gives triggers to the rules that read few sentences', () => {
    expect(triggered.map((r) => r.id)).toEqual(expect.arrayContaining(['change/merge', 'change/from-to', 'reference/plenum', 'period/from-to']));
  });

  for (const rule of triggered) {
    const trigger = rule.trigger as RuleTrigger;
    const words = [...new Set(rule.examples.flatMap((e) => e.split(/\s+/)))];
    const setWords = wordSets(trigger).flatMap((set) => [...set]);
    const pieces = [...rule.examples, ...words, ...setWords, ...setWords.map((w) => w[0]?.toUpperCase() + w.slice(1)), '5', '2025', ',', 'và'];

    it(`${rule.id}: finds nothing where its trigger does not hold, and the extractor tells the same`, () => {
      fc.assert(
        fc.property(fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 10 }), (chosen) => {
          const ctx = contextOf(`${FILLER} ${chosen.join(' ')}`);
          const holds = holdsByDefinition(trigger, ctx);
          expect(holdsByTriggers(rule, ctx)).toBe(holds);
          if (!holds) expect(rule.apply(ctx)).toEqual([]);
        }),
        { numRuns: 150 },
      );
    });
  }
});
