import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { extract } from '../../src/extract/extractor.js';
import { parseArticle } from '../../src/document/index.js';
import { findNumbers } from '../../src/numerals/index.js';
import { InvalidInputError } from '../../src/errors.js';
import type { Article, InputFormat, NumberKind } from '../../src/types.js';
import { describeErrors, schemaValidators } from '../support/schema.js';
import { spanFaults } from './spans.js';

/** Generated inputs: 10⁴ on every run, 10⁵ when CI_LONG is set. */
const RUNS = process.env.CI_LONG ? 100_000 : 10_000;

/** Pieces of Vietnamese-like syllables: onsets, vowel nuclei (with tone marks) and codas. */
const ONSETS = ['', 'b', 'c', 'ch', 'd', 'đ', 'g', 'gi', 'h', 'k', 'kh', 'l', 'm', 'n', 'ng', 'nh', 'ph', 'qu', 'r', 's', 't', 'th', 'tr', 'v', 'x', 'Đ', 'T', 'H', 'Ng'];
const NUCLEI = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y', 'á', 'ả', 'ạ', 'ế', 'ệ', 'ố', 'ộ', 'ờ', 'ứ', 'ựơ', 'ươ', 'uyê', 'iê', 'oà', 'uỷ', 'ủy'];
const CODAS = ['', 'c', 'ch', 'm', 'n', 'ng', 'nh', 'p', 't', 'i', 'o', 'u', 'y'];

/** A Vietnamese-looking syllable, sometimes capitalized. */
const syllable = fc
  .tuple(fc.constantFrom(...ONSETS), fc.constantFrom(...NUCLEI), fc.constantFrom(...CODAS), fc.boolean())
  .map(([o, n, c, cap]) => {
    const s = o + n + c;
    return cap ? s.charAt(0).toUpperCase() + s.slice(1) : s;
  });

/** Figures as the bulletins write them, and malformed ones. */
const figure = fc.oneof(
  fc.nat({ max: 10_000_000 }).map(String),
  fc.nat({ max: 10_000_000 }).map((n) => n.toLocaleString('de-DE')),
  fc.tuple(fc.nat({ max: 999 }), fc.nat({ max: 99 })).map(([a, b]) => `${a},${b}`),
  fc.tuple(fc.nat({ max: 999 }), fc.nat({ max: 999 })).map(([a, b]) => `${a}/${b}`),
  fc.constantFrom('2016', '2020-2025', '5/8/2021', '04-NQ/TU', 'XII', '1.', '1,1', '.5', '1..2', ',,', '9'.repeat(25), '1.234.567,89', '25,3%', '3,5 tỷ đồng', 'hai mươi mốt', 'một trăm linh năm'),
);

/** Words and punctuation of the genre, markup, odd whitespace, NFD forms and broken UTF-16. */
const piece = fc.constantFrom(
  'kết nạp', 'đảng viên', 'từ', 'xuống còn', 'tăng', 'giảm', 'đạt', '%', 'bình quân', 'mỗi năm', 'hơn', 'khoảng', 'năm',
  'triệu đồng', 'tỷ đồng', 'thôn, bản', 'chi bộ', 'Nghị quyết', 'đồng chí', 'Bí thư', 'Tỉnh ủy', 'xã', 'huyện',
  '.', ',', ';', ':', '(', ')', '[', ']', '"', '“', '”', '-', '–', '/', '…', '!', '?',
  '<p>', '</p>', '<div class="related">', '</div>', '<br>', '<b>', '</i>', '<h1>', '</h1>', '<script>x</script>', '<!--', '-->', '&amp;', '&nbsp;', '&#7871;', '&bogus;', '<',
  '# ', '## ', '- ', '1. ', '> ', '| a | b |', '---', '```', '*', '_', '[a](b)',
  '\r\n', '\n', '\n\n', '\r', '\t', '\u00a0', '\u200b', '\u200d', '\ufeff', '\u2028',
  'e\u0301', 'a\u0306\u0301', 'Đ\u0323', '\u0301', '\ud800', '\udc00', '\ud83d\ude00',
);

/** Phrases of the genre with generated figures, so that many inputs hold facts. */
const phrase = fc
  .tuple(
    fc.constantFrom(
      'kết nạp {a} đảng viên mới',
      'giảm từ {a} bản xuống còn {b} bản',
      'đạt {a}% kế hoạch',
      'bình quân mỗi năm kết nạp {a} đảng viên',
      'kinh phí {a} tỷ đồng',
      'Nghị quyết số {a}-NQ/TU ngày {d}/{m}/{y}',
      'đồng chí Lò Văn {n}, Bí thư Tỉnh ủy',
      'giai đoạn {y}-{z}',
      'tăng {a}% so với cùng kỳ',
      'có {a}/{b} xã đạt chuẩn',
      'Từ năm {y} đến nay',
      'thu nhập {a} triệu đồng/người/năm',
      'huyện {n} có {a} thôn',
    ),
    figure,
    figure,
    fc.integer({ min: 0, max: 40 }),
    fc.integer({ min: 0, max: 14 }),
    fc.integer({ min: 1890, max: 2110 }),
    syllable,
  )
  .map(([template, a, b, d, m, y, name]) =>
    template.replace('{a}', a).replace('{b}', b).replace('{d}', String(d)).replace('{m}', String(m)).replace('{y}', String(y)).replace('{z}', String(y + 5)).replace('{n}', name),
  );

/** One token: a piece, a phrase, a syllable, a figure, or random Unicode (broken surrogates included). */
const token = fc.oneof(
  { weight: 4, arbitrary: piece },
  { weight: 3, arbitrary: phrase },
  { weight: 4, arbitrary: syllable },
  { weight: 3, arbitrary: figure },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 4 }) },
);

/** A generated input: tokens joined, sometimes in NFD, sometimes as an HTML document. */
const input = fc
  .tuple(fc.array(token, { maxLength: 40 }), fc.constantFrom(' ', ' ', '', '\n', ', ', '. '), fc.constantFrom('as is', 'NFD', 'html', 'heading', 'crlf'))
  .map(([tokens, sep, shape]) => {
    const text = tokens.join(sep);
    switch (shape) {
      case 'NFD':
        return text.normalize('NFD');
      case 'html':
        return `<html><body><h1>${tokens[0] ?? ''}</h1><p>${text}</p></body></html>`;
      case 'heading':
        return `# ${text}`;
      case 'crlf':
        return text.replace(/\n/g, '\r\n');
      default:
        return text;
    }
  });

/** Every format option. */
const format = fc.constantFrom<InputFormat>('auto', 'text', 'markdown', 'html');

/** The kinds findNumbers reports. */
const NUMBER_KINDS: ReadonlySet<NumberKind> = new Set(['cardinal', 'decimal', 'percent', 'money', 'ordinal', 'year', 'roman', 'range', 'fraction']);

/** A record's clean strings agree with their spans: a title has a title span, and so on. */
function cleanStringFaults(a: Article): string[] {
  const faults: string[] = [];
  for (const [text, span, name] of [
    [a.title, a.titleSpan, 'title'],
    [a.lead, a.leadSpan, 'lead'],
    [a.dateline, a.datelineSpan, 'dateline'],
  ] as const) {
    if ((text === undefined) !== (span === undefined)) faults.push(`${name} and ${name}Span: one is missing`);
  }
  return faults;
}

/** What is wrong with findNumbers' answer for `text`. */
function numberFaults(text: string): string[] {
  const mentions = findNumbers(text);
  const faults = spanFaults(text, mentions);
  let end = 0;
  for (const m of mentions) {
    if (!NUMBER_KINDS.has(m.kind)) faults.push(`unknown kind ${m.kind}`);
    if (!Number.isFinite(m.value)) faults.push(`${m.span.text}: value ${m.value}`);
    if (m.span.start < end) faults.push(`${m.span.text}: overlaps the mention before`);
    end = m.span.end;
  }
  return faults;
}

/** What is wrong with parseArticle's and extract's answers for `text` read as `fmt`. */
function recordFaults(text: string, fmt: InputFormat): string[] {
  const article = parseArticle(text, { format: fmt });
  const faults = [...spanFaults(text, article), ...cleanStringFaults(article)];
  const extraction = extract(text, { format: fmt });
  faults.push(...spanFaults(text, extraction).map((f) => `extract: ${f}`));
  // what a consumer gets: JSON (NaN and Infinity would come back as null and fail the schema)
  const { extraction: valid } = schemaValidators();
  if (!valid(JSON.parse(JSON.stringify(extraction)))) faults.push(`schema: ${describeErrors(valid.errors)}`);
  if (JSON.stringify(extraction.article) !== JSON.stringify(article)) faults.push('extract and parseArticle read different articles');
  return faults;
}

describe(`any input (${RUNS} generated)`, () => {
  it('findNumbers, parseArticle and extract never throw, every span slices the input and the records validate against schema.json', () => {
    fc.assert(
      fc.property(input, format, (text, fmt) => {
        expect([...numberFaults(text), ...recordFaults(text, fmt)]).toEqual([]);
      }),
      {
        numRuns: RUNS,
        // found by earlier runs: a comment left open at the end ended its dropped block past the input
        examples: [['<div class="related">. <!--', 'html']],
      },
    );
  }, 600_000);

  it('so do documents of several such paragraphs', () => {
    const documents = fc.array(input, { minLength: 2, maxLength: 12 }).chain((paragraphs) => fc.constantFrom('\n\n', '\n', '\r\n\r\n', '</p><p>').map((sep) => paragraphs.join(sep)));
    fc.assert(
      fc.property(documents, format, (text, fmt) => {
        expect([...numberFaults(text), ...recordFaults(text, fmt)]).toEqual([]);
      }),
      { numRuns: RUNS / 10 },
    );
  }, 600_000);

  it('what is not a string is refused with InvalidInputError', () => {
    fc.assert(
      fc.property(
        fc.anything().filter((v) => typeof v !== 'string'),
        (value) => {
          for (const fn of [findNumbers, parseArticle, extract] as ((v: unknown) => unknown)[]) expect(() => fn(value)).toThrow(InvalidInputError);
        },
      ),
      { numRuns: 500 },
    );
  });
});
