// The texts the bench reads: the bundled corpus/, the real articles of
// ../shared/corpus-real/articles.jsonl when present, and synthetic inputs made from corpus/
// (an archive generated on the fly, one large document).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArticle } from '../dist/index.js';

/** The repository root. */
export const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Where the real articles live when the shared data is present. */
export const realArticlesPath = join(root, '..', 'shared', 'corpus-real', 'articles.jsonl');

/** How many times corpus/ is repeated for the parallel runs when the real articles are absent. */
export const CORPUS_COPIES = 40;

/** Size of a text in UTF-8 bytes. */
export const utf8Bytes = (text) => Buffer.byteLength(text, 'utf8');

/** A named set of texts with its size in UTF-8 bytes. */
export function textSet(name, texts) {
  return { name, texts, bytes: texts.reduce((sum, t) => sum + utf8Bytes(t), 0) };
}

/** The bulletins of corpus/ (text, Markdown and HTML), in file-name order. */
export function corpusTexts() {
  const dir = join(root, 'corpus');
  return readdirSync(dir)
    .filter((f) => /\.(txt|md|html?)$/.test(f) && f !== 'README.md')
    .sort()
    .map((f) => readFileSync(join(dir, f), 'utf8'));
}

/** The texts of the real articles, or undefined when ../shared is absent. */
export function realArticleTexts() {
  if (!existsSync(realArticlesPath)) return undefined;
  return readFileSync(realArticlesPath, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line).text);
}

/**
 * An archive of about `totalBytes` of UTF-8 text, made on the fly by cycling through the corpus
 * texts: only the current document exists at any time. Each document carries an id, passed
 * through extractStream untouched.
 */
export async function* syntheticArchive(totalBytes, texts = corpusTexts()) {
  const sizes = texts.map(utf8Bytes);
  let produced = 0;
  for (let i = 0; produced < totalBytes; i++) {
    const k = i % texts.length;
    produced += sizes[k];
    yield { id: `synthetic-${i}`, text: texts[k] };
  }
}

/** The body paragraphs of every corpus bulletin (site furniture, titles and leads left out), as plain text. */
export function corpusParagraphs() {
  return corpusTexts().flatMap((text) => parseArticle(text).paragraphs.map((p) => p.span.text.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim()));
}

/**
 * One plain-text article of about `bytes` UTF-8 bytes: a title, then the corpus's body
 * paragraphs repeated (whole bulletins joined would end at the first one's footer, such as
 * 'Các tin khác', and the rest would be dropped as site furniture).
 */
export function largeDocument(bytes) {
  const title = 'Tổng hợp số liệu các địa phương năm 2024\n\n';
  const unit = corpusParagraphs().join('\n\n') + '\n\n';
  const copies = Math.ceil((bytes - utf8Bytes(title)) / utf8Bytes(unit));
  return title + unit.repeat(copies);
}
