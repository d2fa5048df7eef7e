import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CATALOGS } from '../../../src/i18n/index.ts';
import { GENERIC } from '../../../src/profiles/index.ts';
import { WHATSAPP } from '../../../src/profiles/whatsapp.ts';
import { RULES, runRules } from '../../../src/rules/registry.ts';
import type { FieldKind, RuleContext } from '../../../src/rules/types.ts';
import { findingKey } from '../../../src/rules/types.ts';

const ctx: RuleContext = { fields: {}, pageLang: 'en', profileId: 'generic' };

describe('rule registry', () => {
  it('every rule has an id matching its key, a field and defaults its own parser accepts', () => {
    for (const [id, rule] of Object.entries(RULES)) {
      expect(rule.id).toBe(id);
      expect(rule.field).toBeTruthy();
      expect(rule.parseOptions(rule.defaults)).toEqual(rule.defaults);
      expect(rule.parseOptions(undefined)).toEqual(rule.defaults);
    }
  });

  it("the built-in profiles' options for these rules are valid", () => {
    for (const profile of [GENERIC, WHATSAPP]) {
      for (const [id, options] of Object.entries(profile.rules)) {
        const rule = RULES[id];
        if (rule) expect(() => void rule.parseOptions(options), `${profile.id}:${id}`).not.toThrow();
      }
    }
  });

  it('a rule with bad options yields nothing instead of breaking the others', () => {
    const findings = runRules({ 'email-typo': { maxDistance: 'far' }, 'email-syntax': {} }, 'email', 'john', ctx);
    expect(findings.map((f) => f.rule)).toEqual(['email-syntax']);
  });

  it('runs only the rules of the field kind and ignores unknown ids', () => {
    expect(runRules({ 'email-typo': {}, 'no-such-rule': {} }, 'phone', 'a@gamil.com', ctx)).toEqual([]);
  });

  it('never throws and every finding code and fix label is a catalog key', () => {
    const fields: FieldKind[] = ['email', 'email-confirm', 'phone', 'description'];
    fc.assert(
      fc.property(fc.string({ maxLength: 120 }), fc.constantFrom(...fields), fc.boolean(), (value, field, typing) => {
        for (const profile of [GENERIC, WHATSAPP]) {
          const c: RuleContext = {
            ...ctx,
            fields: { email: 'a@gmail.com', category: 'Technical' },
            phase: typing ? 'typing' : 'done',
          };
          for (const f of runRules(profile.rules, field, value, c)) {
            expect(CATALOGS.en[f.code]).toBeTruthy();
            if (f.fix?.label) expect(CATALOGS.en[f.fix.label]).toBeTruthy();
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('findingKey is stable per rule and code', () => {
    expect(findingKey({ rule: 'description-details', code: 'hint.desc.vague' })).toBe(
      'description-details:hint.desc.vague',
    );
  });
});
