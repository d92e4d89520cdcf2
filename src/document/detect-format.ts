/**
 * Format detection for `format: 'auto'`: HTML when the input is an HTML document or fragment,
 * Markdown only with clear Markdown structure, otherwise plain text. One linear scan of lines.
 * @module
 */
import type { InputFormat } from '../types.js';
import { isSpace } from '../text/text-view.js';

/** A document opening: doctype, html, head or body tag, or an XML prolog, after optional space/BOM. */
const HTML_DOCUMENT = /^[\s\ufeff]*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<\?xml[^>]*>\s*<(?:!doctype|html))/i;

/** An element that makes a fragment HTML: '<p>', '<div class="x">', '<h1>', '<br/>' … */
const HTML_TAG = /<(?:p|div|h[1-6]|article|section|main|span|a|strong|em|b|i|u|ul|ol|li|table|tr|td|th|tbody|br|hr|img|figure|figcaption|blockquote|header|footer|nav|aside|font|center|meta|title|script|style|iframe)(?:\s[^<>]*)?\/?>/gi;

/** A closing tag of a common element: '</p>', '</div>'. */
const HTML_CLOSE = /<\/(?:p|div|h[1-6]|article|section|main|span|a|strong|em|b|i|u|ul|ol|li|table|tr|td|th|tbody|figure|blockquote|header|footer|nav|aside|font|center|title|script|style)\s*>/i;

/** An ATX heading line: '# Tiêu đề', '### Mục 2'. */
const ATX_HEADING = /^ {0,3}#{1,6}[ \t]+\S/;

/** Markdown link or image syntax: '[chữ](http://…)'. */
const LINK_SYNTAX = /!?\[[^\]\n]{1,500}\]\([^()\s]{1,2000}(?:\s+"[^"\n]*")?\)/;

/** A bullet-list line: '- mục', '* mục', '+ mục'. */
const BULLET = /^ {0,3}[-*+][ \t]+\S/;

/** A fenced code line: three backticks or tildes. */
const FENCE = /^ {0,3}(?:```|~~~)/;

/** Code units of the characters a Markdown line is looked at more closely for when it opens with one (after up to three spaces). */
const SPACE = 0x20;
/** Code unit of '#' (an ATX heading). */
const HASH = 0x23;
/** Code unit of '`' (a fence). */
const BACKTICK = 0x60;
/** Code unit of '~' (a fence). */
const TILDE = 0x7e;
/** Code unit of '-' (a bullet). */
const DASH = 0x2d;
/** Code unit of '*' (a bullet). */
const STAR = 0x2a;
/** Code unit of '+' (a bullet). */
const PLUS = 0x2b;
/** Code unit of a carriage return (a CR LF line ending). */
const CR = 0x0d;

/** How many bullet lines in a row make a Markdown list block. */
const LIST_RUN = 3;

/** The format to read `input` as, for `format: 'auto'`. */
export function detectFormat(input: string): Exclude<InputFormat, 'auto'> {
  if (looksLikeHtml(input)) return 'html';
  return looksLikeMarkdown(input) ? 'markdown' : 'text';
}

/** True when `input` is an HTML document, or a fragment that opens with a tag or holds tag pairs. */
export function looksLikeHtml(input: string): boolean {
  if (input.indexOf('<') < 0) return false;
  const head = input.slice(0, 4096);
  if (HTML_DOCUMENT.test(head)) return true;
  HTML_TAG.lastIndex = 0;
  const first = HTML_TAG.exec(input);
  if (!first) return false;
  const lead = input.slice(0, first.index).trim();
  if (lead === '' && HTML_CLOSE.test(input)) return true;
  if (lead === '' && /^<(?:br|hr|img|meta)\b/i.test(first[0])) return true;
  let tags = 1;
  while (tags < 3 && HTML_TAG.exec(input)) tags++;
  return tags >= 3 && HTML_CLOSE.test(input);
}

/**
 * True when `input` has clear Markdown structure: an ATX heading, link syntax, a fenced code
 * block, or a list block of several bullet lines that starts a paragraph. Emphasis alone is not
 * enough, and neither is a numbered line ('2016. Năm đó…') or a single '- ' line.
 */
export function looksLikeMarkdown(input: string): boolean {
  let run = 0;
  let runStartsBlock = false;
  let previousBlank = true;
  let at = 0;
  const n = input.length;
  let nextLink = -2;
  while (at <= n) {
    let end = input.indexOf('\n', at);
    if (end < 0) end = n;
    const stop = end > at && input.charCodeAt(end - 1) === CR ? end - 1 : end;
    let first = at;
    while (first < stop && first - at < 3 && input.charCodeAt(first) === SPACE) first++;
    const opener = first < stop ? input.charCodeAt(first) : 0;
    if (nextLink !== -1 && nextLink < at) nextLink = input.indexOf('](', at);
    const linked = nextLink >= 0 && nextLink + 2 <= stop && stop - at < 4000;
    const bullet = opener === DASH || opener === STAR || opener === PLUS;
    if (opener === HASH || opener === BACKTICK || opener === TILDE || linked || bullet) {
      const line = input.slice(at, stop);
      if (ATX_HEADING.test(line) || FENCE.test(line)) return true;
      if (linked && LINK_SYNTAX.test(line)) return true;
      if (bullet && BULLET.test(line)) {
        if (run === 0) runStartsBlock = previousBlank;
        run++;
        if (run >= LIST_RUN && runStartsBlock) return true;
      } else {
        run = 0;
      }
    } else {
      run = 0;
    }
    previousBlank = isBlank(input, at, stop);
    at = end + 1;
  }
  return false;
}

/** True when `input` holds only whitespace (as `String.prototype.trim` counts it) in `[from, to)`. */
function isBlank(input: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isSpace(input.charCodeAt(i))) return false;
  return true;
}
