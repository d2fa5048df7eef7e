import type { Settings } from './schema.ts';
import { SETTINGS_KEY, defaultSettings } from './schema.ts';
import { migrateSettings } from './migrate.ts';

/** The part of `browser.storage.local` this module needs; passed in so this stays browser-free. */
export interface StorageAreaLike {
  get(keys: string | string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  clear(): Promise<void>;
}

/** The stored settings, migrated; the defaults when storage fails or holds garbage. Never rejects. */
export async function loadSettings(area: StorageAreaLike): Promise<Settings> {
  try {
    const got = await area.get(SETTINGS_KEY);
    return migrateSettings(got[SETTINGS_KEY]);
  } catch {
    return defaultSettings();
  }
}

export async function saveSettings(area: StorageAreaLike, settings: Settings): Promise<void> {
  await area.set({ [SETTINGS_KEY]: migrateSettings(settings) });
}

/** Load, change, save; returns what was saved. */
export async function updateSettings(area: StorageAreaLike, change: (s: Settings) => Settings): Promise<Settings> {
  const next = migrateSettings(change(await loadSettings(area)));
  await area.set({ [SETTINGS_KEY]: next });
  return next;
}

/** The options page's "reset": clears everything stored (settings and the recent-submission record). */
export async function resetAll(area: StorageAreaLike): Promise<void> {
  await area.clear();
}
