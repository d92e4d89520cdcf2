/**
 * The output formats: each turns the stream of document records into text, a piece at a time.
 * @module
 */
import type { OutputRecord } from './output-record.js';
import { csvHeader, csvRows } from './csv.js';
import { tableBlock } from './table.js';

/** The output formats of the command line. */
export const OUTPUT_FORMATS = ['jsonl', 'json', 'csv', 'table'] as const;

/** One of the output formats. */
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** Writes records in one format: text before the first, for each, and after the last. */
export interface RecordFormatter {
  /** Text that opens the output (a CSV header, a JSON '['). */
  start(): string;
  /** The text of one document. */
  record(record: OutputRecord): string;
  /** Text that closes the output. */
  end(): string;
}

/** One JSON object per line. */
function jsonLines(): RecordFormatter {
  return { start: () => '', record: (r) => `${JSON.stringify(r)}\n`, end: () => '' };
}

/** One JSON array of every record, one element per line. */
function jsonArray(): RecordFormatter {
  let first = true;
  return {
    start: () => '[',
    record: (r) => {
      const separator = first ? '\n' : ',\n';
      first = false;
      return `${separator}${JSON.stringify(r)}`;
    },
    end: () => (first ? ']\n' : '\n]\n'),
  };
}

/** A CSV header, then one row per fact. */
function csv(): RecordFormatter {
  return { start: csvHeader, record: csvRows, end: () => '' };
}

/** A readable block per document. */
function table(): RecordFormatter {
  return { start: () => '', record: tableBlock, end: () => '' };
}

/** A fresh formatter for `format`. */
export function createFormatter(format: OutputFormat): RecordFormatter {
  switch (format) {
    case 'jsonl':
      return jsonLines();
    case 'json':
      return jsonArray();
    case 'csv':
      return csv();
    case 'table':
      return table();
  }
}
