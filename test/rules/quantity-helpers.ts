/** Helpers for the quantity rule tests: the facts of one body sentence. */
import { extract } from '../../src/extract/extractor.js';
import type { Fact } from '../../src/types.js';

/** Facts of `sentence` read as the body of a minimal article. */
export function factsOf(sentence: string): Fact[] {
  const input = `Tiêu đề bản tin\n\n${sentence}\n`;
  return extract(input, { format: 'text' }).facts.filter((f) => f.section === 'body');
}

/** Facts of one kind. */
export function ofKind<K extends Fact['kind']>(facts: Fact[], kind: K): Extract<Fact, { kind: K }>[] {
  return facts.filter((f): f is Extract<Fact, { kind: K }> => f.kind === kind);
}
