import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '..', '..', '..');
export const CHROME_BUILD = join(ROOT, '.output', 'chrome-mv3');
export const FIREFOX_BUILD = join(ROOT, '.output', 'firefox-mv3');
export const PAGES = join(ROOT, 'test', 'fixtures', 'pages');
export const SHOTS = join(ROOT, 'test-results', 'screenshots');
/** Must match GECKO_ID in wxt.config.ts. */
export const GECKO_ID = 'support-shield@support-shield.dev';
/** Fixed internal UUID so the Firefox popup URL is known in advance. */
export const FIREFOX_UUID = '4b1d5e1d-5a1e-4c0d-9e1d-5a1e1d5e1d00';
