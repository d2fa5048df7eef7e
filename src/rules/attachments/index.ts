import type { FileFacts } from '../../files/types.ts';
import type { MessageKey } from '../../i18n/keys.ts';
import type { Finding, Severity } from '../types.ts';
import { fileTypes } from './allowed-types.ts';
import { fileCount } from './count.ts';
import { fileDuplicate } from './duplicate.ts';
import { fileInputConstraints } from './input-constraints.ts';
import { fileMaxSize } from './max-size.ts';
import { imageMinSize } from './min-size.ts';
import { fileReadable } from './readable.ts';
import { fileTypeMismatch } from './type-mismatch.ts';
import type { AttachmentRule, InputConstraints } from './types.ts';

export type { AttachmentRule, InputConstraints } from './types.ts';

/** The constraints of an `<input type=file>` (any Element-like with attributes); never throws. */
export function inputConstraintsOf(
  el: { getAttribute(name: string): string | null; hasAttribute(name: string): boolean },
  locale = 'en',
): InputConstraints {
  try {
    return { accept: el.getAttribute('accept') ?? '', multiple: el.hasAttribute('multiple'), locale };
  } catch {
    return { accept: '', multiple: false, locale };
  }
}

/** Every attachment rule, by id. A profile's `rules` map picks which run and with which options. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const ATTACHMENT_RULES: Readonly<Record<string, AttachmentRule<any>>> = {
  [fileInputConstraints.id]: fileInputConstraints,
  [fileReadable.id]: fileReadable,
  [fileTypeMismatch.id]: fileTypeMismatch,
  [fileDuplicate.id]: fileDuplicate,
  [imageMinSize.id]: imageMinSize,
  [fileCount.id]: fileCount,
  [fileMaxSize.id]: fileMaxSize,
  [fileTypes.id]: fileTypes,
};

/**
 * Several rules can say "wrong type" about one file (the profile's formats, the page's
 * `accept`, name vs content). Only the most telling tier is kept for each file.
 */
const TYPE_TIERS: readonly (readonly MessageKey[])[] = [
  ['hint.file.type-not-allowed', 'hint.file.unknown-type'],
  ['hint.file.not-accepted'],
  ['hint.file.type-mismatch', 'hint.file.unrecognized'],
];
const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warn: 1, info: 2 };

function tierOf(code: MessageKey): number {
  return TYPE_TIERS.findIndex((tier) => tier.includes(code));
}

/**
 * Runs the profile's attachment rules on the chosen files. Ids that are not attachment rules
 * are ignored (the same map holds text rules); a rule that throws (bad options) yields nothing.
 * Findings come in display order: findings about the count first, then file by file, errors first.
 */
export function runAttachmentRules(
  ruleOptions: Readonly<Record<string, unknown>>,
  files: readonly FileFacts[],
  input: InputConstraints,
): Finding[] {
  const all: Finding[] = [];
  for (const [id, rawOptions] of Object.entries(ruleOptions ?? {})) {
    const rule = Object.prototype.hasOwnProperty.call(ATTACHMENT_RULES, id) ? ATTACHMENT_RULES[id] : undefined;
    if (!rule) continue;
    try {
      all.push(...rule.check(files, input, rule.parseOptions(rawOptions)));
    } catch {
      // A broken rule must not break the page or the other rules.
    }
  }
  // Keep, per file, only the best tier of type findings.
  const bestTier = new Map<number, number>();
  for (const f of all) {
    const tier = tierOf(f.code);
    const index = f.params.index;
    if (tier < 0 || typeof index !== 'number') continue;
    bestTier.set(index, Math.min(bestTier.get(index) ?? tier, tier));
  }
  const kept = all.filter((f) => {
    const tier = tierOf(f.code);
    return tier < 0 || typeof f.params.index !== 'number' || bestTier.get(f.params.index) === tier;
  });
  const indexOf = (f: Finding) => (typeof f.params.index === 'number' ? f.params.index : 0);
  return kept
    .map((f, order) => ({ f, order }))
    .sort(
      (a, b) =>
        indexOf(a.f) - indexOf(b.f) || SEVERITY_ORDER[a.f.severity] - SEVERITY_ORDER[b.f.severity] || a.order - b.order,
    )
    .map(({ f }) => f);
}
