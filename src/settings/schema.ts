import { z } from 'zod';
import { LOCALES } from '../i18n/index.ts';

/**
 * The person's settings: one versioned, zod-validated storage item (`browser.storage.local`,
 * key `settings`). Old versions are migrated step by step (see migrate.ts); anything that
 * can't be read becomes the defaults, field by field, and nothing is ever thrown.
 */

export { SETTINGS_KEY } from './quick.ts';
export const SETTINGS_VERSION = 2;

/** Groups of checks the person can turn off; the rules of a group are found by their field. */
export const CHECK_GROUPS = ['email', 'phone', 'attachments', 'scam'] as const;
export type CheckGroup = (typeof CHECK_GROUPS)[number];

/** 'all': tips too (info); 'problems': only warnings and errors. */
export const VERBOSITIES = ['all', 'problems'] as const;
export type Verbosity = (typeof VERBOSITIES)[number];

/** 'auto' follows the browser; otherwise one of the UI locales. */
export type LanguageSetting = 'auto' | (typeof LOCALES)[number];

const MAX_SITES = 1000;
const HOST = /^[a-z0-9.-]{1,253}$/;

const Sites = z
  .array(z.unknown())
  .transform((list) => [
    ...new Set(list.filter((s): s is string => typeof s === 'string' && HOST.test(s)).slice(0, MAX_SITES)),
  ])
  .catch([]);

const Checks = z
  .record(z.string(), z.unknown())
  .transform(
    (raw) =>
      Object.fromEntries(CHECK_GROUPS.map((g) => [g, typeof raw[g] === 'boolean' ? raw[g] : true])) as Record<
        CheckGroup,
        boolean
      >,
  )
  .catch(() => defaultChecks());

const Language = z.union([z.literal('auto'), z.enum(LOCALES)]).catch('auto');

/** The current version. Every field falls back to its default on its own. */
export const SettingsSchema = z.object({
  version: z.literal(SETTINGS_VERSION),
  /** Hostnames (lower-case, without "www.") where nothing runs. */
  disabledSites: Sites,
  checks: Checks,
  verbosity: z.enum(VERBOSITIES).catch('all'),
  language: Language,
});
export type Settings = z.infer<typeof SettingsSchema>;

/** Version 1: the first stored shape (no language override). */
export const SettingsV1Schema = z.object({
  version: z.literal(1),
  disabledSites: z.unknown(),
  checks: z.unknown(),
  verbosity: z.unknown(),
});

function defaultChecks(): Record<CheckGroup, boolean> {
  return { email: true, phone: true, attachments: true, scam: true };
}

export function defaultSettings(): Settings {
  return { version: SETTINGS_VERSION, disabledSites: [], checks: defaultChecks(), verbosity: 'all', language: 'auto' };
}
