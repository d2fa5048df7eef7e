import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as lexicon from '../../../src/scam/lexicon.ts';
import { WordRegExp, anyOf, wordRegex } from '../../../src/scam/lexicon.ts';
import { ListScan } from '../../../src/scam/scan.ts';
import { PATTERN_LISTS, WORD_LISTS } from '../../helpers/lexicon-lists.ts';

/** Every word list and pattern list of the lexicon, compiled as the assessment compiles them. */
const NAMED: [string, WordRegExp][] = [
  ...WORD_LISTS.map(([n, words]): [string, WordRegExp] => [n, wordRegex(words, lexicon.WARNING_STEMS) as WordRegExp]),
  ...PATTERN_LISTS.map(([n, list]): [string, WordRegExp] => [n, anyOf(list) as WordRegExp]),
];
const SCAN = new ListScan(NAMED.map(([, re]) => re));

/** What each list must find: the matches of its plain full pattern. */
function expected(re: RegExp, text: string): [number, string][] {
  return [...text.matchAll(new RegExp(re.source, re.flags))].map((m) => [m.index ?? -1, m[0]]);
}

function found(text: string): Map<string, [number, string][]> {
  const f = SCAN.run(text);
  return new Map(NAMED.map(([n, re]) => [n, f.of(re).map((m): [number, string] => [m.index, m[0]])]));
}

/** Pieces of every list's words, their prefixes, and glue that makes or breaks boundaries. */
const ALL_WORDS = [...WORD_LISTS.flatMap(([, w]) => w), ...NAMED.flatMap(([, re]) => re.words)];
const piece = fc.oneof(
  fc.constantFrom(...ALL_WORDS),
  fc.constantFrom(...ALL_WORDS).map((w) => w.slice(0, Math.max(1, w.length - 2))),
  fc.constantFrom(' ', ' ', '', 'x', '9', '6', 'é', 'я', '.', '\n', '客', '😀', '-', 'ab', 'the ', 'code', 'pin'),
);

describe('ListScan (all word lists in one pass)', () => {
  it('covers every list of the lexicon, each with its fast scan', () => {
    expect(NAMED.length).toBeGreaterThanOrEqual(14);
    for (const [n, re] of NAMED) expect(re, n).toBeInstanceOf(WordRegExp);
  });

  it('finds for each list exactly what its full pattern finds, on generated texts', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 16 }), (parts) => {
        const text = parts.join('');
        const got = found(text);
        for (const [n, re] of NAMED) expect(got.get(n), `${n}: ${JSON.stringify(text)}`).toEqual(expected(re, text));
      }),
      { numRuns: 300 },
    );
  });

  it('finds for each list exactly what its full pattern finds, on long texts', () => {
    fc.assert(
      fc.property(fc.array(piece, { minLength: 400, maxLength: 600 }), (parts) => {
        const text = parts.join('');
        const got = found(text);
        for (const [n, re] of NAMED) expect(got.get(n), n).toEqual(expected(re, text));
      }),
      { numRuns: 15 },
    );
  });

  it('matches overlapping words of different lists, and a list across another list’s word', () => {
    const help = wordRegex(['help', 'help line']) as WordRegExp;
    const line = wordRegex(['line', 'line id']) as WordRegExp;
    const f = new ListScan([help, line]).run('call the help line id: 5, helpline');
    expect(f.of(help).map((m) => [m.index, m[0]])).toEqual([[9, 'help line']]);
    expect(f.of(line).map((m) => [m.index, m[0]])).toEqual([[14, 'line id']]);
    // Asked twice: the same matches.
    expect(f.of(help)).toBe(f.of(help));
  });

  it('answers for a regex it was not built with by matching it, and on empty text', () => {
    const a = wordRegex(['scam']) as WordRegExp;
    const f = new ListScan([a]).run('a scam, a SCAM');
    expect(f.of(/scam/giu).map((m) => m.index)).toEqual([2, 10]);
    expect(f.of(/scam/iu).map((m) => m.index)).toEqual([2, 10]);
    expect(new ListScan([a]).run('').of(a)).toEqual([]);
    expect(
      new ListScan([])
        .run('anything')
        .of(a)
        .map((m) => m.index),
    ).toEqual([]);
  });

  it('refuses lists it could not scan exactly', () => {
    expect(() => new ListScan([wordRegex(['a']) as WordRegExp, wordRegex(['b'], [], 'gsu') as WordRegExp])).toThrow(
      RangeError,
    );
    expect(() => new ListScan([wordRegex(['a'], [], 'giu') as WordRegExp])).toThrow(RangeError);
    expect(() => new ListScan(Array.from({ length: 32 }, () => wordRegex(['a']) as WordRegExp))).toThrow(RangeError);
  });
});
