import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzePhone } from '../../../src/rules/phone/analyze.ts';
import { inferCountry, parseDialControl, pickDialOption } from '../../../src/rules/phone/country.ts';
import { PHONE_LIB } from '../../../src/rules/phone/lib.ts';
import { countryName, phoneNumber } from '../../../src/rules/phone/phone-number.ts';
import type { PhoneNumberOptions } from '../../../src/rules/phone/phone-number.ts';
import type { RuleContext } from '../../../src/rules/types.ts';

const base: RuleContext = { fields: {}, pageLang: '', profileId: 'whatsapp' };
const WA: PhoneNumberOptions = phoneNumber.parseOptions({ requireInternational: true, requireMobile: true });
const GEN: PhoneNumberOptions = phoneNumber.defaults;
const check = (v: string, c: Partial<RuleContext> = {}, o: PhoneNumberOptions = WA) =>
  phoneNumber.check(v, { ...base, ...c }, o);
const meant = (v: string, country: string | null) =>
  analyzePhone(v, { assumed: country ? { country, source: 'profile' } : null }, PHONE_LIB).e164;

describe('inferCountry', () => {
  const infer = (c: Partial<RuleContext>) => inferCountry({ ...base, ...c }, PHONE_LIB);

  it('prefers the page control, then the profile, page region, TLD, browser region, languages', () => {
    const all: Partial<RuleContext> = {
      fields: { 'phone-country': '+39' },
      pageLang: 'zh-TW',
      country: { profile: 'ID', tld: 'shop.example.de', browserLocale: 'fr-FR' },
    };
    expect(infer(all)).toEqual({ country: 'IT', source: 'control' });
    expect(infer({ ...all, fields: {} })).toEqual({ country: 'ID', source: 'profile' });
    expect(infer({ pageLang: 'zh-TW', country: { tld: 'x.de', browserLocale: 'fr-FR' } })).toEqual({
      country: 'TW',
      source: 'page-language',
    });
    expect(infer({ pageLang: 'en', country: { tld: 'www.example.de', browserLocale: 'fr-FR' } })).toEqual({
      country: 'DE',
      source: 'tld',
    });
    expect(infer({ pageLang: 'en', country: { tld: 'example.com', browserLocale: 'fr-CA' } })).toEqual({
      country: 'CA',
      source: 'browser',
    });
    expect(infer({ pageLang: 'it', country: { tld: 'example.com', browserLocale: 'en' } })).toEqual({
      country: 'IT',
      source: 'page-language',
    });
    expect(infer({ pageLang: 'en', country: { browserLocale: 'id' } })).toEqual({ country: 'ID', source: 'browser' });
  });

  it('knows nothing from English, generic or vanity TLDs', () => {
    expect(infer({ pageLang: 'en', country: { tld: 'example.io', browserLocale: 'en' } })).toBeNull();
    expect(infer({ pageLang: '', country: { tld: 'com' } })).toBeNull();
  });

  it('maps .uk to GB and zh-Hant to TW', () => {
    expect(infer({ country: { tld: 'bbc.co.uk' } })?.country).toBe('GB');
    expect(infer({ pageLang: 'zh-Hant' })?.country).toBe('TW');
  });
});

describe('parseDialControl / pickDialOption', () => {
  it.each([
    ['IT', 'IT', '39'],
    ['it', 'IT', '39'],
    ['+39', 'IT', '39'],
    ['0039', 'IT', '39'],
    ['39', 'IT', '39'],
    ['Italy (+39)', 'IT', '39'],
    ['🇹🇼 +886', 'TW', '886'],
    ['CA +1', 'CA', '1'],
    ['+1', 'US', '1'],
  ])('%s → %s', (text, country, callingCode) => {
    expect(parseDialControl(text, PHONE_LIB)).toEqual({ country, callingCode });
  });

  it('recognises nothing in a placeholder', () => {
    expect(parseDialControl('', PHONE_LIB)).toBeNull();
    expect(parseDialControl('Select your country', PHONE_LIB)).toBeNull();
  });

  it('finds the option for a country by ISO code, else by calling code', () => {
    const iso = [
      { value: '', text: 'Choose' },
      { value: 'US', text: 'United States (+1)' },
      { value: 'IT', text: 'Italy (+39)' },
    ];
    expect(pickDialOption(iso, 'IT', PHONE_LIB)).toBe(2);
    const codes = [
      { value: '+62', text: 'Indonesia +62' },
      { value: '+886', text: 'Taiwan +886' },
    ];
    expect(pickDialOption(codes, 'TW', PHONE_LIB)).toBe(1);
    expect(pickDialOption(codes, 'FR', PHONE_LIB)).toBe(-1);
  });
});

describe('analyzePhone', () => {
  it.each([
    ['0912 345 678', 'TW', '+886912345678'],
    ['+886 0912 345 678', null, '+886912345678'],
    ['886912345678', 'TW', '+886912345678'],
    ['0039 312 345 6789', null, '+393123456789'],
    ['011 44 7400 123456', 'US', '+447400123456'],
    ['+39 06 1234 5678', null, '+390612345678'],
    ['06 1234 5678', 'IT', '+390612345678'],
    ['+44 (0)7400 123456', null, '+447400123456'],
    ['0812-3456-789', 'ID', '+628123456789'],
    ['62 812 3456 789', 'ID', '+628123456789'],
    ['０９１２３４５６７８', 'TW', '+886912345678'],
    ['0912 345 678', null, null],
    ['12345', 'IT', null],
    ['+999 123 456 789', null, null],
  ])('%s (%s) → %s', (input, country, e164) => {
    expect(meant(input, country)).toBe(e164);
  });

  it('keeps the Italian landline 0 and drops the kept trunk 0 elsewhere', () => {
    const it0 = analyzePhone('+39 06 1234 5678', { assumed: null }, PHONE_LIB);
    expect(it0.issue).toBeNull();
    expect(it0.national).toBe('0612345678');
    expect(analyzePhone('+886 0912 345 678', { assumed: null }, PHONE_LIB).issue).toBe('trunk-zero');
  });

  it('never throws on arbitrary input', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.constantFrom(null, 'IT', 'TW', 'US', 'ZZ'), (s, c) => {
        analyzePhone(s, { assumed: c ? { country: c, source: 'profile' } : null }, PHONE_LIB);
      }),
      { numRuns: 300 },
    );
    expect(() => analyzePhone('9'.repeat(100_000), { assumed: null }, PHONE_LIB)).not.toThrow();
  });
});

describe('phone-number rule (single field)', () => {
  it('no country code: warns with the assumed country and fixes to the international form', () => {
    const [f] = check('0912 345 678', { pageLang: 'zh-TW', uiLocale: 'zh_TW' });
    expect(f).toMatchObject({ severity: 'warn', code: 'hint.phone.no-country-code' });
    expect(f?.params).toMatchObject({ country: 'TW', countryName: '台灣', dial: '+886', source: 'page-language' });
    expect(f?.fix).toEqual({ value: '+886 912 345 678', label: 'hint.fix.use' });
  });

  it('is only an info note in the generic profile, and can write E.164', () => {
    const o = phoneNumber.parseOptions({ fixFormat: 'e164' });
    const [f] = check('312 345 6789', { pageLang: 'it-IT' }, o);
    expect(f?.severity).toBe('info');
    expect(f?.fix?.value).toBe('+393123456789');
  });

  it.each([
    ['39 312 345 6789', 'IT', 'hint.phone.no-plus', '+39 312 345 6789'],
    ['0039 312 345 6789', 'IT', 'hint.phone.idd-prefix', '+39 312 345 6789'],
    ['+44 07400 123456', 'GB', 'hint.phone.trunk-zero', '+44 7400 123456'],
    ['+62 0812 3456 789', 'ID', 'hint.phone.trunk-zero', '+62 812 3456 789'],
  ])('%s (%s) → %s, fix %s', (input, profile, code, fix) => {
    const [f] = check(input, { country: { profile } });
    expect(f?.code).toBe(code);
    expect(f?.fix?.value).toBe(fix);
  });

  it.each([
    ['312', 'IT', 'hint.phone.too-short'],
    ['3123456789012345', 'IT', 'hint.phone.too-long'],
    ['+39 999 999', null, 'hint.phone.invalid'],
    ['+999 123 456 789', null, 'hint.phone.unknown-code'],
    ['call me', 'IT', 'hint.phone.not-a-number'],
  ])('%s (%s) → %s (error, no fix)', (input, profile, code) => {
    const [f] = check(input, profile ? { country: { profile } } : {});
    expect(f).toMatchObject({ severity: 'error', code });
    expect(f?.fix).toBeUndefined();
  });

  it('a valid international number is fine; a landline is not a mobile one for WhatsApp only', () => {
    expect(check('+39 312 345 6789')).toEqual([]);
    expect(check('+39 06 1234 5678').map((f) => f.code)).toEqual(['hint.phone.not-mobile']);
    expect(check('+39 06 1234 5678', {}, GEN)).toEqual([]);
    // US numbers can't be told apart: never called "not mobile".
    expect(check('+1 201 555 0123')).toEqual([]);
  });

  it('asks for a country code when no country can be assumed (WhatsApp only)', () => {
    expect(check('3123456789')[0]?.code).toBe('hint.phone.needs-country');
    expect(check('3123456789', {}, GEN)).toEqual([]);
  });

  it('holds back "not finished yet" while typing', () => {
    expect(check('312', { country: { profile: 'IT' }, phase: 'typing' })).toEqual([]);
    expect(check('312345', { fields: { 'phone-country': 'IT' }, phase: 'typing' })).toEqual([]);
    expect(check('3123456789012345', { country: { profile: 'IT' }, phase: 'typing' })[0]?.code).toBe(
      'hint.phone.too-long',
    );
  });
});

describe('phone-number rule (dial-code control + national number)', () => {
  it('checks the two parts as one number', () => {
    expect(check('312 345 6789', { fields: { 'phone-country': '+39' } })).toEqual([]);
    expect(check('06 1234 5678', { fields: { 'phone-country': 'IT' } }, GEN)).toEqual([]);
  });

  it('a trunk 0 in the number box: fix writes the national part back', () => {
    const [f] = check('0912 345 678', { fields: { 'phone-country': 'TW +886' } });
    expect(f?.code).toBe('hint.phone.trunk-zero');
    expect(f?.fix).toEqual({ value: '912345678', label: 'hint.fix.use', parts: { phone: '912345678' } });
  });

  it('the code typed again in the number box', () => {
    for (const v of ['+39 312 345 6789', '39 312 345 6789']) {
      const [f] = check(v, { fields: { 'phone-country': '+39' } });
      expect(f?.code, v).toBe('hint.phone.code-twice');
      expect(f?.fix?.parts).toEqual({ phone: '3123456789' });
    }
  });

  it("another country's code in the number box: the fix also sets the control", () => {
    const [f] = check('+39 312 345 6789', { fields: { 'phone-country': 'TW' } });
    expect(f?.code).toBe('hint.phone.code-mismatch');
    expect(f?.params).toMatchObject({ country: 'IT', dial: '+39' });
    expect(f?.fix?.parts).toEqual({ phone: '3123456789', 'phone-country': 'IT' });
  });

  it('an empty control: assumes a country and fills both parts', () => {
    const [f] = check('312 345 6789', { fields: { 'phone-country': '' }, country: { browserLocale: 'it-IT' } });
    expect(f?.code).toBe('hint.phone.no-country-code');
    expect(f?.params.source).toBe('browser');
    expect(f?.fix).toMatchObject({ value: '3123456789', parts: { phone: '3123456789', 'phone-country': 'IT' } });
  });
});

describe('countryName', () => {
  it('names countries in the UI language, falling back to the code', () => {
    expect(countryName('IT', 'it')).toBe('Italia');
    expect(countryName('IT', 'not a locale!!')).toMatch(/Italy|IT/);
  });
});

describe('phone eval fixture', () => {
  const cases = JSON.parse(
    readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', 'phone', 'cases.json'), 'utf8'),
  ) as { input: string; country: string | null; e164: string | null }[];

  it('has ≥ 100 cases across ≥ 15 countries', () => {
    expect(cases.length).toBeGreaterThanOrEqual(100);
    const countries = new Set(cases.flatMap((c) => [c.country, c.e164 && PHONE_LIB.parse(c.e164)?.country]));
    countries.delete(null);
    countries.delete(undefined);
    expect(countries.size).toBeGreaterThanOrEqual(15);
  });

  it('every expected number is valid', () => {
    for (const c of cases) if (c.e164) expect(PHONE_LIB.parse(c.e164)?.isValid(), c.e164).toBe(true);
  });

  it('meets the target: ≥ 95 % correct', () => {
    const correct = cases.filter((c) => meant(c.input, c.country) === c.e164).length;
    expect(correct / cases.length).toBeGreaterThanOrEqual(0.95);
  });
});

describe('phone-number rule: an empty dial-code control', () => {
  const ctx = (browserLocale = 'en-US'): Partial<RuleContext> => ({
    fields: { 'phone-country': '' },
    country: { fromControl: '', browserLocale },
  });

  it('reads a country code typed without "+" and fixes both fields', () => {
    const [f] = check('886912345678', ctx());
    expect(f?.code).toBe('hint.phone.no-plus');
    expect(f?.params.suggestion).toBe('+886 912 345 678');
    expect(f?.fix?.parts).toEqual({ phone: '912345678', 'phone-country': 'TW' });
  });

  it('still prefers the assumed country when the digits fit it', () => {
    const [f] = check('3123456789', ctx('it-IT'));
    expect(f?.code).toBe('hint.phone.no-country-code');
    expect(f?.fix?.parts?.['phone-country']).toBe('IT');
  });
});
