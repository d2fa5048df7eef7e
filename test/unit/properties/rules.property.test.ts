/**
 * Properties of every text rule in `RULES`, with the built-in profiles' options and the rule's own
 * defaults: a rule never throws on any string (RTL and zero-width marks, emoji, lone surrogates,
 * other scripts' digits), its work is bounded on a 1 MB input (a call must finish well inside the
 * test timeout; no timing assertions), and a one-click fix is idempotent: the same rule on the
 * fixed value has no finding with the same code.
 *
 * Rules are called directly (`rule.check`), not through `runRules`, which would hide a throw.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CATALOGS } from '../../../src/i18n/index.ts';
import { GENERIC } from '../../../src/profiles/index.ts';
import { WHATSAPP } from '../../../src/profiles/whatsapp.ts';
import { RULES } from '../../../src/rules/registry.ts';
import type { FieldKind, Finding, Rule, RuleContext } from '../../../src/rules/types.ts';
import { MAX_SCAN } from '../../../src/text/secrets.ts';

// ---------- the rules and their option sets ----------

interface Variant {
  readonly name: string;
  readonly rule: Rule<unknown>;
  readonly options: unknown;
}

/** Every rule with its defaults and with each built-in profile's options (when the profile uses it). */
const VARIANTS: readonly Variant[] = Object.values(RULES).flatMap((rule: Rule<unknown>) => {
  const out: Variant[] = [{ name: `${rule.id} (defaults)`, rule, options: rule.defaults }];
  for (const profile of [GENERIC, WHATSAPP]) {
    const raw = profile.rules[rule.id];
    if (raw !== undefined) out.push({ name: `${rule.id} (${profile.id})`, rule, options: rule.parseOptions(raw) });
  }
  if (rule.id === 'phone-number') {
    out.push({ name: 'phone-number (e164 fixes)', rule, options: rule.parseOptions({ fixFormat: 'e164' }) });
  }
  return out;
});

const RULE_IDS = Object.keys(RULES);

// ---------- input generators ----------

/** Characters and pieces that break naive text handling, plus the material the rules look for. */
const NASTY = [
  '\u200f', // right-to-left mark
  '\u200e', // left-to-right mark
  '\u202e', // right-to-left override
  '\u2066', // left-to-right isolate
  '\u061c', // Arabic letter mark
  '\u200b', // zero-width space
  '\u200c',
  '\u200d', // zero-width joiner
  '\u2060',
  '\ufeff', // BOM
  '\u00a0',
  '\u3000',
  '\ud83d', // lone high surrogate
  '\ude00', // lone low surrogate
  '😀',
  '👍🏽',
  '👨‍👩‍👧‍👦',
  '🇮🇹',
  '\u0301', // combining acute
  'é',
  'ß',
  'İ',
  '٠١٢٣٤٥٦٧٨٩', // Arabic-Indic digits
  '۱۲۳',
  '०१२',
  '０１２３',
  '＋',
  '＠',
  '。',
  '\n',
  '\r\n',
  '\t',
  ' ',
  '  ',
  '\u0000',
  '\\',
  '$&',
  '$1',
  '(?:',
  '*',
];

const EMAIL_PIECES = [
  'name',
  'John.Doe',
  'a',
  '@',
  '@@',
  '.',
  '..',
  ',',
  ';',
  'gmail.com',
  'gamil.com',
  'gmial.com',
  'gmail.con',
  'gmail',
  'gmail,com',
  'yahoo.couk',
  'hotmial.it',
  'outlook.cm',
  'icloud.co',
  'example.com',
  'mailinator.com',
  'mailto:',
  '<',
  '>',
  '"',
  'xn--',
  'бух.рф',
  '例子.广告',
];

const PHONE_PIECES = [
  '+',
  '++',
  '00',
  '0',
  '(0)',
  '+39',
  '39',
  '+62',
  '62',
  '+886',
  '+1',
  '312',
  '3123456789',
  '0612345678',
  '812-3456-7890',
  '0912 345 678',
  '06 1234 5678',
  '800 123 456',
  '(',
  ')',
  '-',
  '/',
  ' ',
  'tel:',
  'ext 12',
  '#5',
  'x',
];

const DESCRIPTION_PIECES = [
  'code',
  'verification code',
  'OTP',
  'PIN',
  '驗證碼',
  'kode verifikasi',
  'codice',
  '123456',
  '123 456',
  '123-456',
  '987654',
  '4111 1111 1111 1111',
  '4111111111111111',
  '5500-0000-0000-0004',
  '3782 822463 10005',
  'card',
  'carta',
  'IT60X0542811101000000123456',
  'IT60 X054 2811 1010 0000 0123 456',
  'DE89370400440532013000',
  'GB82 WEST 1234 5698 7654 32',
  'password:',
  'password is',
  'kata sandi saya:',
  '密碼：',
  'S3cret!',
  'hunter2',
  'it does not work',
  'help',
  'URGENT',
  'iPhone 13',
  'Android 14',
  'yesterday 10:30',
  'WA123456789',
  'transaction id',
  'postal code',
  '$',
];

const fromPieces = (pieces: readonly string[], maxLength = 12): fc.Arbitrary<string> =>
  fc
    .array(
      fc.oneof(
        { weight: 4, arbitrary: fc.constantFrom(...pieces) },
        { weight: 2, arbitrary: fc.constantFrom(...NASTY) },
        { weight: 1, arbitrary: fc.string({ maxLength: 6 }) },
        { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 4 }) },
      ),
      { maxLength },
    )
    .map((parts) => parts.join(''));

/** Any string: plain, full Unicode (incl. lone surrogates), graphemes, and the rules' own material. */
const anyText: fc.Arbitrary<string> = fc.oneof(
  fc.string({ maxLength: 80 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fromPieces([...EMAIL_PIECES, ...PHONE_PIECES, ...DESCRIPTION_PIECES], 16),
);

const inputFor: Record<string, fc.Arbitrary<string>> = {
  email: fc.oneof(anyText, fromPieces(EMAIL_PIECES), emailNearMiss()),
  'email-confirm': fc.oneof(anyText, fromPieces(EMAIL_PIECES), emailNearMiss()),
  phone: fc.oneof(anyText, fromPieces(PHONE_PIECES), phoneNearMiss()),
  description: fc.oneof(anyText, fromPieces(DESCRIPTION_PIECES, 20)),
};

function valueFor(field: FieldKind): fc.Arbitrary<string> {
  return inputFor[field] ?? anyText;
}

/** Mostly inputs one slip away from right, where the rules offer fixes. */
const fixableFor: Record<string, fc.Arbitrary<string>> = {
  email: fc.oneof({ weight: 4, arbitrary: emailNearMiss() }, { weight: 1, arbitrary: inputFor.email! }),
  phone: fc.oneof({ weight: 4, arbitrary: phoneNearMiss() }, { weight: 1, arbitrary: inputFor.phone! }),
  description: fc.oneof(
    { weight: 4, arbitrary: fromPieces(DESCRIPTION_PIECES.concat(' ', ' ', '. '), 24) },
    { weight: 1, arbitrary: inputFor.description! },
  ),
};

function fixableValueFor(field: FieldKind): fc.Arbitrary<string> {
  return fixableFor[field] ?? valueFor(field);
}

/** Addresses one or two slips away from a real one: where the rules offer fixes. */
function emailNearMiss(): fc.Arbitrary<string> {
  const typo = fc.tuple(
    fc.constantFrom('gmail.com', 'yahoo.co.uk', 'hotmail.it', 'outlook.com', 'icloud.com', 'yahoo.co.id', 'qq.com'),
    fc.array(
      fc.tuple(
        fc.nat(),
        fc.constantFrom('del', 'dup', 'swap', 'del', 'dup', 'swap', 'a', 'm', 'o', 'i', ',', ';', '.', ' '),
      ),
      {
        maxLength: 2,
      },
    ),
  );
  const domain = typo.map(([d, edits]) => {
    let s = d;
    for (const [at, edit] of edits) {
      const i = s.length === 0 ? 0 : at % s.length;
      if (edit === 'del') s = s.slice(0, i) + s.slice(i + 1);
      else if (edit === 'dup') s = s.slice(0, i) + s.charAt(i) + s.slice(i);
      else if (edit === 'swap') s = s.slice(0, i) + s.charAt(i + 1) + s.charAt(i) + s.slice(i + 2);
      else s = s.slice(0, i) + edit + s.slice(i);
    }
    return s;
  });
  return fc
    .tuple(
      fc.constantFrom('', '', '', ' ', '<', 'mailto:', '"'),
      fc.oneof(fc.stringMatching(/^[a-z][a-zA-Z0-9._+-]{0,10}[a-z]$/), fc.stringMatching(/^[a-zA-Z0-9._+-]{0,12}$/)),
      fc.constantFrom('@', '@', '@', '@', '@@', '.', ',', ' @', '@ ', ''),
      domain,
      fc.constantFrom('', '', '', ' ', '>', '.', ',', '"'),
    )
    .map((parts) => parts.join(''));
}

/** Phone numbers written the ways people write them: with or without +, 00, trunk 0, spaces. */
function phoneNearMiss(): fc.Arbitrary<string> {
  return fc
    .tuple(
      fc.constantFrom('', '+', '00', '0', '+0', '(', '＋', 'tel:'),
      fc.constantFrom('', '39', '62', '886', '1', '44', '91', '49'),
      fc.constantFrom('', ' ', '-', '(0)', ' 0'),
      fc.oneof(
        // Real-looking national numbers (IT mobile and landline, ID, TW, US, UK, IN, DE), spaced or not.
        fc
          .tuple(
            fc.constantFrom(
              '312 345 6789',
              '06 1234 5678',
              '0612345678',
              '812-3456-7890',
              '0812 3456 7890',
              '912 345 678',
              '0912345678',
              '201 555 0123',
              '7400 123456',
              '07400123456',
              '98765 43210',
              '1512 3456789',
            ),
            fc.boolean(),
          )
          .map(([n, squeeze]) => (squeeze ? n.replace(/\D/g, '') : n)),
        fc.stringMatching(/^[0-9]{3,12}$/),
      ),
      fc.constantFrom('', ' ', ')', ' ext 5'),
    )
    .map((parts) => parts.join(''));
}

/** The rest of the form and the page: other fields, languages, country hints, typing or done. */
const contextArb: fc.Arbitrary<RuleContext> = fc
  .record(
    {
      email: fc.oneof(fc.constantFrom('name@gmail.com', 'a@example.com', ''), anyText),
      'phone-country': fc.oneof(
        {
          weight: 3,
          arbitrary: fc.constantFrom('+39', 'IT', 'Italy (+39)', '+62', 'ID', 'TW', '+1', 'CA +1', '+44', ''),
        },
        { weight: 1, arbitrary: anyText },
      ),
      category: fc.oneof(
        fc.constantFrom('Payments', 'Technical', 'Account', 'Security', 'Messages', 'Groups'),
        anyText,
      ),
      pageLang: fc.oneof(fc.constantFrom('', 'en', 'it', 'zh-TW', 'id', 'ar', 'he'), anyText),
      profileId: fc.constantFrom('generic', 'whatsapp'),
      country: fc.record(
        {
          fromControl: fc.oneof(fc.constantFrom('+39', 'IT', '🇮🇹 +39'), anyText),
          profile: fc.oneof(fc.constantFrom('IT', 'ID', 'US'), anyText),
          tld: fc.oneof(fc.constantFrom('shop.example.it', 'de', 'example.com'), anyText),
          browserLocale: fc.oneof(fc.constantFrom('fr-FR', 'en-US', 'zh-Hant-TW', 'id'), anyText),
        },
        { requiredKeys: [] },
      ),
      uiLocale: fc.oneof(fc.constantFrom('en', 'it', 'zh_TW', 'id'), anyText),
      phase: fc.constantFrom('typing' as const, 'done' as const),
    },
    { requiredKeys: ['pageLang', 'profileId'] },
  )
  .map(({ email, 'phone-country': phoneCountry, category, ...rest }): RuleContext => {
    const fields: Partial<Record<FieldKind, string>> = {};
    if (email !== undefined) fields.email = email;
    if (phoneCountry !== undefined) fields['phone-country'] = phoneCountry;
    if (category !== undefined) fields.category = category;
    return { ...rest, fields };
  });

// ---------- helpers ----------

function check(v: Variant, value: string, ctx: RuleContext): Finding[] {
  const findings = v.rule.check(value, ctx, v.options);
  expect(Array.isArray(findings)).toBe(true);
  for (const f of findings) {
    expect(f.rule).toBe(v.rule.id);
    expect(f.field).toBe(v.rule.field);
    expect(CATALOGS.en[f.code], f.code).toBeTruthy();
    if (f.fix) expect(typeof f.fix.value).toBe('string');
  }
  return findings;
}

/**
 * The context after the person clicked the fix: for a split phone fix the country control now
 * shows the fix's country (it drops any other country hint the control gave); the phase is
 * 'done' (the strictest: nothing is held back).
 */
function contextAfterFix(ctx: RuleContext, f: Finding): RuleContext {
  const country = f.fix?.parts?.['phone-country'];
  if (country === undefined) return { ...ctx, phase: 'done' };
  const { fromControl: _drop, ...hints } = ctx.country ?? {};
  return { ...ctx, phase: 'done', fields: { ...ctx.fields, 'phone-country': country }, country: hints };
}

/** The value the fixed field holds: `parts[field]` when the fix has parts, else `value`. */
function fixedValue(f: Finding): string {
  return f.fix?.parts?.[f.field] ?? f.fix!.value;
}

/**
 * Findings a fix cannot address, which may remain after it (never with the fix's own code):
 * - 'hint.phone.not-mobile': a phone fix rewrites how a number is written ('+39 …'), it cannot
 *   turn a landline into a mobile; the note then rightly stays.
 * Not an exception, but a bound of the test: `description-privacy` looks for secrets in the first
 * `MAX_SCAN` characters only, and its fix shortens the text ('***'), so a secret just beyond
 * that window could move into it. The generated texts are far shorter than `MAX_SCAN`.
 */
const BEYOND_FIX: ReadonlySet<string> = new Set(['hint.phone.not-mobile']);

/** More runs on demand: PROPERTY_RUNS=5000 npx vitest run test/unit/properties */
const RUNS = { numRuns: Number(process.env.PROPERTY_RUNS) || 300 };

// ---------- properties ----------

describe('text rules: properties', () => {
  it('covers every rule in the registry with its defaults and each profile that uses it', () => {
    for (const id of RULE_IDS)
      expect(
        VARIANTS.some((v) => v.rule.id === id),
        id,
      ).toBe(true);
    for (const profile of [GENERIC, WHATSAPP]) {
      for (const id of Object.keys(profile.rules).filter((k) => k in RULES)) {
        expect(VARIANTS.some((v) => v.name === `${id} (${profile.id})`)).toBe(true);
      }
    }
  });

  describe.each(VARIANTS.map((v) => [v.name, v] as const))('%s', (_name, v) => {
    it('never throws on any string, in any context', () => {
      fc.assert(
        fc.property(valueFor(v.rule.field), contextArb, (value, ctx) => {
          check(v, value, ctx);
        }),
        RUNS,
      );
    });

    it('applying a fix gives a value the same rule accepts (idempotent)', () => {
      fc.assert(
        fc.property(fixableValueFor(v.rule.field), contextArb, (value, ctx) => {
          for (const f of check(v, value, ctx)) {
            if (!f.fix) continue;
            const again = check(v, fixedValue(f), contextAfterFix(ctx, f)).filter((g) => !BEYOND_FIX.has(g.code));
            expect(again, `${JSON.stringify(value)} → ${JSON.stringify(f.fix)}`).toEqual([]);
            // In particular (and with no exception): never the same complaint again.
            expect(check(v, fixedValue(f), contextAfterFix(ctx, f)).filter((g) => g.code === f.code)).toEqual([]);
          }
        }),
        RUNS,
      );
    });
  });

  describe('fixes that the rules must offer (the property above is not vacuous)', () => {
    const ctx: RuleContext = { fields: {}, pageLang: 'en', profileId: 'whatsapp', phase: 'done' };
    it.each([
      ['email-syntax', 'name@@gmail.com'],
      ['email-syntax', 'name.gmail.com'],
      ['email-syntax', 'name@gmail,com'],
      ['email-syntax', ' <name@gmail.com> '],
      ['email-typo', 'name@gamil.com'],
      ['email-typo', 'name@yahoo.couk'],
      ['phone-number', '3123456789'],
      ['phone-number', '0039 312 345 6789'],
      ['description-privacy', 'my verification code is 123456'],
      ['description-privacy', 'card 4111 1111 1111 1111 and password: S3cret!'],
    ])('%s fixes %j for good', (id, value) => {
      const rule = RULES[id]!;
      const options = rule.parseOptions(WHATSAPP.rules[id]);
      const c: RuleContext = { ...ctx, country: { profile: 'IT' } };
      const withFix = rule.check(value, c, options).filter((f) => f.fix);
      expect(withFix.length).toBeGreaterThan(0);
      for (const f of withFix) {
        expect(rule.check(fixedValue(f), c, options).filter((g) => g.code === f.code)).toEqual([]);
      }
    });

    it('a split phone fix writes the country control and the national number, and both then pass', () => {
      const rule = RULES['phone-number']!;
      const options = rule.parseOptions(WHATSAPP.rules['phone-number']);
      const c: RuleContext = { ...ctx, fields: { 'phone-country': '+62' } };
      const [f] = rule.check('+39 312 345 6789', c, options);
      expect(f?.fix?.parts).toEqual({ phone: '3123456789', 'phone-country': 'IT' });
      expect(rule.check(fixedValue(f!), contextAfterFix(c, f!), options)).toEqual([]);
    });
  });

  describe('bugs these properties found (kept as plain regression tests)', () => {
    const c: RuleContext = { fields: {}, pageLang: 'en', profileId: 'x', phase: 'done' };
    const codesAndFixes = (id: string, value: string, ctx: RuleContext = c) =>
      RULES[id]!.check(value, ctx, RULES[id]!.defaults).map((f) => [
        f.code,
        f.fix?.value ?? null,
        f.fix?.parts ?? null,
      ]);

    it('email-syntax: "@ typed as a dot" suggests only a valid address', () => {
      // Was: '..gmail.com' → '.@gmail.com', 'QoD;,gmail.com' → 'QoD;@gmail.com' (both still invalid).
      expect(codesAndFixes('email-syntax', 'name..gmail.com')).toEqual([
        ['hint.email.syntax.missing-at', 'name@gmail.com', null],
      ]);
      expect(codesAndFixes('email-syntax', '..gmail.com')).toEqual([['hint.email.syntax.missing-at', null, null]]);
      expect(codesAndFixes('email-syntax', 'QoD;,gmail.com')).toEqual([['hint.email.syntax.missing-at', null, null]]);
      expect(codesAndFixes('email-syntax', 'a.b,gmail.com')).toEqual([
        ['hint.email.syntax.missing-at', 'a.b@gmail.com', null],
      ]);
    });

    it("description-privacy: '***' (a redaction or the person's own masking) is not a password", () => {
      // Was: 'password:GB82 WEST …' → 'password:***\u0000', which then read as a password.
      expect(codesAndFixes('description-privacy', 'password: ********')).toEqual([]);
      expect(codesAndFixes('description-privacy', 'password:GB82 WEST 1234 5698 7654 32\u0000')).toEqual([
        ['hint.desc.secret.iban', 'password:***\u0000', null],
      ]);
      expect(codesAndFixes('description-privacy', 'password is3782 822463 10005name')).toEqual([
        ['hint.desc.secret.card', 'password is***name', null],
      ]);
    });

    it('description-privacy: the fix also removes a secret that the first removal uncovers', () => {
      // Was: '…10005DE89…' → '***DE89370400440532013000' (the IBAN, glued to the card, now stood alone).
      expect(codesAndFixes('description-privacy', '3782 822463 10005DE89370400440532013000')).toEqual([
        ['hint.desc.secret.card', '******', null],
      ]);
    });

    it('phone-number: no split fix that would drop a non-geographic calling code', () => {
      // Was: fix { phone: '12345662' } with '+39' still selected, i.e. a different, wrong number.
      const split: RuleContext = { ...c, fields: { 'phone-country': '+39' } };
      expect(codesAndFixes('phone-number', '00800 1234 5662', split)).toEqual([
        ['hint.phone.code-mismatch', null, null],
      ]);
      const unusable: RuleContext = { ...c, country: { fromControl: '', tld: 'shop.example.it' } };
      expect(codesAndFixes('phone-number', '800 123 456+62', unusable)).toEqual([['hint.phone.no-plus', null, null]]);
    });
  });

  describe('bounded work on 1 MB inputs (a call must finish inside the test timeout)', () => {
    const MB = 1024 * 1024;
    /** Cheap 1 MB strings: a short unit repeated. */
    const huge = (unit: string) => unit.repeat(Math.ceil(MB / unit.length)).slice(0, MB);
    const UNITS = [
      'a',
      ' ',
      '@',
      '.',
      '1',
      '+1',
      '\u200f\u200b',
      '😀',
      '\ud83d',
      'name@gmail.com ',
      'a@',
      'code 123456 ',
      '4111 1111 1111 1111 ',
      'IT60X0542811101000000123456',
      'password: S3cret! ',
      'it does not work ',
      '0',
    ];
    const longCtx = (unit: string): RuleContext => ({
      fields: { email: huge(unit), 'phone-country': huge(unit), category: huge(unit) },
      pageLang: huge(unit),
      profileId: 'whatsapp',
      country: { fromControl: huge(unit), tld: huge(unit), browserLocale: huge(unit), profile: huge(unit) },
      uiLocale: huge(unit),
    });

    it.each(RULE_IDS)('%s', (id) => {
      const rule = RULES[id]!;
      const variants = VARIANTS.filter((v) => v.rule.id === id);
      for (const unit of UNITS) {
        const value = huge(unit);
        // Also a long value ending in something meaningful, and a short one in a huge context.
        const tail = `${huge(' ').slice(0, MB - 40)}name@gamil.com 3123456789 code 123456`;
        for (const v of variants) {
          for (const phase of ['typing', 'done'] as const) {
            const ctx: RuleContext = { fields: { email: 'name@gmail.com' }, pageLang: 'en', profileId: 'x', phase };
            check(v, value, ctx);
            check(v, tail, ctx);
          }
          check(v, 'name@gamil.com', longCtx(unit));
          check(v, value, longCtx(unit));
        }
        expect(rule.id).toBe(id);
      }
    });

    it('description-privacy: the fix of a long text keeps its length bounded and its rest intact', () => {
      const rule = RULES['description-privacy']!;
      const text = `my code is 123456. ${huge('x')}`;
      const [f] = rule.check(text, { fields: {}, pageLang: 'en', profileId: 'x' }, rule.defaults);
      expect(f?.fix?.value.startsWith('my code is ***.')).toBe(true);
      expect(f?.fix?.value.length).toBe(text.length - 3);
      // Secrets are looked for in the first MAX_SCAN characters only (bounded work).
      expect(MAX_SCAN).toBeLessThan(MB);
    });
  });
});
