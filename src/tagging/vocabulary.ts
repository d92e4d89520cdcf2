/**
 * The words phrase tables are keyed by (the first and last words of their entries, lower-case),
 * each numbered once. A word of a text is looked up by its code units in place, so reading a
 * block costs no string per word: most words of a text key no table at all.
 * @module
 */

/** The known words, by number. */
const known: string[] = [];

/** Open-addressing hash table over the known words: in each slot, a word's number plus one, or 0 when empty. */
let slots = new Int32Array(1024);

/** Hash of the code units `text[start, end)` (FNV-1a, with the high bits folded down). */
function hashOf(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let k = start; k < end; k++) h = Math.imul(h ^ text.charCodeAt(k), 0x01000193);
  return h ^ (h >>> 15);
}

/** Slot of `slots` where the word `text[start, end)` is, or the empty slot where it would go. */
function slotOf(text: string, start: number, end: number): number {
  const mask = slots.length - 1;
  const length = end - start;
  let slot = hashOf(text, start, end) & mask;
  for (;;) {
    const held = slots[slot] as number;
    if (held === 0) return slot;
    const word = known[held - 1] as string;
    if (word.length === length && text.startsWith(word, start)) return slot;
    slot = (slot + 1) & mask;
  }
}

/** Doubles the hash table and places every known word again. */
function grow(): void {
  slots = new Int32Array(slots.length * 2);
  for (let n = 0; n < known.length; n++) {
    const word = known[n] as string;
    slots[slotOf(word, 0, word.length)] = n + 1;
  }
}

/** The number of `word` (lower-case), numbering it when it is new. */
export function numberWord(word: string): number {
  const slot = slotOf(word, 0, word.length);
  const held = slots[slot] as number;
  if (held > 0) return held - 1;
  known.push(word);
  slots[slot] = known.length;
  if (known.length * 2 > slots.length) grow();
  return known.length - 1;
}

/** The number of the known word spelled by `lower[start, end)` (a lower-case text), or -1 when none is. */
export function knownWordAt(lower: string, start: number, end: number): number {
  return (slots[slotOf(lower, start, end)] as number) - 1;
}

/** How many words are numbered now (the count only grows, as tables are compiled). */
export function knownWordCount(): number {
  return known.length;
}
