/**
 * Answers kept for the sentence being read: rules ask the same questions of one sentence (the
 * entity after a figure, the people or places it names), and the rules of one sentence all run before the
 * next sentence starts, so the answers of the last sentence are all that is kept.
 * @module
 */
import type { SentenceContext } from './sentence-context.js';

/**
 * Wraps `read(ctx, key)` so that it runs once per sentence and key; `keyOf` names the arguments
 * that change the answer. The answer must not be changed by callers (hand out copies of objects).
 */
export function memoPerSentence<A extends unknown[], V>(
  keyOf: (...args: A) => string | number,
  read: (ctx: SentenceContext, ...args: A) => V,
): (ctx: SentenceContext, ...args: A) => V {
  let last: SentenceContext | undefined;
  let answers = new Map<string | number, V>();
  return (ctx, ...args) => {
    if (ctx !== last) {
      last = ctx;
      answers = new Map();
    }
    const key = keyOf(...args);
    const known = answers.get(key);
    if (known !== undefined || answers.has(key)) return known as V;
    const value = read(ctx, ...args);
    answers.set(key, value);
    return value;
  };
}

/**
 * Wraps a per-sentence reader so that it runs once per context (rules ask each other). The rules
 * of one sentence all run before the next sentence starts, so the last context is all it keeps.
 */
export function perSentence<T>(read: (ctx: SentenceContext) => T): (ctx: SentenceContext) => T {
  let last: SentenceContext | undefined;
  let value: T;
  return (ctx) => {
    if (ctx !== last) {
      value = read(ctx);
      last = ctx;
    }
    return value;
  };
}
