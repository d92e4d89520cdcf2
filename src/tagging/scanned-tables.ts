/**
 * The phrase tables whose entries are searched for all along a sentence (PhraseTable.findAll),
 * numbered in the order they are first searched. A word index built after a table is numbered
 * records, while it reads the block once, where each such table has an entry starting; a search
 * then visits only those words instead of looking every word of the sentence up again.
 * @module
 */

/** For each known word (by its number, see vocabulary), the numbers of the searched tables that have an entry starting with it. */
const tablesStartingWith: (number[] | undefined)[] = [];

/** How many tables are numbered. */
let numbered = 0;

/** Numbers a table whose entries start with the known words `firstWords`; returns its number. */
export function numberScannedTable(firstWords: Iterable<number>): number {
  const table = numbered++;
  for (const word of firstWords) {
    while (tablesStartingWith.length <= word) tablesStartingWith.push(undefined);
    (tablesStartingWith[word] ??= []).push(table);
  }
  return table;
}

/** How many tables are numbered now (a word index records the starts of these). */
export function scannedTableCount(): number {
  return numbered;
}

/** The numbers of the searched tables with an entry starting with known word number `word`, or undefined. */
export function scannedTablesStartingWith(word: number): readonly number[] | undefined {
  return word < tablesStartingWith.length ? tablesStartingWith[word] : undefined;
}
