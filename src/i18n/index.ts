import en from './locales/en.json';
import zhTW from './locales/zh_TW.json';
import it from './locales/it.json';
import id from './locales/id.json';
import zhCN from './locales/zh_CN.json';
import es from './locales/es.json';
import ptBR from './locales/pt_BR.json';
import hi from './locales/hi.json';
import type { MessageKey } from './keys.ts';
import type { Params } from '../rules/types.ts';

export type { MessageKey } from './keys.ts';

export const LOCALES = ['en', 'zh_TW', 'it', 'id', 'zh_CN', 'es', 'pt_BR', 'hi'] as const;
export type Locale = (typeof LOCALES)[number];

export const CATALOGS: Readonly<Record<Locale, Readonly<Record<string, string>>>> = {
  en,
  zh_TW: zhTW,
  it,
  id,
  zh_CN: zhCN,
  es,
  pt_BR: ptBR,
  hi,
};

/**
 * How browser language tags map to catalogs, per tag in order; the first locale whose test
 * matches wins. Adding a locale = its catalog file, its import and entry above, and a line here.
 * zh-TW / zh-HK / zh-MO / zh-Hant → zh_TW; any other zh (zh, zh-CN, zh-SG, zh-Hans) → zh_CN;
 * it-* → it; id / in → id; es-* → es; pt-* → pt_BR; hi → hi.
 */
const MATCHERS: ReadonlyArray<readonly [Locale, (lang: string, rest: readonly string[]) => boolean]> = [
  ['zh_TW', (lang, rest) => lang === 'zh' && rest.some((p) => p === 'tw' || p === 'hk' || p === 'mo' || p === 'hant')],
  ['zh_CN', (lang) => lang === 'zh'],
  ['it', (lang) => lang === 'it'],
  ['id', (lang) => lang === 'id' || lang === 'in'],
  ['es', (lang) => lang === 'es'],
  ['pt_BR', (lang) => lang === 'pt'],
  ['hi', (lang) => lang === 'hi'],
  ['en', (lang) => lang === 'en'],
];

/** Picks the UI locale from a list of BCP 47 tags (navigator.languages order); English when none fits. */
export function pickLocale(tags: readonly string[]): Locale {
  for (const raw of tags) {
    const [lang = '', ...rest] = String(raw).toLowerCase().replace(/_/g, '-').split('-');
    const hit = MATCHERS.find(([, test]) => test(lang, rest));
    if (hit) return hit[0];
  }
  return 'en';
}

export function isLocale(value: unknown): value is Locale {
  return (LOCALES as readonly unknown[]).includes(value);
}

/** The UI locale: the person's override when it names a catalog ('auto' or anything else: the browser's). */
export function resolveLocale(override: string | undefined, tags: readonly string[]): Locale {
  return isLocale(override) ? override : pickLocale(tags);
}

/** The message for `key` in `locale` with `{name}` placeholders filled; falls back to English. */
export function t(locale: Locale, key: MessageKey, params: Params = {}): string {
  const template = CATALOGS[locale][key] ?? en[key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = Object.prototype.hasOwnProperty.call(params, name) ? params[name] : undefined;
    return value === undefined ? whole : String(value);
  });
}
