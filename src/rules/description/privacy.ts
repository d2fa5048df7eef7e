import { z } from 'zod/mini';
import type { MessageKey } from '../../i18n/keys.ts';
import type { SecretKind } from '../../text/secrets.ts';
import { findSecrets, redact } from '../../text/secrets.ts';
import { parseRuleOptions } from '../options.ts';
import type { Finding, Rule } from '../types.ts';

const Options = z.object({
  /** 6-digit verification / registration codes and two-step PINs near a code word. */
  codes: z._default(z.boolean(), true),
  /** Payment card numbers (Luhn-valid, known issuer, with card words or card grouping). */
  cards: z._default(z.boolean(), true),
  /** Full IBANs (right length for the country, valid check digits). */
  ibans: z._default(z.boolean(), true),
  /** Passwords given after a password word ("password: S3cret!"). */
  passwords: z._default(z.boolean(), true),
});
export type DescriptionPrivacyOptions = z.infer<typeof Options>;

const CODES: Readonly<Record<SecretKind, MessageKey>> = {
  code: 'hint.desc.secret.code',
  card: 'hint.desc.secret.card',
  iban: 'hint.desc.secret.iban',
  password: 'hint.desc.secret.password',
};
const ORDER: readonly SecretKind[] = ['code', 'password', 'card', 'iban'];

/**
 * Privacy leaks in the description, in any language: a verification code or two-step PIN, a
 * payment card number, a full IBAN, a password. A warning per kind found (most dangerous first),
 * each with a fix that replaces every secret found by '***'. Findings carry no part of a secret;
 * nothing is stored or sent.
 */
export const descriptionPrivacy: Rule<DescriptionPrivacyOptions> = {
  id: 'description-privacy',
  field: 'description',
  defaults: { codes: true, cards: true, ibans: true, passwords: true },
  parseOptions: (input) => parseRuleOptions('description-privacy', Options, input),
  check(value, _ctx, options): Finding[] {
    const wanted: Record<SecretKind, boolean> = {
      code: options.codes,
      card: options.cards,
      iban: options.ibans,
      password: options.passwords,
    };
    const spans = findSecrets(value).filter((s) => wanted[s.kind]);
    if (spans.length === 0) return [];
    // A removal can join what surrounded it into a new secret ('…10005' + 'DE89…' → '***DE89…'):
    // redact again until nothing is left (each round shortens the text; a few rounds at most).
    let cleaned = redact(value, spans);
    for (let round = 0; round < 8; round++) {
      const more = findSecrets(cleaned).filter((s) => wanted[s.kind]);
      if (more.length === 0) break;
      cleaned = redact(cleaned, more);
    }
    const kinds = new Set(spans.map((s) => s.kind));
    return ORDER.filter((k) => kinds.has(k)).map((k): Finding => ({
      rule: 'description-privacy',
      field: 'description',
      severity: 'warn',
      code: CODES[k],
      params: { count: spans.length },
      fix: { value: cleaned, label: 'hint.fix.remove-secrets' },
    }));
  },
};
