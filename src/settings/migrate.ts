import type { Settings } from './schema.ts';
import { SETTINGS_VERSION, SettingsSchema, SettingsV1Schema, defaultSettings } from './schema.ts';

/** One step per version: `MIGRATIONS[n]` turns a version-n object into version n + 1. */
export const MIGRATIONS: Readonly<Record<number, (old: Record<string, unknown>) => Record<string, unknown>>> = {
  // v1 → v2: the UI language became a setting; v1 always followed the browser.
  1: (old) => {
    const v1 = SettingsV1Schema.parse(old);
    return { ...v1, version: 2, language: 'auto' };
  },
};

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * Reads whatever is stored under the settings key and returns valid current settings.
 * Never throws: unversioned, unknown-version or corrupt values give the defaults; a
 * partly corrupt value keeps its good fields.
 */
export function migrateSettings(raw: unknown): Settings {
  try {
    if (!isRecord(raw)) return defaultSettings();
    const stored = raw.version;
    if (typeof stored !== 'number' || !Number.isInteger(stored) || stored < 1) return defaultSettings();
    let version: number = stored;
    let data: Record<string, unknown> = raw;
    // A newer extension wrote this (then was downgraded): read what this version understands.
    if (version > SETTINGS_VERSION) {
      data = { ...raw, version: SETTINGS_VERSION };
      version = SETTINGS_VERSION;
    }
    while (version < SETTINGS_VERSION) {
      const step = MIGRATIONS[version];
      if (!step) return defaultSettings();
      data = step(data);
      version += 1;
    }
    const parsed = SettingsSchema.safeParse(data);
    return parsed.success ? parsed.data : defaultSettings();
  } catch {
    return defaultSettings();
  }
}
