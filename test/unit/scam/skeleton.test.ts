import { domainToASCII, domainToUnicode } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodePunycodeLabel, isNonAscii, skeleton, toUnicodeHost } from '../../../src/scam/skeleton.ts';

describe('skeleton', () => {
  it.each([
    ['whаtsapp', 'Cyrillic а'],
    ['whatsαpp', 'Greek α'],
    ['ｗｈａｔｓａｐｐ', 'fullwidth'],
    ['WhatsApp', 'upper case'],
    ['whátsápp', 'diacritics'],
    ['𝐰𝐡𝐚𝐭𝐬𝐚𝐩𝐩', 'mathematical bold'],
    ['ԝһаtѕарр', 'all Cyrillic'],
  ])('%s (%s) looks like whatsapp', (s) => {
    expect(skeleton(s)).toBe('whatsapp');
  });

  it('folds digit and multi-letter look-alikes', () => {
    expect(skeleton('g0ogle')).toBe(skeleton('google'));
    expect(skeleton('rnicrosoft')).toBe(skeleton('microsoft'));
    expect(skeleton('paypa1')).toBe(skeleton('paypal'));
    expect(skeleton('vvhatsapp')).toBe('whatsapp');
    expect(skeleton('wh4tsapp', true)).toBe('whatsapp');
    expect(skeleton('wh4tsapp')).not.toBe('whatsapp');
  });

  it('never throws', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => typeof skeleton(s) === 'string'));
  });
});

describe('punycode', () => {
  it('decodes known labels', () => {
    expect(decodePunycodeLabel('mnchen-3ya')).toBe('münchen');
    expect(toUnicodeHost('xn--whtsapp-web-zij.com')).toBe('whаtsapp-web.com');
    expect(toUnicodeHost('www.example.com')).toBe('www.example.com');
  });

  it('agrees with the URL standard on random labels', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 20 }), (label) => {
        const ascii = domainToASCII(`${label}.com`);
        const first = ascii.split('.')[0] ?? '';
        if (!first.startsWith('xn--')) return true;
        return toUnicodeHost(ascii) === domainToUnicode(ascii);
      }),
      { numRuns: 300 },
    );
  });

  it('returns null on malformed input and never throws', () => {
    expect(decodePunycodeLabel('a'.repeat(100))).toBeNull();
    expect(decodePunycodeLabel('-!!')).toBeNull();
    fc.assert(
      fc.property(fc.string(), (s) => decodePunycodeLabel(s) === null || typeof decodePunycodeLabel(s) === 'string'),
    );
  });

  it('detects non-ASCII', () => {
    expect(isNonAscii('whatsapp')).toBe(false);
    expect(isNonAscii('whаtsapp')).toBe(true);
  });
});
