import type { FieldKind, Finding, Rule, RuleContext } from './types.ts';
import { emailAdvice } from './email/email-advice.ts';
import { emailConfirm } from './email/email-confirm.ts';
import { emailSyntax } from './email/email-syntax.ts';
import { emailTypo } from './email/email-typo.ts';
import { descriptionDetails } from './description/details.ts';
import { descriptionPrivacy } from './description/privacy.ts';
import { phoneNumber } from './phone/phone-number.ts';

/** Every rule, by id. A profile's `rules` map picks which run and with which options. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const RULES: Readonly<Record<string, Rule<any>>> = {
  [emailSyntax.id]: emailSyntax,
  [emailTypo.id]: emailTypo,
  [emailConfirm.id]: emailConfirm,
  [emailAdvice.id]: emailAdvice,
  [phoneNumber.id]: phoneNumber,
  [descriptionPrivacy.id]: descriptionPrivacy,
  [descriptionDetails.id]: descriptionDetails,
};

/** Parsed options per rule and raw options object: a profile's options are validated once, not per keystroke. */
const parsedCache = new WeakMap<object, Map<string, unknown>>();

function optionsFor(rule: Rule<unknown>, rawOptions: unknown): unknown {
  if (rawOptions === null || typeof rawOptions !== 'object') return rule.parseOptions(rawOptions);
  let perRule = parsedCache.get(rawOptions);
  if (!perRule) {
    perRule = new Map();
    parsedCache.set(rawOptions, perRule);
  }
  if (!perRule.has(rule.id)) perRule.set(rule.id, rule.parseOptions(rawOptions));
  return perRule.get(rule.id);
}

/** Runs the profile's rules for one field kind; a rule that throws yields nothing. */
export function runRules(
  ruleOptions: Readonly<Record<string, unknown>>,
  field: FieldKind,
  value: string,
  ctx: RuleContext,
): Finding[] {
  const findings: Finding[] = [];
  for (const [id, rawOptions] of Object.entries(ruleOptions)) {
    const rule = RULES[id];
    if (!rule || rule.field !== field) continue;
    try {
      findings.push(...rule.check(value, ctx, optionsFor(rule, rawOptions)));
    } catch {
      // A broken rule must not break the page or the other rules.
    }
  }
  return findings;
}
