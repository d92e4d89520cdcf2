/**
 * The words phrase tables are keyed by (the first and last words of their entries, lower-case),
 * each numbered once. A word of a text is looked up by its code units in place, so reading a
 * block costs no string per word: most words of a text key no table at all. Everything a look-up
 * reads sits in three small typed arrays, so it touches a few cache lines, not strings spread
 * over the heap.
 * @module
 */
import { lowerCaseUnits } from '../text/character-classes.js';

/** How many words are numbered. */
let count = 0;

/**
 * Open-addressing hash table over the known words, two entries per slot: the word's number plus
 * one (0 for an empty slot), then the word's full hash (most mismatches are told apart by it).
 */
let slots = new Int32Array(2 * 1024);

/** For each known word, two entries: where its code units start in `units`, and where they end. */
let spans = new Int32Array(2 * 512);

/** The code units of all known words, one after another. */
let units = new Uint16Array(4096);

/** How many entries of `units` are used. */
let unitCount = 0;

/** The hash of no code unit, where {@link wordHashStep} starts (FNV-1a). */
export const WORD_HASH_SEED = 0x811c9dc5;

/** The hash of a word's code units so far, `hash`, extended by the code unit `unit` (FNV-1a). */
export function wordHashStep(hash: number, unit: number): number {
  return Math.imul(hash ^ unit, 0x01000193);
}

/** Hash of the code units `text[start, end)`. */
function hashOf(text: string, start: number, end: number): number {
  let h = WORD_HASH_SEED;
  for (let k = start; k < end; k++) h = wordHashStep(h, text.charCodeAt(k));
  return h;
}

/** True when known word `word` is spelled by `text[start, end)` lower-cased one unit at a time through `lowers`. */
function spellsLowered(word: number, text: string, start: number, end: number, lowers: Uint16Array): boolean {
  const from = spans[2 * word] as number;
  if ((spans[2 * word + 1] as number) - from !== end - start) return false;
  const shift = from - start;
  for (let k = start; k < end; k++) if (units[shift + k] !== lowers[text.charCodeAt(k)]) return false;
  return true;
}

/** True when known word `word` is spelled by `text[start, end)`. */
function spells(word: number, text: string, start: number, end: number): boolean {
  const from = spans[2 * word] as number;
  if ((spans[2 * word + 1] as number) - from !== end - start) return false;
  const shift = from - start;
  for (let k = start; k < end; k++) if (units[shift + k] !== text.charCodeAt(k)) return false;
  return true;
}

/** Slot of `slots` where the word `text[start, end)` of hash `hash` is, or the empty slot where it would go. */
function slotOf(text: string, start: number, end: number, hash: number): number {
  const mask = (slots.length >> 1) - 1;
  let slot = (hash ^ (hash >>> 15)) & mask;
  for (;;) {
    const held = slots[2 * slot] as number;
    if (held === 0 || (slots[2 * slot + 1] === hash && spells(held - 1, text, start, end))) return slot;
    slot = (slot + 1) & mask;
  }
}

/** A copy of `array` at least `size` long (doubling), or `array` itself when it is long enough. */
function room<A extends Int32Array | Uint16Array>(array: A, size: number, make: (length: number) => A): A {
  if (size <= array.length) return array;
  const more = make(Math.max(size, 2 * array.length));
  more.set(array);
  return more;
}

/** Doubles the hash table and places every known word again. */
function grow(): void {
  slots = new Int32Array(2 * slots.length);
  for (let word = 0; word < count; word++) {
    const start = spans[2 * word] as number;
    const text = String.fromCharCode(...units.subarray(start, spans[2 * word + 1] as number));
    const hash = hashOf(text, 0, text.length);
    const slot = slotOf(text, 0, text.length, hash);
    slots[2 * slot] = word + 1;
    slots[2 * slot + 1] = hash;
  }
}

/** The number of `word` (lower-case), numbering it when it is new. */
export function numberWord(word: string): number {
  const hash = hashOf(word, 0, word.length);
  const slot = slotOf(word, 0, word.length, hash);
  const held = slots[2 * slot] as number;
  if (held > 0) return held - 1;
  units = room(units, unitCount + word.length, (n) => new Uint16Array(n));
  spans = room(spans, 2 * count + 2, (n) => new Int32Array(n));
  spans[2 * count] = unitCount;
  for (let k = 0; k < word.length; k++) units[unitCount++] = word.charCodeAt(k);
  spans[2 * count + 1] = unitCount;
  count++;
  slots[2 * slot] = count;
  slots[2 * slot + 1] = hash;
  if (4 * count > slots.length) grow();
  return count - 1;
}

/** The number of the known word spelled by `lower[start, end)` (a lower-case text), or -1 when none is. */
export function knownWordAt(lower: string, start: number, end: number): number {
  return (slots[2 * slotOf(lower, start, end, hashOf(lower, start, end))] as number) - 1;
}

/**
 * {@link knownWordAt} for `text[start, end)` in any case, whose lower case, read unit by unit
 * through {@link lowerCaseUnits}, has the hash `hash` (made with {@link wordHashStep}; the range
 * must hold no character of IRREGULAR_LOWER_CASE): the number of the known word it spells, or -1.
 * No string is made.
 */
export function knownWordLowering(text: string, start: number, end: number, hash: number): number {
  const lowers = lowerCaseUnits();
  const mask = (slots.length >> 1) - 1;
  let slot = (hash ^ (hash >>> 15)) & mask;
  for (;;) {
    const held = slots[2 * slot] as number;
    if (held === 0) return -1;
    if (slots[2 * slot + 1] === hash && spellsLowered(held - 1, text, start, end, lowers)) return held - 1;
    slot = (slot + 1) & mask;
  }
}

/** How many words are numbered now (the count only grows, as tables are compiled). */
export function knownWordCount(): number {
  return count;
}
