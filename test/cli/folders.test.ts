import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { planInputs } from '../../src/cli/folders.js';
import { removeFolder, tempFolder } from './support/bulletins.js';

let dir: string;
beforeEach(() => {
  dir = tempFolder();
});
afterEach(() => removeFolder(dir));

/** Creates `rel` under the temporary folder with some bytes. */
function touch(rel: string, content = 'x'): void {
  mkdirSync(join(dir, rel, '..'), { recursive: true });
  writeFileSync(join(dir, rel), content);
}

describe('planInputs', () => {
  it('walks folders depth first in sorted order, keeping bulletins and JSON Lines archives only', async () => {
    for (const f of ['b.txt', 'a.md', 'C.HTML', 'sub/z.htm', 'sub/a.markdown', 'd.jsonl', 'notes.pdf', 'image.png', 'sub/deeper/e.txt', 'sub/skip.json']) touch(f);
    const plan = await planInputs([dir], false);
    expect(plan.problems).toEqual([]);
    expect(plan.inputs.map((i) => [i.path!.slice(dir.length + 1), i.kind, i.size])).toEqual([
      ['C.HTML', 'document', 1],
      ['a.md', 'document', 1],
      ['b.txt', 'document', 1],
      ['d.jsonl', 'jsonl', 1],
      ['sub/a.markdown', 'document', 1],
      ['sub/deeper/e.txt', 'document', 1],
      ['sub/z.htm', 'document', 1],
    ]);
  });

  it('reads a file given by name whatever its extension, names what is missing, and takes - for stdin', async () => {
    touch('article.xml', 'abc');
    const plan = await planInputs([join(dir, 'article.xml'), join(dir, 'missing.txt'), '-', '-'], true);
    expect(plan.inputs).toEqual([
      { kind: 'document', path: join(dir, 'article.xml'), size: 3 },
      { kind: 'jsonl', path: undefined, size: undefined },
      { kind: 'jsonl', path: undefined, size: undefined },
    ]);
    expect(plan.problems).toEqual([{ source: join(dir, 'missing.txt'), reason: 'no such file or directory' }]);
    expect((await planInputs(['-'], false)).inputs).toEqual([{ kind: 'document', path: undefined, size: undefined }]);
  });

  it('follows links once: a loop is not walked again, a broken link to a bulletin is named', async () => {
    touch('sub/a.txt');
    symlinkSync(join(dir, 'sub'), join(dir, 'sub', 'loop'));
    symlinkSync(join(dir, 'nowhere.txt'), join(dir, 'broken.txt'));
    symlinkSync(join(dir, 'nowhere.png'), join(dir, 'broken.png'));
    const plan = await planInputs([dir], false);
    expect(plan.inputs.map((i) => i.path!.slice(dir.length + 1))).toEqual(['sub/a.txt']);
    expect(plan.problems).toEqual([{ source: join(dir, 'broken.txt'), reason: 'no such file or directory' }]);
  });
});
