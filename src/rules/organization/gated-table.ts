/**
 * Phrase tables behind a gate on the word they are looked up at: the name readers look several
 * tables up at each word (is it a province, a head, a known organization, a level word?), and
 * most words open none of their phrases. The word's number among the known words is read once
 * (see {@link knownWordStartingAt}) and each table is searched only when its phrases may open
 * with that word; the answers are the table's.
 * @module
 */
import { PhraseTable } from '../../tagging/phrase-table.js';
import type { PhraseMatch } from '../../tagging/phrase-table.js';
import type { Lexicon, CompiledLexicon } from '../../extract/lexicon.js';
import { OpeningWords } from '../../extract/sentence-words.js';

/** A phrase table and the words its phrases open with. */
export class GatedTable<T> {
  /** The table. */
  readonly table: PhraseTable<T>;
  /** The words its phrases open with. */
  private readonly opening: OpeningWords;

  /** `table`, whose phrases are `phrases`. */
  constructor(table: PhraseTable<T>, phrases: Iterable<string>) {
    this.table = table;
    this.opening = new OpeningWords(phrases);
  }

  /** A table of `phrases`, each its own value. */
  static of(phrases: readonly string[]): GatedTable<string> {
    return new GatedTable(PhraseTable.of(phrases), phrases);
  }

  /** A table of `entries` (phrase → value). */
  static from<T>(entries: readonly (readonly [string, T])[]): GatedTable<T> {
    return new GatedTable(new PhraseTable<T>(entries), entries.map(([phrase]) => phrase));
  }

  /**
   * The table's longest entry starting at `i` of `text` (as {@link PhraseTable.matchAt}); `word` is
   * the known word starting there when the caller has read it ({@link knownWordStartingAt}), and
   * the table is searched only when a phrase may open with it.
   */
  matchAt(text: string, i: number, word?: number): PhraseMatch<T> | undefined {
    return this.opening.has(word) ? this.table.matchAt(text, i) : undefined;
  }
}

/** The tables of a lexicon the name readers look up, each behind its gate. */
export interface LexiconTables {
  /** Honorifics. */
  readonly honorifics: GatedTable<string>;
  /** Title heads. */
  readonly titleHeads: GatedTable<string>;
  /** Known organizations. */
  readonly organizations: GatedTable<string>;
  /** Place levels. */
  readonly placeLevels: GatedTable<string>;
}

/** The gated tables of each compiled lexicon, made on first use. */
const GATED = new WeakMap<CompiledLexicon, LexiconTables>();

/** The gated honorifics, title heads, organizations and place levels of `lexicon` (its own compiled tables). */
export function lexiconTables(lexicon: CompiledLexicon): LexiconTables {
  let tables = GATED.get(lexicon);
  if (!tables) {
    const source: Lexicon = lexicon.source;
    tables = {
      honorifics: new GatedTable(lexicon.honorifics, source.honorifics),
      titleHeads: new GatedTable(lexicon.titleHeads, source.titleHeads),
      organizations: new GatedTable(lexicon.organizations, Object.keys(source.organizations)),
      placeLevels: new GatedTable(lexicon.placeLevels, source.placeLevels),
    };
    GATED.set(lexicon, tables);
  }
  return tables;
}
