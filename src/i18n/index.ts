import en from './locales/en.json';
import zhTW from './locales/zh_TW.json';
import it from './locales/it.json';
import id from './locales/id.json';
import type { MessageKey } from './keys.ts';
import type { Params } from '../rules/types.ts';

export type { MessageKey } from './keys.ts';

export const LOCALES = ['en', 'zh_TW', 'it', 'id'] as const;
export type Locale = (typeof LOCALES)[number];

export const CATALOGS: Readonly<Record<Locale, Readonly<Record<string, string>>>> = {
  en,
  zh_TW: zhTW,
  it,
  id,
};

/**
 * Picks the UI locale from a list of BCP 47 tags (navigator.languages order).
 * zh-TW / zh-HK / zh-Hant → zh_TW; it-* → it; id / in → id; anything else → en.
 */
export function pickLocale(tags: readonly string[]): Locale {
  for (const raw of tags) {
    const tag = raw.toLowerCase().replace('_', '-');
    const [lang, ...rest] = tag.split('-');
    if (lang === 'zh') {
      if (rest.some((p) => p === 'tw' || p === 'hk' || p === 'mo' || p === 'hant')) return 'zh_TW';
      continue;
    }
    if (lang === 'it') return 'it';
    if (lang === 'id' || lang === 'in') return 'id';
    if (lang === 'en') return 'en';
  }
  return 'en';
}

/** The message for `key` in `locale` with `{name}` placeholders filled; falls back to English. */
export function t(locale: Locale, key: MessageKey, params: Params = {}): string {
  const template = CATALOGS[locale][key] ?? en[key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = Object.prototype.hasOwnProperty.call(params, name) ? params[name] : undefined;
    return value === undefined ? whole : String(value);
  });
}
