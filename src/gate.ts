import { PROFILES } from './profiles/index.ts';

/**
 * The always-on content script's only job: decide, cheaply, whether this frame needs
 * the full checker. It runs on every page, so it reads little: a few selector queries,
 * the title and URL, and one case-insensitive search of the page text for a brand.
 */

/** Controls that carry a description or attachments: every support form has one. */
export const DESCRIPTION_SELECTOR = 'textarea, input[type="file"], [contenteditable="true"], [contenteditable=""]';

/** Contact fields: a support form only where the page says "support" (login and newsletter forms have them too). */
export const CONTACT_SELECTOR =
  'input[type="email"], input[type="tel"], input[autocomplete*="email"], input[name*="mail" i], input[id*="mail" i], input[placeholder*="mail" i]';

/** Words in a URL, title or heading that say "support / contact", in the languages we know. */
const SUPPORT_CONTEXT =
  /contact|support|help|assist|ticket|request|feedback|complain|kontak|hubungi|bantuan|contatt|assistenza|soporte|ayuda|contacto|suporte|ajuda|atendimento|kontakt|hilfe|service client|客服|聯絡|联系|聯繫|幫助|帮助|反馈|回報|お問い合わせ|サポート|संपर्क|सहायता|सहायता/i;

const MAX_TEXT = 2_000_000;
const MAX_WALK = 2_000;

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Every brand spelling of every built-in profile (any script), as one case-insensitive search. */
const BRANDS = new RegExp(PROFILES.flatMap((p) => p.aliases.map(escapeRegExp)).join('|'), 'i');
/** Host fragments that can mean a lookalike domain: brand pieces and IDN (punycode) labels. */
const HOST_FRAGMENTS: readonly string[] = ['xn--', 'whats', 'watsap', 'whatap', 'whatsap', 'wa-', 'wa.', 'wachat'];

export interface GateResult {
  readonly forms: boolean;
  readonly brand: boolean;
}

/** Whether the page's address, title or main headings speak of support or contact. Never throws. */
export function supportContext(doc: Document): boolean {
  try {
    const view = doc.defaultView;
    const where = view ? `${view.location.pathname} ${view.location.hostname}` : '';
    const headings = Array.from(doc.querySelectorAll('h1, h2'))
      .slice(0, 6)
      .map((h) => h.textContent ?? '')
      .join(' ');
    return SUPPORT_CONTEXT.test(`${where} ${doc.title} ${headings}`.slice(0, 4000));
  } catch {
    return false;
  }
}

/** Whether `root` has controls a support form could be made of, given the page's context. Never throws. */
export function hasSupportControls(root: ParentNode, context: boolean): boolean {
  try {
    if (root.querySelector(DESCRIPTION_SELECTOR)) return true;
    return context && root.querySelector(CONTACT_SELECTOR) !== null;
  } catch {
    return false;
  }
}

/** Whether a text mentions any built-in brand. */
export function mentionsBrand(text: string): boolean {
  return BRANDS.test(text.length > MAX_TEXT ? text.slice(0, MAX_TEXT) : text);
}

export function suspiciousHost(hostname: string): boolean {
  const host = hostname.toLowerCase();
  return HOST_FRAGMENTS.some((f) => host.includes(f));
}

/** The gate for a whole document. Never throws. */
export function gateDocument(doc: Document, hostname: string): GateResult {
  try {
    const context = supportContext(doc);
    // Web-component widgets keep their fields in shadow roots: looked for only where the page speaks of support.
    const forms = hasSupportControls(doc, context) || (context && hasShadowControls(doc));
    const brand = mentionsBrand(doc.title) || mentionsBrand(doc.body?.textContent ?? '') || suspiciousHost(hostname);
    return { forms, brand };
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
    const shadow = el.tagName.includes('-') ? el.shadowRoot : null;
    if (shadow && (shadow.querySelector(DESCRIPTION_SELECTOR) || shadow.querySelector(CONTACT_SELECTOR))) return true;
  }
  return false;
}
