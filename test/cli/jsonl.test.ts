import { describe, expect, it } from 'vitest';
import { readJsonLines } from '../../src/cli/jsonl.js';
import type { InputItem } from '../../src/cli/input-items.js';

/** Every item read from `bytes`. */
async function read(bytes: Uint8Array, field = 'text', maxLineBytes = 10_000): Promise<InputItem[]> {
  async function* once(): AsyncGenerator<Uint8Array> {
    yield bytes;
  }
  const out: InputItem[] = [];
  for await (const item of readJsonLines(once(), { name: 'a.jsonl', field, maxLineBytes })) out.push(item);
  return out;
}

describe('readJsonLines', () => {
  it('reads the named field as the text and keeps the other fields as the input', async () => {
    const first = '{"id":"x1","body":"Kết nạp 5 đảng viên.","tags":["a"],"n":null}';
    const third = '{"body":"Hai","id":2}';
    const lines = `${first}\n\n${third}\r\n`;
    expect(await read(Buffer.from(lines), 'body')).toEqual([
      { document: { source: 'a.jsonl:1', encoding: 'utf-8', input: { id: 'x1', tags: ['a'], n: null }, text: 'Kết nạp 5 đảng viên.', bytes: Buffer.byteLength(first) + 1 } },
      { document: { source: 'a.jsonl:3', encoding: 'utf-8', input: { id: 2 }, text: 'Hai', bytes: third.length + 1 } },
    ]);
  });

  it('reports each bad line by its number and reads the rest', async () => {
    const bytes = Buffer.concat([
      Buffer.from('{"text":"một"}\nnot json\n[1,2]\n{"id":4}\n{"text":5}\n'),
      Uint8Array.from([0x7b, 0xff, 0x7d, 0x0a]),
      Buffer.from(`{"text":"${'x'.repeat(50)}"}\n{"text":"cuối"}`),
    ]);
    const items = await read(bytes, 'text', 40);
    expect(items.map((i) => ('document' in i ? `${i.document.source} ok` : `${i.problem.source} ${i.problem.reason}`))).toEqual([
      'a.jsonl:1 ok',
      expect.stringMatching(/^a\.jsonl:2 not JSON \(.+\)$/),
      'a.jsonl:3 not a JSON object (got an array)',
      "a.jsonl:4 no string field 'text' (it is missing)",
      "a.jsonl:5 no string field 'text' (got a number)",
      'a.jsonl:6 invalid UTF-8',
      'a.jsonl:7 line too large (61 bytes; the limit is 40)',
      'a.jsonl:8 ok',
    ]);
  });

  it('skips a UTF-8 byte-order mark and refuses UTF-16', async () => {
    expect(await read(Buffer.from('\uFEFF{"text":"a"}\n'))).toMatchObject([{ document: { source: 'a.jsonl:1', text: 'a' } }]);
    const utf16 = Buffer.concat([Uint8Array.from([0xff, 0xfe]), Buffer.from('{"text":"a"}\n', 'utf16le')]);
    expect(await read(utf16)).toEqual([{ problem: { source: 'a.jsonl', reason: 'JSON Lines must be UTF-8 (found a UTF-16LE byte-order mark)' } }]);
  });
});
