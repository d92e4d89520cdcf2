/**
 * A one-place memory for a lookup asked again and again about the same place: readers ask several
 * tables, or several rules ask the same question, at one position in turn.
 * @module
 */

/**
 * Wraps `read(key, at)` so that asking again with the same `key` (compared by identity) and `at`
 * gives the last answer without reading again. `read` must give the same answer for the same
 * arguments (its key is not changed in between).
 */
export function lastAnswer<K extends object, V>(read: (key: K, at: number) => V): (key: K, at: number) => V {
  let lastKey: K | undefined;
  let lastAt = 0;
  let answer: V;
  return (key, at) => {
    if (key !== lastKey || at !== lastAt) {
      answer = read(key, at);
      lastKey = key;
      lastAt = at;
    }
    return answer;
  };
}
