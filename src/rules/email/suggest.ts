import { deletions, typoDistance } from '../../text/keyboard.ts';
import {
  CC_TLDS,
  DISPOSABLE_DOMAINS,
  GENERIC_TLDS,
  KNOWN_REAL_DOMAINS,
  MAILBOX_DOMAINS,
  NAME_TYPOS,
  PROVIDER_DOMAINS,
  SECOND_LEVEL,
  TLD_TYPOS,
} from './domains.ts';

/*
 * Domain typo suggestions. Everything is precomputed at module load so that one call costs a few
 * map look-ups plus a handful of short bounded distance computations.
 *
 * Policy, in order:
 * 1. A known domain (provider, personal mailbox, known real look-alike, disposable) is never changed.
 * 2. An IDN (non-ASCII or xn--) domain is never changed.
 * 3. A domain is split into name + suffix (`yahoo` + `co.uk`). A suffix that is a known typo
 *    (`con`, `cmo`, `cm`, `couk`, `com.com`) is mended, for any name.
 * 4. A name that is, or is one or two slips from, exactly one provider name gets that provider's
 *    domain with the typed suffix when the provider has it; when the typed suffix is real (a
 *    country code or a big generic one) and the name was typed exactly, the domain is a real
 *    variant (`gmail.hu`, `comcast.com`) and stays. `.co` on a provider name means `.com`.
 * 5. Ties (two providers as close) → no suggestion.
 */

export const KNOWN: ReadonlySet<string> = new Set([...MAILBOX_DOMAINS, ...KNOWN_REAL_DOMAINS, ...DISPOSABLE_DOMAINS]);
export const MAILBOXES: ReadonlySet<string> = new Set(MAILBOX_DOMAINS);
export const DISPOSABLE: ReadonlySet<string> = new Set(DISPOSABLE_DOMAINS);

/** Provider name → its suffixes, first = default (`yahoo` → ['com', 'co.uk', …]). */
const SUFFIXES_BY_NAME = new Map<string, string[]>();
for (const d of PROVIDER_DOMAINS) {
  const { name, suffix } = splitDomain(d);
  const list = SUFFIXES_BY_NAME.get(name) ?? [];
  list.push(suffix);
  SUFFIXES_BY_NAME.set(name, list);
}

/** Names with no safe default when typed without a suffix (`name@gmx`: .net, .de or .com?). */
const NO_DEFAULT_SUFFIX = new Set(['gmx', 'mail', 'yandex', 'aol', 'live', 'me', 'pm']);

/**
 * Provider names that are ordinary words: their one-slip neighbours are often real words and real
 * domains too (`charted.net`, `alive.it`), so only exact names and listed misspellings count.
 */
const WORD_NAMES = new Set(['charter', 'orange', 'alice', 'libero', 'rogers', 'telus', 'terra', 'mail', 'live']);

/** How many slips a provider name tolerates: none for short names or words (too many real look-alikes). */
function budgetFor(name: string): number {
  if (name.length <= 4 || /^\d+$/.test(name) || WORD_NAMES.has(name)) return 0;
  return name.length <= 8 ? 1 : 2;
}

/** Symmetric-deletion index: deletion variant → provider names it comes from. */
const DELETION_INDEX = new Map<string, string[]>();
for (const name of SUFFIXES_BY_NAME.keys()) {
  const budget = budgetFor(name);
  if (budget === 0) continue;
  for (const v of deletions(name, budget)) {
    const list = DELETION_INDEX.get(v);
    if (list) list.push(name);
    else DELETION_INDEX.set(v, [name]);
  }
}

/** Splits a lower-case domain into the part before its public suffix and the suffix. */
export function splitDomain(domain: string): { name: string; suffix: string } {
  const labels = domain.split('.');
  if (labels.length < 2) return { name: domain, suffix: '' };
  const last = labels[labels.length - 1]!;
  const lastTwo = labels.length >= 3 ? `${labels[labels.length - 2]!}.${last}` : '';
  // A two-label typo (`co.uj`, `com.com`) or a country second level (`co.uk`, `com.tw`).
  if (
    lastTwo &&
    (TLD_TYPOS[lastTwo] !== undefined || (SECOND_LEVEL.has(labels[labels.length - 2]!) && CC_TLDS.has(last)))
  ) {
    return { name: labels.slice(0, -2).join('.'), suffix: lastTwo };
  }
  if (lastTwo === 'co.uk.uk') return { name: labels.slice(0, -3).join('.'), suffix: 'co.uk.uk' };
  return { name: labels.slice(0, -1).join('.'), suffix: last };
}

/** Whether a suffix exists: a country code, a country second level, or a common generic one. */
function isRealSuffix(suffix: string): boolean {
  if (CC_TLDS.has(suffix) || GENERIC_TLDS.has(suffix)) return true;
  const dot = suffix.indexOf('.');
  return dot > 0 && SECOND_LEVEL.has(suffix.slice(0, dot)) && CC_TLDS.has(suffix.slice(dot + 1));
}

/** The provider name `name` most likely stands for, or null (unknown, or a tie). */
export function providerName(name: string, maxSlips = 2): string | null {
  if (SUFFIXES_BY_NAME.has(name)) return name;
  const listed = NAME_TYPOS[name];
  if (listed !== undefined) return listed;
  if (name.length < 4 || name.length > 16 || name.includes('.')) return null;
  const candidates = new Set<string>();
  for (const v of deletions(name, name.length >= 7 ? 2 : 1)) {
    const hits = DELETION_INDEX.get(v);
    if (hits) for (const h of hits) candidates.add(h);
  }
  let best = Infinity;
  let winner: string | null = null;
  let tie = false;
  for (const c of candidates) {
    // Slips rarely hit both of the first two letters: "cloud" is not "icloud", "mymail" not "ymail".
    if (name[0] !== c[0] && name[1] !== c[1] && !(name[0] === c[1] && name[1] === c[0])) continue;
    const budget = Math.min(budgetFor(c), maxSlips);
    const dist = typoDistance(name, c, budget);
    if (dist > budget) continue;
    if (dist < best) {
      best = dist;
      winner = c;
      tie = false;
    } else if (dist === best && c !== winner) {
      tie = true;
    }
  }
  return tie ? null : winner;
}

/** The nearest of `options` to `typed` within 2 edits, or null (none, or a tie). */
function nearestSuffix(typed: string, options: readonly string[]): string | null {
  let best = 3;
  let winner: string | null = null;
  let tie = false;
  for (const o of options) {
    const dist = typoDistance(typed, o, 2);
    if (dist < best) {
      best = dist;
      winner = o;
      tie = false;
    } else if (dist === best) {
      tie = true;
    }
  }
  return tie || best > 2 ? null : winner;
}

function isIdn(domain: string): boolean {
  return /[^\x20-\x7e]/.test(domain) || domain.startsWith('xn--') || domain.includes('.xn--');
}

/**
 * The domain the person most likely meant (lower case), or null when the typed one looks intended.
 * `domain` is the part after the @, as typed; dots are assumed already mended (see `mendDots`).
 */
export function suggestDomain(domain: string, maxSlips = 2): string | null {
  const d = domain.toLowerCase();
  if (d === '' || d.length > 253 || KNOWN.has(d) || isIdn(d)) return null;
  if (!/^[a-z0-9.-]+$/.test(d)) return null;
  const out = suggestKnownShape(d, maxSlips);
  return out !== null && out !== d ? out : null;
}

function suggestKnownShape(d: string, maxSlips: number): string | null {
  // No suffix at all: `gmail`, `gmial`, `gmailcom`.
  if (!d.includes('.')) {
    const pn = providerName(d, maxSlips);
    if (pn !== null) {
      const suffixes = SUFFIXES_BY_NAME.get(pn)!;
      return NO_DEFAULT_SUFFIX.has(pn) && suffixes.length > 1 ? null : `${pn}.${suffixes[0]!}`;
    }
    for (let i = d.length - 2; i >= 2; i--) {
      const head = d.slice(0, i);
      const tail = d.slice(i);
      if (!SUFFIXES_BY_NAME.has(head)) continue;
      const candidate = `${head}.${tail}`;
      if (KNOWN.has(candidate)) return candidate;
      const fixedTail = TLD_TYPOS[tail];
      if (fixedTail !== undefined && KNOWN.has(`${head}.${fixedTail}`)) return `${head}.${fixedTail}`;
    }
    return null;
  }

  let { name, suffix } = splitDomain(d);
  if (name === '') return null;
  let pn = providerName(name, maxSlips);
  if (pn === null && name.includes('.')) {
    // A mistyped country part may hide a second level: `yahoo.co.jpp` is `yahoo` + `co.jpp`.
    const dot = name.lastIndexOf('.');
    const shorter = name.slice(0, dot);
    if (SUFFIXES_BY_NAME.has(shorter)) {
      suffix = `${name.slice(dot + 1)}.${suffix}`;
      name = shorter;
      pn = shorter;
    }
  }
  const fixedSuffix = TLD_TYPOS[suffix];
  if (pn === null) {
    return fixedSuffix !== undefined ? `${name}.${fixedSuffix}` : null;
  }

  const own = SUFFIXES_BY_NAME.get(pn)!;
  const wanted = fixedSuffix ?? suffix;
  if (own.includes(wanted)) return `${pn}.${wanted}`;
  if (suffix === 'co' && name === pn && own.includes('com')) return `${pn}.com`;
  // A real country or generic variant (`gmail.hu`, `comcast.com`, `orange.cm`) stays: it may exist.
  if (isRealSuffix(suffix)) return null;
  if (fixedSuffix !== undefined) return null; // e.g. `libero.con`: .com or .it? Don't guess.
  const near = nearestSuffix(suffix, own);
  return near === null ? null : `${pn}.${near}`;
}

/** Collapses runs of dots and drops dots at either end: `gmail..com` → `gmail.com`. */
export function mendDots(domain: string): string {
  return domain.replace(/\.{2,}/g, '.').replace(/^\.+|\.+$/g, '');
}
