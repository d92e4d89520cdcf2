/**
 * The article assembler: from a reader's blocks to title, lead, dateline, body paragraphs,
 * dropped furniture and sentences — the same rules for every format, with the format's own
 * hints (HTML classes, Markdown headings).
 *
 * Plain-text heuristics, in order:
 * - Title: the first line (leading button, breadcrumb and link lines skipped), if it is at most
 *   {@link MAX_TITLE} characters. When the line holds an outlet mark such as '(NLĐ)-' (Người Lao
 *   Động files run title, mark and lead together), the title is the part before the mark, the
 *   mark is dropped, and the part after it is read as the next line.
 * - Lead: the next non-furniture line or paragraph, when it is not a heading, does not end with
 *   ':', at least one body paragraph follows it, and it is short enough to read as a summary: at
 *   most {@link MAX_LEAD} characters, or at most {@link MAX_LONG_LEAD} when two or more body
 *   paragraphs follow. Markdown: the same, or a leading bold paragraph.
 * - HTML: an element whose class or id says sapo/lead/summary/description/chapeau …, else a
 *   leading bold paragraph or an `<h2>` right after the title.
 * - Dateline: 1–4 capitalized words ending in ':' or ' -' / ' –' opening the title, else the lead.
 * @module
 */
import type { Article, Section, Span } from '../types.js';
import { cleanString, collapseSpaces, foldView, subView, viewSpan, type TextView } from '../text/text-view.js';
import type { Block, Candidate, ParsedDocument, ReadResult } from './blocks.js';
import { datelineLength, findOutletMark } from './dateline.js';
import { classifyFurniture, isBreadcrumb, isFooterLine, isFurnitureHeading, isFurnitureLine, isLinkLine, type FurnitureMode } from './furniture.js';
import { SentenceBounds, addSentenceBounds } from './sentences.js';

/** Longest first line read as a title in plain text. */
export const MAX_TITLE = 300;

/** Longest paragraph read as a lead on its own. */
export const MAX_LEAD = 400;

/** Longest paragraph read as a lead when two or more body paragraphs follow it. */
export const MAX_LONG_LEAD = 800;

/** Longest bold paragraph read as an HTML or Markdown lead. */
const MAX_BOLD_LEAD = 800;

/** How many leading furniture lines are skipped when looking for a plain-text title. */
const MAX_LEADING_SKIPS = 8;

/**
 * Builds the article from a reader's result, and its blocks when `withBlocks` (fact extraction
 * reads them; the article alone does not, and a line-heavy text then makes no object per block).
 */
export function assemble(input: string, format: Article['format'], read: ReadResult, withBlocks = true): ParsedDocument {
  const dropped: Span[] = [...read.dropped];
  const dropCandidate = (c: Candidate): void => {
    if (c.view.text.length > 0) dropped.push(viewSpan(c.view, 0, c.view.text.length));
  };
  let title: TextView | undefined;
  let rest: Candidate[];
  const early: Candidate[] = [];
  if (format === 'html') {
    const ti = read.titleIndex;
    if (ti !== undefined) {
      title = (read.candidates[ti] as Candidate).view;
      for (const c of read.candidates.slice(0, ti)) {
        if (c.leadHint && !c.furniture) early.push(c);
        else dropCandidate(c);
      }
      rest = read.candidates.slice(ti + 1);
    } else {
      title = read.fallbackTitle;
      rest = read.candidates.slice();
    }
    if (read.hasMain) rest = cutAfterMain(rest);
  } else {
    ({ title, rest } = pickTextTitle(read.candidates, format, dropped));
  }

  const folded: TextView[] = new Array(rest.length);
  const texts: string[] = new Array(rest.length);
  for (let i = 0; i < rest.length; i++) {
    const view = foldView((rest[i] as Candidate).view);
    folded[i] = view;
    texts[i] = view.text;
  }
  const mode: FurnitureMode = format;
  const reasons = classifyFurniture(texts, rest, mode);
  let liveCount = 0;
  let firstLive = -1;
  let hinted = -1;
  for (let i = 0; i < rest.length; i++) {
    const c = rest[i] as Candidate;
    if (reasons[i] !== undefined) {
      dropCandidate(c);
      continue;
    }
    if (firstLive < 0) firstLive = i;
    if (hinted < 0 && c.leadHint) hinted = i;
    liveCount++;
  }

  let lead: Candidate | undefined;
  let leadView: TextView | undefined;
  let leadAt = -1;
  if (format === 'html') {
    if (hinted >= 0) leadAt = hinted;
    else if (early.length > 0) {
      lead = early[0] as Candidate;
      leadView = foldView(lead.view);
    } else if (liveCount > 0 && title) {
      const c = rest[firstLive] as Candidate;
      if ((c.kind === 'heading' && c.level === 2) || (c.kind === 'paragraph' && c.bold && c.view.text.length <= MAX_BOLD_LEAD)) leadAt = firstLive;
    }
  } else if (title && liveCount > 0) {
    const c = rest[firstLive] as Candidate;
    const after = liveCount - 1;
    const len = c.view.text.length;
    const reads = c.kind !== 'heading' && !/:$/u.test(c.view.text) && after >= 1 && (len <= MAX_LEAD || (len <= MAX_LONG_LEAD && after >= 2));
    const bold = format === 'markdown' && c.kind === 'paragraph' && c.bold === true && len <= MAX_BOLD_LEAD && after >= 1;
    if (reads || bold) leadAt = firstLive;
  }
  if (leadAt >= 0) {
    lead = rest[leadAt];
    leadView = folded[leadAt];
  }
  for (const c of early) if (lead !== c) dropCandidate(c);

  // Arrays made at their largest size and cut to length once filled: growing arrays of tens of
  // thousands of entries step by step is costly.
  const list = new BlockList(liveCount + 2);
  const paragraphs: Article['paragraphs'] = new Array(liveCount);
  let paragraphCount = 0;
  const article: Article = { format, paragraphs, sentences: [], dropped: [] };
  const titleSpan = title ? list.add('title', foldView(title)) : undefined;
  if (title && titleSpan) {
    article.title = cleanString(title);
    article.titleSpan = titleSpan;
  }
  const leadSpan = lead && leadView ? list.add('lead', leadView) : undefined;
  if (lead && leadSpan) {
    article.lead = cleanString(lead.view);
    article.leadSpan = leadSpan;
  }
  for (let i = 0; i < rest.length; i++) {
    if (reasons[i] !== undefined || i === leadAt) continue;
    const span = list.add('body', folded[i] as TextView);
    if (span) paragraphs[paragraphCount++] = { span };
  }
  paragraphs.length = paragraphCount;
  article.sentences = list.sentenceRecords();
  const dateline = findDateline(title, false) ?? findDateline(lead?.view, true);
  if (dateline) {
    article.dateline = dateline.text;
    article.datelineSpan = dateline.span;
  }
  article.dropped = sortSpans(dropped);
  return { article, blocks: withBlocks ? list.blocks() : [] };
}

/**
 * The title, lead and body blocks of an article as they are added, in parallel arrays (a text of
 * tens of thousands of lines makes no object per block for them), with their sentences' bounds in
 * one buffer.
 */
class BlockList {
  /** True when the first block is the title. */
  private titled = false;
  /** Number of the first body block (blocks come as title, lead, then body), or -1 before one. */
  private firstBody = -1;
  /** Each block's folded view. */
  private readonly views: TextView[];
  /** Each block's span in the original input. */
  private readonly spans: Span[];
  /** For each block, the number of entries of {@link bounds} up to the end of its sentences. */
  private readonly ends: number[];
  /** How many blocks were added. */
  private count = 0;
  /** The sentence bounds of all blocks, block after block. */
  private readonly bounds = new SentenceBounds();

  /** A list for at most `most` blocks. */
  constructor(most: number) {
    this.views = new Array<TextView>(most);
    this.spans = new Array<Span>(most);
    this.ends = new Array<number>(most);
  }

  /**
   * Adds a block of the folded view `view`, its sentences found, and returns its span; undefined
   * (and nothing added) when the view is empty.
   */
  add(section: Section, view: TextView): Span | undefined {
    if (view.text.length === 0) return undefined;
    addSentenceBounds(view.text, this.bounds);
    const span = viewSpan(view, 0, view.text.length);
    const k = this.count++;
    if (section === 'title' && k === 0) this.titled = true;
    else if (section === 'body' && this.firstBody < 0) this.firstBody = k;
    this.views[k] = view;
    this.spans[k] = span;
    this.ends[k] = this.bounds.length;
    return span;
  }

  /**
   * The sentence records of the blocks, in order, made into an array of the exact size: a long
   * text has tens of thousands of sentences, and growing such an array step by step is costly.
   */
  sentenceRecords(): Article['sentences'] {
    const { bounds, views, spans, ends } = this;
    const records: Article['sentences'] = new Array(bounds.length >> 1);
    const b = bounds.data;
    let k = 0;
    let from = 0;
    for (let i = 0; i < this.count; i++) {
      const view = views[i] as TextView;
      const span = spans[i] as Span;
      const section = this.sectionOf(i);
      const length = view.text.length;
      const to = ends[i] as number;
      for (let j = from; j < to; j += 2) {
        const start = b[j] as number;
        const end = b[j + 1] as number;
        records[k++] = { span: start === 0 && end === length ? sameSpan(span) : viewSpan(view, start, end), section };
      }
      from = to;
    }
    return records;
  }

  /** The section of block number `i`. */
  private sectionOf(i: number): Section {
    if (this.firstBody >= 0 && i >= this.firstBody) return 'body';
    return i === 0 && this.titled ? 'title' : 'lead';
  }

  /** The blocks, as fact extraction reads them. */
  blocks(): Block[] {
    const out: Block[] = new Array(this.count);
    let from = 0;
    for (let i = 0; i < this.count; i++) {
      const to = this.ends[i] as number;
      out[i] = new SentenceBlock(this.sectionOf(i), this.views[i] as TextView, this.spans[i] as Span, this.bounds, from, to);
      from = to;
    }
    return out;
  }
}

/** A copy of `span` (a sentence that is its whole block has the block's span, and shares its text). */
function sameSpan(span: Span): Span {
  return { start: span.start, end: span.end, text: span.text };
}

/**
 * A title, lead or body block that keeps its sentences as bounds and makes the range objects
 * when they are first read (reading an article alone never reads them).
 */
class SentenceBlock implements Block {
  /** Which part of the article it is. */
  readonly section: Section;
  /** Its place in the original input. */
  readonly span: Span;
  /** Its clean folded text, mapped to the original. */
  readonly view: TextView;
  /** The document's sentence bounds, of which entries `[from, to)` are this block's. */
  private readonly bounds: SentenceBounds;
  /** First entry of its sentences in `bounds`. */
  readonly from: number;
  /** Just past the last entry of its sentences in `bounds`. */
  readonly to: number;
  /** The sentence ranges, once made. */
  private ranges: Block['sentences'] | undefined;

  /** A block of `view`, whose span is `span`, and whose sentences are entries `[from, to)` of `bounds`. */
  constructor(section: Section, view: TextView, span: Span, bounds: SentenceBounds, from: number, to: number) {
    this.section = section;
    this.span = span;
    this.view = view;
    this.bounds = bounds;
    this.from = from;
    this.to = to;
  }

  /** Sentence ranges in `view.text`. */
  get sentences(): Block['sentences'] {
    this.ranges ??= this.bounds.ranges(this.from, this.to);
    return this.ranges;
  }
}

/** HTML: blocks after the main text region (when the reader found one) are left out. */
function cutAfterMain(rest: Candidate[]): Candidate[] {
  let last = -1;
  rest.forEach((c, i) => {
    if (c.inMain) last = i;
  });
  if (last < 0) return rest;
  return rest.map((c, i) => (i > last && !c.inMain && !c.furniture ? { ...c, furniture: 'outside-article' } : c));
}

/**
 * Plain text and Markdown: the title is a leading heading (Markdown), else the first line that is
 * not furniture, split at an outlet mark. Returns the title and the blocks after it.
 */
function pickTextTitle(candidates: readonly Candidate[], format: Article['format'], dropped: Span[]): { title?: TextView; rest: Candidate[] } {
  let i = 0;
  while (i < candidates.length && i < MAX_LEADING_SKIPS) {
    const c = candidates[i] as Candidate;
    const text = foldView(firstLine(c.view)).text;
    if (c.kind === 'heading' || !(isFurnitureLine(text) || isBreadcrumb(text) || isLinkLine(text) || isFooterLine(text) || isFurnitureHeading(text))) break;
    dropped.push(viewSpan(c.view, 0, c.view.text.length));
    i++;
  }
  const first = candidates[i];
  if (!first) return { rest: candidates.slice(i) };
  const after = candidates.slice(i + 1);
  if (format === 'markdown' && first.kind === 'heading') return { title: first.view, rest: after };
  if (format === 'markdown') {
    const h1 = candidates.findIndex((c, k) => k > i && k <= i + 3 && c.kind === 'heading' && c.level === 1);
    if (h1 > 0) {
      for (const c of candidates.slice(i, h1)) dropped.push(viewSpan(c.view, 0, c.view.text.length));
      return { title: (candidates[h1] as Candidate).view, rest: candidates.slice(h1 + 1) };
    }
  }
  const line = firstLine(first.view);
  const remainder = restLines(first.view);
  const pieces: Candidate[] = [];
  let title: TextView | undefined = line;
  const mark = findOutletMark(line.text);
  if (mark && mark.start > 0) {
    title = trimView(subView(line, 0, mark.start));
    const code = trimView(subView(line, mark.start, mark.end));
    if (code.text) dropped.push(viewSpan(code, 0, code.text.length));
    const tail = trimView(subView(line, mark.end, line.text.length));
    if (tail.text) pieces.push({ ...first, view: tail });
  } else if (line.text.length > MAX_TITLE) {
    return { rest: candidates.slice(i) };
  }
  if (remainder) pieces.push({ ...first, view: remainder });
  if (!title.text) title = undefined;
  return { title, rest: pieces.length > 0 ? pieces.concat(after) : after };
}

/** The first line of a view. */
function firstLine(view: TextView): TextView {
  const nl = view.text.indexOf('\n');
  return nl < 0 ? view : trimView(subView(view, 0, nl));
}

/** The lines after the first, or undefined when there are none. */
function restLines(view: TextView): TextView | undefined {
  const nl = view.text.indexOf('\n');
  if (nl < 0) return undefined;
  const rest = trimView(subView(view, nl + 1, view.text.length));
  return rest.text ? rest : undefined;
}

/** A view without leading or trailing whitespace (inner line breaks kept). */
function trimView(view: TextView): TextView {
  return collapseSpaces(view, 'newlines');
}

/** The dateline opening a title or (`lead`) lead view, as clean text and a span. */
function findDateline(view: TextView | undefined, lead: boolean): { text: string; span: Span } | undefined {
  if (!view) return undefined;
  const len = datelineLength(view.text, lead);
  if (len === 0) return undefined;
  const part = subView(view, 0, len);
  return { text: cleanString(part), span: viewSpan(view, 0, len) };
}

/** Spans in input order, exact duplicates and spans inside an earlier one removed. */
function sortSpans(spans: Span[]): Span[] {
  const sorted = spans.filter((s) => s.end > s.start).sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Span[] = [];
  let reach = -1;
  for (const s of sorted) {
    if (s.end <= reach) continue;
    out.push(s);
    reach = Math.max(reach, s.end);
  }
  return out;
}
