/**
 * Checks an average against its total and period: 'Từ năm 2016 đến nay … kết nạp 8.990 đảng viên
 * mới (bình quân mỗi năm kết nạp 2.247 đảng viên …)' — 8.990 over 2016 to the article's present
 * is about 2.247 a year. A document pass, after facts have ids and period links.
 * @module
 */
import type { Approx, Article, AverageFact, CountFact, Fact, PeriodFact, Quantity } from '../types.js';

/** How far total ÷ length may stand from the average for rounding: one unit, or this share of the average. */
const ROUNDING_SHARE = 0.01;
/** The range an approximate figure stands for, as factors of the figure written ('hơn 10.000' → 10.000 to 15.000). */
const APPROX_RANGE: Record<Approx, readonly [number, number]> = {
  about: [0.95, 1.05],
  over: [1, 1.5],
  at_least: [1, 1.5],
  under: [0.67, 1],
  nearly: [0.67, 1],
  at_most: [0.67, 1],
};

/**
 * Sets `totalFact`, `periods` and `consistent` on each average whose total (a count of the same
 * thing, with the same action, before it in its sentence) and period (its `period` link, else the period opening its
 * paragraph's text before it) are both known. A period 'đến nay' ends in the latest year the
 * article dates anything; without one it cannot be measured and the average stays unchecked.
 */
export function checkAverages(facts: Fact[], article: Article): Fact[] {
  if (!facts.some((f) => f.kind === 'average')) return facts;
  const byId = new Map(facts.map((f) => [f.id, f]));
  const now = latestYear(facts);
  const bySentence = groupBy(facts, (f) => f.sentence.start);
  const paragraphs = article.paragraphs.map((p) => p.span);
  const periodsByParagraph = groupBy(
    facts.filter((f): f is PeriodFact => f.kind === 'period'),
    (f) => paragraphIndex(paragraphs, f.span.start, f.span.end),
  );
  for (const fact of facts) {
    if (fact.kind !== 'average') continue;
    const total = (bySentence.get(fact.sentence.start) ?? [])
      .filter((f): f is CountFact => f.kind === 'count' && f.span.end <= fact.span.start && !f.target && sameThing(f, fact))
      .pop();
    if (!total) continue;
    const linked = fact.period ? byId.get(fact.period) : undefined;
    const at = paragraphIndex(paragraphs, fact.span.start, fact.span.end);
    const period =
      linked?.kind === 'period'
        ? linked
        : at < 0
          ? undefined
          : (periodsByParagraph.get(at) ?? []).filter((f) => f.span.end <= total.span.start).pop();
    if (!period) continue;
    const lengths = periodLengths(period, fact.per, now);
    if (lengths.length === 0) continue;
    fact.totalFact = total.id;
    const fit = lengths.find((n) => agrees(total.quantity, n, fact.quantity));
    fact.periods = fit ?? (lengths[0] as number);
    fact.consistent = fit !== undefined;
  }
  return facts;
}

/** Facts grouped by a key, each group in text order. */
function groupBy<T>(items: readonly T[], key: (item: T) => number): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/** Index of the paragraph holding `[start, end)` (paragraphs in order, by halves), or -1. */
function paragraphIndex(paragraphs: readonly { start: number; end: number }[], start: number, end: number): number {
  let lo = 0;
  let hi = paragraphs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const p = paragraphs[mid] as { start: number; end: number };
    if (end <= p.start) hi = mid - 1;
    else if (start >= p.end) lo = mid + 1;
    else return p.start <= start && end <= p.end ? mid : -1;
  }
  return -1;
}

/** True when `total` over `n` periods can be `average`: the ranges the two figures stand for meet, within rounding. */
function agrees(total: Quantity, n: number, average: Quantity): boolean {
  const [t1, t2] = range(total);
  const [a1, a2] = range(average);
  const slack = Math.max(1, average.value * ROUNDING_SHARE);
  return t1 / n <= a2 + slack && a1 - slack <= t2 / n;
}

/** The values a quantity stands for: itself, its range ('từ 5 đến 7'), or what its qualifier allows. */
function range(q: Quantity): readonly [number, number] {
  const hi = q.max ?? q.value;
  if (!q.approx) return [q.value, hi];
  const [lo, up] = APPROX_RANGE[q.approx];
  return [q.value * lo, hi * up];
}

/**
 * The lengths a period may have in units of `per`: a duration in that unit as written; years from
 * a start year to an end year (or to `now`) counted both ways (2016–2019 is 3 or 4 years); an end
 * with a quarter or month counts the part of its year ('đến hết quý III/2025': three quarters).
 */
function periodLengths(period: PeriodFact, per: string, now: number | undefined): number[] {
  if (period.duration) return period.duration.unit === per ? [period.duration.value] : [];
  if (per !== 'năm') return [];
  const from = period.from?.year;
  const to = period.to === 'now' ? now : period.to?.year;
  if (from === undefined || to === undefined || to < from) return [];
  const end = period.to === 'now' ? undefined : period.to;
  const part = end?.quarter !== undefined ? end.quarter / 4 : end?.month !== undefined ? end.month / 12 : undefined;
  const start = period.from?.month !== undefined ? (period.from.month - 1) / 12 : 0;
  if (part !== undefined) return [to + part - from - start].filter((n) => n > 0);
  return [to - from, to - from + 1].filter((n) => n > 0);
}

/** The latest year the article dates a result in (its present, for 'đến nay'); goals ('đến năm 2030') do not count. */
function latestYear(facts: readonly Fact[]): number | undefined {
  let latest: number | undefined;
  for (const f of facts) {
    if (f.target) continue;
    const year = f.kind === 'date' ? f.date.year : f.kind === 'period' && f.to !== undefined && f.to !== 'now' ? f.to.year : undefined;
    if (year !== undefined && (latest === undefined || year > latest)) latest = year;
  }
  return latest;
}

/** True when a count and an average speak of the same thing: one entity opens the other, and the actions (when both say one) agree. */
function sameThing(count: CountFact, average: AverageFact): boolean {
  if (!average.entity || !count.action) return false;
  const a = fold(count.entity);
  const b = fold(average.entity);
  const entities = a === b || a.startsWith(`${b} `) || b.startsWith(`${a} `);
  const actions = !count.action || !average.action || fold(count.action) === fold(average.action);
  return entities && actions;
}

/** Case and space folding for comparing phrases. */
function fold(s: string): string {
  return s.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
}
