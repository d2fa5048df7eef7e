import type { Finding, Rule } from '../types.ts';
import { editDistance } from '../../text/distance.ts';
import { KNOWN_REAL_DOMAINS, PROVIDER_DOMAINS, TLD_TYPOS } from './domains.ts';

export interface EmailTypoOptions {
  /** Largest edit distance between the typed domain and a provider domain. */
  readonly maxDistance: number;
}

const PROVIDERS = new Set(PROVIDER_DOMAINS);
const KNOWN = new Set([...PROVIDER_DOMAINS, ...KNOWN_REAL_DOMAINS]);
/** Second-level names of providers, for `name@gmail` with no top-level part. */
const PROVIDER_BY_LABEL = new Map<string, string>();
for (const d of PROVIDER_DOMAINS) {
  const label = d.split('.')[0]!;
  if (!PROVIDER_BY_LABEL.has(label)) PROVIDER_BY_LABEL.set(label, d);
}

/**
 * The domain the person most likely meant, or null when the domain looks
 * intended (known, or not close to exactly one provider).
 */
export function suggestDomain(domain: string, maxDistance: number): string | null {
  const d = domain.toLowerCase();
  if (d === '' || KNOWN.has(d)) return null;
  if (/[^ -~]/.test(d) || d.startsWith('xn--') || d.includes('.xn--')) return null;

  // Phone keyboards' ".com" key after a typed dot: "gmail..com"; trailing dots.
  const squashed = d.replace(/\.{2,}/g, '.').replace(/^\.+|\.+$/g, '');
  if (squashed !== d) return KNOWN.has(squashed) ? squashed : (suggestDomain(squashed, maxDistance) ?? squashed);

  // A provider with no top-level part: "gmail".
  if (!d.includes('.')) {
    const direct = PROVIDER_BY_LABEL.get(d);
    if (direct) return direct;
    return uniqueNearest([...PROVIDER_BY_LABEL.keys()], d, Math.min(maxDistance, 1), (l) => PROVIDER_BY_LABEL.get(l)!);
  }

  // A top-level typo on any domain: "example.con" → "example.com".
  const firstDot = d.indexOf('.');
  const name = d.slice(0, firstDot);
  const tld = d.slice(firstDot + 1);
  const fixedTld = TLD_TYPOS[tld];
  if (fixedTld) {
    const candidate = `${name}.${fixedTld}`;
    const nearProvider = PROVIDERS.has(candidate) ? candidate : providerNear(candidate, maxDistance);
    return nearProvider ?? candidate;
  }
  return providerNear(d, maxDistance);
}

function providerNear(domain: string, maxDistance: number): string | null {
  // Short domains allow fewer edits, or every 6-letter domain would be "gmail.com".
  const budget = domain.length <= 7 ? 1 : maxDistance;
  const tld = domain.slice(domain.indexOf('.') + 1);
  const found = uniqueNearest(PROVIDER_DOMAINS, domain, budget, (p) => p);
  if (found === null) return null;
  // Keep real country variants: "gmail.hu" is not "gmail.com"'s typo when only the TLD differs
  // and the typed TLD is a real two-letter country code.
  const foundTld = found.slice(found.indexOf('.') + 1);
  const sameName = found.split('.')[0] === domain.split('.')[0];
  if (sameName && /^[a-z]{2}$/.test(tld) && foundTld !== tld && !(tld in TLD_TYPOS)) return null;
  return found;
}

function uniqueNearest<T extends string>(
  candidates: readonly T[],
  input: string,
  max: number,
  map: (c: T) => string,
): string | null {
  let best = max + 1;
  let winners: string[] = [];
  for (const c of candidates) {
    const dist = editDistance(input, c, max);
    if (dist > max || dist === 0) continue;
    if (dist < best) {
      best = dist;
      winners = [map(c)];
    } else if (dist === best) {
      const m = map(c);
      if (!winners.includes(m)) winners.push(m);
    }
  }
  return winners.length === 1 ? winners[0]! : null; // ties → no suggestion
}

export const emailTypo: Rule<EmailTypoOptions> = {
  id: 'email-typo',
  field: 'email',
  defaults: { maxDistance: 2 },
  parseOptions(input: unknown): EmailTypoOptions {
    const o = (input ?? {}) as Partial<EmailTypoOptions>;
    const maxDistance = o.maxDistance ?? 2;
    if (!Number.isInteger(maxDistance) || maxDistance < 1 || maxDistance > 3) {
      throw new Error('email-typo: maxDistance must be 1, 2 or 3');
    }
    return { maxDistance };
  },
  check(value, _ctx, options): Finding[] {
    const trimmed = value.trim();
    const at = trimmed.lastIndexOf('@');
    if (at <= 0 || at !== trimmed.indexOf('@')) return [];
    const local = trimmed.slice(0, at);
    const domain = trimmed.slice(at + 1);
    if (/\s/.test(trimmed) || domain.length < 2) return [];
    const suggested = suggestDomain(domain, options.maxDistance);
    if (suggested === null || suggested === domain.toLowerCase()) return [];
    const suggestion = `${local}@${suggested}`; // the local part keeps its case
    return [
      {
        rule: 'email-typo',
        field: 'email',
        severity: 'warn',
        code: 'hint.email.typo',
        params: { suggestion },
        fix: { value: suggestion },
      },
    ];
  },
};
