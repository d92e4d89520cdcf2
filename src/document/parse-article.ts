/**
 * The entry points: `parseDocument` (article and blocks, for fact extraction) and
 * `parseArticle` (the article alone).
 * @module
 */
import { assertInput } from '../errors.js';
import { resolveOptions } from './options.js';
import type { Article, Options } from '../types.js';
import { assemble } from './assemble.js';
import type { ParsedDocument, ReadResult } from './blocks.js';
import { detectFormat } from './detect-format.js';
import { readHtml } from './html.js';
import { readMarkdown } from './markdown.js';
import { readPlainText } from './plain-text.js';

/** The readers, by format. */
const READERS: Readonly<Record<Article['format'], (input: string) => ReadResult>> = {
  text: readPlainText,
  markdown: readMarkdown,
  html: readHtml,
};

/**
 * Reads an article's structure and its title, lead and body blocks (clean folded text with a
 * map to the original, and sentence ranges). Throws InvalidInputError for a non-string,
 * InputTooLargeError past `options.maxLength` and a SolieuError `'invalid-option'` for a bad
 * option, each naming `fn` (the entry point called); never throws for any string.
 */
export function parseDocument(input: string, options?: Options, fn = 'parseArticle'): ParsedDocument {
  return readDocument(input, options, fn, true);
}

/** Reads an article's structure: title, lead, dateline, body paragraphs, sentences, dropped furniture. */
export function parseArticle(input: string, options?: Options): Article {
  return readDocument(input, options, 'parseArticle', false).article;
}

/** {@link parseDocument}, the blocks made only when `withBlocks` (else none are listed). */
function readDocument(input: string, options: Options | undefined, fn: string, withBlocks: boolean): ParsedDocument {
  const { format: requested, maxLength } = resolveOptions(fn, options);
  assertInput(fn, input, maxLength);
  const format = requested === 'auto' ? detectFormat(input) : requested;
  return assemble(input, format, READERS[format](input), withBlocks);
}
