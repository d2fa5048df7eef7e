import { PROFILES } from './profiles/index.ts';

/**
 * The always-on content script's only job: decide, cheaply, whether this page needs
 * the full checker. Everything else is loaded only where a page has form controls a
 * support form could use, or mentions a service we have a profile for.
 */

/** Controls a support form is made of; a page with none of these has no support form. */
export const SUPPORT_CONTROL_SELECTOR =
  'textarea, input[type="email"], input[type="tel"], input[type="file"], [contenteditable="true"], [contenteditable=""], input[autocomplete*="email"], input[name*="mail" i], input[id*="mail" i], input[placeholder*="mail" i]';

const MAX_TEXT = 2_000_000;
const MAX_WALK = 5_000;
/** Lower-case brand spellings of every built-in profile (any script). */
const BRANDS: readonly string[] = PROFILES.flatMap((p) => p.aliases.map((a) => a.toLowerCase()));
/** Host fragments that can mean a lookalike domain: brand pieces and IDN (punycode) labels. */
const HOST_FRAGMENTS: readonly string[] = ['xn--', 'whats', 'watsap', 'whatap', 'whatsap', 'wa-', 'wa.', 'wachat'];

export interface GateResult {
  readonly forms: boolean;
  readonly brand: boolean;
}

/** Whether a node is, or contains, a control a support form could use. Never throws. */
export function hasSupportControls(node: Node): boolean {
  try {
    if (node.nodeType !== 1) return false;
    const el = node as Element;
    if (el.matches(SUPPORT_CONTROL_SELECTOR)) return true;
    if (el.querySelector(SUPPORT_CONTROL_SELECTOR)) return true;
    // Open shadow roots and iframes can hold controls too; look one level in.
    if (el.shadowRoot?.querySelector(SUPPORT_CONTROL_SELECTOR)) return true;
    return el.tagName === 'IFRAME';
  } catch {
    return false;
  }
}

/** Whether a text mentions any built-in brand. */
export function mentionsBrand(text: string): boolean {
  const lower = text.slice(0, MAX_TEXT).toLowerCase();
  return BRANDS.some((b) => lower.includes(b));
}

export function suspiciousHost(hostname: string): boolean {
  const host = hostname.toLowerCase();
  return HOST_FRAGMENTS.some((f) => host.includes(f));
}

/** The gate for a whole document at idle. Never throws. */
export function gateDocument(doc: Document, hostname: string): GateResult {
  try {
    const forms = hasSupportControls(doc.documentElement) || hasShadowControls(doc);
    const text = `${doc.title} ${doc.body?.textContent ?? ''}`;
    return { forms, brand: mentionsBrand(text) || suspiciousHost(hostname) };
  } catch {
    return { forms: false, brand: false };
  }
}

/** Custom elements (a dash in the tag name) with open shadow roots holding controls; bounded. */
function hasShadowControls(doc: Document): boolean {
  const walker = doc.createTreeWalker(doc.documentElement, 1);
  let seen = 0;
  for (let n = walker.nextNode(); n && seen < MAX_WALK; n = walker.nextNode(), seen++) {
    const el = n as Element;
    if (el.tagName.includes('-') && el.shadowRoot?.querySelector(SUPPORT_CONTROL_SELECTOR)) return true;
  }
  return false;
}
