import { describe, expect, it } from 'vitest';
import { compileLexicon, mergeLexicon, phraseReach } from '../../src/extract/lexicon.js';
import { LINKED_DECREASE_VERBS } from '../../src/lexicon/changes.js';

describe('phraseReach', () => {
  it('is at least the longest entry, normalized', () => {
    expect(phraseReach(['tăng', 'xóa được'])).toBe('xóa được'.length);
    expect(phraseReach(['tăng', '  giảm  mạnh '])).toBeGreaterThanOrEqual('giảm mạnh'.length);
    expect(phraseReach([])).toBe(0);
  });

  it('is Infinity when an entry does not open a word', () => {
    expect(phraseReach(['tăng', '+ thêm'])).toBe(Infinity);
  });

  it('bounds the change verbs of the default lexicon and of an extended one', () => {
    const lexicon = mergeLexicon();
    const longest = Math.max(...[...lexicon.increaseVerbs, ...lexicon.decreaseVerbs, ...LINKED_DECREASE_VERBS].map((v) => v.length));
    expect(compileLexicon(lexicon).changeVerbReach).toBeGreaterThanOrEqual(longest);
    expect(Number.isFinite(compileLexicon(lexicon).changeVerbReach)).toBe(true);
    const extended = compileLexicon(mergeLexicon({ increaseVerbs: ['bổ sung thêm vào biên chế chính thức'] }));
    expect(extended.changeVerbReach).toBe('bổ sung thêm vào biên chế chính thức'.length);
  });
});
