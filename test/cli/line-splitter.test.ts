import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { splitLines, type ByteLine } from '../../src/cli/line-splitter.js';

/** The chunks as an async stream. */
async function* streamOf(chunks: Uint8Array[]): AsyncGenerator<Uint8Array> {
  for (const chunk of chunks) yield chunk;
}

/** Every line, with bytes as text. */
async function lines(chunks: Uint8Array[], max = 1000): Promise<(string | { number: number; tooLong: number })[]> {
  const out: (string | { number: number; tooLong: number })[] = [];
  for await (const line of splitLines(streamOf(chunks), max)) out.push('bytes' in line ? `${line.number}:${Buffer.from(line.bytes).toString('utf8')}` : (line as Extract<ByteLine, { tooLong: number }>));
  return out;
}

describe('splitLines', () => {
  it('splits at line feeds, drops a carriage return before one, and keeps a last line without a break', async () => {
    expect(await lines([Buffer.from('a\r\nbb\n\nccc')])).toEqual(['1:a', '2:bb', '3:', '4:ccc']);
    expect(await lines([Buffer.from('a\n')])).toEqual(['1:a']);
    expect(await lines([])).toEqual([]);
  });

  it('gives the same lines however the bytes are cut into chunks (a cut may fall inside a character)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.string({ unit: 'grapheme', maxLength: 12 }).map((s) => s.replace(/[\r\n]/g, '')), { maxLength: 8 }), fc.array(fc.nat(), { maxLength: 10 }), async (texts, cuts) => {
        const bytes = Buffer.from(texts.map((t) => `${t}\n`).join(''));
        const points = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
        const chunks = [0, ...points].map((from, i) => bytes.subarray(from, [...points, bytes.length][i]));
        expect(await lines(chunks)).toEqual(texts.map((t, i) => `${i + 1}:${t}`));
      }),
    );
  });

  it('does not keep a line past the limit, and goes on at the next one', async () => {
    const long = 'x'.repeat(25);
    expect(await lines([Buffer.from(`ok\n${long.slice(0, 10)}`), Buffer.from(`${long.slice(10)}\nnext\n`)], 20)).toEqual(['1:ok', { number: 2, tooLong: 25 }, '3:next']);
    expect(await lines([Buffer.from(`${long}`)], 20)).toEqual([{ number: 1, tooLong: 25 }]);
  });

  it('keeps its own copy of each line when the stream reuses its buffer', async () => {
    const buffer = Buffer.from('ab');
    async function* reused(): AsyncGenerator<Uint8Array> {
      yield buffer;
      buffer.write('cd');
      yield Buffer.from('\n');
    }
    const got: string[] = [];
    for await (const line of splitLines(reused(), 100)) if ('bytes' in line) got.push(Buffer.from(line.bytes).toString());
    expect(got).toEqual(['ab']);
  });
});
