import { describe, expect, it } from 'vitest';
import { asciiDigits, countryHints, findNumbers } from '../../../src/scam/phones.ts';

const raws = (text: string, countries: Parameters<typeof findNumbers>[2] = ['US', 'IN']) =>
  findNumbers(text, 0, countries).map((n) => n.raw);

describe('findNumbers', () => {
  it('finds international and national numbers exactly as written, with offsets', () => {
    const text = 'Call +91 81015 46745 or 1800-419-6722 now';
    const found = findNumbers(text, 100, ['IN']);
    expect(found.map((n) => n.raw)).toEqual(['+91 81015 46745', '1800-419-6722']);
    for (const n of found) expect(text.slice(n.start - 100, n.end - 100)).toBe(n.raw);
    expect(found[0]).toMatchObject({ digits: '918101546745', national: '8101546745' });
  });

  it('uses the country hints for national formats', () => {
    expect(raws('客服電話:0800-092-516', ['TW'])).toEqual(['0800-092-516']);
    expect(raws('numero verde 800 912 475', ['IT'])).toEqual(['800 912 475']);
  });

  it('keeps phone-like runs the metadata rejects', () => {
    expect(raws('helpline +1 (555) 012-3456')).toEqual(['+1 (555) 012-3456']);
  });

  it('ignores dates, years, versions and ids', () => {
    expect(raws('on 2024-04-16, in 2009 - 2014, version 2.24.10.15, order 1234567890123')).toEqual([]);
  });

  it('does not read dates as numbers where a country plan would accept them', () => {
    expect(raws('작성자 · 2025-02-11 21:04 · 조회 1,382', ['KR'])).toEqual([]);
  });

  it('finds numbers written in other digits and full-width marks, and returns them as written', () => {
    expect(raws('☎ ０１２０－９４７－３８２', ['JP'])).toEqual(['０１２０－９４７－３８２']);
    expect(raws('شماره: ۰۹۱۲ ۳۴۵ ۶۷۸۹', ['IR'])).toEqual(['۰۹۱۲ ۳۴۵ ۶۷۸۹']);
    expect(raws('हेल्पलाइन ९८७६५ ४३२१०', ['IN'])).toEqual(['९८७६५ ४३२१०']);
    expect(asciiDigits('＋６６ ๐๘๑ ２３４')).toBe('+66 081 234');
    expect(asciiDigits('plain 123')).toBe('plain 123');
  });

  it('never throws and bounds its work', () => {
    expect(findNumbers('9'.repeat(100_000), 0, ['US'])).toBeInstanceOf(Array);
    expect(findNumbers('', 0, [])).toEqual([]);
  });
});

describe('countryHints', () => {
  it('uses the country-code domain, the language and the script', () => {
    expect(countryHints('example.it', '', '')[0]).toBe('IT');
    expect(countryHints('example.co.uk', '', '')[0]).toBe('GB');
    expect(countryHints('example.com', 'id', '')[0]).toBe('ID');
    expect(countryHints('example.com', '', 'व्हाट्सएप')).toContain('IN');
    expect(countryHints('example.com', '', '客服')).toContain('TW');
    expect(countryHints('example.com', '', '').length).toBeGreaterThan(0);
    expect(countryHints('example.com', '', '').length).toBeLessThanOrEqual(5);
  });
});
