import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { PhraseGate, WordGate, indexedSentence } from '../../src/rules/date/word-gate.js';
import { DATE_RULES } from '../../src/rules/date/index.js';
import { PERIOD_RULES } from '../../src/rules/period/index.js';
import { REFERENCE_RULES } from '../../src/rules/reference/index.js';
import { contextOf } from './named-context.js';

/** A gate compiled before any text below is indexed. */
const GATE = new WordGate(['tháng', 'Năm']);

/** A phrase gate compiled before any text below is indexed. */
const PHRASES = new PhraseGate(['Nghị quyết', 'Chương trình hành động']);

/** Filler that makes a text long enough to be indexed (64 characters and more). */
const FILLER = 'Ban Thường vụ Tỉnh ủy đã tổ chức hội nghị sơ kết công tác của toàn tỉnh';

describe('word gates', () => {
  it('finds the words of the gate whole and in any case, through the word index', () => {
    const text = `${FILLER}, trong THÁNG 9 và năm 2025 tăng.`;
    const ctx = contextOf(text);
    const found = GATE.wordsIn(ctx);
    expect(found).toBeDefined();
    const words = found ? found.numbers.slice(found.from, found.to).map((k) => found.index.lower.slice(found.index.starts[k], found.index.ends[k])) : [];
    expect(words).toEqual(['tháng', 'năm']);
    expect(GATE.passes(ctx)).toBe(true);
  });

  it('fails a sentence without the words, or with them only inside longer words', () => {
    expect(GATE.passes(contextOf(`${FILLER}, không có gì.`))).toBe(false);
    expect(GATE.passes(contextOf(`${FILLER}, thángx nămy.`))).toBe(false);
  });

  it('reads only the words of the sentence, not of the rest of the block', () => {
    const text = `${FILLER} tháng 9. Sau đó, hội nghị tiếp tục.`;
    const second = text.indexOf('Sau');
    expect(GATE.passes(contextOf(text, second))).toBe(false);
    expect(GATE.passes(contextOf(text, 0, second - 1))).toBe(true);
  });

  it('lets the caller read the text when the index cannot tell', () => {
    expect(GATE.wordsIn(contextOf('ngắn'))).toBeUndefined();
    expect(GATE.passes(contextOf('ngắn'))).toBe(true);
    // a window cut inside a word
    const text = `${FILLER} thángthángtháng`;
    const cut = text.length - 4;
    expect(indexedSentence(contextOf(text, 0, cut))).toBeUndefined();
    expect(indexedSentence(contextOf(text, cut - 2))).toBeUndefined();
    expect(indexedSentence(contextOf(text))).toBeDefined();
  });

  it('finds phrases whose words are parted by whitespace only, the first one ending a word', () => {
    expect(PHRASES.passes(contextOf(`${FILLER}, theo nghị  quyết 15.`))).toBe(true);
    expect(PHRASES.passes(contextOf(`${FILLER}, theo 5Nghị quyết 15.`))).toBe(true);
    expect(PHRASES.passes(contextOf(`${FILLER}, Chương trình hành động 12.`))).toBe(true);
    expect(PHRASES.passes(contextOf(`${FILLER}, theo nghị, quyết 15.`))).toBe(false);
    expect(PHRASES.passes(contextOf(`${FILLER}, theo quyết định 15.`))).toBe(false);
    expect(PHRASES.passes(contextOf(`${FILLER}, chương trình và hành động.`))).toBe(false);
    expect(PHRASES.passes(contextOf('nghị quyết'))).toBe(true);
  });

  it('finds the words of gates made late, past those listed together, and after a block was listed', () => {
    const ctx = contextOf(`${FILLER}, trong THÁNG 9 và năm 2025 tăng.`);
    expect(GATE.passes(ctx)).toBe(true);
    const late = Array.from({ length: 40 }, (_, g) => new WordGate(g % 2 === 0 ? ['năm'] : ['quý']));
    expect(late.map((gate) => gate.passes(ctx))).toEqual(late.map((_, g) => g % 2 === 0));
    const found = late[38]?.wordsIn(ctx);
    expect(found && found.numbers.slice(found.from, found.to)).toEqual(GATE.wordsIn(ctx)?.numbers.slice(1, 2));
  });

  it('finds phrases in a block that does not lower-case unit by unit', () => {
    expect(PHRASES.passes(contextOf(`${FILLER} ΟΔΟΣ, theo NGHỊ QUYẾT 15.`))).toBe(true);
    expect(PHRASES.passes(contextOf(`${FILLER} ΟΔΟΣ, theo nghị, quyết 15.`))).toBe(false);
  });

  it('tells where the phrases start, after digits glued to the first word too', () => {
    const text = `${FILLER}, theo 5Nghị quyết 15 và Chương trình hành động, nghị, quyết.`;
    const start = text.indexOf('theo');
    expect(PHRASES.startsIn(contextOf(text, start))).toEqual([text.indexOf('Nghị'), text.indexOf('Chương')]);
    expect(PHRASES.startsIn(contextOf(`${FILLER}, không có gì.`))).toEqual([]);
    expect(PHRASES.startsIn(contextOf('nghị quyết'))).toBeUndefined();
  });

  it('takes phrases of several words only', () => {
    expect(() => new PhraseGate(['Luật'])).toThrow(/several words/);
  });

  it('leaves what the date, period and reference rules read unchanged on indexed texts', () => {
    const pieces = ['tháng 9/2025', 'năm 2024', 'quý III/2025', 'ngày 18 và 19/8', 'Từ năm 2016 đến nay', '3 năm qua', 'ba tháng',
      'Nghị quyết số 21-NQ/TW', 'Chỉ thị số 05 của Bộ Chính trị', 'Luật 45', '9 tháng đầu năm 2025', 'sáng 5.3', '1.500', 'kế hoạch 5 năm', ',',
      'Nghị quyết Trung ương 4 (khóa XII)', 'Nghị quyết Đại hội XIII của Đảng', '2Đề án 06', 'Quyết định số 1719/QĐ-TTg',
      'đầu giờ chiều ngày 5/8/2020', 'tối 23 - 9', '12/2025', 'giai đoạn 2016-2020', '(2021 - 2025)', 'Trong hơn 5 năm qua', 'từ ngày 18 đến 20/8',
      '04 - NQ/TU', '38/2021/NĐ-CP', 'cuối năm 2026', 'quý I năm 2024', 'ngày 3 tháng 9 năm 2025', 'sáu tháng cuối năm', '5Luật 12',
      'kể từ tháng 3/2020 tới cuối năm 2022', 'Nghị quyết số: 12', 'mười hai ngày 18 và 19/8', '2,5 năm', 'Sáng', '2024', 'số'];
    const rules = [...PERIOD_RULES, ...DATE_RULES, ...REFERENCE_RULES];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 8 }), (chosen) => {
        const sentence = chosen.join(' ');
        const short = rules.flatMap((r) => r.apply(contextOf(sentence))).map((d) => [d.rule, d.span.text]);
        const long = `${FILLER}. ${sentence}`;
        const at = long.indexOf(sentence);
        const indexed = rules.flatMap((r) => r.apply(contextOf(long, at))).map((d) => [d.rule, d.span.text]);
        expect(indexed).toEqual(short);
        // a window that starts inside a word of an indexed text, where the index cannot tell and the text is read
        const glued = `${FILLER}x${sentence}`;
        const read = rules.flatMap((r) => r.apply(contextOf(glued, FILLER.length + 1))).map((d) => [d.rule, d.span.text]);
        expect(read).toEqual(short);
      }),
      { numRuns: 200 },
    );
  });
});
