import { afterAll, beforeAll } from 'vitest';
import { serve } from '../../../scripts/lib/serve.mjs';
import { chromiumDriver } from './chromium.ts';
import type { BrowserDriver, LaunchOptions } from './driver.ts';
import { firefoxDriver } from './firefox.ts';
import { PAGES } from './paths.ts';

/** A strict CSP for the hostile CSP page: no inline styles or scripts, nothing remote. */
export const STRICT_CSP =
  "default-src 'none'; img-src 'self'; style-src 'self'; script-src 'self'; frame-ancestors 'none'";

function pageHeaders(path: string): Record<string, string> {
  return path.startsWith('/hostile-csp') ? { 'content-security-policy': STRICT_CSP } : {};
}

export const BROWSERS = [
  ['chromium', chromiumDriver],
  ['firefox', firefoxDriver],
] as const;

/** Starts the demo-page server and one browser with the built extension for a describe block. */
export function useBrowser(launch: (opts?: LaunchOptions) => Promise<BrowserDriver>): {
  driver: () => BrowserDriver;
  base: () => string;
} {
  let driver: BrowserDriver | undefined;
  let server: { url: string; close: () => Promise<unknown> } | undefined;
  beforeAll(async () => {
    server = await serve(PAGES, { headers: pageHeaders });
    driver = await launch();
  });
  afterAll(async () => {
    await driver?.close();
    await server?.close();
  });
  return {
    driver: () => {
      if (!driver) throw new Error('browser not started');
      return driver;
    },
    base: () => {
      if (!server) throw new Error('server not started');
      return server.url;
    },
  };
}
