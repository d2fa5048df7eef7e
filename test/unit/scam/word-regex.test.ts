import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as lexicon from '../../../src/scam/lexicon.ts';
import { WordRegExp, wordRegex } from '../../../src/scam/lexicon.ts';

/** Every word list the assessment compiles with `wordRegex`. */
const LISTS: [string, readonly string[]][] = Object.entries(lexicon)
  .filter((e): e is [string, readonly string[]] => Array.isArray(e[1]) && e[1].every((w) => typeof w === 'string'))
  .filter(([, words]) => words.length > 0);

/** The same pattern as a plain RegExp: what `WordRegExp` must match exactly like. */
function plain(re: RegExp): RegExp {
  return new RegExp(re.source, re.flags);
}

function allMatches(re: RegExp, text: string): [number, string][] {
  return [...text.matchAll(re)].map((m) => [m.index ?? -1, m[0]]);
}

describe('wordRegex (WordRegExp)', () => {
  it('covers the lexicon lists', () => {
    expect(LISTS.length).toBeGreaterThanOrEqual(8);
  });

  it('matches exactly like its full pattern on generated texts, for every list', () => {
    for (const [name, words] of LISTS) {
      const fast = wordRegex(words);
      const slow = plain(fast);
      expect(fast).toBeInstanceOf(WordRegExp);
      // Texts built from the list's own words, their pieces and glue that makes or breaks boundaries.
      const piece = fc.oneof(
        fc.constantFrom(...words),
        fc.constantFrom(...words).map((w) => w.slice(0, Math.max(1, w.length - 2))),
        fc.constantFrom(' ', '', 'x', '9', 'é', 'я', '.', '\n', '客', '😀', '-', 'ab'),
      );
      fc.assert(
        fc.property(fc.array(piece, { maxLength: 12 }), (parts) => {
          const text = parts.join('');
          expect(allMatches(fast, text), `${name}: ${JSON.stringify(text)}`).toEqual(allMatches(slow, text));
          expect(wordRegex(words, [], 'u').test(text)).toBe(plain(wordRegex(words, [], 'u')).test(text));
        }),
        { numRuns: 150 },
      );
    }
  });

  it('keeps lastIndex like a global regex in exec and test', () => {
    const re = wordRegex(['help line', 'help']);
    const text = 'helper help line, help.';
    const seen: [number, string, number][] = [];
    for (let m = re.exec(text); m !== null; m = re.exec(text)) seen.push([m.index, m[0], re.lastIndex]);
    expect(seen).toEqual([
      [7, 'help line', 16],
      [18, 'help', 22],
    ]);
    expect(re.lastIndex).toBe(0);
    expect(re.test('no match here')).toBe(false);
    expect(re.source).toContain('(?<!');
  });

  it('honours stems (no end boundary) and matches other scripts anywhere', () => {
    const re = wordRegex(['scam', '客服'], ['scam']);
    expect(allMatches(re, 'scammers 在线客服中心 scam')).toEqual([
      [0, 'scam'],
      [11, '客服'],
      [16, 'scam'],
    ]);
    expect(() => 'x'.matchAll(wordRegex(['x'], [], 'u'))).toThrow(TypeError);
  });
});
