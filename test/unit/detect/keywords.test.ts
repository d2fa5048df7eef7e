import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as vocab from '../../../src/detect/keywords.ts';
import { Keywords } from '../../../src/detect/text.ts';

/** The plain definition: every keyword searched with indexOf and checked for word boundaries. */
function reference(words: readonly string[]): {
  test: (t: string) => boolean;
  count: (t: string, cap: number) => number;
} {
  const latin = /^[\p{Script=Latin}0-9][\p{Script=Latin}0-9 '’\-.]*$/u;
  const wordChar = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);
  const entries: { word: string; bounded: boolean; prefix: boolean }[] = [];
  const seen = new Set<string>();
  for (const raw of words) {
    const w = raw.toLowerCase().normalize('NFKC');
    const prefix = w.endsWith('*');
    const word = prefix ? w.slice(0, -1) : w;
    if (!word || seen.has(w)) continue;
    seen.add(w);
    entries.push({ word, bounded: latin.test(word), prefix });
  }
  const matches = (text: string, e: (typeof entries)[number]): boolean => {
    for (let i = text.indexOf(e.word); i >= 0; i = text.indexOf(e.word, i + 1)) {
      if (!e.bounded) return true;
      if (!wordChar(text[i - 1]) && (e.prefix || !wordChar(text[i + e.word.length]))) return true;
    }
    return false;
  };
  return {
    test: (t) => entries.some((e) => matches(t, e)),
    count: (t, cap) => Math.min(cap, entries.filter((e) => matches(t, e)).length),
  };
}

const WORDS = [
  'contact us',
  'support',
  'help*',
  'e-mail',
  'tel.',
  'descri*',
  'a*',
  '客服',
  '24/7',
  'numéro',
  'n°',
  "what's",
];

describe('Keywords (indexed by word)', () => {
  it('matches whole words, prefixes, phrases and other scripts as before', () => {
    const k = new Keywords(WORDS);
    expect(k.test('please contact us today')).toBe(true);
    expect(k.test('contact usa')).toBe(false);
    expect(k.test('supports')).toBe(false);
    expect(k.test('helpdesk')).toBe(true);
    expect(k.test('the e-mail field')).toBe(true);
    expect(k.test('e-mails')).toBe(false);
    expect(k.test('tel. 555')).toBe(true);
    expect(k.test('tel.555')).toBe(false);
    expect(k.test('請聯絡客服')).toBe(true);
    expect(k.test('open 24/7')).toBe(true);
    expect(k.count('support, help and a description', 10)).toBe(4);
    expect(k.count('', 10)).toBe(0);
  });

  const alphabet = [
    'contact',
    ' ',
    'us',
    'support',
    'help',
    'desk',
    'e',
    '-',
    'mail',
    'tel',
    '.',
    'descri',
    'zione',
    'a',
    'b',
    '客服',
    '24',
    '/',
    '7',
    'numéro',
    'n',
    '°',
    "'",
    'what',
    's',
    'x',
    '1',
  ];
  const text = fc.array(fc.constantFrom(...alphabet), { maxLength: 14 }).map((parts) => parts.join(''));

  it('agrees with the plain definition on generated texts', () => {
    const k = new Keywords(WORDS);
    const ref = reference(WORDS);
    fc.assert(
      fc.property(text, (t) => {
        expect(k.test(t)).toBe(ref.test(t));
        expect(k.count(t, 20)).toBe(ref.count(t, 20));
      }),
      { numRuns: 3000 },
    );
  });

  it('agrees with the plain definition for every vocabulary of detection', () => {
    const sets = Object.entries(vocab).filter((e): e is [string, Keywords] => e[1] instanceof Keywords);
    expect(sets.length).toBeGreaterThan(20);
    const samples = [
      'contact our support team about your account',
      'e-mail address (required) · numéro de téléphone',
      'descrizione del problema: non riesco ad accedere',
      '請描述您的問題 客服 電子郵件 联系我们',
      'leave a reply · post comment · subscribe to our newsletter',
      'jelaskan masalah anda · nomor telepon · hubungi kami',
      'समस्या का विवरण · ईमेल पता · संपर्क करें',
      'お問い合わせ内容 メールアドレス 電話番号',
    ];
    for (const [name, k] of sets) {
      const ref = reference((k as unknown as { words: string[] }).words);
      for (const s of samples) {
        const t = s.toLowerCase().normalize('NFKC');
        expect([name, k.count(t, 50)]).toEqual([name, ref.count(t, 50)]);
      }
    }
  });
});
