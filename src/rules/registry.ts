import type { FieldKind, Finding, Rule, RuleContext } from './types.ts';
import { emailTypo } from './email/email-typo.ts';

/** Every rule, by id. A profile's `rules` map picks which run and with which options. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const RULES: Readonly<Record<string, Rule<any>>> = {
  [emailTypo.id]: emailTypo,
};

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
      findings.push(...rule.check(value, ctx, rule.parseOptions(rawOptions)));
    } catch {
      // A broken rule must not break the page or the other rules.
    }
  }
  return findings;
}
