/**
 * What a figure is per: '/năm', '/người/năm', 'mỗi năm', 'hằng năm', 'một tháng'.
 * @module
 */
import type { SentenceContext } from '../../extract/sentence-context.js';
import { phraseBefore, skipSpaces, wordEnd } from '../../extract/scan.js';
import { isWordCharacter } from '../../text/boundaries.js';
import { perSentence } from '../../extract/sentence-memo.js';
import { firstStartOf } from '../../tagging/phrase-table.js';

/** A 'per' reading and where it ends. */
export interface PerReading {
  /** 'năm', 'người/năm'. */
  unit: string;
  /** Start of the phrase in the clean text. */
  start: number;
  /** End of the phrase in the clean text. */
  end: number;
}

/** What a sentence holds that a 'per' reading is made of. */
export interface PerMarks {
  /** True when it holds a slash ('/năm'). */
  readonly slash: boolean;
  /** Where its first periodic word ('hằng năm') or 'each' word ('mỗi') starts (-1 when it holds none). */
  readonly firstWord: number;
}

/** The {@link PerMarks} of the sentence, read once per sentence. */
export const perMarksIn = perSentence((ctx: SentenceContext): PerMarks => {
  const { text, lexicon, start, end } = ctx;
  const slash = text.indexOf('/', start);
  return { slash: slash >= 0 && slash < end, firstWord: firstStartOf([lexicon.eachWords, lexicon.periodicWords], text, start, end) };
});

/**
 * True when the sentence can hold a 'per' reading at all: a slash, a periodic word ('hằng năm') or
 * an 'each' word ('mỗi'). A cheap check before the readers run around every figure.
 */
export function mayHavePer(ctx: SentenceContext): boolean {
  const marks = perMarksIn(ctx);
  return marks.slash || marks.firstWord >= 0;
}

/** '/năm', '/người/năm' or 'mỗi năm' / 'một năm' / 'hằng năm' right after `pos`. */
export function perAfter(ctx: SentenceContext, pos: number): PerReading | undefined {
  const { text, lexicon } = ctx;
  let i = skipSpaces(text, pos);
  if (text[i] === '/') {
    const units: string[] = [];
    const start = i;
    let end = i;
    while (text[i] === '/') {
      const at = text[i + 1] === ' ' ? i + 2 : i + 1; // '/năm' and '/ năm'
      if (!isWordCharacter(text, at)) break;
      const unit = lexicon.perUnits.matchAt(text, at) ?? lexicon.countedNouns.matchAt(text, at);
      const stop = unit ? unit.end : wordEnd(text, at);
      units.push(text.slice(at, stop));
      end = stop;
      i = stop;
    }
    return units.length ? { unit: units.join('/'), start, end } : undefined;
  }
  const periodic = lexicon.periodicWords.matchAt(text, i);
  if (periodic) return { unit: periodic.value, start: periodic.start, end: periodic.end };
  const each = lexicon.eachWords.matchAt(text, i);
  if (!each) return undefined;
  const at = skipSpaces(text, each.end);
  const unit = lexicon.perUnits.matchAt(text, at) ?? lexicon.countedNouns.matchAt(text, at);
  return unit ? { unit: unit.phrase, start: each.start, end: unit.end } : undefined;
}

/**
 * 'mỗi năm', 'hằng năm', 'bình quân mỗi năm' within `maxWords` words before `pos`. Such a reading
 * opens with a periodic or 'each' word: a caller that knows the sentence holds none before `pos`
 * (see {@link PerMarks.firstWord}) need not ask.
 */
export function perBefore(ctx: SentenceContext, pos: number, maxWords = 8): PerReading | undefined {
  const { text, lexicon } = ctx;
  const periodic = phraseBefore(ctx, lexicon.periodicWords, pos, maxWords);
  if (periodic) return { unit: periodic.value, start: periodic.start, end: periodic.end };
  const unit = phraseBefore(ctx, lexicon.perUnits, pos, maxWords) ?? phraseBefore(ctx, lexicon.countedNouns, pos, maxWords);
  if (!unit) return undefined;
  const eachEnd = unit.start - 1;
  const each = eachEnd > 0 ? lexicon.eachWords.matchEndingAt(text, eachEnd) : undefined;
  return each ? { unit: unit.phrase, start: each.start, end: unit.end } : undefined;
}
