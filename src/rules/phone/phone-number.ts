import { z } from 'zod/mini';
import type { MessageKey } from '../../i18n/keys.ts';
import { parseRuleOptions } from '../options.ts';
import type { Finding, Fix, Rule, RuleContext, Severity } from '../types.ts';
import type { PhoneAnalysis, PhoneIssue } from './analyze.ts';
import { analyzePhone } from './analyze.ts';
import { inferCountry, parseDialControl } from './country.ts';
import { NOT_MOBILE_TYPES, PHONE_LIB } from './lib.ts';

const Options = z.object({
  /** The service needs '+country code' (WhatsApp): a national number is a warning, not a note. */
  requireInternational: z._default(z.boolean(), false),
  /** The service needs a mobile number (WhatsApp): a landline or service number is a warning. */
  requireMobile: z._default(z.boolean(), false),
  /** How the fix writes the number: '+39 312 345 6789' or '+393123456789'. */
  fixFormat: z._default(z.enum(['international', 'e164']), 'international'),
});
export type PhoneNumberOptions = z.infer<typeof Options>;

const CODES: Readonly<Record<PhoneIssue, MessageKey>> = {
  'no-country-code': 'hint.phone.no-country-code',
  'no-plus': 'hint.phone.no-plus',
  'idd-prefix': 'hint.phone.idd-prefix',
  'trunk-zero': 'hint.phone.trunk-zero',
  'code-twice': 'hint.phone.code-twice',
  'code-mismatch': 'hint.phone.code-mismatch',
  'needs-country': 'hint.phone.needs-country',
  'not-a-number': 'hint.phone.not-a-number',
  'unknown-code': 'hint.phone.unknown-code',
  'too-short': 'hint.phone.too-short',
  'too-long': 'hint.phone.too-long',
  invalid: 'hint.phone.invalid',
};

const displayNames = new Map<string, Intl.DisplayNames | null>();

/** The country's name in the UI language ('Italia' for IT in Italian), else its ISO code. */
export function countryName(country: string, locale: string | undefined): string {
  const tag = (locale || 'en').replace(/_/g, '-');
  if (!displayNames.has(tag)) {
    let names: Intl.DisplayNames | null;
    try {
      names = new Intl.DisplayNames([tag, 'en'], { type: 'region', fallback: 'code' });
    } catch {
      names = null;
    }
    displayNames.set(tag, names);
  }
  try {
    return displayNames.get(tag)?.of(country) ?? country;
  } catch {
    return country;
  }
}

function severityOf(issue: PhoneIssue, o: PhoneNumberOptions): Severity | null {
  switch (issue) {
    case 'no-country-code':
    case 'idd-prefix':
      return o.requireInternational ? 'warn' : 'info';
    case 'needs-country':
      return o.requireInternational ? 'warn' : null;
    case 'no-plus':
    case 'trunk-zero':
    case 'code-twice':
    case 'code-mismatch':
      return 'warn';
    default:
      return 'error';
  }
}

/**
 * Reads the phone field the way the page is built: one field ('+39 312…'), or a dial-code control
 * plus a national-number box (checked as one number; the fix writes each part back). Finds a
 * missing country code (assuming the country from the page's control, the profile, the page's
 * language and domain, or the browser locale; params say which), a code without '+', a '00'
 * prefix, a trunk 0 kept after the code (Italian landlines keep theirs), numbers too short, too
 * long or invalid for the country, and, when the profile needs one, a number that is not a mobile.
 */
export const phoneNumber: Rule<PhoneNumberOptions> = {
  id: 'phone-number',
  field: 'phone',
  defaults: { requireInternational: false, requireMobile: false, fixFormat: 'international' },
  parseOptions: (input) => parseRuleOptions('phone-number', Options, input),
  check(value, ctx, options): Finding[] {
    if (value.trim() === '') return [];
    const split = ctx.fields['phone-country'] !== undefined || ctx.country?.fromControl !== undefined;
    const controlText = ctx.country?.fromControl ?? ctx.fields['phone-country'] ?? '';
    const a = analyzePhone(
      value,
      {
        assumed: inferCountry(ctx, PHONE_LIB),
        ...(split ? { control: { value: parseDialControl(controlText, PHONE_LIB) } } : {}),
      },
      PHONE_LIB,
    );
    if (a.incomplete && ctx.phase === 'typing') return [];
    const findings: Finding[] = [];
    if (a.issue !== null) {
      const severity = severityOf(a.issue, options);
      if (severity !== null) findings.push(finding(a, a.issue, severity, split, ctx, options));
    }
    if (options.requireMobile && a.e164 !== null && a.type !== null && NOT_MOBILE_TYPES.has(a.type)) {
      findings.push({
        rule: 'phone-number',
        field: 'phone',
        severity: 'warn',
        code: 'hint.phone.not-mobile',
        params: { number: a.international ?? a.e164 },
      });
    }
    return findings;
  },
};

function finding(
  a: PhoneAnalysis,
  issue: PhoneIssue,
  severity: Severity,
  split: boolean,
  ctx: RuleContext,
  options: PhoneNumberOptions,
): Finding {
  const params: Record<string, string> = {};
  const country = issue === 'no-country-code' ? (a.assumed?.country ?? a.country) : a.country;
  if (country) {
    params.country = country;
    params.countryName = countryName(country, ctx.uiLocale ?? ctx.pageLang);
    const cc = a.callingCode ?? PHONE_LIB.callingCode(country);
    if (cc) params.dial = `+${cc}`;
  }
  if (a.assumed && issue === 'no-country-code') params.source = a.assumed.source;
  let fix: Fix | undefined;
  if (a.e164 !== null && a.national !== null) {
    const whole = options.fixFormat === 'e164' ? a.e164 : (a.international ?? a.e164);
    if (split) {
      const writeCountry = issue === 'code-mismatch' || issue === 'no-country-code' || issue === 'no-plus';
      params.suggestion = a.national;
      // A country control cannot show a non-geographic code (+800, +882): writing only the
      // national part would drop the code, so such a number gets the suggestion without a fix.
      if (!writeCountry || a.country) {
        fix = {
          value: a.national,
          label: 'hint.fix.use',
          parts: writeCountry && a.country ? { phone: a.national, 'phone-country': a.country } : { phone: a.national },
        };
      }
      if (writeCountry) params.suggestion = whole;
    } else {
      params.suggestion = whole;
      fix = { value: whole, label: 'hint.fix.use' };
    }
  }
  return { rule: 'phone-number', field: 'phone', severity, code: CODES[issue], params, ...(fix ? { fix } : {}) };
}
