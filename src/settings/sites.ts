import type { Settings } from './schema.ts';

/**
 * The key a site is remembered by: its hostname, lower-case, without a trailing dot and a
 * leading "www.". Accepts a URL or a bare hostname; '' when there is no usable host.
 */
export function siteKey(urlOrHost: string): string {
  const input = String(urlOrHost ?? '').slice(0, 2048);
  let host = input;
  if (input.includes('/') || input.includes(':')) {
    try {
      const u = new URL(input);
      if (u.protocol !== 'http:' && u.protocol !== 'https:') return '';
      host = u.hostname;
    } catch {
      return '';
    }
  }
  host = host
    .toLowerCase()
    .replace(/\.$/, '')
    .replace(/^www\./, '');
  return /^[a-z0-9.-]{1,253}$/.test(host) ? host : '';
}

export function isSiteDisabled(settings: Settings, urlOrHost: string): boolean {
  const key = siteKey(urlOrHost);
  return key !== '' && settings.disabledSites.includes(key);
}

/** A copy of the settings with the site switched on or off. */
export function setSiteEnabled(settings: Settings, urlOrHost: string, enabled: boolean): Settings {
  const key = siteKey(urlOrHost);
  if (key === '') return settings;
  const others = settings.disabledSites.filter((s) => s !== key);
  return { ...settings, disabledSites: enabled ? others : [...others, key].slice(-1000) };
}
