/**
 * What reading the inputs gives: documents ready for extraction, and problems to report.
 * @module
 */
import type { TextEncodingName } from './decode.js';

/** One document read from the inputs. */
export interface InputDocument {
  /** Where it came from: the path, `path:line` for a JSON Lines document, `stdin` or `stdin:line`. */
  source: string;
  /** The encoding its bytes were read in. */
  encoding: TextEncodingName;
  /** For a JSON Lines document, the line's fields other than the text; otherwise empty. */
  input: Record<string, unknown>;
  /** The article. */
  text: string;
  /** How many bytes of the input it took (for the progress bar). */
  bytes: number;
}

/** An input that could not be read, and why. */
export interface InputProblem {
  /** The path, or `path:line`. */
  source: string;
  /** Why, in a few words: 'no such file or directory', 'binary file …'. */
  reason: string;
}

/** A document, or a problem to report. */
export type InputItem = { document: InputDocument } | { problem: InputProblem };
