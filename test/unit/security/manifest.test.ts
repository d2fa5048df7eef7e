/**
 * Pins the extension's security-relevant manifest, so that a new permission, a relaxed content
 * security policy, web-accessible resources, `externally_connectable` or a new entry point fails
 * here and has to be argued for (and listed in README.md's permissions table and PRIVACY.md).
 *
 * Two layers:
 * - the source: `wxt.config.ts`'s manifest for each browser, the content script's options and the
 *   list of entry points (always current, no build);
 * - the built manifests in `.output/{chrome,firefox}-mv3/` (what ships). When they are missing
 *   (unit tests run before the builds in `npm test`), they are built here first. An existing
 *   build is used as it is; `npm test` rebuilds and lints both right after the unit tests.
 */
import { execSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import config, { GECKO_ID } from '../../../wxt.config.ts';
import content from '../../../entrypoints/content.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
const BUILDS = { chrome: '.output/chrome-mv3', firefox: '.output/firefox-mv3' } as const;
type Browser = keyof typeof BUILDS;
type Manifest = Record<string, unknown>;

// ---------- what is allowed ----------

const PERMISSIONS = ['scripting', 'storage'];
const HOST_PERMISSIONS = ['<all_urls>'];
const CONTENT_SCRIPTS = [
  { matches: ['<all_urls>'], all_frames: true, run_at: 'document_idle', js: ['content-scripts/content.js'] },
];
const GECKO_SETTINGS = {
  gecko: { id: GECKO_ID, strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
  gecko_android: { strict_min_version: '142.0' },
};
/** Top-level keys of the built manifests; anything new (see FORBIDDEN) fails. */
const KEYS = [
  'action',
  'background',
  'content_scripts',
  'default_locale',
  'description',
  'host_permissions',
  'icons',
  'manifest_version',
  'name',
  'options_ui',
  'permissions',
  'short_name',
  'version',
];
/** Keys that would widen what the extension can do or who can talk to it, with why they matter. */
const FORBIDDEN: Readonly<Record<string, string>> = {
  content_security_policy: 'the MV3 default CSP (no remote code, no eval) must stay',
  web_accessible_resources: 'pages could load and fingerprint our files',
  externally_connectable: 'web pages or other extensions could message the background',
  optional_permissions: 'permissions beyond the listed ones',
  optional_host_permissions: 'host access beyond <all_urls> content scripts',
  sandbox: 'sandboxed pages may run with a relaxed CSP',
  oauth2: 'no accounts, no sign-in',
  key: 'no fixed Chrome extension key',
  update_url: 'updates come from the stores only',
  declarative_net_request: 'no request blocking or rewriting',
  chrome_url_overrides: 'no page overrides',
  devtools_page: 'no devtools access',
  side_panel: 'no side panel',
  commands: 'no keyboard shortcuts registered',
  nativeMessaging: 'no native messaging',
};
/** The only explicit CSP accepted: the MV3 default written out (no key at all means the same). */
const DEFAULT_CSP = { extension_pages: "script-src 'self'; object-src 'self'" };
const CSP_RELAXATIONS = /unsafe-eval|unsafe-inline|wasm-unsafe-eval|https?:|wss?:|data:|blob:|\*|\bfilesystem:/i;

function expectNoRelaxedCsp(m: Manifest): void {
  const csp = m.content_security_policy;
  if (csp === undefined) return; // the MV3 default: script-src 'self' (no remote code, no eval)
  expect(csp, FORBIDDEN.content_security_policy).toEqual(DEFAULT_CSP);
  for (const policy of Object.values(csp as Record<string, string>)) expect(policy).not.toMatch(CSP_RELAXATIONS);
}

function expectNoForbiddenKeys(m: Manifest): void {
  for (const [key, why] of Object.entries(FORBIDDEN)) {
    if (key === 'content_security_policy') continue; // checked by expectNoRelaxedCsp
    expect(m[key], `${key}: ${why}`).toBeUndefined();
  }
  expectNoRelaxedCsp(m);
}

// ---------- the source ----------

describe('manifest source (wxt.config.ts, entrypoints/)', () => {
  const manifestFor = (browser: Browser): Manifest => {
    const make = config.manifest as (env: Record<string, unknown>) => Manifest;
    return make({ browser, manifestVersion: 3, mode: 'production', command: 'build' });
  };

  it.each(['chrome', 'firefox'] as const)('%s: permissions, host permissions, nothing forbidden', (browser) => {
    const m = manifestFor(browser);
    expect([...(m.permissions as string[])].sort()).toEqual(PERMISSIONS);
    expect(m.host_permissions).toEqual(HOST_PERMISSIONS);
    expectNoForbiddenKeys(m);
    if (browser === 'firefox') expect(m.browser_specific_settings).toEqual(GECKO_SETTINGS);
    else expect(m.browser_specific_settings).toBeUndefined();
  });

  it('the always-on content script runs in every frame of every page, in its isolated world', () => {
    const picked = Object.fromEntries(
      [
        'matches',
        'excludeMatches',
        'includeGlobs',
        'excludeGlobs',
        'allFrames',
        'runAt',
        'world',
        'matchAboutBlank',
        'matchOriginAsFallback',
        'cssInjectionMode',
        'registration',
      ].map((k) => [k, (content as unknown as Record<string, unknown>)[k]]),
    );
    expect(picked).toEqual({
      matches: ['<all_urls>'],
      excludeMatches: undefined,
      includeGlobs: undefined,
      excludeGlobs: undefined,
      allFrames: true,
      runAt: 'document_idle',
      world: undefined, // the page's own world ('MAIN') would share globals with the page
      matchAboutBlank: undefined,
      matchOriginAsFallback: undefined,
      cssInjectionMode: undefined,
      registration: undefined,
    });
  });

  it('the entry points are exactly the known ones (a new one changes the manifest)', () => {
    const entries = readdirSync(join(ROOT, 'entrypoints'), { withFileTypes: true })
      .map((d) => (d.isDirectory() ? `${d.name}/` : d.name))
      .sort();
    expect(entries).toEqual(['background.ts', 'checker.ts', 'content.ts', 'detector.ts', 'options/', 'popup/']);
  });
});

// ---------- the builds ----------

describe('built manifests (.output)', () => {
  const manifests = {} as Record<Browser, Manifest>;

  beforeAll(() => {
    for (const browser of ['chrome', 'firefox'] as const) {
      const file = join(ROOT, BUILDS[browser], 'manifest.json');
      if (!existsSync(file)) {
        execSync(browser === 'firefox' ? 'npx wxt build -b firefox' : 'npx wxt build', {
          cwd: ROOT,
          timeout: 120_000,
          stdio: 'pipe',
        });
      }
      manifests[browser] = JSON.parse(readFileSync(file, 'utf8')) as Manifest;
    }
  }, 250_000);

  it.each(['chrome', 'firefox'] as const)(
    '%s: exactly the expected keys, permissions and content script',
    (browser) => {
      const m = manifests[browser];
      const keys = browser === 'firefox' ? [...KEYS, 'browser_specific_settings'].sort() : KEYS;
      for (const key of Object.keys(m))
        expect(keys, `unexpected manifest key "${key}": ${FORBIDDEN[key] ?? 'new'}`).toContain(key);
      expect(Object.keys(m).sort()).toEqual(keys);
      expect(m.manifest_version).toBe(3);
      expect([...(m.permissions as string[])].sort()).toEqual(PERMISSIONS);
      expect(m.host_permissions).toEqual(HOST_PERMISSIONS);
      expect(m.content_scripts).toEqual(CONTENT_SCRIPTS);
      expectNoForbiddenKeys(m);
    },
  );

  it('chrome: a service worker background; firefox: background scripts, fixed id, no data collected', () => {
    expect(manifests.chrome.background).toEqual({ service_worker: 'background.js' });
    expect(manifests.firefox.background).toEqual({ scripts: ['background.js'] });
    expect(manifests.firefox.browser_specific_settings).toEqual(GECKO_SETTINGS);
  });

  it.each(['chrome', 'firefox'] as const)(
    '%s: extension pages load only their own files (no remote code)',
    (browser) => {
      const dir = join(ROOT, BUILDS[browser]);
      const m = manifests[browser];
      const pages = [(m.action as { default_popup?: string }).default_popup, (m.options_ui as { page?: string }).page];
      expect(pages).toEqual(['popup.html', 'options.html']);
      for (const page of pages) {
        const html = readFileSync(join(dir, page!), 'utf8');
        const refs = [
          ...html.matchAll(/<(?:script|link|img|iframe)\b[^>]*?\b(?:src|href)\s*=\s*["']?([^"'\s>]+)/gi),
        ].map((x) => x[1]!);
        expect(refs.length).toBeGreaterThan(0);
        for (const ref of refs) {
          expect(ref, `${page} loads ${ref}`).toMatch(/^\/?[\w./-]+$/); // a path inside the extension
          expect(existsSync(join(dir, ref.replace(/^\//, ''))), `${page}: ${ref} is in the build`).toBe(true);
        }
        expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>\s*\S/i); // no inline script
        expect(html).not.toMatch(/http-equiv\s*=\s*["']?content-security-policy/i);
      }
    },
  );

  it('the CSP checks catch a relaxation (the guard itself works)', () => {
    const base = manifests.chrome;
    const relaxed = [
      { extension_pages: "script-src 'self' 'unsafe-eval'; object-src 'self'" },
      { extension_pages: "script-src 'self' https://cdn.example.com; object-src 'self'" },
      { extension_pages: "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'" },
      { extension_pages: "script-src *; object-src 'self'" },
    ];
    for (const csp of relaxed) {
      expect(() => expectNoRelaxedCsp({ ...base, content_security_policy: csp })).toThrow();
    }
    expect(() => expectNoRelaxedCsp({ ...base, content_security_policy: DEFAULT_CSP })).not.toThrow();
    for (const key of ['web_accessible_resources', 'externally_connectable', 'optional_permissions']) {
      expect(() => expectNoForbiddenKeys({ ...base, [key]: [] })).toThrow();
    }
  });
});
