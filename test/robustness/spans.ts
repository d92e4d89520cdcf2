/**
 * Span checks shared by the robustness tests: every span a result holds, found by walking the
 * record (so a field added later is checked too), and what is wrong with each.
 */
import type { Span } from '../../src/types.js';

/** A span with the path of the field that holds it: 'facts[3].quantity.span'. */
export interface FoundSpan {
  /** Where in the record the span is. */
  path: string;
  /** The span. */
  span: Span;
}

/** True when `value` has the shape of a span. */
function isSpan(value: unknown): value is Span {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return 'start' in v && 'end' in v && 'text' in v;
}

/** Every span inside `value` (objects and arrays walked to the bottom), with its path. */
export function spansIn(value: unknown, path = ''): FoundSpan[] {
  if (typeof value !== 'object' || value === null) return [];
  if (isSpan(value)) return [{ path, span: value }];
  if (Array.isArray(value)) return value.flatMap((v, i) => spansIn(v, `${path}[${i}]`));
  return Object.entries(value).flatMap(([k, v]) => spansIn(v, path ? `${path}.${k}` : k));
}

/**
 * What is wrong with the spans of `result` read from `input`: a bound that is not an integer,
 * lies outside [0, input.length] or is reversed, or a text that is not the input's slice.
 * Empty when every span is honest.
 */
export function spanFaults(input: string, result: unknown): string[] {
  const faults: string[] = [];
  for (const { path, span } of spansIn(result)) {
    const { start, end, text } = span;
    if (!Number.isInteger(start) || !Number.isInteger(end)) faults.push(`${path}: bounds ${start}-${end} are not integers`);
    else if (start < 0 || end > input.length || start > end) faults.push(`${path}: bounds ${start}-${end} outside [0, ${input.length}]`);
    else if (typeof text !== 'string' || input.slice(start, end) !== text) {
      faults.push(`${path}: text ${JSON.stringify(text)} is not the slice ${JSON.stringify(input.slice(start, end))}`);
    }
  }
  return faults;
}
