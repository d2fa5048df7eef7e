export * from './schema.ts';
export { MIGRATIONS, migrateSettings } from './migrate.ts';
export { isSiteDisabled, setSiteEnabled, siteKey } from './sites.ts';
export type { StorageAreaLike } from './store.ts';
export { loadSettings, resetAll, saveSettings, updateSettings } from './store.ts';
export * from './submissions.ts';
export { storedSiteDisabled } from './quick.ts';
