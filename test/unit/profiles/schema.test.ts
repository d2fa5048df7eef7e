import { describe, expect, it } from 'vitest';
import { CATALOGS, LOCALES } from '../../../src/i18n/index.ts';
import { GENERIC, PROFILES } from '../../../src/profiles/index.ts';
import { ServiceProfileSchema } from '../../../src/profiles/schema.ts';
import type { ServiceProfile } from '../../../src/profiles/schema.ts';
import { WHATSAPP } from '../../../src/profiles/whatsapp.ts';

/** Every locale key a profile refers to, found by walking its data. */
function keysOf(profile: ServiceProfile): string[] {
  const out = new Set<string>();
  const walk = (v: unknown, path: string): void => {
    if (typeof v === 'string') {
      if (v in CATALOGS.en) out.add(v);
    } else if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${path}.${i}`));
    else if (v && typeof v === 'object')
      for (const [k, x] of Object.entries(v)) if (k !== 'rules') walk(x, `${path}.${k}`);
  };
  walk(profile, '');
  return [...out];
}

describe('service profiles', () => {
  it.each([...PROFILES, GENERIC].map((p) => [p.id, p] as const))('%s passes the schema', (_id, profile) => {
    const result = ServiceProfileSchema.safeParse(profile);
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });

  it('a broken profile fails the schema', () => {
    const bad = (change: (p: Record<string, unknown>) => void): boolean => {
      const copy = structuredClone(WHATSAPP) as unknown as Record<string, unknown>;
      change(copy);
      return ServiceProfileSchema.safeParse(copy).success;
    };
    expect(bad(() => undefined)).toBe(true);
    expect(bad((p) => (p.channels = []))).toBe(false);
    expect(bad((p) => ((p.channels as { name: string }[])[0]!.name = 'no.such.key'))).toBe(false);
    expect(
      bad((p) => ((p.categories as { problems: { channels: string[] }[] }[])[0]!.problems[0]!.channels = ['nope'])),
    ).toBe(false);
    expect(
      bad(
        (p) =>
          ((p.channels as { email?: string; kind: string }[]).find((c) => c.kind === 'email')!.email =
            'help@whatsapp-support.com'),
      ),
    ).toBe(false);
    expect(bad((p) => (p.supportUrls = ['https://whatsapp-help.example/contact']))).toBe(false);
    expect(bad((p) => (p.unknownField = 1))).toBe(false);
  });

  it('WhatsApp: no phone support and no phone number anywhere', () => {
    expect(WHATSAPP.phoneSupport).toBe(false);
    const texts = keysOf(WHATSAPP).flatMap((k) => LOCALES.map((l) => CATALOGS[l][k]!));
    const data = JSON.stringify({ ...WHATSAPP, rules: undefined });
    for (const s of [...texts, data]) expect(s).not.toMatch(/\+?\d[\d\s-]{7,}\d/);
  });

  it('WhatsApp: the brand in several scripts, the official channels, the guide problems', () => {
    for (const a of ['whatsapp', 'वॉट्सऐप', 'واتساب', 'ватсап']) expect(WHATSAPP.aliases).toContain(a);
    const emails = WHATSAPP.channels.map((c) => c.email).filter(Boolean);
    expect(emails).toEqual(
      expect.arrayContaining([
        'support@whatsapp.com',
        'smb_web@support.whatsapp.com',
        'payment@support.whatsapp.com',
        'android_web@support.whatsapp.com',
        'iphone_web@support.whatsapp.com',
      ]),
    );
    const problems = WHATSAPP.categories.flatMap((c) => c.problems.map((p) => p.id));
    expect(problems).toEqual(
      expect.arrayContaining([
        'banned',
        'login',
        'stolen',
        'messages',
        'payments',
        'groups',
        'crash',
        'backup',
        'business',
      ]),
    );
    // The in-app channel has steps for each platform.
    const inApp = WHATSAPP.channels.find((c) => c.id === 'in-app')!;
    expect(Object.keys(inApp.steps ?? {}).sort()).toEqual(['android', 'iphone', 'web']);
    // Every email channel can build a draft.
    for (const c of WHATSAPP.channels.filter((c) => c.kind === 'email')) expect(c.draft, c.id).toBeDefined();
    // Scam facts and "don't" advice are there.
    expect(WHATSAPP.scamFacts).toEqual(
      expect.arrayContaining(['scam.fact.no-phone', 'scam.fact.free', 'scam.fact.code']),
    );
    expect(WHATSAPP.avoid).toEqual(
      expect.arrayContaining(['guide.avoid.resubmit', 'guide.avoid.phone', 'guide.avoid.code']),
    );
  });

  it.each(LOCALES)('every profile text exists in %s with the placeholders of en', (locale) => {
    for (const profile of [...PROFILES, GENERIC]) {
      for (const key of keysOf(profile)) {
        const text = CATALOGS[locale][key];
        expect(text?.trim(), `${locale}:${key}`).toBeTruthy();
        const want = (CATALOGS.en[key]!.match(/\{\w+\}/g) ?? []).sort();
        expect((text!.match(/\{\w+\}/g) ?? []).sort(), `${locale}:${key}`).toEqual(want);
      }
    }
  });
});
