import type { MessageKey } from '../i18n/keys.ts';
import type { Params } from '../rules/types.ts';
import type { ServiceProfile } from '../profiles/schema.ts';
import { PROFILES, isOfficialHost } from '../profiles/index.ts';

export type Level = 'danger' | 'caution' | 'none';

export interface Reason {
  readonly code: MessageKey;
  readonly params: Params;
  /** What on the page led to the reason (numbers found, words); shown to the person. */
  readonly evidence: readonly string[];
}

export interface Assessment {
  readonly level: Level;
  readonly reasons: readonly Reason[];
}

export interface PageInput {
  readonly url: string;
  readonly title: string;
  /** Visible text of the page (innerText-like). */
  readonly text: string;
  /** `href`s of the page's links. */
  readonly links: readonly string[];
}

const HOTLINE_WORDS: readonly string[] = [
  'customer care',
  'customer service number',
  'support number',
  'helpline',
  'help line',
  'hotline',
  'toll free',
  'toll-free',
  '24x7',
  '24/7',
  'call center',
  'call centre',
  'contact number',
  'phone support',
  '客服電話',
  '客服热线',
  '客服熱線',
  '客服电话',
  'numero verde',
  'assistenza telefonica',
  'numero di assistenza',
  'nomor layanan pelanggan',
  'nomor cs',
  'layanan pelanggan',
  'служба поддержки',
  'हेल्पलाइन',
  'número de atención',
];

/** Phone-number-like runs: an optional +, then 8 to 15 digits with spaces, dots, dashes, brackets. */
const PHONE_RUN = /(?:\+|\b)\d[\d\s().-]{6,18}\d\b/g;
const MAX_TEXT = 1_000_000;
const WINDOW = 300;

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

function phoneNumbersIn(text: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(PHONE_RUN)) {
    const digits = m[0].replace(/\D/g, '');
    if (digits.length >= 8 && digits.length <= 15 && !/^(19|20)\d{2}$/.test(digits)) found.push(m[0].trim());
    if (found.length >= 10) break;
  }
  return found;
}

function assessForProfile(page: PageInput, text: string, profile: ServiceProfile): Reason[] {
  if (profile.phoneSupport) return [];
  if (isOfficialHost(hostOf(page.url), profile)) return [];
  const alias = profile.aliases.find((a) => text.includes(a));
  if (!alias) return [];
  const evidence = new Set<string>();
  for (const link of page.links) {
    if (link.toLowerCase().startsWith('tel:')) evidence.add(decodeURIComponent(link.slice(4)).trim());
  }
  // Hotline wording near the brand, with numbers in that neighbourhood.
  for (const word of HOTLINE_WORDS) {
    let from = 0;
    for (let i = 0; i < 20; i++) {
      const at = text.indexOf(word, from);
      if (at < 0) break;
      from = at + word.length;
      const windowText = text.slice(Math.max(0, at - WINDOW), at + WINDOW);
      if (!profile.aliases.some((a) => windowText.includes(a))) continue;
      for (const n of phoneNumbersIn(windowText)) evidence.add(n);
    }
  }
  if (evidence.size === 0) return [];
  return [
    {
      code: 'scam.reason.fake-hotline',
      params: { brand: profile.name },
      evidence: [...evidence].slice(0, 5),
    },
  ];
}

/** Pure page assessment; never throws. */
export function assessPage(page: PageInput, profiles: readonly ServiceProfile[] = PROFILES): Assessment {
  try {
    const text = `${page.title}\n${page.text}`.slice(0, MAX_TEXT).toLowerCase();
    const reasons: Reason[] = [];
    for (const profile of profiles) reasons.push(...assessForProfile(page, text, profile));
    return { level: reasons.length > 0 ? 'danger' : 'none', reasons };
  } catch {
    return { level: 'none', reasons: [] };
  }
}
