import { z } from 'zod/mini';
import { KNOWN, mendDots, suggestDomain } from './suggest.ts';

/** Why an address is malformed; each maps to a locale key `hint.email.syntax.<reason>`. */
export type EmailProblem =
  | 'missing-at'
  | 'two-at'
  | 'spaces'
  | 'illegal-char'
  | 'empty-local'
  | 'missing-domain'
  | 'leading-dot'
  | 'trailing-dot'
  | 'double-dot'
  | 'missing-tld'
  | 'too-long'
  | 'invalid';

export interface EmailAnalysis {
  /** The trimmed value. */
  readonly value: string;
  /** The first syntax problem, if any. */
  readonly problem: EmailProblem | null;
  /** The offending character for 'illegal-char'. */
  readonly char?: string;
  /** Whether the problem only means "not finished yet" (hidden while typing). */
  readonly incomplete: boolean;
  /** The full address the person most likely meant, when it differs from `value`; else null. */
  readonly suggestion: string | null;
  /** The domain (after the @) in lower case, when the address splits cleanly. */
  readonly domain: string | null;
}

const ATEXT = "\\p{L}\\p{N}\\p{M}!#$%&'*+/=?^_`{|}~-";
const LABEL = '[\\p{L}\\p{N}\\p{M}](?:[\\p{L}\\p{N}\\p{M}-]{0,61}[\\p{L}\\p{N}\\p{M}])?';
/** RFC 5322 dot-atom local part (plus Unicode, RFC 6531) @ an (IDN-friendly) host name with a TLD. */
export const EMAIL_PATTERN = new RegExp(
  `^[${ATEXT}]+(?:\\.[${ATEXT}]+)*@(?:${LABEL}\\.)+(?:[\\p{L}\\p{M}]{2,63}|xn--[a-z0-9-]{1,59})$`,
  'iu',
);
/** The schema; its own messages are never shown (ours are specific), it is the last word on validity. */
export const EmailSchema = z.email({ pattern: EMAIL_PATTERN });

const LOCAL_CHAR = new RegExp(`[.${ATEXT}]`, 'u');
const DOMAIN_CHAR = /[\p{L}\p{N}\p{M}.-]/u;
const MAX_LENGTH = 254;

function firstIllegal(text: string, allowed: RegExp): string | null {
  for (const ch of text) if (!allowed.test(ch)) return ch;
  return null;
}

/** Deterministic repairs of a domain: `,` or `;` for a dot, stray dots, then a typo suggestion. */
function repairDomain(domain: string): string {
  const mended = mendDots(domain.replace(/[,;]/g, '.').replace(/[.,;:!?)>\]]+$/, ''));
  const lower = mended.toLowerCase();
  return suggestDomain(lower, slips) ?? (mended === domain ? domain : lower);
}

function withSuggestion(value: string, local: string, domain: string): string | null {
  const repaired = `${mendLocal(local)}@${repairDomain(domain)}`;
  return repaired !== value && EMAIL_PATTERN.test(repaired) ? repaired : null;
}

function mendLocal(local: string): string {
  return local.replace(/\.{2,}/g, '.').replace(/^\.+|\.+$/g, '');
}

function result(
  value: string,
  problem: EmailProblem | null,
  suggestion: string | null,
  domain: string | null,
  extra: { char?: string; incomplete?: boolean } = {},
): EmailAnalysis {
  return {
    value,
    problem,
    suggestion,
    domain,
    incomplete: extra.incomplete ?? false,
    ...(extra.char ? { char: extra.char } : {}),
  };
}

/** Slips allowed in a provider name for the current call (the email-typo rule's maxDistance). */
let slips = 2;
let lastInput: string | null = null;
let lastResult: EmailAnalysis | null = null;

/**
 * Checks an address: the first syntax problem with its reason, and the address the person most
 * likely meant (syntax repairs plus domain typo fixes). Never throws; bounded on huge input.
 */
export function analyzeEmail(input: string, maxSlips = 2): EmailAnalysis {
  const key = `${maxSlips}\u0000${input}`;
  if (key === lastInput && lastResult) return lastResult;
  slips = maxSlips;
  let out: EmailAnalysis;
  try {
    out = analyzeUncached(input);
  } catch {
    out = result(input.trim().slice(0, MAX_LENGTH), null, null, null);
  }
  lastInput = key;
  lastResult = out;
  return out;
}

function analyzeUncached(input: string): EmailAnalysis {
  const value = input.trim();
  if (value === '') return result('', null, null, null);
  if (value.length > MAX_LENGTH) return result(value.slice(0, MAX_LENGTH), 'too-long', null, null);
  // Pasted wrappers: mailto:, <…>, quotes.
  const unwrapped = value.replace(/^mailto:/i, '').replace(/^[<"'(]+|[>"')]+$/g, '');
  if (unwrapped !== value) {
    const inner = analyzeUncached(unwrapped);
    const suggestion = inner.problem === null ? (inner.suggestion ?? unwrapped) : inner.suggestion;
    const ch = firstIllegal(value, /[^<>"'():]/) ?? ':';
    return result(value, 'illegal-char', suggestion, inner.domain, { char: ch });
  }

  if (/\s/u.test(value)) {
    const squeezed = value.replace(/\s+/gu, '');
    const inner = squeezed === '' ? null : analyzeUncached(squeezed);
    const suggestion = inner && inner.problem === null ? (inner.suggestion ?? squeezed) : null;
    return result(value, 'spaces', suggestion, inner?.domain ?? null);
  }

  const at = value.indexOf('@');
  if (at < 0) {
    // "name.gmail.com": the @ typed as a dot before a known mailbox.
    const m = /^(.+)[.,]([a-z0-9-]+(?:\.[a-z0-9-]+)+)$/i.exec(value);
    let suggestion: string | null = null;
    if (m) {
      for (let i = value.length - 1; i > 0 && suggestion === null; i--) {
        if (value[i] !== '.' && value[i] !== ',') continue;
        const domain = value.slice(i + 1).toLowerCase();
        // Only a repair that is a valid address ("a..gmail.com" → "a@gmail.com", ";.gmail.com" → none).
        if (KNOWN.has(domain) && domain.includes('.') && i > 0) {
          suggestion = withSuggestion(value, value.slice(0, i), domain);
        }
      }
    }
    return result(value, 'missing-at', suggestion, null, { incomplete: true });
  }
  const lastAt = value.lastIndexOf('@');
  if (at !== lastAt) {
    const single = value.replace(/@{2,}/g, '@');
    let suggestion: string | null = null;
    if (single.indexOf('@') === single.lastIndexOf('@')) {
      const inner = analyzeUncached(single);
      suggestion = inner.problem === null ? (inner.suggestion ?? single) : inner.suggestion;
    }
    return result(value, 'two-at', suggestion, null);
  }

  const local = value.slice(0, at);
  const domainRaw = value.slice(at + 1);
  const domain = domainRaw.toLowerCase();
  if (local === '') return result(value, 'empty-local', null, domain);
  if (domainRaw === '') return result(value, 'missing-domain', null, null, { incomplete: true });

  const badLocal = firstIllegal(local, LOCAL_CHAR);
  const badDomain = firstIllegal(domainRaw, DOMAIN_CHAR);
  if (badLocal !== null || badDomain !== null) {
    const onlyDomainPunct = badLocal === null && /^[\p{L}\p{N}\p{M}.,;:!?)>\]-]+$/u.test(domainRaw);
    const suggestion = onlyDomainPunct ? withSuggestion(value, local, domainRaw) : null;
    return result(value, 'illegal-char', suggestion, domain, { char: badLocal ?? badDomain ?? '' });
  }

  if (local.startsWith('.') || domainRaw.startsWith('.')) {
    return result(value, 'leading-dot', withSuggestion(value, local, domainRaw), domain);
  }
  if (local.includes('..') || domainRaw.includes('..')) {
    return result(value, 'double-dot', withSuggestion(value, local, domainRaw), domain);
  }
  if (local.endsWith('.') || domainRaw.endsWith('.')) {
    return result(value, 'trailing-dot', withSuggestion(value, local, domainRaw), domain, {
      incomplete: domainRaw.endsWith('.'),
    });
  }
  if (!domainRaw.includes('.')) {
    const fixed = suggestDomain(domain, slips);
    return result(value, 'missing-tld', fixed ? `${local}@${fixed}` : null, domain, { incomplete: true });
  }
  if (!z.safeParse(EmailSchema, value).success) {
    return result(value, 'invalid', withSuggestion(value, local, domainRaw), domain);
  }

  const fixed = suggestDomain(domain, slips);
  return result(value, null, fixed ? `${local}@${fixed}` : null, domain);
}
