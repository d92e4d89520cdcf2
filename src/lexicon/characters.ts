/**
 * Character folding tables for the normalized view: look-alike letters, quotes, dashes, spaces,
 * and the vowel pairs whose tone mark two spelling styles place differently.
 * @module
 */

/** Single characters replaced by another single character in the normalized view. */
export const CHARACTER_FOLDS: Readonly<Record<string, string>> = {
  // look-alike letters: Icelandic eth for Vietnamese đ
  'Ð': 'Đ',
  'ð': 'đ',
  'Ɖ': 'Đ',
  'ɖ': 'đ',
  // quotes
  '“': '"',
  '”': '"',
  '„': '"',
  '‟': '"',
  '«': '"',
  '»': '"',
  '″': '"',
  '‘': "'",
  '’': "'",
  '‚': "'",
  '‛': "'",
  '′': "'",
  '`': "'",
  '´': "'",
  // dashes and minus signs
  '‐': '-',
  '‑': '-',
  '‒': '-',
  '–': '-',
  '—': '-',
  '―': '-',
  '−': '-',
  '﹣': '-',
  '－': '-',
  // spaces
  '\u00A0': ' ',
  '\u1680': ' ',
  '\u2000': ' ',
  '\u2001': ' ',
  '\u2002': ' ',
  '\u2003': ' ',
  '\u2004': ' ',
  '\u2005': ' ',
  '\u2006': ' ',
  '\u2007': ' ',
  '\u2008': ' ',
  '\u2009': ' ',
  '\u200A': ' ',
  '\u202F': ' ',
  '\u205F': ' ',
  '\u3000': ' ',
  '\t': ' ',
  // full-width digits and signs
  '０': '0',
  '１': '1',
  '２': '2',
  '３': '3',
  '４': '4',
  '５': '5',
  '６': '6',
  '７': '7',
  '８': '8',
  '９': '9',
  '％': '%',
  '，': ',',
  '．': '.',
  '／': '/',
};

/** Invisible characters dropped from the normalized view: zero-width spaces and joiners, soft hyphen, BOM. */
export const INVISIBLE_CHARACTERS: ReadonlySet<string> = new Set(['\u200B', '\u200C', '\u200D', '\u2060', '\u00AD', '\uFEFF']);

/**
 * Vowel pairs whose tone mark the newer style puts on the second vowel (hoà, khoẻ, thuỷ) and the
 * traditional style on the first (hòa, khỏe, thủy). Each entry maps the newer spelling of the
 * pair to the traditional one; the normalized view uses the traditional one when the pair ends
 * the syllable. Written as base vowel + toned vowel → toned vowel + base vowel.
 */
export const TONE_PLACEMENT_FOLDS: Readonly<Record<string, string>> = buildTonePlacementFolds();

/** Builds {@link TONE_PLACEMENT_FOLDS} from the five tone marks over the pairs oa, oe, uy. */
function buildTonePlacementFolds(): Record<string, string> {
  const tones = ['\u0300', '\u0301', '\u0309', '\u0303', '\u0323'];
  const pairs: [string, string][] = [
    ['o', 'a'],
    ['o', 'e'],
    ['u', 'y'],
  ];
  const folds: Record<string, string> = {};
  for (const [first, second] of pairs) {
    for (const tone of tones) {
      for (const upperFirst of [false, true]) {
        for (const upperSecond of [false, true]) {
          const f = upperFirst ? first.toUpperCase() : first;
          const s = upperSecond ? second.toUpperCase() : second;
          const newer = f + (s + tone).normalize('NFC');
          const traditional = (f + tone).normalize('NFC') + s;
          folds[newer] = traditional;
        }
      }
    }
  }
  return folds;
}
