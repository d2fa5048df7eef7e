/**
 * Backs PRIVACY.md with checks: our code makes no network requests, uses only the extension APIs
 * the policy describes, and stores only what it says (settings; site + time for the resubmission
 * guard; per-tab verdicts in session storage), never anything typed.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TabStateSchema } from '../../../src/messages/schema.ts';
import type { TabReport } from '../../../src/messages/schema.ts';
import { SETTINGS_KEY, SUBMISSIONS_KEY, defaultSettings, recordSubmission } from '../../../src/settings/index.ts';
import { stateFromReport } from '../../../src/tab-state.ts';

const ROOT = resolve(import.meta.dirname, '../../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((d) => d.isFile() && /\.(?:ts|tsx|mts|js|mjs)$/.test(d.name) && !/\.test\.tsx?$/.test(d.name))
    .map((d) => relative(ROOT, join(d.parentPath, d.name)));
}

const FILES = [...sourceFiles('entrypoints'), ...sourceFiles('src')];
/** Source text without comments, chains joined: `browser\n  .scripting`, `browser.runtime?.id`. */
const code = (file: string) =>
  readFileSync(join(ROOT, file), 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:'"`])\/\/.*$/gm, '$1')
    .replace(/\s*\??\.\s*(?=[A-Za-z_$])/g, '.');

/** Every way our code could reach the network on its own. */
const NETWORK =
  /\bfetch\s*\(|XMLHttpRequest|WebSocket|EventSource|sendBeacon|importScripts|new\s+Worker\b|RTCPeerConnection|\bimport\s*\(\s*['"`]https?:|\.src\s*=|navigator\.connection/;

/** The extension APIs used, and why (PRIVACY.md lists the same). Anything else fails. */
const ALLOWED_APIS = [
  'browser.runtime.sendMessage', // content script ⇄ background ⇄ popup, inside the extension
  'browser.runtime.onMessage',
  'browser.runtime.id', // checks that a message comes from our own scripts
  'browser.runtime.getURL', // … and from our own pages
  'browser.runtime.openOptionsPage',
  'browser.storage.local', // settings; resubmission guard (site + time, 24 h)
  'browser.storage.session', // per-tab verdicts, gone when the browser closes
  'browser.scripting.executeScript', // injects detector.js / checker.js into a frame that may have a support form
  'browser.action.setBadgeText', // the toolbar badge
  'browser.action.setBadgeBackgroundColor',
  'browser.tabs.onRemoved', // forget a closed tab's verdict
  'browser.tabs.onUpdated', // forget a verdict when the tab loads a new page
  'browser.tabs.query', // the popup asks which tab is active (its id; no URL without `tabs`)
];

describe('privacy: what the code can do', () => {
  it('finds our sources', () => {
    expect(FILES).toContain('entrypoints/background.ts');
    expect(FILES.length).toBeGreaterThan(30);
  });

  it('makes no network requests (no fetch, XHR, sockets, beacons, workers, remote imports)', () => {
    const hits = FILES.flatMap((f) => (NETWORK.test(code(f)) ? [`${f}: ${NETWORK.exec(code(f))![0]}`] : []));
    expect(hits).toEqual([]);
  });

  it('uses only the listed extension APIs, and only in entrypoints/', () => {
    const used = new Set<string>();
    for (const f of FILES) {
      for (const m of code(f).matchAll(/\b(?:browser|chrome)(?:\.[A-Za-z_$][\w$]*)+/g)) {
        const api = m[0];
        if (!f.startsWith('entrypoints/')) {
          // src/ is browser-free (ESLint enforces it); mentions in strings/comments are not calls.
          expect(api.startsWith('chrome.') || api.startsWith('browser.'), `${f}: ${api}`).toBe(true);
          continue;
        }
        used.add(api);
      }
    }
    for (const api of used) {
      expect(
        ALLOWED_APIS.some((a) => api === a || api.startsWith(`${a}.`)),
        `${api} is not in the list (PRIVACY.md)`,
      ).toBe(true);
      expect(api.startsWith('chrome.'), `${api}: use browser.*`).toBe(false);
    }
    for (const api of [
      'storage.sync',
      'storage.managed',
      'cookies',
      'history',
      'webRequest',
      'downloads',
      'identity',
    ]) {
      expect(
        [...used].some((u) => u.includes(`browser.${api}`)),
        api,
      ).toBe(false);
    }
  });

  it('only the background uses session storage; storage.sync (synced to a vendor account) is never used', () => {
    for (const f of FILES) {
      const text = code(f);
      expect(text.includes('storage.sync'), f).toBe(false);
      if (f !== 'entrypoints/background.ts') expect(text.includes('storage.session'), f).toBe(false);
    }
  });
});

describe('privacy: what is stored', () => {
  it('storage.local holds two keys: the settings and the recent submissions', () => {
    expect(SETTINGS_KEY).toBe('settings');
    expect(SUBMISSIONS_KEY).toBe('recentSubmissions');
    expect(Object.keys(defaultSettings()).sort()).toEqual([
      'checks',
      'disabledSites',
      'language',
      'verbosity',
      'version',
    ]);
  });

  it('the resubmission guard stores the site and the time, nothing else (no path, no query, nothing typed)', () => {
    fc.assert(
      fc.property(fc.webUrl({ withQueryParameters: true, withFragments: true }), fc.nat(), (url, now) => {
        const stored = recordSubmission([], url, now);
        expect(Object.keys(stored).sort()).toEqual(['entries', 'version']);
        for (const e of stored.entries) {
          expect(Object.keys(e).sort()).toEqual(['at', 'site']);
          expect(e.site).toMatch(/^[a-z0-9.-]+$/);
          expect(e.at).toBe(now);
        }
      }),
      { numRuns: 200 },
    );
    expect(recordSubmission([], 'https://www.whatsapp.com/contact/?email=a@b.c#x', 5).entries).toEqual([
      { site: 'whatsapp.com', at: 5 },
    ]);
  });

  it('a tab verdict holds the page URL, the verdict and counts; nothing typed', () => {
    const report: TabReport = {
      type: 'tab-report',
      url: 'https://example.com/contact',
      assessment: { level: 'danger', reasons: [{ code: 'c', params: { brand: 'WhatsApp' }, evidence: ['+1 800'] }] },
      supportForms: 1,
      issues: 2,
      profileId: 'whatsapp',
    };
    const state = stateFromReport(4, report, 10);
    expect(Object.keys(state).sort()).toEqual([
      'assessment',
      'issues',
      'profileId',
      'supportForms',
      'tabId',
      'updatedAt',
      'url',
    ]);
    expect(Object.keys(TabStateSchema.shape).sort()).toEqual(Object.keys(state).sort());
  });
});
