import { describe, expect, it } from 'vitest';
import { CATALOGS, LOCALES, isLocale, resolveLocale } from '../../../src/i18n/index.ts';

describe('language override', () => {
  it('an override names the UI locale regardless of the browser', () => {
    expect(resolveLocale('id', ['en-US'])).toBe('id');
    expect(resolveLocale('zh_TW', ['it-IT'])).toBe('zh_TW');
  });

  it("'auto' or anything unknown follows the browser", () => {
    expect(resolveLocale('auto', ['it-IT', 'en'])).toBe('it');
    expect(resolveLocale('xx', ['zh-Hant-HK'])).toBe('zh_TW');
    expect(resolveLocale(undefined, [])).toBe('en');
  });

  it('every locale names itself (the language menu shows endonyms)', () => {
    const names = LOCALES.map((l) => CATALOGS[l]['locale.name']);
    expect(new Set(names).size).toBe(LOCALES.length);
    expect(isLocale('it')).toBe(true);
    expect(isLocale('fr')).toBe(false);
  });
});
