import { findPhoneNumbersInText, isSupportedCountry } from 'libphonenumber-js/min';
import type { CountryCode, NumberFound } from 'libphonenumber-js/min';

/** A phone number found in a text, with its exact span. */
export interface FoundNumber {
  /** Offsets into the text that was searched (after adding the caller's offset). */
  readonly start: number;
  readonly end: number;
  /** Exactly as written. */
  readonly raw: string;
  /** Digits of the E.164 form without '+' when known, else the written digits. */
  readonly digits: string;
  /** National significant number when known, else the written digits. */
  readonly national: string;
}

const MAX_SLICE = 4000;

/**
 * Phone-like runs that libphonenumber does not accept (made-up or badly formatted
 * numbers are common on scam pages): an optional '+', then digits with spaces, dots,
 * dashes or brackets, 9 to 15 digits in all.
 */
const RUN = /(?<![\p{L}\p{N}+])\+?\(?\d[\d \u00a0().\-–]{7,22}\d(?![\p{L}\p{N}])/gu;
const DATE_LIKE =
  /^\d{4}[-./]\d{1,2}[-./]\d{1,2}(?:\s+\d{1,2})?$|^\d{1,2}[-./]\d{1,2}[-./]\d{2,4}(?:\s+\d{1,2})?$|^\d{4}\s?[-–]\s?\d{4}$/;

function fallbackRuns(text: string, offset: number, taken: readonly FoundNumber[]): FoundNumber[] {
  const out: FoundNumber[] = [];
  for (const m of text.matchAll(RUN)) {
    const raw = m[0].replace(/[\s.\-–(]+$/, '');
    const start = offset + (m.index ?? 0);
    const end = start + raw.length;
    if (taken.some((t) => start < t.end && end > t.start)) continue;
    const digits = raw.replace(/\D/g, '');
    if (digits.length < 9 || digits.length > 15) continue;
    if (DATE_LIKE.test(raw.trim())) continue;
    if (/^(\d)\1+$/.test(digits)) continue;
    // A run of plain digits without '+' or separators is more likely an id than a number.
    if (!raw.startsWith('+') && !/[\s.\-–()]/.test(raw)) continue;
    // Version strings and dotted ids: 2.23.15.76.
    if (/^\d{1,3}(?:\.\d{1,3}){2,}$/.test(raw)) continue;
    out.push({ start, end, raw, digits, national: digits });
    if (out.length >= 20) break;
  }
  return out;
}

/** First code points of the decimal digit blocks other than ASCII (each digit is one UTF-16 unit). */
const DIGIT_ZEROS = [
  0x0660, 0x06f0, 0x07c0, 0x0966, 0x09e6, 0x0a66, 0x0ae6, 0x0b66, 0x0be6, 0x0c66, 0x0ce6, 0x0d66, 0x0de6, 0x0e50,
  0x0ed0, 0x0f20, 0x1040, 0x1090, 0x17e0, 0x1810, 0xff10,
];

/**
 * The text with every decimal digit written as an ASCII one (０１２０, ۰۹۱۲, ०९८, ๐๘๑ → 0120,
 * 0912, 098, 081), and full-width pluses, dashes and brackets as ASCII ones; each character
 * stays one character, so offsets stay valid.
 */
export function asciiDigits(text: string): string {
  if (!/[^\p{ASCII}]/u.test(text)) return text;
  return text.replace(/[\p{Nd}\uff0b\uff0d\uff08\uff09\uff0e\u3000\u2010-\u2012]/gu, (d) => {
    const c = d.charCodeAt(0);
    if (d.length !== 1 || c < 0x80) return d;
    const mark = NUMBER_MARKS[d];
    if (mark !== undefined) return mark;
    const zero = DIGIT_ZEROS.find((z) => c >= z && c <= z + 9);
    return zero === undefined ? d : String(c - zero);
  });
}

/** Full-width and typographic marks written in phone numbers, as their ASCII forms. */
const NUMBER_MARKS: Readonly<Record<string, string>> = {
  '\uff0b': '+',
  '\uff0d': '-',
  '\uff08': '(',
  '\uff09': ')',
  '\uff0e': '.',
  '\u3000': ' ',
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
};

/** Digit runs that may be phone numbers; only these are handed to libphonenumber. */
const CANDIDATE = /\+?\(?\d[\d \u00a0().\-–/]{4,24}\d/g;
const MAX_CANDIDATES = 40;

/**
 * Phone numbers in `text` (a short slice of the page): each phone-like digit run is given,
 * with a little context, to libphonenumber's text finder (metadata 'min'): first with no
 * default country (international numbers), then with each of `countries` (national
 * formats) until one accepts it (`cache`, keyed by the run, saves repeated work); runs it rejects are kept when they still look like a
 * phone number. Spans are shifted by `offset`. Never throws; bounded to 4,000 characters.
 */
export function findNumbers(
  text: string,
  offset: number,
  countries: readonly CountryCode[],
  cache?: Map<string, NumberFound[]>,
): FoundNumber[] {
  const found: FoundNumber[] = [];
  try {
    const written = text.slice(0, MAX_SLICE);
    // Numbers written in other digits are found as ASCII ones and shown as written.
    const slice = asciiDigits(written);
    let n = 0;
    for (const m of slice.matchAll(CANDIDATE)) {
      if (++n > MAX_CANDIDATES) break;
      // Long unbroken digit strings without '+' are ids (orders, accounts), not numbers.
      if (!m[0].startsWith('+') && /^\d{12,}$/.test(m[0])) continue;
      const a = Math.max(0, (m.index ?? 0) - 1);
      const b = Math.min(slice.length, (m.index ?? 0) + m[0].length + 1);
      const sub = slice.slice(a, b);
      let hits = cache?.get(sub);
      if (!hits) {
        // International numbers need no default country; national ones try each hint in turn.
        const international = m[0].startsWith('+');
        hits = international ? findPhoneNumbersInText(sub) : [];
        for (let i = 0; !international && hits.length === 0 && i < countries.length; i++) {
          hits = findPhoneNumbersInText(sub, { defaultCountry: countries[i]! });
        }
        cache?.set(sub, hits);
      }
      const before = found.length;
      for (const f of hits) {
        const start = offset + a + f.startsAt;
        const end = offset + a + f.endsAt;
        if (found.some((t) => start < t.end && end > t.start)) continue;
        // Dates ("2025-02-11") parse as numbers in some countries' plans.
        if (DATE_LIKE.test(sub.slice(f.startsAt, f.endsAt).trim())) continue;
        found.push({
          start,
          end,
          raw: written.slice(a + f.startsAt, a + f.endsAt),
          digits: f.number.number.replace(/\D/g, ''),
          national: String(f.number.nationalNumber),
        });
      }
      if (found.length === before) {
        for (const r of fallbackRuns(sub, offset + a, found)) {
          found.push({ ...r, raw: written.slice(r.start - offset, r.end - offset) });
        }
      }
    }
  } catch {
    // keep what was found
  }
  return found.sort((x, y) => x.start - y.start);
}

const TLD_COUNTRY: Readonly<Record<string, CountryCode>> = { uk: 'GB' };
const LANG_COUNTRIES: Readonly<Record<string, readonly CountryCode[]>> = {
  en: ['US', 'IN', 'GB'],
  hi: ['IN'],
  id: ['ID'],
  ms: ['MY'],
  it: ['IT'],
  es: ['ES', 'MX', 'AR', 'CO'],
  pt: ['BR', 'PT'],
  ru: ['RU'],
  ar: ['SA', 'EG', 'AE'],
  zh: ['CN', 'TW', 'HK'],
  'zh-tw': ['TW', 'HK'],
  'zh-hk': ['HK', 'TW'],
  'zh-hant': ['TW', 'HK'],
  'zh-cn': ['CN'],
  'zh-hans': ['CN'],
  de: ['DE', 'AT', 'CH'],
  fr: ['FR', 'BE', 'CA'],
  tr: ['TR'],
  vi: ['VN'],
  th: ['TH'],
  ur: ['PK'],
  bn: ['BD', 'IN'],
  ja: ['JP'],
  ko: ['KR'],
  fa: ['IR'],
  pl: ['PL'],
  nl: ['NL', 'BE'],
  sw: ['KE', 'TZ'],
  ta: ['IN', 'LK'],
  tl: ['PH'],
  fil: ['PH'],
};

/** Default countries for national-format numbers: from the domain's country code, the page language and the script. */
export function countryHints(domain: string, lang: string, sample: string): CountryCode[] {
  const out: CountryCode[] = [];
  const push = (c: string | undefined): void => {
    if (c && isSupportedCountry(c) && !out.includes(c)) out.push(c);
  };
  try {
    const tld = domain.split('.').pop() ?? '';
    if (tld.length === 2) push(TLD_COUNTRY[tld] ?? tld.toUpperCase());
    const l = lang.toLowerCase().replace('_', '-');
    for (const c of LANG_COUNTRIES[l] ?? LANG_COUNTRIES[l.split('-')[0] ?? ''] ?? []) push(c);
    if (/[\u0900-\u097f]/.test(sample)) push('IN');
    if (/[\u4e00-\u9fff]/.test(sample)) {
      push('TW');
      push('CN');
      push('HK');
    }
    if (/[\u0400-\u04ff]/.test(sample)) push('RU');
    if (/[\u0600-\u06ff]/.test(sample)) {
      push('SA');
      push('EG');
    }
    push('US');
    push('IN');
  } catch {
    // defaults below
  }
  return out.slice(0, 5);
}
