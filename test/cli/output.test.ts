import { describe, expect, it } from 'vitest';
import { Writable } from 'node:stream';
import { OutputError, openOutput } from '../../src/cli/output.js';

/** A stream that takes one small chunk at a time, asynchronously, so every write has to wait. */
function slowStream(chunks: string[], fail?: Error): Writable {
  return new Writable({
    highWaterMark: 1,
    write(chunk: Buffer, _encoding, callback) {
      setImmediate(() => {
        if (fail) return callback(fail);
        chunks.push(chunk.toString());
        callback();
      });
    },
  });
}

describe('openOutput (stdout)', () => {
  it('waits for the stream to drain, in order, without piling up listeners', async () => {
    const chunks: string[] = [];
    const stream = slowStream(chunks);
    const sink = await openOutput(undefined, stream);
    const base = { close: stream.listenerCount('close'), error: stream.listenerCount('error'), drain: stream.listenerCount('drain') };
    for (let i = 0; i < 50; i++) await sink.write(`${i}\n`);
    await sink.close();
    expect(chunks.join('')).toBe(Array.from({ length: 50 }, (_, i) => `${i}\n`).join(''));
    expect({ close: stream.listenerCount('close'), error: stream.listenerCount('error'), drain: stream.listenerCount('drain') }).toEqual(base);
  });

  it('rejects with an OutputError that says whether the reader went away', async () => {
    const pipe = Object.assign(new Error('write EPIPE'), { code: 'EPIPE' });
    const sink = await openOutput(undefined, slowStream([], pipe));
    await expect(async () => {
      for (let i = 0; i < 5; i++) await sink.write('x');
      await sink.close();
    }).rejects.toMatchObject({ name: 'OutputError', closed: true });
    const full = Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
    const other = await openOutput(undefined, slowStream([], full));
    const error = await (async () => {
      for (let i = 0; i < 5; i++) await other.write('x');
      await other.close();
    })().catch((err: unknown) => err);
    expect(error).toBeInstanceOf(OutputError);
    expect(error).toMatchObject({ closed: false, message: 'no space left on device' });
  });
});
