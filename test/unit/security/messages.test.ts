/**
 * What crosses a context boundary (content script ⇄ background ⇄ popup) and what is read back
 * from storage is parsed with zod. These tests hold the schemas to that: anything malformed is
 * rejected (never thrown on), nothing oversize gets through, unknown keys are dropped, and
 * prototype-pollution keys (`__proto__`, `constructor`, `prototype`) neither reach the parsed
 * value's prototype nor `Object.prototype`. Settings: every migration turns an old value into a
 * valid current one, anything stored becomes valid settings, and migration is idempotent.
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import {
  AssessmentSchema,
  GetTabStateSchema,
  LoadCheckerSchema,
  MessageSchema,
  SubmissionCheckReplySchema,
  SubmissionCheckSchema,
  SubmissionMarkSchema,
  TabReportSchema,
  TabStateReplySchema,
  TabStateSchema,
} from '../../../src/messages/schema.ts';
import type { Message } from '../../../src/messages/schema.ts';
import {
  MIGRATIONS,
  SETTINGS_VERSION,
  SettingsSchema,
  defaultSettings,
  migrateSettings,
  parseSubmissions,
} from '../../../src/settings/index.ts';
import { LOCALES } from '../../../src/i18n/index.ts';

const RUNS = Number(process.env.PROPERTY_RUNS) || 0;
const runs = (n: number) => ({ numRuns: RUNS || n });

/** Keys an attacker-controlled object may carry to reach a prototype. */
const POLLUTION_JSON = [
  '{"__proto__":{"polluted":"yes"}}',
  '{"constructor":{"prototype":{"polluted":"yes"}}}',
  '{"__proto__":{"__proto__":{"polluted":"yes"}}}',
  '{"prototype":{"polluted":"yes"}}',
];

function expectNoPollution(): void {
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(Object.prototype).not.toHaveProperty('polluted');
  expect(Object.getOwnPropertyNames(Object.prototype)).not.toContain('polluted');
}

/** Every object inside `v` has a plain prototype (Object.prototype, Array.prototype or null). */
function expectPlainPrototypes(v: unknown, seen = new Set<unknown>()): void {
  if (v === null || typeof v !== 'object' || seen.has(v)) return;
  seen.add(v);
  const proto: unknown = Object.getPrototypeOf(v);
  expect([Object.prototype, Array.prototype, null]).toContain(proto);
  expect(Object.prototype.hasOwnProperty.call(v, '__proto__')).toBe(false);
  for (const child of Object.values(v)) expectPlainPrototypes(child, seen);
}

afterEach(() => {
  // A failing case must not leave a polluted prototype behind for the other tests.
  delete (Object.prototype as Record<string, unknown>).polluted;
});

// ---------- valid messages ----------

const VALID: Record<Message['type'], Record<string, unknown>> = {
  'tab-report': {
    type: 'tab-report',
    url: 'https://example.com/contact',
    assessment: {
      level: 'danger',
      reasons: [
        { code: 'scam.reason.fake-hotline', params: { brand: 'WhatsApp', count: 1 }, evidence: ['+1 800 555 0100'] },
      ],
    },
    supportForms: 1,
    issues: 2,
    profileId: 'whatsapp',
  },
  'get-tab-state': { type: 'get-tab-state', tabId: 7 },
  'load-checker': { type: 'load-checker' },
  'load-detector': { type: 'load-detector' },
  'submission-mark': { type: 'submission-mark', url: 'https://www.whatsapp.com/contact/' },
  'submission-check': { type: 'submission-check', url: 'https://www.whatsapp.com/contact/' },
};

const KEYS: Record<Message['type'], readonly string[]> = {
  'tab-report': ['type', 'url', 'assessment', 'supportForms', 'issues', 'profileId'],
  'get-tab-state': ['type', 'tabId', 'url'],
  'load-checker': ['type'],
  'load-detector': ['type'],
  'submission-mark': ['type', 'url'],
  'submission-check': ['type', 'url'],
};

const VALID_STATE = {
  tabId: 3,
  url: 'https://example.com/',
  assessment: { level: 'none', reasons: [] },
  supportForms: 0,
  issues: 0,
  profileId: 'generic',
  updatedAt: 1_700_000_000_000,
};

const long = (n: number) => 'x'.repeat(n);
const with_ = (base: Record<string, unknown>, patch: Record<string, unknown>) => ({ ...base, ...patch });
const report = VALID['tab-report'];
const reason = (patch: Record<string, unknown>) => ({
  ...report,
  assessment: { level: 'caution', reasons: [{ code: 'scam.reason.not-official', params: {}, evidence: [], ...patch }] },
});

describe('message schemas', () => {
  it('accept the messages the extension sends, and keep only known keys', () => {
    for (const [type, msg] of Object.entries(VALID)) {
      const parsed = MessageSchema.safeParse({ ...msg, extra: 'dropped', __proto__: { polluted: 'yes' } });
      expect(parsed.success, type).toBe(true);
      expect(Object.keys(parsed.data!).every((k) => KEYS[type as Message['type']].includes(k))).toBe(true);
      expectNoPollution();
    }
    expect(TabStateReplySchema.safeParse({ state: VALID_STATE }).success).toBe(true);
    expect(TabStateReplySchema.safeParse({ state: null }).success).toBe(true);
    expect(SubmissionCheckReplySchema.safeParse({ at: 1_700_000_000_000 }).success).toBe(true);
    expect(SubmissionCheckReplySchema.safeParse({ at: null }).success).toBe(true);
  });

  it.each<[string, unknown]>([
    ['nothing', undefined],
    ['null', null],
    ['a string', 'tab-report'],
    ['an array', [VALID['load-checker']]],
    ['no type', { url: 'https://x/' }],
    ['an unknown type', { type: 'set-settings', settings: {} }],
    ['a type in another case', { type: 'LOAD-CHECKER' }],
    ['a type with spaces', { type: ' load-checker' }],
    ['a non-string type', { type: 1 }],
    // wrong types
    ['url not a string', with_(report, { url: 42 })],
    ['url an object', with_(VALID['submission-mark'], { url: { toString: () => 'https://x/' } })],
    ['supportForms as a string', with_(report, { supportForms: '1' })],
    ['supportForms negative', with_(report, { supportForms: -1 })],
    ['supportForms fractional', with_(report, { supportForms: 1.5 })],
    ['supportForms NaN', with_(report, { supportForms: NaN })],
    ['supportForms Infinity', with_(report, { supportForms: Infinity })],
    ['issues too many', with_(report, { issues: 1001 })],
    ['an unknown level', with_(report, { assessment: { level: 'evil', reasons: [] } })],
    ['assessment missing', with_(report, { assessment: undefined })],
    ['reasons not an array', with_(report, { assessment: { level: 'none', reasons: {} } })],
    ['a param that is an object', reason({ params: { brand: { toString: 'x' } } })],
    ['a param that is a boolean', reason({ params: { brand: true } })],
    ['evidence not strings', reason({ evidence: [1] })],
    ['tabId fractional', with_(VALID['get-tab-state'], { tabId: 1.5 })],
    ['tabId a string', with_(VALID['get-tab-state'], { tabId: '7' })],
    // oversize
    ['a URL over 4096 characters', with_(report, { url: `https://x/${long(4096)}` })],
    ['a submission URL over 4096 characters', with_(VALID['submission-check'], { url: long(4097) })],
    ['a profile id over 50 characters', with_(report, { profileId: long(51) })],
    [
      '21 reasons',
      with_(report, { assessment: { level: 'none', reasons: Array(21).fill(reason({}).assessment.reasons[0]) } }),
    ],
    ['21 pieces of evidence', reason({ evidence: Array(21).fill('+1 800') })],
    ['evidence over 200 characters', reason({ evidence: [long(201)] })],
    ['a code over 100 characters', reason({ code: long(101) })],
    ['a param name over 50 characters', reason({ params: { [long(51)]: 1 } })],
    ['a param value over 200 characters', reason({ params: { brand: long(201) } })],
  ])('MessageSchema rejects %s', (_what, raw) => {
    expect(MessageSchema.safeParse(raw).success).toBe(false);
  });

  it.each<[string, unknown]>([
    ['a URL over 4096 characters', { state: with_(VALID_STATE, { url: long(4097) }) }],
    ['a profile id over 50 characters', { state: with_(VALID_STATE, { profileId: long(51) }) }],
    ['a negative support-form count', { state: with_(VALID_STATE, { supportForms: -1 }) }],
    ['an updatedAt that is not a finite number', { state: with_(VALID_STATE, { updatedAt: Infinity }) }],
    [
      '21 reasons',
      {
        state: with_(VALID_STATE, {
          assessment: { level: 'none', reasons: Array(21).fill(reason({}).assessment.reasons[0]) },
        }),
      },
    ],
    ['a state that is a string', { state: 'danger' }],
    ['no state key', {}],
  ])('TabStateReplySchema rejects %s', (_what, raw) => {
    expect(TabStateReplySchema.safeParse(raw).success).toBe(false);
  });

  it.each<[string, unknown]>([
    ['a string', { at: '1700000000000' }],
    ['Infinity', { at: Infinity }],
    ['NaN', { at: NaN }],
    ['nothing', undefined],
  ])('SubmissionCheckReplySchema rejects %s', (_what, raw) => {
    expect(SubmissionCheckReplySchema.safeParse(raw).success).toBe(false);
  });

  const SCHEMAS: ReadonlyArray<readonly [string, z.ZodType]> = [
    ['MessageSchema', MessageSchema],
    ['TabReportSchema', TabReportSchema],
    ['GetTabStateSchema', GetTabStateSchema],
    ['LoadCheckerSchema', LoadCheckerSchema],
    ['SubmissionMarkSchema', SubmissionMarkSchema],
    ['SubmissionCheckSchema', SubmissionCheckSchema],
    ['AssessmentSchema', AssessmentSchema],
    ['TabStateSchema', TabStateSchema],
    ['TabStateReplySchema', TabStateReplySchema],
    ['SubmissionCheckReplySchema', SubmissionCheckReplySchema],
  ];

  it.each(SCHEMAS)('%s: safeParse never throws on anything, and what it accepts is plain data', (_name, schema) => {
    fc.assert(
      fc.property(
        fc.anything({ withNullPrototype: true, withMap: true, withSet: true, withBigInt: true, withDate: true }),
        (raw) => {
          const parsed = schema.safeParse(raw);
          if (parsed.success) expectPlainPrototypes(parsed.data);
        },
      ),
      runs(300),
    );
    expectNoPollution();
  });

  it('near-valid messages: whatever is accepted keeps every bound', () => {
    const str = fc.oneof(fc.string({ maxLength: 10 }), fc.constant(long(4096)), fc.constant(long(4097)), fc.integer());
    const num = fc.oneof(fc.integer({ min: -2, max: 1002 }), fc.double(), fc.string({ maxLength: 3 }));
    const reasonArb = fc.record({
      code: fc.oneof(fc.constant('scam.reason.fake-hotline'), str),
      params: fc.dictionary(
        fc.string({ maxLength: 60 }),
        fc.oneof(fc.string({ maxLength: 210 }), fc.double(), fc.boolean()),
      ),
      evidence: fc.array(fc.oneof(fc.string({ maxLength: 210 }), fc.integer()), { maxLength: 22 }),
    });
    const reportArb = fc.record(
      {
        type: fc.constantFrom(
          'tab-report',
          'get-tab-state',
          'load-checker',
          'load-detector',
          'submission-mark',
          'submission-check',
          'x',
        ),
        url: str,
        tabId: num,
        assessment: fc.record({
          level: fc.constantFrom('danger', 'caution', 'none', 'evil'),
          reasons: fc.array(reasonArb, { maxLength: 22 }),
        }),
        supportForms: num,
        issues: num,
        profileId: fc.oneof(fc.constantFrom('whatsapp', long(50), long(51)), str),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(reportArb, (raw) => {
        const parsed = MessageSchema.safeParse(raw);
        if (!parsed.success) return;
        const m = parsed.data;
        expect(Object.keys(m).every((k) => KEYS[m.type].includes(k))).toBe(true);
        if ('url' in m && m.url !== undefined) expect(m.url.length).toBeLessThanOrEqual(4096);
        if (m.type === 'tab-report') {
          for (const n of [m.supportForms, m.issues]) expect(Number.isInteger(n) && n >= 0 && n <= 1000).toBe(true);
          expect(m.profileId.length).toBeLessThanOrEqual(50);
          expect(m.assessment.reasons.length).toBeLessThanOrEqual(20);
          for (const r of m.assessment.reasons) {
            expect(r.code.length).toBeLessThanOrEqual(100);
            expect(r.evidence.length).toBeLessThanOrEqual(20);
            for (const e of r.evidence) expect(typeof e === 'string' && e.length <= 200).toBe(true);
            for (const [k, v] of Object.entries(r.params)) {
              expect(k.length).toBeLessThanOrEqual(50);
              expect(typeof v === 'number' || (typeof v === 'string' && v.length <= 200)).toBe(true);
            }
          }
        }
      }),
      runs(400),
    );
  });

  it.each(POLLUTION_JSON)('prototype-pollution keys do not leak: %s', (json) => {
    const evil = JSON.parse(json) as Record<string, unknown>;
    const candidates: unknown[] = [
      { ...VALID['load-checker'], ...evil },
      JSON.parse(
        `{"type":"tab-report","url":"https://x/","supportForms":0,"profileId":"generic",${json.slice(1, -1)},"assessment":{"level":"none","reasons":[{"code":"c","params":${json},"evidence":[]}]}}`,
      ),
      reason({ params: evil }),
    ];
    for (const raw of candidates) {
      const parsed = MessageSchema.safeParse(raw);
      if (parsed.success) {
        expectPlainPrototypes(parsed.data);
        expect((parsed.data as Record<string, unknown>).polluted).toBeUndefined();
        if (parsed.data.type === 'tab-report') {
          for (const r of parsed.data.assessment.reasons)
            expect((r.params as Record<string, unknown>).polluted).toBeUndefined();
        }
      }
      expectNoPollution();
    }
    const state = TabStateReplySchema.safeParse(
      JSON.parse(`{"state":${JSON.stringify(VALID_STATE).slice(0, -1)},${json.slice(1)}}`),
    );
    if (state.success) expectPlainPrototypes(state.data);
    expectNoPollution();
  });
});

// ---------- settings ----------

const hostArb = fc.oneof(
  fc.constantFrom('example.com', 'shop.example.org', 'whatsapp.com', '127.0.0.1', 'EXAMPLE.COM', 'bad host', ''),
  fc.domain(),
);
const junk = fc.anything({ maxDepth: 2 });

/**
 * Values of each old version, as that version wrote them (well-formed or damaged). A migration
 * added to MIGRATIONS without a sample here fails the first test below.
 */
const OLD_VERSIONS: Readonly<Record<number, fc.Arbitrary<Record<string, unknown>>>> = {
  1: fc.record(
    {
      version: fc.constant(1),
      disabledSites: fc.oneof(fc.array(fc.oneof(hostArb, junk), { maxLength: 6 }), junk),
      checks: fc.oneof(
        fc.record(
          { email: fc.boolean(), phone: fc.boolean(), attachments: fc.boolean(), scam: fc.boolean() },
          { requiredKeys: [] },
        ),
        junk,
      ),
      verbosity: fc.oneof(fc.constantFrom('all', 'problems'), junk),
    },
    { requiredKeys: ['version'] },
  ),
};

/** The current version's fields, possibly damaged. */
const currentArb = fc.record(
  {
    version: fc.oneof(fc.constant(SETTINGS_VERSION), fc.integer({ min: -1, max: SETTINGS_VERSION + 2 }), junk),
    disabledSites: fc.oneof(fc.array(fc.oneof(hostArb, junk), { maxLength: 6 }), junk),
    checks: fc.oneof(
      fc.dictionary(fc.constantFrom('email', 'phone', 'attachments', 'scam', 'other'), fc.oneof(fc.boolean(), junk)),
      junk,
    ),
    verbosity: fc.oneof(fc.constantFrom('all', 'problems', 'loud'), junk),
    language: fc.oneof(fc.constantFrom('auto', ...LOCALES, 'xx'), junk),
  },
  { requiredKeys: [] },
);

const storedArb = fc.oneof(currentArb, ...Object.values(OLD_VERSIONS), fc.anything());

/** Valid current settings, nothing left for the schema's fallbacks to repair. */
function expectValid(s: unknown): void {
  const parsed = SettingsSchema.safeParse(s);
  expect(parsed.success).toBe(true);
  expect(parsed.data).toEqual(s);
  expect(Object.keys(s as object).sort()).toEqual(Object.keys(defaultSettings()).sort());
  expectPlainPrototypes(s);
}

describe('settings: migrations and corrupt values', () => {
  it('every migration step has samples of the version it reads', () => {
    for (let v = 1; v < SETTINGS_VERSION; v++) {
      expect(MIGRATIONS[v], `MIGRATIONS[${v}]`).toBeTypeOf('function');
      expect(OLD_VERSIONS[v], `OLD_VERSIONS[${v}] (add samples of version ${v})`).toBeDefined();
    }
    for (const v of Object.keys(MIGRATIONS)) expect(OLD_VERSIONS[Number(v)], `samples of v${v}`).toBeDefined();
  });

  it.each(Object.keys(OLD_VERSIONS).map(Number))('every v%i value becomes valid current settings', (v) => {
    fc.assert(
      fc.property(OLD_VERSIONS[v]!, (old) => {
        const s = migrateSettings(old);
        expect(s.version).toBe(SETTINGS_VERSION);
        expectValid(s);
      }),
      runs(300),
    );
  });

  it('v1 → current keeps what v1 knew and the language follows the browser', () => {
    const good = OLD_VERSIONS[1]!.filter(
      (o) =>
        Array.isArray(o.disabledSites) &&
        o.disabledSites.every((h) => typeof h === 'string' && /^[a-z0-9.-]{1,253}$/.test(h)) &&
        typeof o.checks === 'object' &&
        o.checks !== null &&
        !Array.isArray(o.checks) &&
        Object.values(o.checks).every((b) => typeof b === 'boolean') &&
        (o.verbosity === 'all' || o.verbosity === 'problems'),
    );
    fc.assert(
      fc.property(good, (old) => {
        const s = migrateSettings(old);
        expect(s.disabledSites).toEqual([...new Set(old.disabledSites as string[])]);
        const kept = Object.entries(old.checks as object).filter(([k]) => k in defaultSettings().checks);
        expect(s.checks).toEqual({ ...defaultSettings().checks, ...Object.fromEntries(kept) });
        expect(s.verbosity).toBe(old.verbosity);
        expect(s.language).toBe('auto');
      }),
      runs(200),
    );
  });

  it('anything stored becomes valid settings, never a throw', () => {
    fc.assert(
      fc.property(storedArb, (raw) => expectValid(migrateSettings(raw))),
      runs(500),
    );
  });

  it('round trip: migrating again, or after storage (structured clone, JSON), changes nothing', () => {
    fc.assert(
      fc.property(storedArb, (raw) => {
        const once = migrateSettings(raw);
        expect(migrateSettings(once)).toEqual(once);
        expect(migrateSettings(structuredClone(once))).toEqual(once);
        expect(migrateSettings(JSON.parse(JSON.stringify(once)))).toEqual(once);
      }),
      runs(500),
    );
  });

  it('a value from a future version keeps the fields this version understands', () => {
    fc.assert(
      fc.property(fc.integer({ min: SETTINGS_VERSION + 1, max: 1000 }), currentArb, (version, rest) => {
        const s = migrateSettings({ ...rest, version });
        expectValid(s);
        expect(s).toEqual(migrateSettings({ ...rest, version: SETTINGS_VERSION }));
      }),
      runs(200),
    );
  });

  it.each([
    '{"version":2,"__proto__":{"verbosity":"problems","language":"it","disabledSites":["evil.example"]}}',
    '{"version":2,"checks":{"__proto__":{"email":false,"scam":false}}}',
    '{"version":2,"checks":{"constructor":{"prototype":{"scam":false}}}}',
    '{"version":1,"__proto__":{"checks":{"scam":false}},"disabledSites":[]}',
    '{"__proto__":{"version":2,"disabledSites":["evil.example"]}}',
  ])('prototype keys in a stored value do not leak into the settings: %s', (json) => {
    const s = migrateSettings(JSON.parse(json));
    expectValid(s);
    expect(s.checks).toEqual(defaultSettings().checks);
    expect(s.disabledSites).toEqual([]);
    expect(s.verbosity).toBe('all');
    expect(s.language).toBe('auto');
    expectNoPollution();
  });

  it('the resubmission record: anything stored reads as a list of site + time, never a throw', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.anything(),
          fc.record({
            version: fc.constantFrom(1, 2),
            entries: fc.array(fc.oneof(fc.record({ site: fc.string(), at: fc.double() }), fc.anything()), {
              maxLength: 5,
            }),
          }),
        ),
        (raw) => {
          const now = 1_700_000_000_000;
          for (const e of parseSubmissions(raw, now)) {
            expect(Object.keys(e).sort()).toEqual(['at', 'site']);
            expect(typeof e.site).toBe('string');
            expect(e.at).toBeLessThanOrEqual(now + 5 * 60 * 1000);
            expect(e.at).toBeGreaterThan(now - 24 * 60 * 60 * 1000);
          }
        },
      ),
      runs(300),
    );
  });
});
