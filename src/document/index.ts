/**
 * Document structure: formats, title, lead, dateline, furniture, paragraphs and sentences.
 * @module
 */
export { parseArticle, parseDocument } from './parse-article.js';
export type { Block, ParsedDocument } from './blocks.js';
export type { TextView } from '../text/text-view.js';
