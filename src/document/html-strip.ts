/**
 * The linear HTML fallback: a guard that tells whether rehype-parse can take an input (it throws
 * past a few thousand nested elements), and a tag stripper that reads any input in one pass —
 * scripts, styles and comments skipped, block-level tags breaking blocks, entities decoded with
 * their raw positions kept.
 * @module
 */
import { TextViewBuilder, collapseSpaces } from '../text/text-view.js';
import type { Candidate, ReadResult } from './blocks.js';

/** Deepest element nesting handed to rehype-parse. */
const MAX_DEPTH = 1_000;

/** Elements that never have an end tag. */
const VOID_TAGS: ReadonlySet<string> = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr', 'p', 'li', 'option', 'td', 'tr', 'th', 'dt', 'dd']);

/** Formatting elements: the parser keeps them open across misnested end tags, and opens them again. */
const FORMATTING_TAGS: ReadonlySet<string> = new Set(['a', 'b', 'big', 'code', 'em', 'font', 'i', 'nobr', 's', 'small', 'strike', 'strong', 'tt', 'u']);

/** Elements an end tag does not close through (the parser's scope boundaries). */
const SCOPE_TAGS: ReadonlySet<string> = new Set(['applet', 'caption', 'html', 'marquee', 'object', 'table', 'td', 'th', 'template', 'svg', 'math']);

/** Elements holding foreign content, where '/>' closes an element (elsewhere '<div/>' opens one). */
const FOREIGN_TAGS: ReadonlySet<string> = new Set(['svg', 'math']);

/** How far down the open elements an end tag looks for its element before it is taken as stray. */
const CLOSE_REACH = 64;

/** Elements whose content is raw text, skipped whole. */
const RAW_TAGS: ReadonlySet<string> = new Set(['script', 'style', 'noscript', 'template', 'textarea', 'title', 'iframe', 'xmp']);

/** Elements that break blocks in the stripper. */
const BREAK_TAGS: ReadonlySet<string> = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'center', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure',
  'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'html', 'li', 'main', 'nav', 'ol', 'p', 'pre',
  'section', 'table', 'tr', 'td', 'th', 'ul', 'head',
]);

/**
 * The start of a tag at the current position: '<div', '</p' (sticky); the tag runs on to the next
 * '>'. The name cannot be cut short, so a failed match costs no more than the name's length.
 */
const TAG_START = /<(\/?)([A-Za-z][A-Za-z0-9-]*)(?![\w-])/y;

/** A tag found by {@link TagReader}. */
interface Tag {
  /** An end tag ('</p>'). */
  closing: boolean;
  /** The element name, lower case. */
  name: string;
  /** Index one past its '>'. */
  end: number;
  /** Written as '<br/>'. */
  selfClosing: boolean;
}

/**
 * Reads the tags of one input from left to right. It remembers where the next '>' is, so that
 * many '<' without a '>' after them cost one scan of the input, not one each.
 */
class TagReader {
  /** The input. */
  private readonly input: string;
  /** Index of the next '>' at or after {@link searchedFrom}, or the input's length when there is none. */
  private gt = -1;
  /** Where the search for {@link gt} started. */
  private searchedFrom = Infinity;

  /** Starts a reader over `input`. */
  constructor(input: string) {
    this.input = input;
  }

  /** The tag that starts at `lt` (a '<'), or undefined when none does. */
  at(lt: number): Tag | undefined {
    TAG_START.lastIndex = lt;
    const m = TAG_START.exec(this.input);
    if (!m) return undefined;
    const from = TAG_START.lastIndex;
    if (from < this.searchedFrom || this.gt < from) {
      const gt = this.input.indexOf('>', from);
      this.gt = gt < 0 ? this.input.length : gt;
      this.searchedFrom = from;
    }
    if (this.gt >= this.input.length) return undefined;
    return { closing: m[1] === '/', name: (m[2] as string).toLowerCase(), end: this.gt + 1, selfClosing: this.input[this.gt - 1] === '/' };
  }
}

/** Named character references the stripper decodes (numeric ones are always decoded). */
const NAMED: Readonly<Record<string, string>> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', ndash: '–', mdash: '—', hellip: '…',
  lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', laquo: '«', raquo: '»', copy: '©', reg: '®', deg: '°',
  middot: '·', bull: '•', shy: '\u00ad', zwnj: '\u200c', zwj: '\u200d', thinsp: '\u2009', ensp: '\u2002', emsp: '\u2003',
};

/** A character reference (sticky). */
const ENTITY = /&(?:#([0-9]{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{1,31}));?/y;

/**
 * The open elements as the pre-scan sees them. It errs on the deep side: an end tag closes only
 * an element that is open, near the top and not behind a scope boundary, and a misnested end tag
 * of a formatting element closes nothing, since the parser nests deeper than the tags show there
 * ('<b>x</i>' repeated, '<div></span>' repeated).
 */
class OpenElements {
  /** Names of the open elements, outermost first. */
  private readonly names: string[] = [];
  /** How many elements of each name are open. */
  private readonly counts = new Map<string, number>();

  /** How many elements are open. */
  get depth(): number {
    return this.names.length;
  }

  /** True inside foreign content (SVG, MathML). */
  get foreign(): boolean {
    for (const name of FOREIGN_TAGS) if ((this.counts.get(name) ?? 0) > 0) return true;
    return false;
  }

  /** Opens an element. */
  open(name: string): void {
    this.names.push(name);
    this.counts.set(name, (this.counts.get(name) ?? 0) + 1);
  }

  /** Closes the element an end tag `</name>` closes, with those opened inside it; or nothing. */
  close(name: string): void {
    if (!this.counts.get(name)) return;
    const top = this.names.length - 1;
    if (FORMATTING_TAGS.has(name) && this.names[top] !== name) return;
    let at = top;
    while (at >= 0 && top - at < CLOSE_REACH && this.names[at] !== name) {
      if (SCOPE_TAGS.has(this.names[at] as string)) return;
      at--;
    }
    if (at < 0 || this.names[at] !== name) return;
    while (this.names.length > at) {
      const popped = this.names.pop() as string;
      this.counts.set(popped, (this.counts.get(popped) ?? 1) - 1);
    }
  }
}

/**
 * True when rehype-parse can read `input`: a linear pre-scan of tags keeps the deepest nesting
 * of non-void elements under {@link MAX_DEPTH}.
 */
export function htmlIsSafe(input: string): boolean {
  const tags = new TagReader(input);
  const open = new OpenElements();
  let i = input.indexOf('<');
  while (i >= 0 && i < input.length) {
    if (input.startsWith('<!--', i)) {
      const e = input.indexOf('-->', i + 4);
      if (e < 0) break;
      i = input.indexOf('<', e + 3);
      continue;
    }
    const tag = tags.at(i);
    if (!tag) {
      i = input.indexOf('<', i + 1);
      continue;
    }
    if (tag.closing) open.close(tag.name);
    else if (RAW_TAGS.has(tag.name)) {
      const close = findClose(input, tag.name, tag.end);
      i = close < 0 ? -1 : input.indexOf('<', close + 2);
      continue;
    } else if (!VOID_TAGS.has(tag.name) && !(tag.selfClosing && open.foreign)) {
      open.open(tag.name);
      if (open.depth > MAX_DEPTH) return false;
    }
    i = input.indexOf('<', tag.end);
  }
  return true;
}

/** Reads HTML linearly: text between tags, blocks broken at block-level tags and double `<br>`. */
export function readHtmlLinear(input: string): ReadResult {
  const candidates: Candidate[] = [];
  let builder = new TextViewBuilder(input);
  let chars = 0;
  let breaks = 0;
  const flush = (): void => {
    if (chars > 0) {
      const view = collapseSpaces(builder.build(), 'separators');
      if (view.text) candidates.push({ kind: 'paragraph', view, textChars: chars, lines: true });
    }
    builder = new TextViewBuilder(input);
    chars = 0;
    breaks = 0;
  };
  const tags = new TagReader(input);
  let i = 0;
  const n = input.length;
  while (i < n) {
    const lt = input.indexOf('<', i);
    const textEnd = lt < 0 ? n : lt;
    if (textEnd > i) {
      chars += appendWithEntities(builder, input, i, textEnd);
      if (input.slice(i, textEnd).trim()) breaks = 0;
    }
    if (lt < 0) break;
    if (input.startsWith('<!--', lt)) {
      const e = input.indexOf('-->', lt + 4);
      i = e < 0 ? n : e + 3;
      continue;
    }
    const tag = tags.at(lt);
    if (!tag) {
      if (input[lt + 1] === '!' || input[lt + 1] === '?') {
        const e = input.indexOf('>', lt);
        i = e < 0 ? n : e + 1;
        continue;
      }
      chars += appendWithEntities(builder, input, lt, lt + 1);
      i = lt + 1;
      continue;
    }
    const name = tag.name;
    i = tag.end;
    if (!tag.closing && RAW_TAGS.has(name)) {
      const close = findClose(input, name, i);
      const e = close < 0 ? -1 : input.indexOf('>', close);
      i = e < 0 ? n : e + 1;
      continue;
    }
    if (name === 'br') {
      builder.appendBreak('\u2028');
      breaks++;
      if (breaks >= 2) flush();
    } else if (BREAK_TAGS.has(name)) {
      flush();
    }
  }
  flush();
  return { candidates, dropped: [] };
}

/** Index of the end tag `</name` at or after `from` (any case), or -1. */
function findClose(input: string, name: string, from: number): number {
  const re = new RegExp(`</${name}`, 'gi');
  re.lastIndex = from;
  const m = re.exec(input);
  return m ? m.index : -1;
}

/** Appends the raw range `[start, end)` with character references decoded; returns its non-space characters. */
function appendWithEntities(builder: TextViewBuilder, input: string, start: number, end: number): number {
  let count = 0;
  let i = start;
  while (i < end) {
    // the next '&' inside the range only: a search to the end of the input from every text run
    // between tags would make a page of many short runs quadratic
    let stop = i;
    for (; stop < end; stop++) {
      const code = input.charCodeAt(stop);
      if (code === 0x26) break;
      if (code > 32 && code !== 0xa0) count++;
    }
    builder.appendSlice(i, stop);
    if (stop >= end) break;
    ENTITY.lastIndex = stop;
    const m = ENTITY.exec(input);
    let decoded: string | undefined;
    if (m && stop + m[0].length <= end) {
      if (m[1] !== undefined) decoded = safeCodePoint(Number(m[1]));
      else if (m[2] !== undefined) decoded = safeCodePoint(parseInt(m[2], 16));
      else if (m[0].endsWith(';')) decoded = NAMED[m[3] as string];
    }
    if (m && decoded !== undefined) {
      builder.appendDecoded(stop, stop + m[0].length, decoded);
      count += decoded.trim() ? 1 : 0;
      i = stop + m[0].length;
    } else {
      builder.appendSlice(stop, stop + 1);
      count++;
      i = stop + 1;
    }
  }
  return count;
}

/** The character of a code point, or U+FFFD for an invalid one. */
function safeCodePoint(code: number): string {
  return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : '\ufffd';
}
