import type { CountryHints, RuleContext } from '../types.ts';
import type { PhoneLib } from './lib.ts';

/** Where the assumed country came from, strongest first. */
export type CountrySource = 'control' | 'profile' | 'page-language' | 'tld' | 'browser';

export interface InferredCountry {
  /** ISO 3166 alpha-2, upper case. */
  readonly country: string;
  readonly source: CountrySource;
}

/** Languages spoken mostly in one country (a bare `lang="it"` means Italy). English, Arabic, Spanish… don't. */
const LANGUAGE_COUNTRY: Readonly<Record<string, string>> = {
  it: 'IT',
  id: 'ID',
  in: 'ID',
  ms: 'MY',
  th: 'TH',
  vi: 'VN',
  ja: 'JP',
  ko: 'KR',
  de: 'DE',
  fr: 'FR',
  nl: 'NL',
  pl: 'PL',
  cs: 'CZ',
  sk: 'SK',
  hu: 'HU',
  ro: 'RO',
  bg: 'BG',
  el: 'GR',
  tr: 'TR',
  ru: 'RU',
  uk: 'UA',
  he: 'IL',
  iw: 'IL',
  fa: 'IR',
  hi: 'IN',
  bn: 'BD',
  ur: 'PK',
  sv: 'SE',
  da: 'DK',
  nb: 'NO',
  nn: 'NO',
  no: 'NO',
  fi: 'FI',
  et: 'EE',
  lv: 'LV',
  lt: 'LT',
  hr: 'HR',
  sr: 'RS',
  sl: 'SI',
  fil: 'PH',
  tl: 'PH',
  ka: 'GE',
  hy: 'AM',
  km: 'KH',
  lo: 'LA',
  my: 'MM',
  ne: 'NP',
  si: 'LK',
};

/** Country-code top-level domains sold worldwide as generic ones: they say nothing about the country. */
const VANITY_TLDS = new Set([
  'io',
  'co',
  'tv',
  'me',
  'ai',
  'ly',
  'fm',
  'cc',
  'ws',
  'to',
  'gg',
  'sh',
  'ac',
  'eu',
  'am',
  'la',
  'nu',
  'tk',
  'gl',
  'so',
]);

/** The country of a BCP 47 tag: its region subtag (`it-IT`, `zh-Hant-TW`), else null. */
function regionOf(tag: string): string | null {
  const parts = tag.replace(/_/g, '-').split('-');
  for (const p of parts.slice(1)) if (/^[A-Za-z]{2}$/.test(p)) return p.toUpperCase();
  return null;
}

/** The country a bare language points to: `it` → IT, `zh-Hant` → TW, `zh` → CN; null when ambiguous. */
function languageCountry(tag: string): string | null {
  const parts = tag.toLowerCase().replace(/_/g, '-').split('-');
  const lang = parts[0] ?? '';
  if (lang === 'zh') return parts.includes('hant') ? 'TW' : 'CN';
  return LANGUAGE_COUNTRY[lang] ?? null;
}

function tldCountry(tldOrHost: string): string | null {
  const host = tldOrHost.toLowerCase().replace(/\.$/, '');
  const tld = host.slice(host.lastIndexOf('.') + 1);
  if (!/^[a-z]{2}$/.test(tld) || VANITY_TLDS.has(tld)) return null;
  return tld === 'uk' ? 'GB' : tld.toUpperCase();
}

/**
 * The country a phone number without a country code most likely belongs to, and why, or null.
 * Order: the page's own country/dial-code control, the profile, the page's language region
 * (`lang="it-IT"`), its top-level domain, the browser locale's region, then a page or browser
 * language spoken mostly in one country. Pure: everything comes from `ctx`.
 */
export function inferCountry(
  ctx: Pick<RuleContext, 'fields' | 'pageLang' | 'country'>,
  lib: PhoneLib,
): InferredCountry | null {
  const hints: CountryHints = ctx.country ?? {};
  const ok = (c: string | null | undefined): c is string => !!c && lib.isCountry(c);

  const control = parseDialControl(hints.fromControl ?? ctx.fields['phone-country'] ?? '', lib);
  if (control) return { country: control.country, source: 'control' };
  const profile = hints.profile?.toUpperCase();
  if (ok(profile)) return { country: profile, source: 'profile' };
  const pageLang = ctx.pageLang ?? '';
  const pageRegion = regionOf(pageLang);
  if (ok(pageRegion)) return { country: pageRegion, source: 'page-language' };
  const tld = hints.tld ? tldCountry(hints.tld) : null;
  if (ok(tld)) return { country: tld, source: 'tld' };
  const browser = hints.browserLocale ?? '';
  const browserRegion = regionOf(browser);
  if (ok(browserRegion)) return { country: browserRegion, source: 'browser' };
  const pageLanguage = languageCountry(pageLang);
  if (ok(pageLanguage)) return { country: pageLanguage, source: 'page-language' };
  const browserLanguage = languageCountry(browser);
  if (ok(browserLanguage)) return { country: browserLanguage, source: 'browser' };
  return null;
}

export interface DialControlValue {
  readonly country: string;
  readonly callingCode: string;
}

/**
 * Reads a country / dial-code control's value or text: 'IT', 'it', '+39', '0039', '39',
 * 'Italy (+39)', '🇮🇹 +39', 'IT|39'. A calling code shared by several countries maps to its main
 * one unless an ISO code is also there ('CA +1'). Null when nothing is recognised.
 */
export function parseDialControl(text: string, lib: PhoneLib): DialControlValue | null {
  const t = text.slice(0, 80).trim();
  if (t === '') return null;
  const iso = /(?:^|[^A-Za-z])([A-Za-z]{2})(?![A-Za-z])/.exec(t)?.[1]?.toUpperCase();
  const code = /(?:^|[^\d])\+?(?:00)?(\d{1,4})(?!\d)/.exec(t)?.[1];
  if (iso && lib.isCountry(iso)) {
    const cc = lib.callingCode(iso)!;
    if (!code || code === cc) return { country: iso, callingCode: cc };
  }
  if (code && (t.includes('+') || /^\s*\d{1,4}\s*$/.test(t) || /^00/.test(t))) {
    const bare = code.replace(/^00/, '');
    const main = lib.mainCountry(bare);
    if (main) return { country: main, callingCode: bare };
  }
  return null;
}

/**
 * For the UI: which option of a country / dial-code `<select>` stands for `country` (ISO alpha-2):
 * the option whose value or text names the ISO code, else the one showing its calling code
 * (preferring an option mentioning no other country). Returns the option index, or -1.
 */
export function pickDialOption(
  options: ReadonlyArray<{ readonly value: string; readonly text: string }>,
  country: string,
  lib: PhoneLib,
): number {
  const cc = lib.callingCode(country);
  let byCode = -1;
  for (let i = 0; i < options.length; i++) {
    const o = options[i]!;
    for (const s of [o.value, o.text]) {
      const parsed = parseDialControl(s, lib);
      if (parsed?.country === country && /(?:^|[^A-Za-z])[A-Za-z]{2}(?![A-Za-z])/.test(s)) return i;
      if (byCode < 0 && parsed && cc && parsed.callingCode === cc) byCode = i;
    }
  }
  return byCode;
}
