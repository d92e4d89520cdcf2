/**
 * The shared block model: what every format reader (plain text, Markdown, HTML) hands to the
 * article assembler, and what `parseDocument` hands on to fact extraction.
 * @module
 */
import type { Article, Section, Span } from '../types.js';
import type { TextView } from '../text/text-view.js';

/** What a block is in its source. */
export type BlockKind = 'heading' | 'paragraph' | 'item' | 'cell' | 'other';

/** A piece of text a reader found, before it is sorted into title, lead, body or furniture. */
export interface Candidate {
  /** What the block is in its source. */
  kind: BlockKind;
  /** Heading level 1–6 for headings. */
  level?: number;
  /** The block's clean text (not yet folded), mapped to the original. */
  view: TextView;
  /** Letters and digits inside links. */
  linkChars?: number;
  /** Letters and digits in the block. */
  textChars?: number;
  /** True when all its text is bold (a leading `<p><strong>…</strong></p>` is a lead). */
  bold?: boolean;
  /** True when its markup says it is the lead (class/id sapo, lead, summary …). */
  leadHint?: boolean;
  /** True when it lies in the article's own container (`<article>`, articleBody …). */
  inArticle?: boolean;
  /** True when it lies in site chrome such as a page header outside the article. */
  chrome?: boolean;
  /** True when it lies in the main text region picked by the reader. */
  inMain?: boolean;
  /** Set when the markup already marks it as furniture: the reason. */
  furniture?: string;
  /** True when its line breaks are real breaks (plain text, `<br>`). */
  lines?: boolean;
}

/** What a reader returns. */
export interface ReadResult {
  /** The blocks, in document order. */
  candidates: Candidate[];
  /** Pieces the markup itself marks as furniture (nav, footer, related boxes …). */
  dropped: Span[];
  /** Index of the block the reader picked as the title, when its markup says. */
  titleIndex?: number;
  /** A title from the page's metadata (`<title>`, og:title), used when no heading is found. */
  fallbackTitle?: TextView;
  /** True when the reader marks where the main text region lies (`inMain`). */
  hasMain?: boolean;
}

/** One title, lead or body block for fact extraction: its clean folded text and its sentences. */
export interface Block {
  /** Which part of the article it is. */
  section: Section;
  /** Its place in the original input. */
  span: Span;
  /** Its clean text, folded like `normalizeView`, mapped to the original. */
  view: TextView;
  /** Sentence ranges in `view.text`. */
  sentences: { start: number; end: number }[];
}

/** The article and its blocks. */
export interface ParsedDocument {
  /** The article structure (what `parseArticle` returns). */
  article: Article;
  /** Title, lead and body blocks, in order (none when only the article was asked for, see parseArticle). */
  blocks: Block[];
}
