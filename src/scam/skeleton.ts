/**
 * A compact UTS #39-style confusable skeleton for Latin brand names, and a Punycode
 * (RFC 3492) label decoder. Only the characters that matter for telling `whatsapp` from
 * its look-alikes are mapped: compatibility forms (fullwidth, mathematical letters, via
 * NFKD), diacritics (stripped), Cyrillic and Greek letters that look like Latin ones,
 * a few IPA/Latin-extended letters, digit look-alikes (0→o, 1→l) and the multi-letter
 * look-alikes rn→m, vv→w, cl→d.
 */

/** Single code point → Latin look-alike (lower case). */
const CONFUSABLE: Readonly<Record<string, string>> = {
  // Cyrillic
  а: 'a',
  е: 'e',
  ё: 'e',
  і: 'i',
  ї: 'i',
  ј: 'j',
  к: 'k',
  о: 'o',
  п: 'n',
  р: 'p',
  с: 'c',
  у: 'y',
  х: 'x',
  ѕ: 's',
  һ: 'h',
  ԁ: 'd',
  ԛ: 'q',
  ԝ: 'w',
  ѡ: 'w',
  ѵ: 'v',
  ү: 'y',
  ӏ: 'l',
  ԍ: 'g',
  ɡ: 'g',
  // Greek
  α: 'a',
  ι: 'i',
  κ: 'k',
  ν: 'v',
  ο: 'o',
  ρ: 'p',
  τ: 't',
  υ: 'u',
  χ: 'x',
  ω: 'w',
  ϲ: 'c',
  ϳ: 'j',
  η: 'n',
  // Latin extended / IPA
  ɑ: 'a',
  ı: 'i',
  ȷ: 'j',
  ɩ: 'i',
  ł: 'l',
  ƚ: 'l',
  ø: 'o',
  đ: 'd',
  ħ: 'h',
  ʜ: 'h',
  ɦ: 'h',
  ƿ: 'p',
  ʋ: 'u',
  ṡ: 's',
  // digits and ASCII
  '0': 'o',
  '1': 'l',
  '|': 'l',
};

/** Extra folds for typo-squats that are not visual confusables (wh4tsapp, what5app). */
const LOOSE: Readonly<Record<string, string>> = { '4': 'a', '3': 'e', '5': 's', '7': 't', '@': 'a', $: 's' };

const MARKS = /\p{M}+/gu;
const MAX = 256;

/** The skeleton of `s`: two strings with the same skeleton look alike. Never throws. */
export function skeleton(s: string, loose = false): string {
  try {
    const folded = s.slice(0, MAX).normalize('NFKD').replace(MARKS, '').toLowerCase();
    let out = '';
    for (const ch of folded) out += CONFUSABLE[ch] ?? (loose ? LOOSE[ch] : undefined) ?? ch;
    return out.replace(/rn/g, 'm').replace(/vv/g, 'w').replace(/cl/g, 'd');
  } catch {
    return '';
  }
}

/** True when `s` holds a character outside printable ASCII. */
export function isNonAscii(s: string): boolean {
  return /[^\x20-\x7e]/.test(s);
}

const BASE = 36;
const TMIN = 1;
const TMAX = 26;
const SKEW = 38;
const DAMP = 700;

function adapt(delta: number, numPoints: number, first: boolean): number {
  let d = first ? Math.floor(delta / DAMP) : delta >> 1;
  d += Math.floor(d / numPoints);
  let k = 0;
  while (d > ((BASE - TMIN) * TMAX) >> 1) {
    d = Math.floor(d / (BASE - TMIN));
    k += BASE;
  }
  return k + Math.floor(((BASE - TMIN + 1) * d) / (d + SKEW));
}

function digitOf(c: number): number {
  if (c >= 48 && c <= 57) return c - 22; // 0-9 → 26-35
  if (c >= 65 && c <= 90) return c - 65;
  if (c >= 97 && c <= 122) return c - 97;
  return BASE;
}

/** Decodes one Punycode label (without `xn--`); null when malformed. */
export function decodePunycodeLabel(input: string): string | null {
  if (input.length > 63) return null;
  const output: number[] = [];
  let n = 128;
  let i = 0;
  let bias = 72;
  const basic = Math.max(0, input.lastIndexOf('-'));
  for (let j = 0; j < basic; j++) {
    const c = input.charCodeAt(j);
    if (c >= 0x80) return null;
    output.push(c);
  }
  let idx = basic > 0 ? basic + 1 : 0;
  while (idx < input.length) {
    const oldi = i;
    let w = 1;
    for (let k = BASE; ; k += BASE) {
      if (idx >= input.length) return null;
      const digit = digitOf(input.charCodeAt(idx++));
      if (digit >= BASE) return null;
      if (digit > Math.floor((0x7fffffff - i) / w)) return null;
      i += digit * w;
      const t = k <= bias ? TMIN : k >= bias + TMAX ? TMAX : k - bias;
      if (digit < t) break;
      w *= BASE - t;
      if (w > 0x7fffffff) return null;
    }
    const len = output.length + 1;
    bias = adapt(i - oldi, len, oldi === 0);
    n += Math.floor(i / len);
    i %= len;
    if (n > 0x10ffff || output.length >= 63) return null;
    output.splice(i, 0, n);
    i++;
  }
  try {
    return String.fromCodePoint(...output);
  } catch {
    return null;
  }
}

/** A hostname with its `xn--` labels decoded to Unicode (labels that fail stay as they are). */
export function toUnicodeHost(host: string): string {
  return host
    .split('.')
    .map((label) => {
      if (!label.toLowerCase().startsWith('xn--')) return label;
      return decodePunycodeLabel(label.slice(4).toLowerCase()) ?? label;
    })
    .join('.');
}
