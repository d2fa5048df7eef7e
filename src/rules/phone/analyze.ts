import type { NumberType, PhoneLib } from './lib.ts';
import type { DialControlValue, InferredCountry } from './country.ts';

/** What is wrong with a phone number as typed (null: nothing). */
export type PhoneIssue =
  /** A national number with no country code; `e164` uses the assumed country. */
  | 'no-country-code'
  /** The country code is there but without '+': `39 312…`. */
  | 'no-plus'
  /** An international call prefix instead of '+': `0039 312…`, `011 44…`. */
  | 'idd-prefix'
  /** The trunk 0 kept after the country code where the country drops it: `+44 07911…`. */
  | 'trunk-zero'
  /** Split form: the national box repeats the code the dial-code control already gives. */
  | 'code-twice'
  /** Split form: the national box holds another country's code than the control. */
  | 'code-mismatch'
  /** No country code and no way to tell the country. */
  | 'needs-country'
  /** Letters where digits belong. */
  | 'not-a-number'
  /** '+' followed by digits that start with no country code. */
  | 'unknown-code'
  | 'too-short'
  | 'too-long'
  | 'invalid';

export interface PhoneAnalysis {
  readonly issue: PhoneIssue | null;
  /** The number the person most likely meant, in E.164, or null when no valid number can be made. */
  readonly e164: string | null;
  /** International format of `e164` ('+39 312 345 6789'). */
  readonly international: string | null;
  /** The number's country (ISO alpha-2) and calling code when known. */
  readonly country: string | null;
  readonly callingCode: string | null;
  /** National significant number (Italian landlines keep their 0), for a split form's number box. */
  readonly national: string | null;
  readonly type: NumberType | null;
  /** The country assumed for a number without a code. */
  readonly assumed: InferredCountry | null;
  /** The value looks unfinished (too short): hidden while typing. */
  readonly incomplete: boolean;
}

export interface PhoneInput {
  /** The assumed country (from `inferCountry`), used when the number has no code. */
  readonly assumed: InferredCountry | null;
  /**
   * Split form: the page has a separate country / dial-code control. `value` is what it holds
   * (null when it is there but nothing usable is selected). Absent: a single phone field.
   */
  readonly control?: { readonly value: DialControlValue | null };
}

const MAX_INPUT = 64;
const DIGIT_ZERO = [0x30, 0xff10, 0x660, 0x6f0, 0x966, 0x9e6, 0xe50];

/** Digits of any common script to ASCII; '＋' to '+'. */
function asciiDigits(s: string): string {
  let out = '';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    let mapped = ch;
    for (const zero of DIGIT_ZERO) {
      if (c >= zero && c <= zero + 9) {
        mapped = String(c - zero);
        break;
      }
    }
    out += mapped === '＋' ? '+' : mapped;
  }
  return out;
}

interface Cleaned {
  readonly plus: boolean;
  readonly digits: string;
  readonly letters: boolean;
}

function clean(input: string): Cleaned {
  let s = asciiDigits(input.slice(0, MAX_INPUT)).trim();
  s = s.replace(/^tel:/i, '');
  // An extension at the end is not part of the number.
  s = s.replace(/\s*(?:ext\.?|extension|x|#|interno|int\.|分機|ext)\s*\d{1,6}$/i, '');
  const letters = /[A-Za-z\p{L}]/u.test(s);
  const plus = /^[\s(]*\+/.test(s);
  return { plus, digits: s.replace(/\D/g, ''), letters };
}

const EMPTY: PhoneAnalysis = {
  issue: null,
  e164: null,
  international: null,
  country: null,
  callingCode: null,
  national: null,
  type: null,
  assumed: null,
  incomplete: false,
};

interface Valid {
  readonly e164: string;
  readonly international: string;
  readonly country: string | null;
  readonly callingCode: string;
  readonly national: string;
  readonly type: NumberType | null;
}

function validOf(lib: PhoneLib, text: string, country?: string): Valid | null {
  const n = lib.parse(text, country);
  if (!n || !n.isValid()) return null;
  return {
    e164: n.number,
    international: n.formatInternational(),
    country: n.country ?? null,
    callingCode: n.countryCallingCode,
    national: n.nationalNumber,
    type: n.getType() ?? null,
  };
}

function ok(v: Valid, issue: PhoneIssue | null, assumed: InferredCountry | null): PhoneAnalysis {
  return { ...v, issue, assumed, incomplete: false };
}

function lengthIssue(
  lib: PhoneLib,
  text: string,
  country: string | undefined,
  assumed: InferredCountry | null,
): PhoneAnalysis {
  if (text.startsWith('+')) {
    country = undefined;
    for (let len = 1; len <= 3 && !country; len++) country = lib.mainCountry(text.slice(1, 1 + len)) ?? undefined;
    if (!country)
      return { ...EMPTY, issue: text.length < 4 ? 'too-short' : 'unknown-code', incomplete: text.length < 4 };
  }
  const problem = lib.validateLength(text, text.startsWith('+') ? undefined : country);
  const issue: PhoneIssue = problem === 'TOO_SHORT' ? 'too-short' : problem === 'TOO_LONG' ? 'too-long' : 'invalid';
  // While typing, a number too short or not yet matching any pattern may still be on its way.
  return { ...EMPTY, issue, assumed, country: country ?? null, incomplete: issue !== 'too-long' };
}

/**
 * An international number given as digits after the '+' (or after an international prefix):
 * valid as is, or valid once a trunk 0 kept after the country code is dropped.
 */
function international(lib: PhoneLib, digits: string): { valid: Valid; trunk: boolean } | null {
  const direct = validOf(lib, `+${digits}`);
  if (direct) {
    const after = digits.slice(direct.callingCode.length);
    // The library quietly drops a kept trunk 0; the person should know (+44 07911 → +44 7911).
    const trunk = after.startsWith('0') && !direct.national.startsWith('0');
    return { valid: direct, trunk };
  }
  for (let len = 1; len <= 3; len++) {
    const cc = digits.slice(0, len);
    const main = lib.mainCountry(cc);
    if (!main || digits[len] !== '0') continue;
    const prefix = lib.nationalPrefix(main);
    if (!prefix || !digits.startsWith(prefix, len)) continue;
    const dropped = validOf(lib, `+${cc}${digits.slice(len + prefix.length)}`);
    if (dropped) return { valid: dropped, trunk: true };
  }
  return null;
}

/**
 * Reads a phone number as typed, finds the first problem and the number the person most likely
 * meant. Never throws; looks at the first 64 characters only.
 */
export function analyzePhone(input: string, opts: PhoneInput, lib: PhoneLib): PhoneAnalysis {
  try {
    return analyzeUnsafe(input, opts, lib);
  } catch {
    return EMPTY;
  }
}

function analyzeUnsafe(input: string, opts: PhoneInput, lib: PhoneLib): PhoneAnalysis {
  const { plus, digits, letters } = clean(input);
  const assumed = opts.assumed;
  if (letters) return { ...EMPTY, issue: 'not-a-number', assumed };
  if (digits === '') return EMPTY;
  if (opts.control) return analyzeSplit(plus, digits, opts.control.value, assumed, lib);

  const country = assumed?.country;
  // '+…' (a '+0…' is a national number typed after a '+').
  if (plus && !digits.startsWith('0')) {
    const intl = international(lib, digits);
    if (intl) return ok(intl.valid, intl.trunk ? 'trunk-zero' : null, null);
    return lengthIssue(lib, `+${digits}`, undefined, null);
  }
  const national = digits;

  // An international call prefix: 00 anywhere, or the assumed country's own (011 in the US).
  const idd = /^00/.test(national) ? /^00/ : country ? lib.iddPrefix(country) : null;
  const iddMatch = idd?.exec(national)?.[0];
  if (iddMatch) {
    const intl = international(lib, national.slice(iddMatch.length));
    if (intl) return ok(intl.valid, intl.trunk ? 'trunk-zero' : 'idd-prefix', null);
  }

  if (country) {
    const v = validOf(lib, national, country);
    const cc = lib.callingCode(country);
    if (v && v.callingCode === cc) {
      // The library reads '39312…' as +39 312… by itself: that is a code without '+', not a national number.
      const codeTyped =
        national.startsWith(cc) && national.endsWith(v.national) && national.length - v.national.length >= cc.length;
      return ok(v, codeTyped ? 'no-plus' : 'no-country-code', codeTyped ? null : assumed);
    }
  }
  // The country code typed without '+': '39 312…', '886 0912…'. Without an assumed country, only
  // numbers long enough to hold a code are read this way.
  if (!national.startsWith('0') && (country || national.length >= 10)) {
    const intl = international(lib, national);
    if (intl) return ok(intl.valid, 'no-plus', null);
  }
  if (!country) {
    return { ...EMPTY, issue: 'needs-country', incomplete: national.length < 6 };
  }
  return lengthIssue(lib, national, country, assumed);
}

function analyzeSplit(
  plus: boolean,
  digits: string,
  control: DialControlValue | null,
  assumed: InferredCountry | null,
  lib: PhoneLib,
): PhoneAnalysis {
  // A full international number in the number box.
  const iddStripped = plus ? digits : /^00/.test(digits) ? digits.slice(2) : null;
  if (iddStripped !== null) {
    const intl = international(lib, iddStripped);
    if (!intl) return lengthIssue(lib, `+${iddStripped}`, undefined, null);
    if (!control) return ok(intl.valid, null, null);
    return ok(intl.valid, intl.valid.callingCode === control.callingCode ? 'code-twice' : 'code-mismatch', null);
  }
  if (!control) {
    // The control is empty: fill it with the assumed country when the number fits it.
    const country = assumed?.country;
    const v = country ? validOf(lib, digits, country) : null;
    if (v) return ok(v, 'no-country-code', assumed);
    // Else a country code typed without '+' ('886912345678'): choose that country in the control.
    const intl = digits.length >= 8 ? international(lib, digits) : null;
    if (intl) return ok(intl.valid, 'no-plus', null);
    if (!country) return { ...EMPTY, issue: 'needs-country', incomplete: digits.length < 6 };
    return lengthIssue(lib, digits, country, assumed);
  }
  const cc = control.callingCode;
  const here: InferredCountry = { country: control.country, source: 'control' };
  const v = validOf(lib, `+${cc}${digits}`);
  if (v) {
    const trunk = digits.startsWith('0') && !v.national.startsWith('0');
    return ok(v, trunk ? 'trunk-zero' : null, here);
  }
  // The code typed again in the number box: '+39' selected, '39 312…' typed.
  if (digits.startsWith(cc)) {
    const again = international(lib, digits);
    if (again && again.valid.callingCode === cc) return ok(again.valid, 'code-twice', here);
  }
  const trunked = international(lib, `${cc}${digits}`);
  if (trunked) return ok(trunked.valid, 'trunk-zero', here);
  return lengthIssue(lib, `+${cc}${digits}`, undefined, here);
}
