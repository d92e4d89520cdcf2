/**
 * solieu as a unified plugin: `unified().use(remarkParse).use(remarkSolieu)` reads the Markdown
 * file's facts and puts `{ article, facts }` on `file.data.solieu`, each fact with the unist
 * position (line, column, offset) of its span in the file.
 *
 * ```js
 * import { unified } from 'unified';
 * import remarkParse from 'remark-parse';
 * import { VFile } from 'vfile';
 * import { remarkSolieu } from 'solieu/remark';
 *
 * const processor = unified().use(remarkParse).use(remarkSolieu);
 * const file = new VFile('Tỉnh đã kết nạp 8.990 đảng viên mới.');
 * await processor.run(processor.parse(file), file);
 * file.data.solieu.facts[0].position; // { start: { line: 1, column: 17, offset: 16 }, end: … }
 * ```
 * @module
 */
import type { Plugin } from 'unified';
import type { Node } from 'unist';
import type { VFile } from 'vfile';
import { location } from 'vfile-location';
import type { Article, Extraction, Fact, Span } from './types.js';
import { createExtractor, extract } from './extract/extractor.js';
import type { ExtractorConfig } from './extract/extractor.js';

/** A place in the file, as unist gives it: 1-based line and column, 0-based offset. */
export interface FactPoint {
  /** Line, from 1. */
  line: number;
  /** Column, from 1. */
  column: number;
  /** Offset in the file, from 0. */
  offset: number;
}

/** Where a fact stands in the file. */
export interface FactPosition {
  /** The first character of the fact's span. */
  start: FactPoint;
  /** Just past its last character. */
  end: FactPoint;
}

/** A fact with the unist position of its span. */
export type PositionedFact = Fact & {
  /** Where the fact's span stands in the file. */
  position: FactPosition;
};

/** What the plugin puts on `file.data.solieu`. */
export interface SolieuData {
  /** The article's structure (title, lead, dateline, paragraphs, sentences). */
  article: Article;
  /** Every fact, in text order, with its position. */
  facts: PositionedFact[];
}

/** Options of {@link remarkSolieu}: extra lexicon entries or rules, as for `createExtractor`. */
export type RemarkSolieuOptions = ExtractorConfig;

/** The file is read as Markdown, whatever it looks like: remark has already parsed it as such. */
const MARKDOWN = { format: 'markdown' } as const;

declare module 'vfile' {
  interface DataMap {
    /** The facts solieu read from the file (set by `remarkSolieu`). */
    solieu: SolieuData;
  }
}

/**
 * The unified plugin: after parsing, reads the file's text (`String(file)`) as Markdown with
 * `extract`, or with an extractor made by `createExtractor(options)` when it is given options,
 * and stores the result, with positions, on `file.data.solieu`. The tree is left as it is.
 */
export const remarkSolieu: Plugin<[RemarkSolieuOptions?], Node> = function remarkSolieu(options) {
  const extractor = options ? createExtractor(options) : undefined;
  return (_tree: Node, file: VFile): undefined => {
    const text = String(file);
    const result: Extraction = extractor ? extractor.extract(text, MARKDOWN) : extract(text, MARKDOWN);
    file.data.solieu = { article: result.article, facts: withPositions(text, result.facts) };
    return undefined;
  };
};

/** The facts with the positions of their spans in `text`. */
export function withPositions(text: string, facts: readonly Fact[]): PositionedFact[] {
  const place = location(text);
  const point = (offset: number): FactPoint => {
    const p = place.toPoint(offset);
    if (p) return { line: p.line, column: p.column, offset };
    // the end of the file has no character of its own: one past the last point
    const last = place.toPoint(Math.max(0, offset - 1));
    return last ? { line: last.line, column: last.column + 1, offset } : { line: 1, column: 1, offset };
  };
  const positionOf = (span: Span): FactPosition => ({ start: point(span.start), end: point(span.end) });
  return facts.map((f) => ({ ...f, position: positionOf(f.span) }));
}
