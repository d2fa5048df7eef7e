import { parse } from 'tldts';
import type { ServiceProfile } from '../profiles/schema.ts';
import { editDistance } from '../text/distance.ts';
import { SUPPORT_DOMAIN_PARTS } from './lexicon.ts';
import { isNonAscii, skeleton, toUnicodeHost } from './skeleton.ts';

/** What the assessment knows about the page's address. */
export interface HostInfo {
  /** Lower-case hostname as in the URL (Punycode), without a trailing dot. */
  readonly host: string;
  /** The same with `xn--` labels decoded. */
  readonly unicodeHost: string;
  /** Registrable domain (public-suffix aware), Punycode; '' for IPs, localhost and the like. */
  readonly domain: string;
  /** Registrable domain without its public suffix, decoded (`whatsapp` for `whatsapp.co.in`). */
  readonly label: string;
  /** Labels left of the registrable domain, decoded. */
  readonly subdomain: string;
  /** URL path and query, lower-case, decoded when possible (bounded). */
  readonly path: string;
}

export type DomainSignalKind = 'homograph' | 'typo' | 'brand';

export interface DomainSignal {
  readonly kind: DomainSignalKind;
  /** 3 strong, 2 medium, 1 weak (see the scoring model in assess.ts). */
  readonly weight: number;
  readonly domain: string;
}

const EMPTY: HostInfo = { host: '', unicodeHost: '', domain: '', label: '', subdomain: '', path: '' };

/** Parses a page URL; never throws. */
export function hostInfo(url: string): HostInfo {
  try {
    const u = new URL(url.slice(0, 4096));
    const host = u.hostname.toLowerCase().replace(/\.$/, '');
    let path = `${u.pathname}${u.search}`.slice(0, 1000);
    try {
      path = decodeURIComponent(path);
    } catch {
      // keep the encoded form
    }
    if (!host) return { ...EMPTY, path: path.toLowerCase() };
    const p = parse(host);
    const domain = p.isIp ? '' : (p.domain ?? '');
    return {
      host,
      unicodeHost: toUnicodeHost(host),
      domain,
      label: toUnicodeHost(p.domainWithoutSuffix ?? ''),
      subdomain: toUnicodeHost(p.subdomain ?? ''),
      path: path.toLowerCase(),
    };
  } catch {
    return EMPTY;
  }
}

/** True when the registrable domain is one the profile owns. */
export function isOfficialDomain(info: HostInfo, profile: ServiceProfile): boolean {
  return info.domain !== '' && profile.officialDomains.includes(info.domain);
}

function officialLabels(profile: ServiceProfile): { label: string; domain: string }[] {
  const out: { label: string; domain: string }[] = [];
  for (const d of profile.officialDomains) {
    const label = d.split('.')[0] ?? '';
    if (label.length >= 5 && !out.some((o) => o.label === label)) out.push({ label, domain: d });
  }
  return out;
}

function hasSupportPart(label: string): boolean {
  return SUPPORT_DOMAIN_PARTS.some((w) => label.includes(w));
}

/**
 * Look-alike checks of the address against the profile's official names:
 * - homograph (strong): a label with non-ASCII characters whose confusable skeleton is, or
 *   contains, an official name (`whаtsapp.com` with a Cyrillic а, `ｗhatsapp`);
 * - typo (medium): the registrable name, or a hyphen part of it, is one edit away from an
 *   official name (`whatsaap`, `whatapp`, `whatsappp`) or equal to it after folding digit
 *   look-alikes (`whatsa4p`, `wh0tsapp`); two edits (`watsap`) are weak;
 * - brand (medium/weak): the official name inside another domain: the full official domain
 *   in the subdomain (`whatsapp.com.example.net`, medium), the name plus support words in
 *   the registrable name (`whatsapp-help.example`, medium) or in a subdomain label (a site on a
 *   shared host, `whatsappsupport.host.example`, medium), the bare name elsewhere in the
 *   registrable name or as the registrable name under another suffix (weak/medium).
 * Returns the strongest signal, or null. Never throws.
 */
export function domainSignal(info: HostInfo, profile: ServiceProfile): DomainSignal | null {
  try {
    if (!info.host || isOfficialDomain(info, profile)) return null;
    const shown = info.unicodeHost;
    const names = officialLabels(profile);
    let best: DomainSignal | null = null;
    const offer = (kind: DomainSignalKind, weight: number): void => {
      if (!best || weight > best.weight) best = { kind, weight, domain: shown };
    };
    const allLabels = info.unicodeHost.split('.').filter(Boolean);
    const regLabel = info.label;
    for (const { label: name, domain: officialDomain } of names) {
      const nameSkel = skeleton(name);
      // Homographs anywhere in the host.
      for (const l of allLabels) {
        if (!isNonAscii(l)) continue;
        const sk = skeleton(l);
        if (sk.includes(nameSkel)) offer('homograph', 3);
      }
      // The official domain spelled out inside the subdomain: whatsapp.com.example.net.
      const sub = `.${info.subdomain}.`;
      if (info.subdomain && sub.includes(`.${officialDomain}.`)) offer('brand', 2);
      else if (info.subdomain) {
        for (const l of info.subdomain.split('.')) {
          // A site named after the brand on a shared host: whatsappsupportph.sitebuilder.example
          // poses as its support as whatsapp-help.example does.
          if (l !== name && l.includes(name) && hasSupportPart(l.replace(name, ''))) offer('brand', 2);
          else if (l.split('-').includes(name)) offer('brand', 1);
        }
      }
      if (!regLabel) continue;
      // The registrable name itself.
      if (regLabel === name) {
        offer('brand', 2);
        continue;
      }
      if (regLabel.includes(name)) {
        // One extra letter is a repetition typo (whatsappp, wwhatsapp); more is a name that uses the brand.
        if (regLabel.length === name.length + 1) offer('typo', 2);
        else offer('brand', hasSupportPart(regLabel.replace(name, '')) ? 2 : 1);
        continue;
      }
      const parts = [regLabel, ...regLabel.split('-').filter((p) => p.length >= 4)];
      for (const part of parts) {
        if (isNonAscii(part)) continue;
        const d = editDistance(part, name, 2);
        const looseEqual = skeleton(part, true) === skeleton(name, true);
        if (d === 1 || (looseEqual && part !== name)) {
          offer('typo', 2);
        } else if (d === 2 && name.length >= 7 && part.length >= 6) {
          offer('typo', 1);
        }
      }
    }
    return best;
  } catch {
    return null;
  }
}
