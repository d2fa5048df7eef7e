/** Decimal units, as phones and macOS show file sizes (1 MB = 1,000,000 bytes). */
const UNITS = [
  { unit: 'byte', scale: 1 },
  { unit: 'kilobyte', scale: 1e3 },
  { unit: 'megabyte', scale: 1e6 },
  { unit: 'gigabyte', scale: 1e9 },
  { unit: 'terabyte', scale: 1e12 },
] as const;

/** 'zh_TW' → 'zh-TW'; an invalid tag → 'en'. */
export function bcp47(locale: string): string {
  const tag = String(locale || 'en').replace(/_/g, '-');
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? 'en';
  } catch {
    return 'en';
  }
}

/**
 * A byte count in the person's units and number format: "6.2 MB" (en), "6,2 MB" (it, id).
 * One decimal below 10 units, none above; `fractionDigits` forces a precision.
 */
export function formatBytes(n: number, locale: string, fractionDigits?: number): string {
  const bytes = Number.isFinite(n) && n > 0 ? n : 0;
  let u: (typeof UNITS)[number] = UNITS[0];
  for (const candidate of UNITS) if (bytes >= candidate.scale) u = candidate;
  const value = bytes / u.scale;
  const digits = u.scale === 1 ? 0 : (fractionDigits ?? (value < 10 ? 1 : 0));
  try {
    return new Intl.NumberFormat(bcp47(locale), {
      style: 'unit',
      unit: u.unit,
      unitDisplay: 'short',
      maximumFractionDigits: digits,
    }).format(value);
  } catch {
    return `${value.toFixed(digits)} ${u.unit === 'byte' ? 'B' : u.unit[0]!.toUpperCase() + 'B'}`;
  }
}

/**
 * `size` and `limit` formatted so they never read the same when they differ
 * ("5 MB; the limit is 5 MB" becomes "5.04 MB; the limit is 5 MB").
 */
export function formatSizeAgainstLimit(size: number, limit: number, locale: string): { size: string; limit: string } {
  const limitText = formatBytes(limit, locale);
  let sizeText = formatBytes(size, locale);
  for (let digits = 2; digits <= 6 && sizeText === limitText && size !== limit; digits++) {
    sizeText = formatBytes(size, locale, digits);
  }
  return { size: sizeText, limit: limitText };
}

/** "JPG or PNG" / "JPG o PNG" / "JPG或PNG"; `and` for conjunctions. */
export function formatList(items: readonly string[], locale: string, type: 'or' | 'and' = 'or'): string {
  try {
    return new Intl.ListFormat(bcp47(locale), { type: type === 'or' ? 'disjunction' : 'conjunction' }).format(items);
  } catch {
    return items.join(', ');
  }
}
