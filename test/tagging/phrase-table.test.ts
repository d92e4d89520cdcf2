import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { PhraseTable, firstStartOf } from '../../src/tagging/phrase-table.js';

/** Words texts are made of, some of them starting entries of the table. */
const WORDS = ['đồng', 'chí', 'ông', 'bà', 'Ông', 'xã', 'thôn', 'mới', '12', 'và', 'Đồng', 'chí,'];

/** A table whose entries share first words and overlap ('đồng chí' and 'chí'). */
function table(): PhraseTable<string> {
  return PhraseTable.of(['đồng chí', 'ông', 'bà', 'chí', 'xã', 'thôn mới']);
}

describe('PhraseTable.findAll', () => {
  it('finds every entry left to right, longest at each place, case-insensitively', () => {
    const text = 'Đồng chí Lò Văn Muôn cùng ông Sơn và các xã, thôn mới; bà con thôn Mới cũng dự.'.padEnd(80, ' ');
    expect(table().findAll(text).map((m) => text.slice(m.start, m.end))).toEqual(['Đồng chí', 'ông', 'xã', 'thôn mới', 'bà', 'thôn Mới']);
  });

  it('gives the same matches whether the text was indexed before the table was first searched or after', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...WORDS), { minLength: 30, maxLength: 80 }),
        fc.nat(),
        fc.nat(),
        (words, a, b) => {
          const text = words.join(' ');
          fc.pre(text.length >= 64); // shorter texts are read in place, without an index
          const from = a % text.length;
          const to = from + (b % (text.length - from + 1));
          const fresh = table();
          // a new table is searched on an index built before it was numbered (read word by word) …
          const before = fresh.findAll(text, from, to);
          // … and, once the recent indexes have been replaced by others, on an index built after,
          // which lists where its entries may start
          for (let k = 0; k < 8; k++) fresh.findAll(`${k} `.repeat(40));
          const after = fresh.findAll(text, from, to);
          expect(after).toEqual(before);
        },
      ),
    );
  });

  it('finds the entries of a table compiled after the text was indexed', () => {
    const text = 'Đoàn công tác của tỉnh đã đến thăm làng gốm Bát Tràng và làng lụa Vạn Phúc trong ngày.';
    expect(table().findAll(text)).toEqual([]);
    const later = PhraseTable.of(['làng gốm bát tràng', 'làng lụa vạn phúc']);
    expect(later.findAll(text).map((m) => m.phrase)).toEqual(['làng gốm bát tràng', 'làng lụa vạn phúc']);
    expect(later.matchEndingAt(text, text.indexOf(' trong'))?.phrase).toBe('làng lụa vạn phúc');
  });

  it('gives every table the matches of a walk over all word starts, whichever table searched the text first', () => {
    /** findAll by definition: matchAt at every word start, left to right, skipping what a match covers. */
    const walk = (t: PhraseTable<string>, text: string): string[] => {
      const found: string[] = [];
      for (let i = 0; i < text.length; i++) {
        if (i > 0 && /[\p{L}\p{M}\p{N}]/u.test(text.charAt(i - 1))) continue;
        const hit = t.matchAt(text, i);
        if (hit) {
          found.push(`${hit.start}:${hit.phrase}`);
          i = hit.end - 1;
        }
      }
      return found;
    };
    // the last two tables start their entries with the same words, so they share their candidates
    const others = [PhraseTable.of(['ông', 'xã mới']), PhraseTable.of(['chí', 'bà và', '12']), PhraseTable.of(['chí và', 'bà', '12 xã'])];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...WORDS), { minLength: 30, maxLength: 60 }), fc.nat(3), (words, first) => {
        const text = words.join(' ');
        const tables = [...others, table()];
        // one table searches the text first, which lists the candidates of all tables searched so far
        (tables[first] as PhraseTable<string>).findAll(text);
        for (const t of tables) expect(t.findAll(text).map((m) => `${m.start}:${m.phrase}`)).toEqual(walk(t, text));
      }),
    );
  });
});

describe('PhraseTable.firstIn and firstStartOf', () => {
  it('give the first match of findAll, on indexed texts and on short ones read in place', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 60 }), fc.nat(), fc.nat(), (words, a, b) => {
        const text = words.join(' ');
        const from = a % (text.length + 1);
        const to = from + (b % (text.length - from + 1));
        const one = table();
        const other = PhraseTable.of(['mới', 'và', '12']);
        expect(one.firstIn(text, from, to)).toEqual(one.findAll(text, from, to)[0]);
        const starts = [one.findAll(text, from, to)[0]?.start, other.findAll(text, from, to)[0]?.start].filter((s) => s !== undefined);
        expect(firstStartOf([one, other], text, from, to)).toBe(starts.length > 0 ? Math.min(...starts) : -1);
      }),
    );
  });
});
