import type { ServiceProfile } from './schema.ts';
import { WHATSAPP } from './whatsapp.ts';

/** Built-in profiles; the generic one applies to every support form. */
export const GENERIC: ServiceProfile = {
  id: 'generic',
  name: 'Generic',
  aliases: ['generic'],
  officialDomains: ['example.invalid'],
  phoneSupport: true,
  channels: [{ id: 'none', kind: 'help-center', name: 'channel.help-center.name', goodFor: 'channel.help-center.for' }],
  rules: { 'email-typo': { maxDistance: 2 } },
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
