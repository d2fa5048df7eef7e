import { siteKey } from './sites.ts';

/** The storage.local key of the settings item. */
export const SETTINGS_KEY = 'settings';

/**
 * For the always-on content script, which must stay small (no zod, no catalogs): whether the
 * stored settings value switches this page's site off. Reads `disabledSites` defensively; it
 * has the same shape in every settings version. Never throws.
 */
export function storedSiteDisabled(raw: unknown, url: string): boolean {
  try {
    if (typeof raw !== 'object' || raw === null) return false;
    const sites = (raw as { disabledSites?: unknown }).disabledSites;
    if (!Array.isArray(sites)) return false;
    const key = siteKey(url);
    return key !== '' && sites.slice(0, 1000).includes(key);
  } catch {
    return false;
  }
}
