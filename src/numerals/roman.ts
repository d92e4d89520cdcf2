/**
 * Roman numerals ('XII' = 12, 'MMXX' = 2020), strictly formed. In running text they are read
 * only after a Roman-numeral context word ('khóa XII', 'quý IV'); see find-numbers.
 * @module
 */

/** A well-formed Roman numeral from 1 to 3999, upper or lower case (not mixed): 'XIV', 'xiv'. */
const ROMAN = /^(?=[MDCLXVI])M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/;

/** Values of the Roman digits. */
const ROMAN_DIGITS: Readonly<Record<string, number>> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };

/** The value of a well-formed Roman numeral (all upper or all lower case), or undefined. */
export function parseRoman(text: string): number | undefined {
  if (text.length === 0 || text.length > 15) return undefined;
  const upper = text.toUpperCase();
  if (text !== upper && text !== text.toLowerCase()) return undefined;
  if (!ROMAN.test(upper)) return undefined;
  let total = 0;
  for (let i = 0; i < upper.length; i++) {
    const v = ROMAN_DIGITS[upper[i] as string] as number;
    const next = ROMAN_DIGITS[upper[i + 1] ?? ''] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}
