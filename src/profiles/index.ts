import type { ServiceProfile } from './schema.ts';
import { WHATSAPP } from './whatsapp.ts';

/** Built-in profiles; the generic one applies to every support form. */
export const GENERIC: ServiceProfile = {
  id: 'generic',
  name: 'Generic',
  aliases: ['generic'],
  officialDomains: ['example.invalid'],
  supportUrls: [],
  phoneSupport: true,
  channels: [{ id: 'in-app', kind: 'in-app', name: 'channel.in-app.name', goodFor: 'channel.in-app.for' }],
  categories: [],
  responseTimes: { caveat: 'popup.channels.timing', items: [], notes: [] },
  scamFacts: [],
  avoid: [],
  rules: {
    // Email, phone, description (src/rules/{email,phone,description}).
    'email-syntax': {},
    'email-typo': { maxDistance: 2 },
    'email-confirm': {},
    'phone-number': { requireInternational: false, requireMobile: false },
    'description-privacy': {},
    'description-details': { categories: [], vague: true, urgent: false },
    // Attachments (src/rules/attachments): the page's accept/multiple, real type, readability,
    // duplicates by content, and an info note under 720 px on the short side.
    'file-input-constraints': {},
    'file-readable': {},
    'file-type-mismatch': {},
    'file-duplicate': {},
    'image-min-size': { minShortSide: 720, severity: 'info' },
  },
};

export const PROFILES: readonly ServiceProfile[] = [WHATSAPP];

export function isOfficialHost(hostname: string, profile: ServiceProfile): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  return profile.officialDomains.some((d) => host === d || host.endsWith(`.${d}`));
}

/** The profile whose official domain this is, else the generic profile. */
export function profileForHost(hostname: string): ServiceProfile {
  return PROFILES.find((p) => isOfficialHost(hostname, p)) ?? GENERIC;
}

/**
 * The profile whose rules a support form on this page gets: the service whose official
 * domain this is; else a service the page's title names (a form that presents itself as
 * that service's support is checked against that service's limits); else the generic one.
 */
export function profileForPage(hostname: string, title: string): ServiceProfile {
  const byHost = PROFILES.find((p) => isOfficialHost(hostname, p));
  if (byHost) return byHost;
  const lower = title.toLowerCase();
  return PROFILES.find((p) => p.aliases.some((a) => lower.includes(a.toLowerCase()))) ?? GENERIC;
}
