// Markdown tables for the bench's results, ready to paste into the README.

/** A number with `digits` decimals and thousands separators. */
export const num = (n, digits = 1) => n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

/** A Markdown table from a header row and rows; `align` is a string of 'l' / 'r', one per column. */
export function markdownTable(header, rows, align = 'l' + 'r'.repeat(header.length - 1)) {
  const line = (cells) => `| ${cells.join(' | ')} |`;
  const rule = [...align].map((a) => (a === 'r' ? '---:' : '---'));
  return [line(header), line(rule), ...rows.map(line)].join('\n');
}

/** '✓' or '✗' for a target met or missed. */
export const mark = (ok) => (ok ? '✓' : '✗');
