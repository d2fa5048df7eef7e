import type { Locale } from '../i18n/index.ts';
import { t } from '../i18n/index.ts';
import type { MessageKey } from '../i18n/keys.ts';
import type { Channel, ServiceProfile } from '../profiles/schema.ts';
import type { runRules } from '../rules/registry.ts';
import type { Params } from '../rules/types.ts';

/**
 * Email drafts for a profile's email channels (e.g. a ban appeal): a subject and body in the UI
 * language, built on the device. Nothing here sends anything; the popup copies the text or
 * hands it to the mail app through a mailto: link the person clicks.
 */

export interface DraftInput {
  readonly phone: string;
  readonly description: string;
}

export interface Draft {
  readonly to: string;
  readonly subject: string;
  readonly body: string;
  /** mailto: URL with subject and body (CRLF line breaks, RFC 6068). */
  readonly mailto: string;
}

export interface PhoneCheck {
  /** false: the draft can't use this number (the message says why). */
  readonly ok: boolean;
  /** The number as it goes in the draft ('+39 312 345 6789' → '+393123456789'), '' when not ok. */
  readonly value: string;
  /** The first problem to show, if any (a warning may come with ok: true). */
  readonly message?: { readonly code: MessageKey; readonly params: Params };
}

const MAX_PHONE_INPUT = 64;
const MAX_DESCRIPTION = 1500;

/** Drops spaces, dashes, dots and brackets; keeps a leading '+' and the digits. */
export function normalizePhone(raw: string): string {
  const s = String(raw ?? '')
    .slice(0, MAX_PHONE_INPUT)
    .trim();
  const plus = /^[\s(（]*[+＋]/.test(s);
  const digits = s.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)).replace(/\D/g, '');
  return (plus ? '+' : '') + digits;
}

/** The rule runner (src/rules/registry.ts `runRules`), passed in so the popup can load it only when needed. */
export type RunRules = typeof runRules;

/**
 * Checks the phone number for a draft: it must be international (+ and 8–15 digits, E.164).
 * The profile's phone rules (src/rules/phone, through `run`, when given) then add their advice;
 * an 'error' from them also blocks the draft.
 */
export function checkDraftPhone(raw: string, profile: ServiceProfile, uiLocale?: string, run?: RunRules): PhoneCheck {
  const value = normalizePhone(raw);
  if (!/^\+[1-9]\d{7,14}$/.test(value)) {
    return { ok: false, value: '', message: { code: 'draft.phone.invalid', params: {} } };
  }
  if (!run) return { ok: true, value };
  let findings: ReturnType<RunRules>;
  try {
    findings = run(profile.rules, 'phone', String(raw).slice(0, MAX_PHONE_INPUT), {
      fields: { phone: String(raw).slice(0, MAX_PHONE_INPUT) },
      pageLang: '',
      profileId: profile.id,
      phase: 'done',
      ...(uiLocale ? { uiLocale } : {}),
    });
  } catch {
    findings = [];
  }
  const order = { error: 0, warn: 1, info: 2 } as const;
  const first = findings.filter((f) => f.severity !== 'info').sort((a, b) => order[a.severity] - order[b.severity])[0];
  if (!first) return { ok: true, value };
  const message = { code: first.code, params: first.params };
  return first.severity === 'error' ? { ok: false, value: '', message } : { ok: true, value, message };
}

/** The description as it goes in the draft: no control characters, at most two blank lines, bounded. */
export function cleanDescription(raw: string): string {
  return (
    String(raw ?? '')
      .slice(0, MAX_DESCRIPTION * 2)
      .replace(/\r\n?/g, '\n')
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0009\u000b-\u001f\u007f]/g, ' ')
      .replace(/\n{3,}/g, '\n\n')
      .trim()
      .slice(0, MAX_DESCRIPTION)
  );
}

/** True when the text holds something shaped like a verification code (6 digits, maybe "123-456"). */
export function mentionsCode(text: string): boolean {
  return /(^|[^\d+])\d{3}[-\s]?\d{3}(?![\d])/.test(String(text ?? '').slice(0, MAX_DESCRIPTION * 2));
}

/** The draft for an email channel, or null when the channel is not an email channel with a template. */
export function buildDraft(
  locale: Locale,
  profile: ServiceProfile,
  channel: Channel,
  input: DraftInput,
  run?: RunRules,
): Draft | null {
  if (channel.kind !== 'email' || !channel.email || !channel.draft) return null;
  const check = checkDraftPhone(input.phone, profile, locale, run);
  const phone = check.ok ? check.value : t(locale, 'draft.phone.missing');
  const params = { service: profile.name, phone };
  const subject = t(locale, channel.draft.subject, params);
  const description = cleanDescription(input.description);
  const parts = [t(locale, channel.draft.body, params)];
  if (description) parts.push(t(locale, 'draft.details', { description }));
  parts.push(t(locale, 'draft.closing'));
  const body = parts.join('\n\n');
  const mailto =
    `mailto:${channel.email}?subject=${encodeURIComponent(subject)}` +
    `&body=${encodeURIComponent(body.replace(/\n/g, '\r\n'))}`;
  return { to: channel.email, subject, body, mailto };
}
