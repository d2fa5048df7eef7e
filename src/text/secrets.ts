/**
 * Finders for secrets people paste into support requests: verification codes / two-step PINs,
 * payment card numbers, IBANs and passwords. Each returns the spans to remove; nothing is kept.
 * Pure and bounded: only the first `MAX_SCAN` characters are read.
 */

export type SecretKind = 'code' | 'card' | 'iban' | 'password';

export interface SecretSpan {
  readonly kind: SecretKind;
  readonly start: number;
  readonly end: number;
}

export const MAX_SCAN = 20_000;

const DIGIT_ZERO = [0xff10, 0x660, 0x6f0, 0x966, 0x9e6, 0xe50];

/** Same length as the input: every decimal digit of a common script becomes an ASCII digit. */
export function asciiDigitsSameLength(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let ch = text[i]!;
    for (const zero of DIGIT_ZERO) {
      if (c >= zero && c <= zero + 9) {
        ch = String(c - zero);
        break;
      }
    }
    out += ch;
  }
  return out;
}

/** Words near which a 6-digit number is a verification code or a two-step PIN, in many languages. */
const CODE_WORDS = new RegExp(
  [
    // English
    '\\bcodes?\\b',
    '\\botp\\b',
    '\\bpins?\\b',
    '\\bpasscode',
    'verif(?:y|ication)',
    'two[- ]?step',
    '\\b2[- ]?step',
    '\\b2fa\\b',
    '\\bsms\\b',
    'registration',
    'one[- ]time',
    // Chinese
    '驗證碼',
    '验证码',
    '認證碼',
    '认证码',
    '驗證',
    '验证',
    '簡訊',
    '短信',
    '代碼',
    '代码',
    '安全碼',
    '安全码',
    '兩步驟',
    '两步',
    '確認碼',
    '确认码',
    '註冊碼',
    '注册码',
    '碼',
    '码',
    // Italian
    '\\bcodice',
    '\\bverifica',
    'due passaggi',
    'due fattori',
    // Indonesian / Malay
    '\\bkode\\b',
    '\\bverifikasi',
    'dua langkah',
    // others
    'c[óo]digo',
    '\\bkod\\b',
    'код',
    'пин',
    'رمز',
    'كود',
    'कोड',
    'ओटीपी',
    'mã',
    'รหัส',
    'コード',
    '認証',
    '인증',
  ].join('|'),
  'i',
);

/** Near these, a 6-digit number is something else (postcodes, amounts, error numbers). */
const NOT_CODE_WORDS =
  /postal|zip|post ?code|kode ?pos|codice postale|\bcap\b|郵遞區號|邮编|郵編|\brp\.?\s*$|[$€£¥]\s*$|\b(?:usd|eur|idr|twd|nt)\s*$/i;

const SIX_DIGITS = /(?<![\d+A-Za-z])(?<!\d[ .-])(\d{3}[ -]?\d{3})(?![ .-]?\d)(?![A-Za-z])/g;

export function findVerificationCodes(text: string): SecretSpan[] {
  const out: SecretSpan[] = [];
  for (const m of text.matchAll(SIX_DIGITS)) {
    const start = m.index;
    const end = start + m[0].length;
    const before = text.slice(Math.max(0, start - 40), start);
    const after = text.slice(end, end + 25);
    if (!CODE_WORDS.test(before) && !CODE_WORDS.test(after)) continue;
    if (NOT_CODE_WORDS.test(before) || /^\s*(?:rp|idr|usd|eur|€|\$)/i.test(after)) continue;
    out.push({ kind: 'code', start, end });
  }
  return out;
}

/** The Luhn checksum of a digit string. */
export function luhnValid(digits: string): boolean {
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return digits.length > 0 && sum % 10 === 0;
}

const CARD_RUN = /(?<![\d+])(?:\d[ -]?){12,18}\d(?![\d])/g;
/** Issuer prefixes: Visa, Mastercard, Amex, Discover, JCB, UnionPay, Diners, Maestro. */
const CARD_IIN = /^(?:4|5[1-5]|2[2-7]|3[47]|6(?:011|5|4[4-9]|2)|35|3(?:0[0-5]|[68])|5[06-8]|6[37])/;
const CARD_WORDS =
  /card|carta|kartu|tarjeta|cart[aã]o|karte|carte|visa|master ?card|amex|american express|credit|debit|cr[eé]dito|d[eé]bito|kredit|cvv|cvc|bancomat|postepay|卡|信用|金融卡|簽帳|签帐|银行卡|карт/i;

export function findCardNumbers(text: string): SecretSpan[] {
  const out: SecretSpan[] = [];
  for (const m of text.matchAll(CARD_RUN)) {
    const raw = m[0];
    const digits = raw.replace(/\D/g, '');
    if (digits.length < 13 || digits.length > 19 || !CARD_IIN.test(digits) || !luhnValid(digits)) continue;
    const start = m.index;
    const end = start + raw.length;
    const grouped = /^\d{4}([ -])\d{4}\1\d{4}\1\d{4}(?:\1\d{1,3})?$|^\d{4}([ -])\d{6}\2\d{5}$/.test(raw);
    const context = text.slice(Math.max(0, start - 50), start) + text.slice(end, end + 30);
    if (!grouped && !CARD_WORDS.test(context)) continue;
    out.push({ kind: 'card', start, end });
  }
  return out;
}

/** IBAN length by country (ISO 13616 registry). */
const IBAN_LENGTHS: Readonly<Record<string, number>> = {
  AD: 24,
  AE: 23,
  AL: 28,
  AT: 20,
  AZ: 28,
  BA: 20,
  BE: 16,
  BG: 22,
  BH: 22,
  BR: 29,
  BY: 28,
  CH: 21,
  CR: 22,
  CY: 28,
  CZ: 24,
  DE: 22,
  DK: 18,
  DO: 28,
  EE: 20,
  EG: 29,
  ES: 24,
  FI: 18,
  FO: 18,
  FR: 27,
  GB: 22,
  GE: 22,
  GI: 23,
  GL: 18,
  GR: 27,
  GT: 28,
  HR: 21,
  HU: 28,
  IE: 22,
  IL: 23,
  IQ: 23,
  IS: 26,
  IT: 27,
  JO: 30,
  KW: 30,
  KZ: 20,
  LB: 28,
  LC: 32,
  LI: 21,
  LT: 20,
  LU: 20,
  LV: 21,
  MC: 27,
  MD: 24,
  ME: 22,
  MK: 19,
  MR: 27,
  MT: 31,
  MU: 30,
  NL: 18,
  NO: 15,
  PK: 24,
  PL: 28,
  PS: 29,
  PT: 25,
  QA: 29,
  RO: 24,
  RS: 22,
  SA: 24,
  SC: 31,
  SE: 24,
  SI: 19,
  SK: 24,
  SM: 27,
  ST: 25,
  SV: 28,
  TL: 23,
  TN: 24,
  TR: 26,
  UA: 29,
  VA: 22,
  VG: 24,
  XK: 20,
};

/** ISO 7064 mod 97-10 check of an IBAN (upper-case, no spaces). */
export function ibanValid(iban: string): boolean {
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let rem = 0;
  for (const ch of rearranged) {
    const c = ch.charCodeAt(0);
    const v = c >= 65 && c <= 90 ? String(c - 55) : c >= 48 && c <= 57 ? ch : null;
    if (v === null) return false;
    for (const d of v) rem = (rem * 10 + (d.charCodeAt(0) - 48)) % 97;
  }
  return rem === 1;
}

const IBAN_START = /(?<![A-Za-z0-9])([A-Za-z]{2})(\d{2})/g;

export function findIbans(text: string): SecretSpan[] {
  const out: SecretSpan[] = [];
  for (const m of text.matchAll(IBAN_START)) {
    const length = IBAN_LENGTHS[m[1]!.toUpperCase()];
    if (!length) continue;
    const start = m.index;
    let collected = '';
    let i = start;
    while (i < text.length && collected.length < length) {
      const ch = text[i]!;
      if (/[A-Za-z0-9]/.test(ch)) {
        collected += ch.toUpperCase();
        i++;
      } else if ((ch === ' ' || ch === '-') && /[A-Za-z0-9]/.test(text[i + 1] ?? '') && collected.length > 0) {
        i++;
      } else {
        break;
      }
    }
    if (collected.length !== length || /[A-Za-z0-9]/.test(text[i] ?? '')) continue;
    if (!ibanValid(collected)) continue;
    out.push({ kind: 'iban', start, end: i });
  }
  return out;
}

const PASSWORD_RE = new RegExp(
  '(?:password|passwd|pwd|pass ?word|kata ?sandi|\\bsandi|密碼|密码|口令|contraseña|senha|passwort|mot de passe|пароль)' +
    '(?:\\s+(?:saya|mia|mio|my|is|è|adalah|yaitu|nya|lama|baru|attuale|vecchia|nuova|old|new|current)){0,3}' +
    '\\s*(?:[:=：]|\\bis\\b|(?<=\\s)[èé](?=\\s)|\\badalah\\b|\\byaitu\\b|是|為|为)\\s*' +
    '["\'“「]?([^\\s"\'”」，。、,;；]{4,64})',
  'giu',
);

/** A token that looks chosen as a password (has a digit, a symbol or inner capitals), not a plain word. */
function passwordLike(token: string): boolean {
  return /\d/.test(token) || /[^\p{L}\p{N}]/u.test(token) || /\p{Ll}\p{Lu}/u.test(token);
}

export function findPasswords(text: string): SecretSpan[] {
  const out: SecretSpan[] = [];
  for (const m of text.matchAll(PASSWORD_RE)) {
    let token = m[1]!;
    token = token.replace(/[.,)]+$/, '');
    // '***' is a redaction (ours, or the person's own masking), not a password.
    if (token.length < 4 || !passwordLike(token) || token.includes('***')) continue;
    const end = m.index + m[0].length - (m[1]!.length - token.length);
    out.push({ kind: 'password', start: end - token.length, end });
  }
  return out;
}

/** Every secret in `text` (first `MAX_SCAN` characters), sorted, overlaps merged. */
export function findSecrets(text: string): SecretSpan[] {
  const t = asciiDigitsSameLength(text.slice(0, MAX_SCAN));
  const all = [...findCardNumbers(t), ...findIbans(t), ...findPasswords(t), ...findVerificationCodes(t)];
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: SecretSpan[] = [];
  for (const s of all) {
    const last = merged[merged.length - 1];
    if (last && s.start < last.end) continue;
    merged.push(s);
  }
  return merged;
}

/** `text` with every span replaced by '***'. */
export function redact(text: string, spans: readonly SecretSpan[]): string {
  let out = '';
  let at = 0;
  for (const s of spans) {
    out += text.slice(at, s.start) + '***';
    at = s.end;
  }
  return out + text.slice(at);
}
