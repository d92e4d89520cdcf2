/**
 * The HTML reader: rehype-parse to hast, then one block per block-level element, its text taken
 * from text nodes (entities decoded) mapped back to their raw positions. Scripts, styles, menus,
 * page headers and footers, asides, forms, and elements whose class or id says related, comments,
 * share, tags … are left out and listed as dropped. Inputs nested deeper than rehype-parse can
 * take are read by the linear tag stripper of `html-strip.ts` instead.
 * @module
 */
import { unified } from 'unified';
import rehypeParse from 'rehype-parse';
import type { Element, ElementContent, Root, RootContent } from 'hast';
import type { Span } from '../types.js';
import { ARTICLE_CLASS_WORDS, FURNITURE_CLASS_WORDS, LEAD_CLASS_WORDS, LOGO_CLASS_WORDS } from '../lexicon/furniture.js';
import { TextViewBuilder, collapseSpaces, type TextView } from '../text/text-view.js';
import type { BlockKind, Candidate, ReadResult } from './blocks.js';
import { htmlIsSafe, readHtmlLinear } from './html-strip.js';

/** Elements whose content is never article text. */
const SKIP_TAGS: ReadonlySet<string> = new Set([
  'script', 'style', 'noscript', 'template', 'head', 'nav', 'footer', 'aside', 'form', 'button', 'select',
  'textarea', 'input', 'label', 'iframe', 'svg', 'canvas', 'menu', 'object', 'embed', 'video', 'audio',
  'map', 'dialog', 'picture', 'img',
]);

/** Elements that start and end a block. */
const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'address', 'article', 'blockquote', 'body', 'center', 'dd', 'details', 'div', 'dl', 'dt', 'fieldset',
  'figure', 'figcaption', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'html', 'li', 'main',
  'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'thead', 'tfoot', 'tr', 'caption', 'ul', 'dir',
]);

/** Elements that separate inline text with a space without ending the block (table cells). */
const CELL_TAGS: ReadonlySet<string> = new Set(['td', 'th']);

/** ARIA roles of page chrome. */
const CHROME_ROLES: ReadonlySet<string> = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'search', 'menu', 'menubar', 'toolbar']);

/** Elements never left out because of their class (the page's own frame). */
const FRAME_TAGS: ReadonlySet<string> = new Set(['html', 'body', 'main', 'article']);

/** Class words as sets, compared with the words and the joined form of a class token. */
const FURNITURE_WORDS: ReadonlySet<string> = new Set(FURNITURE_CLASS_WORDS);
/** Lead class words. */
const LEAD_WORDS: ReadonlySet<string> = new Set(LEAD_CLASS_WORDS);
/** Article-container class words. */
const ARTICLE_WORDS: ReadonlySet<string> = new Set(ARTICLE_CLASS_WORDS);
/** Logo class words. */
const LOGO_WORDS: ReadonlySet<string> = new Set(LOGO_CLASS_WORDS);

/** Reads HTML into blocks; deep or unparsable input goes to the linear tag stripper. */
export function readHtml(input: string): ReadResult {
  if (!htmlIsSafe(input)) return readHtmlLinear(input);
  let tree: Root;
  try {
    tree = unified().use(rehypeParse).parse(input) as Root;
  } catch {
    return readHtmlLinear(input);
  }
  const reader = new HtmlReader(input);
  try {
    reader.measure(tree);
    reader.pickMain();
    reader.walkChildren(tree.children, ROOT_CONTEXT);
  } catch (error) {
    // the walk recurses once per level: a tree deeper than the pre-scan foresaw overflows the stack
    if (error instanceof RangeError) return readHtmlLinear(input);
    throw error;
  }
  reader.flush();
  return reader.result();
}

/** What the walker knows about where it is. */
interface Context {
  /** Inside a link. */
  link: boolean;
  /** Inside bold text. */
  bold: boolean;
  /** Inside an element marked as the lead. */
  lead: boolean;
  /** Inside the article's own container. */
  article: boolean;
  /** Inside page chrome (a page header, a logo). */
  chrome: boolean;
  /** Inside the main text region. */
  main: boolean;
  /** Inside a figure caption. */
  caption: boolean;
}

/** The context at the root. */
const ROOT_CONTEXT: Context = { link: false, bold: false, lead: false, article: false, chrome: false, main: false, caption: false };

/** Size measures of an element, from the pre-pass. */
interface Measure {
  /** Non-space characters of text inside it. */
  text: number;
  /** Non-space characters of its direct paragraph children (and long direct text). */
  paragraphs: number;
  /** Its parent element. */
  parent?: Element;
}

/** The block being filled. */
interface OpenBlock {
  /** Its text so far. */
  builder: TextViewBuilder;
  /** Its kind. */
  kind: BlockKind;
  /** Heading level. */
  level?: number;
  /** Non-space characters. */
  text: number;
  /** Non-space characters inside links. */
  link: number;
  /** Non-space characters in bold. */
  bold: number;
  /** The context it was opened in. */
  context: Context;
  /** `<br>` elements since the last text. */
  breaks: number;
}

/** Walks a hast tree, collecting blocks. */
class HtmlReader {
  /** The original input. */
  readonly input: string;
  /** Blocks found so far. */
  readonly candidates: Candidate[] = [];
  /** Pieces left out by markup. */
  readonly dropped: Span[] = [];
  /** Pre-pass measures per element. */
  private readonly measures = new Map<Element, Measure>();
  /** Total paragraph characters on the page. */
  private totalParagraphs = 0;
  /** The main text region, when one stands out. */
  private main: Element | undefined;
  /** The block being filled. */
  private open: OpenBlock | undefined;
  /** The `<title>` text. */
  private titleTag: TextView | undefined;
  /** The og:title content. */
  private ogTitle: TextView | undefined;

  /** Starts a reader over `input`. */
  constructor(input: string) {
    this.input = input;
  }

  /** Pre-pass: measures text per element, returning the non-space characters under `node`. */
  measure(node: Root | Element, parent?: Element): number {
    let text = 0;
    let paragraphs = 0;
    for (const child of node.children) {
      if (child.type === 'text') {
        const n = countChars(child.value);
        text += n;
        if (n >= 30) paragraphs += n;
      } else if (child.type === 'element') {
        if (SKIP_TAGS.has(child.tagName)) {
          if (child.tagName === 'head') this.readHead(child);
          continue;
        }
        const n = this.measure(child, node.type === 'element' ? node : undefined);
        text += n;
        if (child.tagName === 'p') paragraphs += n;
      }
    }
    if (node.type === 'element') {
      const m: Measure = { text, paragraphs };
      if (parent) m.parent = parent;
      this.measures.set(node, m);
      this.totalParagraphs += paragraphs;
    }
    return text;
  }

  /** Picks the main text region: the element with most paragraph text, widened to its parent when a sibling holds much too. */
  pickMain(): void {
    let best: Element | undefined;
    let bestScore = 0;
    for (const [element, m] of this.measures) {
      if (m.paragraphs > bestScore) {
        best = element;
        bestScore = m.paragraphs;
      }
    }
    if (!best || bestScore < 80) return;
    const parent = this.measures.get(best)?.parent;
    if (parent && parent.tagName !== 'body' && parent.tagName !== 'html') {
      let siblings = 0;
      for (const child of parent.children) {
        if (child.type === 'element' && child !== best && (this.measures.get(child)?.paragraphs ?? 0) >= bestScore * 0.3) siblings++;
      }
      if (siblings > 0) best = parent;
    }
    this.main = best;
  }

  /** Reads `<title>` and og:title from the head. */
  private readHead(head: Element): void {
    for (const child of head.children) {
      if (child.type !== 'element') continue;
      if (child.tagName === 'title' && !this.titleTag) {
        const b = new TextViewBuilder(this.input);
        for (const t of child.children) if (t.type === 'text') appendText(b, t);
        const view = collapseSpaces(b.build(), 'none');
        if (view.text) this.titleTag = view;
      } else if (child.tagName === 'meta' && !this.ogTitle) {
        const property = String(child.properties?.property ?? child.properties?.name ?? '').toLowerCase();
        if (property === 'og:title') this.ogTitle = this.attributeView(child, 'content');
      }
    }
  }

  /** The view of an attribute's value in the raw tag, located by position (entities decoded). */
  private attributeView(element: Element, name: string): TextView | undefined {
    const p = element.position;
    const value = element.properties?.[name];
    if (!p || p.start.offset === undefined || typeof value !== 'string') return undefined;
    const tagEnd = this.input.indexOf('>', p.start.offset);
    if (tagEnd < 0) return undefined;
    const raw = this.input.slice(p.start.offset, tagEnd);
    const m = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>]+))`, 'i').exec(raw);
    if (!m) return undefined;
    const body = m[1] ?? m[2] ?? m[3] ?? '';
    const start = p.start.offset + m.index + m[0].length - body.length - (m[3] === undefined ? 1 : 0);
    const b = new TextViewBuilder(this.input);
    b.appendDecoded(start, start + body.length, value);
    const view = collapseSpaces(b.build(), 'none');
    return view.text ? view : undefined;
  }

  /** Walks child nodes in order. */
  walkChildren(children: readonly (RootContent | ElementContent)[], context: Context): void {
    for (const child of children) {
      if (child.type === 'text') this.text(child, context);
      else if (child.type === 'element') this.element(child, context);
    }
  }

  /** Adds a text node to the open block. */
  private text(node: { value: string; position?: Root['position'] }, context: Context): void {
    const chars = countChars(node.value);
    if (chars === 0) {
      if (this.open) appendText(this.open.builder, node);
      return;
    }
    const block = this.ensureOpen(context);
    appendText(block.builder, node);
    block.breaks = 0;
    block.text += chars;
    if (context.link) block.link += chars;
    if (context.bold) block.bold += chars;
  }

  /** Reads one element. */
  private element(el: Element, outer: Context): void {
    const tag = el.tagName;
    if (SKIP_TAGS.has(tag) || isHidden(el)) {
      if (tag !== 'head') this.dropElement(el);
      return;
    }
    const words = classWords(el);
    const role = String(el.properties?.role ?? '').toLowerCase();
    if (CHROME_ROLES.has(role) || (!FRAME_TAGS.has(tag) && hasWord(words, FURNITURE_WORDS) && !this.holdsArticle(el))) {
      this.dropElement(el);
      return;
    }
    if (tag === 'br') {
      const block = this.ensureOpen(outer);
      block.builder.appendBreak('\u2028');
      block.breaks++;
      if (block.breaks >= 2) this.flush();
      return;
    }
    const context: Context = { ...outer };
    if (tag === 'a') context.link = true;
    if (tag === 'strong' || tag === 'b') context.bold = true;
    if (tag === 'article' || tag === 'main' || hasWord(words, ARTICLE_WORDS) || String(el.properties?.itemProp ?? '').includes('articleBody')) context.article = true;
    if ((tag === 'header' && !outer.article) || hasWord(words, LOGO_WORDS)) context.chrome = true;
    if (el === this.main) context.main = true;
    if (tag === 'figcaption') context.caption = true;
    const lead = !outer.lead && hasWord(words, LEAD_WORDS) && !FRAME_TAGS.has(tag);
    if (lead) {
      this.flush();
      context.lead = true;
      this.ensureOpen(context);
      this.walkChildren(el.children, context);
      this.flush();
      return;
    }
    if (outer.lead) {
      if (BLOCK_TAGS.has(tag) || CELL_TAGS.has(tag)) this.open?.builder.appendBreak(' ');
      this.walkChildren(el.children, context);
      return;
    }
    if (CELL_TAGS.has(tag)) {
      this.open?.builder.appendBreak(' ');
      this.walkChildren(el.children, context);
      this.open?.builder.appendBreak(' ');
      return;
    }
    if (!BLOCK_TAGS.has(tag)) {
      this.walkChildren(el.children, context);
      return;
    }
    this.flush();
    const kind: BlockKind = /^h[1-6]$/.test(tag) ? 'heading' : tag === 'li' || tag === 'dt' || tag === 'dd' ? 'item' : tag === 'tr' ? 'cell' : 'paragraph';
    this.ensureOpen(context, kind, kind === 'heading' ? Number(tag[1]) : undefined);
    this.walkChildren(el.children, context);
    this.flush();
  }

  /** True when the element holds half or more of the page's paragraph text (so its class cannot drop it). */
  private holdsArticle(el: Element): boolean {
    const m = this.measures.get(el);
    return m !== undefined && this.totalParagraphs > 200 && m.text >= this.totalParagraphs * 0.5;
  }

  /** Lists an element as dropped when it has text. */
  private dropElement(el: Element): void {
    const p = el.position;
    if (!p || p.start.offset === undefined || p.end.offset === undefined) return;
    // parse5 ends a comment left open at the end of the input one past the input's end
    const end = Math.min(p.end.offset, this.input.length);
    if (end <= p.start.offset) return;
    const m = this.measures.get(el);
    if (m && m.text === 0) return;
    this.dropped.push({ start: p.start.offset, end, text: this.input.slice(p.start.offset, end) });
  }

  /** The open block, opening one of `kind` in `context` when none is open. */
  private ensureOpen(context: Context, kind: BlockKind = 'paragraph', level?: number): OpenBlock {
    if (!this.open) {
      this.open = { builder: new TextViewBuilder(this.input), kind, text: 0, link: 0, bold: 0, context, breaks: 0 };
      if (level !== undefined) this.open.level = level;
    }
    return this.open;
  }

  /** Closes the open block, turning it into a candidate when it has text. */
  flush(): void {
    const block = this.open;
    this.open = undefined;
    if (!block || block.text === 0) return;
    const view = collapseSpaces(block.builder.build(), 'separators');
    if (view.text === '') return;
    const c: Candidate = { kind: block.kind, view, textChars: block.text, linkChars: block.link, lines: true };
    if (block.level !== undefined) c.level = block.level;
    if (block.bold >= block.text * 0.9) c.bold = true;
    if (block.context.lead) c.leadHint = true;
    if (block.context.article) c.inArticle = true;
    if (block.context.chrome) c.chrome = true;
    if (block.context.main) c.inMain = true;
    if (block.context.caption) c.furniture = 'caption';
    this.candidates.push(c);
  }

  /** The reader's result: blocks, dropped pieces, the picked title. */
  result(): ReadResult {
    const r: ReadResult = { candidates: this.candidates, dropped: this.dropped, hasMain: this.main !== undefined };
    const titleIndex = pickTitle(this.candidates);
    if (titleIndex !== undefined) r.titleIndex = titleIndex;
    const fallback = this.titleTag ?? this.ogTitle;
    if (fallback) r.fallbackTitle = fallback;
    return r;
  }
}

/**
 * The index of the headline: an `<h1>` (one inside the article beats a site-logo one in the
 * page header), else the first non-chrome `<h2>`/`<h3>` before the main text; undefined when
 * there is none.
 */
export function pickTitle(candidates: readonly Candidate[]): number | undefined {
  let best: number | undefined;
  let bestScore = -Infinity;
  let firstMain = candidates.findIndex((c) => c.inMain);
  if (firstMain < 0) firstMain = candidates.length;
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i] as Candidate;
    if (c.kind !== 'heading' || c.level !== 1 || c.furniture) continue;
    let score = 0;
    if (c.inArticle) score += 2;
    if (c.chrome) score -= 2;
    if (i <= firstMain) score += 1;
    if ((c.linkChars ?? 0) >= (c.textChars ?? 0) && c.chrome) score -= 1;
    if (score > bestScore) {
      best = i;
      bestScore = score;
    }
  }
  if (best !== undefined && bestScore >= 0) return best;
  for (let i = 0; i < Math.min(firstMain + 1, candidates.length); i++) {
    const c = candidates[i] as Candidate;
    if (c.kind === 'heading' && (c.level ?? 9) <= 3 && !c.chrome && !c.furniture && (c.linkChars ?? 0) < (c.textChars ?? 0)) return i;
  }
  return best;
}

/** Appends a text node to a block, from its raw position. */
function appendText(builder: TextViewBuilder, node: { value: string; position?: Root['position'] }): void {
  const p = node.position;
  if (!p || p.start.offset === undefined || p.end.offset === undefined) return;
  builder.appendDecoded(p.start.offset, p.end.offset, node.value);
}

/** Non-space characters in `text`. */
function countChars(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!(c === 32 || (c >= 9 && c <= 13) || c === 0xa0)) n++;
  }
  return n;
}

/** True when the element is hidden (hidden attribute, aria-hidden, display:none). */
function isHidden(el: Element): boolean {
  const p = el.properties ?? {};
  if (p.hidden === true || p.hidden === '') return true;
  if (String(p.ariaHidden ?? '') === 'true') return true;
  return /display\s*:\s*none|visibility\s*:\s*hidden/i.test(String(p.style ?? ''));
}

/** The words of an element's class and id tokens: each token split at '-', '_' and case changes, plus the token joined. */
function classWords(el: Element): Set<string> {
  const words = new Set<string>();
  const tokens: string[] = [];
  const cls: unknown = el.properties?.className;
  if (Array.isArray(cls)) for (const t of cls) tokens.push(String(t));
  else if (typeof cls === 'string') tokens.push(...cls.split(/\s+/));
  if (el.properties?.id !== undefined) tokens.push(String(el.properties.id));
  for (const token of tokens) {
    if (!token) continue;
    const parts = token.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
    for (const part of parts) words.add(part);
    words.add(parts.join(''));
  }
  return words;
}

/** True when any word is in the set. */
function hasWord(words: ReadonlySet<string>, set: ReadonlySet<string>): boolean {
  for (const w of words) if (set.has(w)) return true;
  return false;
}
