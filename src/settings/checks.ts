import { RULES } from '../rules/registry.ts';
import type { FieldKind, Severity } from '../rules/types.ts';
import type { CheckGroup, Settings, Verbosity } from './schema.ts';

const FIELD_GROUP: Partial<Record<FieldKind, CheckGroup>> = {
  email: 'email',
  'email-confirm': 'email',
  phone: 'phone',
  'phone-country': 'phone',
  attachments: 'attachments',
};

/** The check group a rule belongs to: by its field when registered, else by its id; null: always runs. */
export function ruleGroup(ruleId: string): CheckGroup | null {
  const rule = Object.prototype.hasOwnProperty.call(RULES, ruleId) ? RULES[ruleId] : undefined;
  if (rule) return FIELD_GROUP[rule.field] ?? null;
  if (/^email/.test(ruleId)) return 'email';
  if (/^phone/.test(ruleId)) return 'phone';
  if (/^(file|image)-/.test(ruleId)) return 'attachments';
  return null;
}

/** The profile's rule map without the rules of the groups the person turned off. */
export function enabledRules(
  rules: Readonly<Record<string, unknown>>,
  checks: Settings['checks'],
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [id, options] of Object.entries(rules)) {
    const group = ruleGroup(id);
    if (group === null || checks[group]) out[id] = options;
  }
  return out;
}

/** Whether a finding of this severity is shown at this verbosity ('problems' hides tips). */
export function showsSeverity(verbosity: Verbosity, severity: Severity): boolean {
  return verbosity === 'all' || severity !== 'info';
}
