/**
 * Facts as CSV: one row per fact, under the header of the contract, quoted as RFC 4180 says.
 * @module
 */
import type { Fact, Quantity } from '../types.js';
import type { OutputRecord } from './output-record.js';

/** A cell before it is written: empty when undefined, numbers as JavaScript writes them, lists joined with '; '. */
export type CsvValue = string | number | boolean | readonly string[] | undefined;

/** The line break between records (RFC 4180). */
export const CSV_LINE_BREAK = '\r\n';

/** A field of `fact`, whatever its kind, when it has one. */
function field(fact: Fact, name: string): unknown {
  return (fact as unknown as Record<string, unknown>)[name];
}

/** A quantity-valued field of `fact`, when it has one. */
function quantity(fact: Fact, name: 'quantity' | 'before' | 'after' | 'delta' | 'total'): Quantity | undefined {
  return field(fact, name) as Quantity | undefined;
}

/** A string-valued field of `fact`, when it has one. */
function text(fact: Fact, name: string): string | undefined {
  const value = field(fact, name);
  return typeof value === 'string' ? value : undefined;
}

/** A number-valued field of `fact`, when it has one. */
function number(fact: Fact, name: string): number | undefined {
  const value = field(fact, name);
  return typeof value === 'number' ? value : undefined;
}

/**
 * The main figure of a fact: its quantity; for a change, its multiplier ('tăng 2,6 lần');
 * for a period, its duration.
 */
function mainFigure(fact: Fact): { value?: number; max?: number; approx?: string; unit?: string } | undefined {
  if (fact.kind === 'change') return { value: fact.multiplier, unit: (fact.after ?? fact.before)?.unit };
  if (fact.kind === 'period') return fact.duration && { value: fact.duration.value, unit: fact.duration.unit };
  return quantity(fact, 'quantity');
}

/** The columns of the CSV output, in order, each with how its cell is read from a fact. */
export const CSV_COLUMNS: readonly { name: string; cell: (fact: Fact, source: string) => CsvValue }[] = [
  { name: 'source', cell: (_, source) => source },
  { name: 'id', cell: (f) => f.id },
  { name: 'kind', cell: (f) => f.kind },
  { name: 'rule', cell: (f) => f.rule },
  { name: 'section', cell: (f) => f.section },
  { name: 'value', cell: (f) => mainFigure(f)?.value },
  { name: 'max', cell: (f) => mainFigure(f)?.max },
  { name: 'approx', cell: (f) => mainFigure(f)?.approx },
  { name: 'unit', cell: (f) => mainFigure(f)?.unit },
  { name: 'entity', cell: (f) => text(f, 'entity') },
  { name: 'action', cell: (f) => text(f, 'action') },
  { name: 'direction', cell: (f) => (f.kind === 'change' ? f.direction : undefined) },
  { name: 'before', cell: (f) => quantity(f, 'before')?.value },
  { name: 'after', cell: (f) => quantity(f, 'after')?.value },
  { name: 'delta', cell: (f) => quantity(f, 'delta')?.value },
  { name: 'delta_unit', cell: (f) => (f.kind === 'change' ? f.deltaUnit : undefined) },
  { name: 'consistent', cell: (f) => (f.kind === 'change' ? f.consistent : undefined) },
  { name: 'total', cell: (f) => quantity(f, 'total')?.value },
  { name: 'per', cell: (f) => text(f, 'per') },
  { name: 'of', cell: (f) => text(f, 'of') },
  { name: 'currency', cell: (f) => text(f, 'currency') },
  { name: 'doc_type', cell: (f) => text(f, 'docType') },
  { name: 'number', cell: (f) => (f.kind === 'reference' ? f.number : undefined) },
  { name: 'symbol', cell: (f) => text(f, 'symbol') },
  { name: 'issuer', cell: (f) => text(f, 'issuer') },
  { name: 'term', cell: (f) => number(f, 'term') },
  { name: 'name', cell: (f) => text(f, 'name') },
  { name: 'titles', cell: (f) => (f.kind === 'person' ? f.titles : undefined) },
  { name: 'target', cell: (f) => f.target },
  { name: 'start', cell: (f) => f.span.start },
  { name: 'end', cell: (f) => f.span.end },
  { name: 'text', cell: (f) => f.span.text },
];

/** A cell as written: quoted when it holds a comma, a quote, a line break or edge spaces; inner quotes doubled. */
export function csvField(value: CsvValue): string {
  if (value === undefined) return '';
  const raw = typeof value === 'string' ? value : Array.isArray(value) ? value.join('; ') : String(value);
  return /[",\r\n]|^\s|\s$/.test(raw) ? `"${raw.replaceAll('"', '""')}"` : raw;
}

/** One CSV record, line break included. */
export function csvLine(values: readonly CsvValue[]): string {
  return values.map(csvField).join(',') + CSV_LINE_BREAK;
}

/** The header line. */
export function csvHeader(): string {
  return csvLine(CSV_COLUMNS.map((column) => column.name));
}

/** The cells of one fact's row. */
export function factCells(fact: Fact, source: string): CsvValue[] {
  return CSV_COLUMNS.map((column) => column.cell(fact, source));
}

/** The rows of one document's facts, line breaks included ('' when it has none). */
export function csvRows(record: Pick<OutputRecord, 'source' | 'facts'>): string {
  return record.facts.map((fact) => csvLine(factCells(fact, record.source))).join('');
}
