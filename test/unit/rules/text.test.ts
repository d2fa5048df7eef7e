import { describe, expect, it } from 'vitest';
import { areNeighbourKeys, deletions, typoDistance } from '../../../src/text/keyboard.ts';
import { asciiDigitsSameLength, ibanValid, luhnValid, redact } from '../../../src/text/secrets.ts';
import { editDistance } from '../../../src/text/distance.ts';

describe('keyboard typo distance', () => {
  it('counts a neighbour-key slip, a swap, a missing or doubled letter as one', () => {
    expect(typoDistance('gnail', 'gmail', 2)).toBe(1);
    expect(typoDistance('gmial', 'gmail', 2)).toBe(1);
    expect(typoDistance('gmai', 'gmail', 2)).toBe(1);
    expect(typoDistance('gmaill', 'gmail', 2)).toBe(1);
  });
  it('counts a far substitution as two', () => {
    expect(typoDistance('never', 'naver', 2)).toBe(2);
    expect(typoDistance('never', 'naver', 1)).toBe(2); // over budget → max + 1
  });
  it('knows QWERTY neighbours', () => {
    expect(areNeighbourKeys('m', 'n')).toBe(true);
    expect(areNeighbourKeys('a', 'p')).toBe(false);
  });
  it('lists deletion variants', () => {
    expect([...deletions('abc', 1)].sort()).toEqual(['ab', 'abc', 'ac', 'bc']);
  });
  it('editDistance still works', () => expect(editDistance('kitten', 'sitting')).toBe(3));
});

describe('secret helpers', () => {
  it('Luhn', () => {
    expect(luhnValid('4111111111111111')).toBe(true);
    expect(luhnValid('4111111111111112')).toBe(false);
  });
  it('IBAN mod 97', () => {
    expect(ibanValid('GB82WEST12345698765432')).toBe(true);
    expect(ibanValid('GB82WEST12345698765433')).toBe(false);
  });
  it('maps digits of other scripts without changing the length', () => {
    const s = '１２３٤٥٦';
    expect(asciiDigitsSameLength(s)).toBe('123456');
    expect(asciiDigitsSameLength(s)).toHaveLength(s.length);
  });
  it('redacts spans', () => {
    expect(
      redact('a 123 b 456', [
        { kind: 'code', start: 2, end: 5 },
        { kind: 'code', start: 8, end: 11 },
      ]),
    ).toBe('a *** b ***');
  });
});
