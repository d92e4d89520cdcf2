/**
 * The record the command line writes for each document.
 * @module
 */
import type { Article, Fact } from '../types.js';
import type { TextEncodingName } from './decode.js';

/** One document's line of JSON Lines output (and one element of the JSON output). */
export interface OutputRecord {
  /** The path, `path:line` for a JSON Lines document, `stdin` or `stdin:line`. */
  source: string;
  /** The encoding the document was read in. */
  encoding: TextEncodingName;
  /** For a JSON Lines document, the line's other fields; otherwise empty. */
  input: Record<string, unknown>;
  /** The document's structure. */
  article: Article;
  /** Its facts. */
  facts: Fact[];
}
