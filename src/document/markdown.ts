/**
 * The Markdown reader: unified + remark-parse to mdast, then one block per heading, paragraph,
 * list item and table row, its text taken from the text nodes' positions in the original (so
 * emphasis markers, link targets and escapes are left out, and offsets stay exact). Inputs that
 * remark-parse handles badly (thousands of numbered lines, deep nesting) are read as plain-text
 * lines instead; a cheap linear pre-scan decides.
 * @module
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import type { Nodes, Root, RootContent, PhrasingContent } from 'mdast';
import type { Span } from '../types.js';
import { TextViewBuilder, collapseSpaces } from '../text/text-view.js';
import type { BlockKind, Candidate, ReadResult } from './blocks.js';
import { readLines } from './plain-text.js';

/** Most numbered-list lines ('1. …') read through remark-parse (it is quadratic on them). */
const MAX_ORDERED_LINES = 500;

/** Most characters of numbered-list lines read through remark-parse (it overflows its stack past ~60 kB). */
const MAX_ORDERED_CHARS = 16_000;

/** Most nesting markers ('>' or indentation steps) on one line read through remark-parse. */
const MAX_NESTING = 32;

/** Largest input read through remark-parse. */
const MAX_LENGTH = 4_000_000;

/**
 * Most lines read through remark-parse: it spends up to 100-150 µs on a short line (a table row,
 * a one-word paragraph), so 64 kB of one-word paragraphs took 4 s and 200 kB of table rows over
 * 1 s, where the plain-text reader takes a few milliseconds. Articles have a few hundred lines.
 */
const MAX_LINES = 5_000;

/** A numbered-list line: '1. ', '12) '. */
const ORDERED_LINE = /^ {0,3}\d{1,9}[.)](?:[ \t]|$)/;

/** True when remark-parse can read `input` safely and in linear time. */
export function markdownIsSafe(input: string): boolean {
  if (input.length > MAX_LENGTH) return false;
  let ordered = 0;
  let orderedChars = 0;
  let lines = 0;
  let at = 0;
  const n = input.length;
  while (at < n) {
    if (++lines > MAX_LINES) return false;
    let end = input.indexOf('\n', at);
    if (end < 0) end = n;
    const c = input.charCodeAt(at);
    if (c >= 48 && c <= 57 || c === 32) {
      const line = input.slice(at, Math.min(end, at + 16));
      if (ORDERED_LINE.test(line)) {
        ordered++;
        orderedChars += end - at;
        if (ordered > MAX_ORDERED_LINES || orderedChars > MAX_ORDERED_CHARS) return false;
      }
    }
    let markers = 0;
    for (let i = at; i < end && i < at + 400; i++) {
      const ch = input.charCodeAt(i);
      if (ch === 62 /* > */ || ch === 9) markers++;
      else if (ch === 32) markers += 0.25;
      else if (ch === 45 || ch === 42 || ch === 43) markers += 0.5;
      else break;
    }
    if (markers > MAX_NESTING) return false;
    at = end + 1;
  }
  return true;
}

/** Reads Markdown into blocks, or plain-text lines when the pre-scan or the parser says no. */
export function readMarkdown(input: string): ReadResult {
  if (!markdownIsSafe(input)) return readLines(input);
  let tree: Root;
  try {
    tree = unified().use(remarkParse).parse(input) as Root;
  } catch {
    return readLines(input);
  }
  const reader = new MarkdownReader(input);
  reader.children(tree.children);
  return { candidates: reader.candidates, dropped: reader.dropped };
}

/** Walks an mdast tree, collecting blocks and dropped pieces. */
class MarkdownReader {
  /** The original input. */
  readonly input: string;
  /** Blocks found so far. */
  readonly candidates: Candidate[] = [];
  /** Pieces left out (code, raw HTML). */
  readonly dropped: Span[] = [];

  /** Starts a reader over `input`. */
  constructor(input: string) {
    this.input = input;
  }

  /** Reads block-level nodes in order. */
  children(nodes: readonly RootContent[]): void {
    for (const node of nodes) this.block(node);
  }

  /** Reads one block-level node. */
  block(node: RootContent): void {
    switch (node.type) {
      case 'heading':
        this.leaf('heading', node.children, node.depth);
        return;
      case 'paragraph':
        this.leaf('paragraph', node.children);
        return;
      case 'list':
        for (const item of node.children) {
          for (const child of item.children) {
            if (child.type === 'paragraph') this.leaf('item', child.children);
            else this.block(child);
          }
        }
        return;
      case 'blockquote':
        this.children(node.children);
        return;
      case 'table':
        for (const row of node.children) {
          const parts: PhrasingContent[] = [];
          for (const cell of row.children) parts.push(...cell.children, { type: 'break' });
          this.leaf('cell', parts);
        }
        return;
      case 'code':
      case 'html':
      case 'definition':
        this.drop(node);
        return;
      default:
        return;
    }
  }

  /** Records a node as dropped. */
  drop(node: Nodes): void {
    const p = node.position;
    if (p && p.start.offset !== undefined && p.end.offset !== undefined && p.end.offset > p.start.offset) {
      this.dropped.push({ start: p.start.offset, end: p.end.offset, text: this.input.slice(p.start.offset, p.end.offset) });
    }
  }

  /** Makes one block of phrasing content. */
  leaf(kind: BlockKind, nodes: readonly PhrasingContent[], level?: number): void {
    const builder = new TextViewBuilder(this.input);
    const counts = { text: 0, link: 0, bold: 0 };
    this.inline(builder, nodes, counts, false, false);
    const view = collapseSpaces(builder.build(), 'newlines');
    if (view.text === '') return;
    const candidate: Candidate = { kind, view, lines: true, textChars: counts.text, linkChars: counts.link };
    if (level !== undefined) candidate.level = level;
    if (counts.text > 0 && counts.bold >= counts.text * 0.9) candidate.bold = true;
    this.candidates.push(candidate);
  }

  /** Appends phrasing content to a block, counting link and bold characters. */
  inline(builder: TextViewBuilder, nodes: readonly PhrasingContent[], counts: { text: number; link: number; bold: number }, link: boolean, bold: boolean): void {
    for (const node of nodes) {
      if (node.type === 'text' || node.type === 'inlineCode') {
        const p = node.position;
        if (!p || p.start.offset === undefined || p.end.offset === undefined) continue;
        builder.appendDecoded(p.start.offset, p.end.offset, node.value);
        const chars = node.value.replace(/\s+/gu, '').length;
        counts.text += chars;
        if (link) counts.link += chars;
        if (bold) counts.bold += chars;
      } else if (node.type === 'break') {
        builder.appendBreak('\n');
      } else if (node.type === 'link' || node.type === 'linkReference') {
        this.inline(builder, node.children, counts, true, bold);
      } else if (node.type === 'strong') {
        this.inline(builder, node.children, counts, link, true);
      } else if (node.type === 'emphasis' || node.type === 'delete') {
        this.inline(builder, node.children, counts, link, bold);
      }
    }
  }
}
