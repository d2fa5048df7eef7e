import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  MIGRATIONS,
  SETTINGS_KEY,
  SETTINGS_VERSION,
  defaultSettings,
  isSiteDisabled,
  loadSettings,
  migrateSettings,
  resetAll,
  saveSettings,
  setSiteEnabled,
  siteKey,
  updateSettings,
} from '../../../src/settings/index.ts';
import type { StorageAreaLike } from '../../../src/settings/index.ts';
import { enabledRules, ruleGroup, showsSeverity } from '../../../src/settings/checks.ts';

function memoryArea(initial: Record<string, unknown> = {}): StorageAreaLike & { data: Record<string, unknown> } {
  const data: Record<string, unknown> = structuredClone(initial);
  return {
    data,
    get: (key) =>
      Promise.resolve(
        Object.fromEntries(
          [key]
            .flat()
            .filter((k) => k in data)
            .map((k) => [k, data[k]]),
        ),
      ),
    set: (items) => {
      Object.assign(data, structuredClone(items));
      return Promise.resolve();
    },
    clear: () => {
      for (const k of Object.keys(data)) delete data[k];
      return Promise.resolve();
    },
  };
}

describe('settings migrations', () => {
  it('has a migration for every version below the current one', () => {
    for (let v = 1; v < SETTINGS_VERSION; v++) expect(MIGRATIONS[v], `v${v}`).toBeTypeOf('function');
  });

  it('v1 → v2: keeps sites, checks and verbosity; the language follows the browser', () => {
    const v1 = {
      version: 1,
      disabledSites: ['example.com', 'shop.example.org'],
      checks: { email: true, phone: false, attachments: true, scam: false },
      verbosity: 'problems',
    };
    expect(MIGRATIONS[1]!(v1)).toEqual({ ...v1, version: 2, language: 'auto' });
    expect(migrateSettings(v1)).toEqual({ ...v1, version: 2, language: 'auto' });
  });

  it('the current version reads back unchanged', () => {
    const s = {
      ...defaultSettings(),
      disabledSites: ['a.example'],
      verbosity: 'problems' as const,
      language: 'it' as const,
    };
    expect(migrateSettings(s)).toEqual(s);
  });

  it.each([
    ['nothing stored', undefined],
    ['null', null],
    ['a string', 'settings'],
    ['an array', [1, 2]],
    ['unversioned (v0)', { disabledSites: ['example.com'] }],
    ['version 0', { version: 0, disabledSites: ['example.com'] }],
    ['a non-integer version', { version: 1.5 }],
    ['a broken v1', { version: 1, disabledSites: 'oops' }],
  ])('%s → defaults (or the good fields), never a throw', (_what, raw) => {
    const s = migrateSettings(raw);
    expect(s.version).toBe(SETTINGS_VERSION);
    expect(s.checks).toEqual(defaultSettings().checks);
    expect(s.disabledSites).toEqual([]);
  });

  it('keeps the good fields of a partly corrupt value', () => {
    const s = migrateSettings({
      version: 2,
      disabledSites: ['ok.example', 42, 'BAD HOST', 'ok.example'],
      checks: { email: 'yes', phone: false },
      verbosity: 'loud',
      language: 'xx',
    });
    expect(s).toEqual({
      version: 2,
      disabledSites: ['ok.example'],
      checks: { email: true, phone: false, attachments: true, scam: true },
      verbosity: 'all',
      language: 'auto',
    });
  });

  it('reads a value from a newer version as far as it understands it', () => {
    const s = migrateSettings({ version: 99, disabledSites: ['a.example'], newThing: true });
    expect(s.disabledSites).toEqual(['a.example']);
    expect(s.version).toBe(SETTINGS_VERSION);
  });

  it('never throws on arbitrary input', () => {
    fc.assert(
      fc.property(fc.anything(), (raw) => {
        const s = migrateSettings(raw);
        expect(s.version).toBe(SETTINGS_VERSION);
      }),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(
        fc.record({ version: fc.integer({ min: -2, max: 4 }) }, { requiredKeys: [] }),
        fc.anything(),
        (base, extra) => {
          migrateSettings({ ...base, disabledSites: extra, checks: extra, verbosity: extra, language: extra });
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('settings storage', () => {
  it('loads defaults from empty or failing storage', async () => {
    expect(await loadSettings(memoryArea())).toEqual(defaultSettings());
    const failing: StorageAreaLike = {
      get: () => Promise.reject(new Error('no storage')),
      set: () => Promise.resolve(),
      clear: () => Promise.resolve(),
    };
    expect(await loadSettings(failing)).toEqual(defaultSettings());
  });

  it('migrates what it loads, saves the current version, and reset clears everything', async () => {
    const area = memoryArea({
      [SETTINGS_KEY]: { version: 1, disabledSites: ['x.example'], checks: {}, verbosity: 'all' },
      other: 1,
    });
    expect((await loadSettings(area)).disabledSites).toEqual(['x.example']);
    const next = await updateSettings(area, (s) => setSiteEnabled(s, 'https://www.shop.example/contact', false));
    expect(next.disabledSites).toEqual(['x.example', 'shop.example']);
    expect((area.data[SETTINGS_KEY] as { version: number }).version).toBe(SETTINGS_VERSION);
    await saveSettings(area, { ...next, language: 'id' });
    expect((await loadSettings(area)).language).toBe('id');
    await resetAll(area);
    expect(area.data).toEqual({});
    expect(await loadSettings(area)).toEqual(defaultSettings());
  });
});

describe('sites', () => {
  it.each([
    ['https://www.WhatsApp.com/contact/?x=1', 'whatsapp.com'],
    ['http://127.0.0.1:8080/contact.html', '127.0.0.1'],
    ['example.org.', 'example.org'],
    ['chrome://settings', ''],
    ['not a url/', ''],
    ['', ''],
  ])('siteKey(%s) = %s', (input, want) => {
    expect(siteKey(input)).toBe(want);
  });

  it('switches a site off and on again', () => {
    let s = defaultSettings();
    s = setSiteEnabled(s, 'https://shop.example/a', false);
    expect(isSiteDisabled(s, 'https://www.shop.example/b')).toBe(true);
    expect(isSiteDisabled(s, 'https://other.example/')).toBe(false);
    s = setSiteEnabled(s, 'shop.example', true);
    expect(isSiteDisabled(s, 'https://shop.example/a')).toBe(false);
    expect(setSiteEnabled(s, 'about:blank', false)).toBe(s);
  });
});

describe('check groups and verbosity', () => {
  it('sorts rules into groups by field or id', () => {
    expect(ruleGroup('email-typo')).toBe('email');
    expect(ruleGroup('phone-number')).toBe('phone');
    expect(ruleGroup('file-count')).toBe('attachments');
    expect(ruleGroup('image-min-size')).toBe('attachments');
    expect(ruleGroup('something-else')).toBeNull();
  });

  it('drops the rules of switched-off groups only', () => {
    const rules = { 'email-typo': {}, 'phone-number': {}, 'file-count': { max: 3 }, other: {} };
    const checks = { email: true, phone: false, attachments: false, scam: true };
    expect(enabledRules(rules, checks)).toEqual({ 'email-typo': {}, other: {} });
    expect(enabledRules(rules, defaultSettings().checks)).toEqual(rules);
  });

  it('"problems" hides tips only', () => {
    expect(showsSeverity('all', 'info')).toBe(true);
    expect(showsSeverity('problems', 'info')).toBe(false);
    expect(showsSeverity('problems', 'warn')).toBe(true);
    expect(showsSeverity('problems', 'error')).toBe(true);
  });
});

describe('storedSiteDisabled (the content script gate)', () => {
  it('reads disabledSites from any settings version, and garbage as "not disabled"', async () => {
    const { storedSiteDisabled } = await import('../../../src/settings/quick.ts');
    expect(storedSiteDisabled({ version: 2, disabledSites: ['shop.example'] }, 'https://www.shop.example/x')).toBe(
      true,
    );
    expect(storedSiteDisabled({ version: 1, disabledSites: ['shop.example'] }, 'https://shop.example/')).toBe(true);
    expect(storedSiteDisabled({ version: 2, disabledSites: ['shop.example'] }, 'https://other.example/')).toBe(false);
    for (const raw of [undefined, null, 'x', { disabledSites: 'shop.example' }, []]) {
      expect(storedSiteDisabled(raw, 'https://shop.example/')).toBe(false);
    }
  });
});
