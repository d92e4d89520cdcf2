import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { parseArticle } from '../../src/document/index.js';
import type { Article, Span } from '../../src/types.js';

/** The shared real-article corpus (read-only test data, outside the repository). */
const CORPUS = '../shared/corpus-real/articles.jsonl';

/** Every span an article reports. */
function allSpans(a: Article): Span[] {
  const spans: (Span | undefined)[] = [...a.paragraphs.map((p) => p.span), ...a.sentences.map((s) => s.span), ...a.dropped, a.titleSpan, a.leadSpan, a.datelineSpan];
  return spans.filter((s): s is Span => s !== undefined);
}

describe.skipIf(!existsSync(CORPUS))('corpus-real robustness', () => {
  it('parses all 5,000 articles without throwing, every span honest, body never empty', () => {
    const lines = readFileSync(CORPUS, 'utf8').split('\n').filter(Boolean);
    const faults: string[] = [];
    let titled = 0;
    for (const line of lines) {
      const { id, text } = JSON.parse(line) as { id: string; text: string };
      let a: Article;
      try {
        a = parseArticle(text);
      } catch (e) {
        faults.push(`${id}: threw ${(e as Error).message}`);
        continue;
      }
      if (a.title) titled++;
      for (const s of allSpans(a)) {
        if (!(Number.isInteger(s.start) && s.start <= s.end && text.slice(s.start, s.end) === s.text)) {
          faults.push(`${id}: span ${s.start}-${s.end} does not slice the input`);
          break;
        }
      }
      if (a.paragraphs.length === 0 && a.lead === undefined) faults.push(`${id}: no body`);
      if (a.dateline && /^\(/.test(a.dateline)) faults.push(`${id}: outlet code as dateline`);
    }
    expect(faults.slice(0, 10)).toEqual([]);
    expect(titled / lines.length).toBeGreaterThan(0.9);
  });
});
