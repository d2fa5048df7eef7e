import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as lexicon from '../../../src/scam/lexicon.ts';
import { WordRegExp, wordRegex } from '../../../src/scam/lexicon.ts';
import { PATTERN_LISTS, WORD_LISTS as LISTS } from '../../helpers/lexicon-lists.ts';

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

  it('matches exactly like its full pattern on long texts (indexed by their words), for every list', () => {
    // Long texts take the word-index path (word-index.ts); each list gets texts of its own words.
    for (const [name, words] of LISTS) {
      const fast = wordRegex(words, lexicon.WARNING_STEMS);
      const slow = plain(fast);
      const piece = fc.oneof(
        fc.constantFrom(...words),
        fc.constantFrom(...lexicon.WARNING_STEMS),
        fc.constantFrom(...words).map((w) => w.slice(0, Math.max(1, w.length - 2))),
        fc.constantFrom(' ', ' ', ' ', '', 'x', '9', 'é', 'я', '.', '\n', '客', '😀', '-', 'ab', 'ers'),
      );
      fc.assert(
        fc.property(fc.array(piece, { minLength: 500, maxLength: 700 }), (parts) => {
          const text = parts.join('').padEnd(2100, ' z');
          expect(allMatches(fast, text), name).toEqual(allMatches(slow, text));
          const from = text.length >> 1;
          fast.lastIndex = from;
          slow.lastIndex = from;
          expect(fast.exec(text)?.index, name).toBe(slow.exec(text)?.index);
          fast.lastIndex = 0;
          slow.lastIndex = 0;
        }),
        { numRuns: 12 },
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

  it("checks each word's boundaries like its lookarounds, on every kind of neighbour", () => {
    // Latin, Cyrillic and digit words (boundary: Latin, Cyrillic, digits), short words of spaced
    // scripts (boundary: any letter or mark), stems, and words of other scripts (none).
    const words = ['help', 'help line', 'сервис', '24x7', 'না', 'मत', 'لا', '客服', 'scam', 'line官方'];
    const re = wordRegex(words, ['scam']);
    const slow = plain(re);
    const edges = [
      '',
      ' ',
      'a',
      'Z',
      'é',
      'я',
      '9',
      '٣',
      '\u0301',
      '\u09be',
      'ক',
      '客',
      '😀',
      '𝐀',
      '\ud83d',
      '\ude00',
      '-',
      '_',
    ];
    for (const w of words) {
      for (const before of edges) {
        for (const after of edges) {
          const text = `${before}${w}${after}`;
          expect(allMatches(re, text), JSON.stringify(text)).toEqual(allMatches(slow, text));
        }
      }
    }
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

describe('anyOf (pattern lists scanned by their leading words)', () => {
  it('finds the leading literals of a pattern, or none when it cannot', () => {
    expect(lexicon.leadingLiterals("(?:does not|doesn'?t)\\s(?:\\w+\\s)?x|no\\s(?:a|b)")).toEqual([
      'does not',
      'doesn',
      'no',
    ]);
    expect(lexicon.leadingLiterals('code (?:à|a) six|(?:6|six)[- ]?digit')).toEqual(['code ', '6', 'six']);
    expect(lexicon.leadingLiterals('ab?c')).toEqual(['a']);
    expect(lexicon.leadingLiterals('(?:a|b)?c')).toBeNull();
    expect(lexicon.leadingLiterals('[ab]c')).toBeNull();
    expect(lexicon.leadingLiterals('\\d+')).toBeNull();
    expect(lexicon.leadingLiterals('x?y')).toBeNull();
    expect(lexicon.anyOf([/[ab]c/, /d/])).not.toBeInstanceOf(WordRegExp);
  });

  it('every lexicon pattern list gets the fast scan and matches exactly like the plain alternation', () => {
    expect(PATTERN_LISTS.map(([n]) => n).sort()).toEqual([
      'CODE_ENTRY',
      'CODE_FIELD',
      'CODE_REQUEST',
      'NO_PHONE_SUPPORT',
    ]);
    for (const [name, list] of PATTERN_LISTS) {
      const fast = lexicon.anyOf(list);
      expect(fast, name).toBeInstanceOf(WordRegExp);
      const slow = plain(fast);
      // Texts built from the leading words, pieces of the patterns' literal text and glue.
      const words = list.flatMap((r) => lexicon.leadingLiterals(r.source) ?? []);
      const literals = list.flatMap((r) => r.source.split(/[\\()[\]|?*+{}]+/).filter((s) => s.length > 1));
      const piece = fc.oneof(
        fc.constantFrom(...words),
        fc.constantFrom(...literals),
        fc.constantFrom(' ', ' ', 'the ', 'your ', 'x', '9', '6', 'é', '.', '\n', '客', '😀', '-', 'code', 'pin'),
      );
      fc.assert(
        fc.property(fc.array(piece, { maxLength: 14 }), (parts) => {
          const text = parts.join('');
          expect(allMatches(fast, text), `${name}: ${JSON.stringify(text)}`).toEqual(allMatches(slow, text));
        }),
        { numRuns: 300 },
      );
    }
  });
});
