import { describe, expect, it } from 'vitest';
import { formatBytes, formatList, formatSizeAgainstLimit } from '../../../src/files/format.ts';

describe('formatBytes', () => {
  it('uses decimal units and the locale number format', () => {
    expect(formatBytes(6_200_000, 'en')).toBe('6.2 MB');
    expect(formatBytes(6_200_000, 'it')).toBe('6,2 MB');
    expect(formatBytes(6_200_000, 'id')).toBe('6,2 MB');
    expect(formatBytes(6_200_000, 'zh_TW')).toMatch(/^6\.2\s?MB$/);
    expect(formatBytes(5_000_000, 'en')).toBe('5 MB');
    expect(formatBytes(12_345_678, 'en')).toBe('12 MB');
    expect(formatBytes(2_000_000_000, 'en')).toBe('2 GB');
    expect(formatBytes(512_000, 'en')).toBe('512 kB');
    expect(formatBytes(999, 'en')).toMatch(/^999 /);
  });

  it('survives junk', () => {
    expect(formatBytes(Number.NaN, 'en')).toMatch(/^0 /);
    expect(formatBytes(-5, 'en')).toMatch(/^0 /);
    expect(formatBytes(1_000_000, 'not a locale!!')).toBe('1 MB');
    expect(formatBytes(1_000_000, '')).toBe('1 MB');
  });

  it('never shows a size over the limit as equal to the limit', () => {
    expect(formatSizeAgainstLimit(5_040_000, 5_000_000, 'en')).toEqual({ size: '5.04 MB', limit: '5 MB' });
    expect(formatSizeAgainstLimit(5_000_001, 5_000_000, 'it')).toEqual({ size: '5,000001 MB', limit: '5 MB' });
    expect(formatSizeAgainstLimit(6_200_000, 5_000_000, 'it')).toEqual({ size: '6,2 MB', limit: '5 MB' });
  });
});

describe('formatList', () => {
  it('joins with the locale word for "or"', () => {
    expect(formatList(['JPG', 'PNG'], 'en')).toBe('JPG or PNG');
    expect(formatList(['JPG', 'PNG'], 'it')).toBe('JPG o PNG');
    expect(formatList(['JPG', 'PNG'], 'id')).toBe('JPG atau PNG');
    expect(formatList(['JPG', 'PNG'], 'zh_TW')).toBe('JPG或PNG');
    expect(formatList(['JPG'], 'en')).toBe('JPG');
  });
});
