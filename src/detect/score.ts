/**
 * Form scoring: how likely a container is a support / contact form, from its
 * fields, its own words, the headings before it, the page title and URL and
 * help-desk markers, minus the evidence that it is something else (login,
 * sign-up, newsletter, checkout, search, comments, job application, review,
 * booking, address, account settings, forum post, share-by-email).
 *
 * Scores add up in log-odds; confidence is the logistic of the sum, so 0.5 is
 * "as much for as against". Weights are hand-set on principle (strong, specific
 * evidence weighs more than generic words), not fitted to a corpus.
 */

import type { FieldKind } from '../rules/types.ts';
import type { ClassifiedControl } from './classify-field.ts';
import { FLAG } from './classify-field.ts';
import type { Scope } from './containers.ts';
import {
  ADDRESS,
  BOOKING,
  EVENT,
  SURVEY,
  LISTING,
  CHECKOUT,
  COMMENT,
  FORUM,
  HELPDESK_MARKERS,
  JOB,
  LOGIN,
  NEWSLETTER,
  OTHER_URL,
  REVIEW,
  SEARCH,
  SETTINGS,
  SETTINGS_STRONG,
  SHARE,
  SIGNUP,
  OTHER_HOST,
  SUPPORT,
  SUPPORT_HOST,
  SUPPORT_URL,
  SUPPORT_URL_WORDS,
  SUPPORT_WEAK,
} from './keywords.ts';
import type { Keywords } from './text.ts';
import { boundedText, identWords, norm } from './text.ts';

export interface ContainerEvidence {
  readonly container: Element;
  readonly controls: readonly ClassifiedControl[];
  readonly scope: Scope;
}

export interface PageLike {
  readonly url: string;
  readonly title: string;
}

const HEADING = /^(h[1-6]|legend|header|caption|label|p|span|strong|b)$/;

/** Headings and short texts just before the container (and around a shadow host). */
function precedingText(container: Element): string {
  const parts: string[] = [];
  let len = 0;
  let node: Element | null = container;
  for (let depth = 0; node && depth < 5 && len < 500; depth++) {
    let sib = node.previousElementSibling;
    for (let k = 0; sib && k < 4 && len < 500; k++, sib = sib.previousElementSibling) {
      const tag = sib.tagName.toLowerCase();
      if (tag === 'form' || tag === 'script' || tag === 'style' || tag === 'nav' || tag === 'footer') continue;
      const t = boundedText(sib, 200, 80).trim();
      if (!t) continue;
      if (HEADING.test(tag) || sib.getAttribute('role') === 'heading' || t.length < 160) {
        parts.push(t);
        len += t.length;
      }
    }
    const parent: Element | null = node.parentElement;
    if (parent) {
      const tag = parent.tagName.toLowerCase();
      if (tag === 'body' || tag === 'html') break;
      if (parent.getAttribute('role') === 'dialog' || tag === 'dialog') {
        parts.push(parent.getAttribute('aria-label') ?? '');
        const lb = parent.getAttribute('aria-labelledby');
        const root = parent.getRootNode() as Document | ShadowRoot;
        if (lb && 'getElementById' in root)
          parts.push(boundedText(root.getElementById(lb.split(/\s+/)[0] ?? ''), 200, 50));
      }
      node = parent;
    } else {
      const root = node.getRootNode();
      node = root.nodeType === 11 ? (root as ShadowRoot).host : null;
    }
  }
  return norm(parts.join(' | '), 600);
}

function buttonText(container: Element): string {
  const parts: string[] = [];
  const buttons = container.querySelectorAll('button, input[type="submit"], input[type="button"], [role="button"]');
  const n = Math.min(buttons.length, 8);
  for (let i = 0; i < n; i++) {
    const b = buttons[i]!;
    parts.push(
      b.tagName.toLowerCase() === 'input' ? (b.getAttribute('value') ?? '') : boundedText(b, 60, 30),
      b.getAttribute('aria-label') ?? '',
    );
  }
  return norm(parts.join(' | '), 300);
}

function markerText(container: Element, controls: readonly ClassifiedControl[], url: string): string {
  const parts: string[] = [];
  for (const a of ['id', 'class', 'action', 'name', 'aria-label', 'data-form-type', 'data-testid']) {
    parts.push(container.getAttribute(a) ?? '');
  }
  let a: Element | null = container.parentElement;
  for (let i = 0; a && i < 3; i++, a = a.parentElement)
    parts.push(a.getAttribute('id') ?? '', a.getAttribute('class') ?? '');
  const hidden = container.querySelectorAll('input[type="hidden"]');
  for (let i = 0; i < Math.min(hidden.length, 20); i++) parts.push(hidden[i]!.getAttribute('name') ?? '');
  for (const c of controls.slice(0, 40)) {
    parts.push(c.element.getAttribute('name') ?? '', c.element.getAttribute('id') ?? '');
  }
  const root = container.getRootNode();
  if (root.nodeType === 11) {
    const host = (root as ShadowRoot).host;
    parts.push(host.tagName, host.getAttribute('id') ?? '', host.getAttribute('class') ?? '');
  }
  parts.push(safePath(url));
  return identWords(parts.join(' ').slice(0, 3000)).slice(0, 3000);
}

let lastPath: { url: string; path: string } | null = null;

function safePath(url: string): string {
  if (lastPath?.url === url) return lastPath.path;
  const path = parsePath(url);
  lastPath = { url, path };
  return path;
}

function parsePath(url: string): string {
  try {
    const u = new URL(url);
    let p = u.pathname;
    try {
      p = decodeURIComponent(p);
    } catch {
      // keep encoded
    }
    return `${p}${u.hash}`.slice(0, 300);
  } catch {
    return '';
  }
}

let lastHost: { url: string; host: string } | null = null;

function safeHost(url: string): string {
  if (lastHost?.url === url) return lastHost.host;
  const host = parseHost(url);
  lastHost = { url, host };
  return host;
}

function parseHost(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

function count(kw: Keywords, ...texts: string[]): number {
  let n = 0;
  for (const t of texts) n += kw.count(t, 4);
  return n;
}

function firstHeading(scope: Scope): string {
  try {
    const h = scope.querySelector('h1') ?? scope.querySelector('h2');
    return h ? norm(boundedText(h, 200, 50), 200) : '';
  } catch {
    return '';
  }
}

/** Phrases with "contact" that describe a person's details, not a way to reach support. */
const NOT_SUPPORT_PHRASES =
  /contact (details|information|info|method|preference|preferences|person|number|name)|emergency contact|preferred contact|contact me by|contatti preferiti|datos de contacto|dados de contato|kontaktdaten|coordonnées/g;

function supportText(t: string): string {
  return t.replace(NOT_SUPPORT_PHRASES, ' ');
}

/** The option labels of a choice group: words of the choices, not of the form. */
function optionNodes(c: ClassifiedControl, skip: Set<Node>): void {
  const el = c.element;
  const tag = el.tagName.toLowerCase();
  if (tag === 'select' || tag === 'input') return;
  const radios = el.querySelectorAll('input[type="radio"], [role="radio"], [role="option"]');
  for (let i = 0; i < Math.min(radios.length, 40); i++) {
    const r = radios[i]!;
    skip.add(r);
    const label = r.closest('label');
    if (label && label !== el) skip.add(label);
    // Text right after a radio ("<input type=radio> Payments") and sibling labels.
    let sib = r.nextSibling;
    for (let k = 0; sib && k < 2; k++, sib = sib.nextSibling) skip.add(sib);
  }
  if (radios.length === 0 && tag !== 'fieldset') skip.add(el);
  // A combobox's options sit in the listbox it controls, often a sibling.
  const owned = (el.getAttribute('aria-controls') ?? el.getAttribute('aria-owns') ?? '').trim().split(/\s+/)[0];
  if (owned) {
    const root = el.getRootNode() as Document | ShadowRoot;
    const list = typeof root.getElementById === 'function' ? root.getElementById(owned) : null;
    if (list && list !== el && !list.contains(el)) skip.add(list);
  }
}

/** A field about an existing booking (its reference) belongs to a contact form about it. */
const BOOKING_REFERENCE =
  /reference|confirmation|number|code|\bref\b|\bid\b|numero|número|nummer|numéro|nomor|kode|番号|编号|編號|संख्या/;

/** The most the container's own texts, the text before it and the first heading can add (1.3 + 0.7 + 0.3). */
const TEXT_SUPPORT_MAX = 2.3;

/** One reason in a score: what it is and how much it moved the log-odds. */
export interface ScoreReason {
  readonly reason: string;
  readonly delta: number;
}

/**
 * The confidence of a score known to be under the floor's log-odds, kept strictly under the
 * floor: a score a hair under zero rounds to a logistic of exactly 0.5, which would pass a 0.5
 * threshold it did not reach.
 */
function below(s: number, floor: number): number {
  return Math.min(1 / (1 + Math.exp(-s)), floor * (1 - 1e-9));
}

/**
 * Confidence 0..1 that the container is a support / contact form. Pass `trace`
 * to receive the reasons (for diagnostics; the eval harness prints them).
 * With `floor` (and no trace), a container whose score falls below that
 * confidence once the evidence for it is in returns early: everything after
 * that point only lowers the score, so reading it would not change the verdict.
 */
export function scoreContainer(ev: ContainerEvidence, page: PageLike, trace?: ScoreReason[], floor = 0): number {
  const { container, controls } = ev;
  const kinds = new Set<FieldKind>();
  let flags = 0;
  let strongCategory = false;
  let addressFields = 0;
  for (const c of controls) {
    if (c.kind) kinds.add(c.kind);
    flags |= c.flags;
    if (c.kind === 'category' && c.strong) strongCategory = true;
    if (c.flags & FLAG.address) addressFields++;
  }
  const desc = kinds.has('description');
  const email = kinds.has('email');
  const phone = kinds.has('phone');
  const attach = kinds.has('attachments');
  const subject = kinds.has('subject');
  const category = kinds.has('category');

  const title = norm(page.title, 200);
  const path = safePath(page.url);
  const markers = markerText(container, controls, page.url);

  let s = -2.5;
  const add = (reason: string, delta: number): void => {
    s += delta;
    trace?.push({ reason, delta });
  };
  trace?.push({ reason: 'base', delta: s });

  // Structure.
  if (desc) add('description field', 1.6);
  if (email || phone) add('email or phone field', 0.8);
  else add('no email or phone field', -0.6);
  if (email && phone) add('email and phone', 0.2);
  if (attach) add('attachments', 0.5);
  if (category) add(strongCategory ? 'category' : 'unnamed choice', strongCategory ? 0.7 : 0.25);
  if (subject) add('subject', 0.5);
  if (kinds.has('email-confirm')) add('email confirmation', 0.3);
  if (kinds.has('phone-country')) add('phone country', 0.2);
  if (!desc && !attach && !strongCategory && !subject) add('contact fields only', -0.8);

  // Support context of the page and the container's markup (cheap: no text walks).
  if (SUPPORT.test(supportText(title))) add('support words in title', 0.5);
  const supportUrl = SUPPORT_URL.test(path) || SUPPORT_URL_WORDS.test(path);
  if (supportUrl) add('support URL', 0.9);
  else if (OTHER_URL.test(path)) add('other URL', -0.5);
  const host = safeHost(page.url);
  if (SUPPORT_HOST.test(host)) add('support host', 0.5);
  else if (OTHER_HOST.test(host)) add('other host', -0.5);
  let marker = 0;
  for (const m of HELPDESK_MARKERS) if (m.re.test(markers)) marker = Math.max(marker, m.weight);
  if (marker) add('help-desk marker', marker);

  // Cannot reach the floor even if the texts below all speak of support: stop before reading them.
  const cut = floor > 0 && floor < 1 ? Math.log(floor / (1 - floor)) : -Infinity;
  if (!trace && s + TEXT_SUPPORT_MAX < cut) return below(s, floor);

  // Support context in the texts of the container, before it and in the page's first heading.
  // Category choices ("Payments", "Login problems") say nothing about the form type.
  const skip = new Set<Node>();
  for (const c of controls) if (c.kind === 'category') optionNodes(c, skip);
  const own = norm(boundedText(container, 2500, 4000, skip), 2500);
  const buttons = buttonText(container);
  const near = precedingText(container);
  const h1 = firstHeading(ev.scope);
  const ownSupport = count(SUPPORT, supportText(own), supportText(buttons));
  if (ownSupport >= 2) add('support words in form', 1.3);
  else if (ownSupport === 1) add('support word in form', 0.9);
  else if (count(SUPPORT_WEAK, own, buttons) > 0) add('weak support word in form', 0.3);
  if (SUPPORT.test(supportText(near))) add('support words before form', 0.7);
  if (h1 && !near.includes(h1) && SUPPORT.test(supportText(h1))) add('support words in heading', 0.3);

  // Evidence of something else: from here on every step lowers the score.
  if (!trace && s < cut) return below(s, floor);
  const visible = controls
    .filter((c) => c.kind !== 'category')
    .map((c) => c.visible)
    .join(' | ')
    .slice(0, 1500);
  const local = `${own} | ${buttons} | ${visible}`;
  const around = `${local} | ${near}`;
  // Domain words (forum, job, review, booking, share) also count in the page title.
  const domain = `${around} | ${title}`;
  // Board-style inquiry forms (Korean shops, Japanese boards) ask for a password to protect
  // the post: with a message box and support words said twice, that is not a login.
  if (flags & FLAG.password) {
    if (desc && ownSupport >= 2) add('post password', -1.5);
    else add('password', -5);
  }
  if (flags & FLAG.card) add('payment card', -5);
  if (flags & FLAG.otp) add('one-time code', -3);
  const checkout = count(CHECKOUT, local);
  if (checkout >= 2) add('checkout', -3);
  else if (checkout === 1) add('checkout word', -0.5);

  const role = (container.getAttribute('role') ?? '').toLowerCase();
  if (role === 'search' || container.closest('[role="search"]')) add('search role', -5);
  if (flags & FLAG.search) add('search field', desc ? -0.5 : -3);
  else if (!desc && controls.length <= 2 && SEARCH.test(buttons)) add('search button', -2.5);

  if (
    /\bcommentform\b|\bcomment form\b|\bcomment post id\b|wp comments post|\bcomments? (area|respond)\b|\brespond\b|disqus|\bnew comment\b/.test(
      markers,
    )
  ) {
    add('comment form marker', -6);
  }
  if (count(COMMENT, around) >= 1) add('comment words', -2.5);

  if (count(NEWSLETTER, around) > 0) add('newsletter words', desc ? -0.6 : -3);
  if (count(LOGIN, local) > 0) add('login words', desc ? -0.5 : -2.5);
  if (flags & FLAG.username) add('username field', -1.5);
  if (count(SIGNUP, local) > 0) add('sign-up words', desc ? -1.2 : -2.5);

  const job = count(JOB, domain) + (flags & FLAG.jobFile ? 2 : 0);
  if (job >= 2) add('job application', -3);
  else if (job === 1) add('job word', -1);

  const review = count(REVIEW, domain) + (flags & FLAG.rating ? 2 : 0);
  if (review >= 2) add('review', -3);
  else if (review === 1) add('review word', -1);

  // Bookings have dates or guest counts; words alone ("your reservation") may be a contact form about one.
  const bookingFields = controls.filter(
    (c) => c.visible && BOOKING.test(c.visible) && !BOOKING_REFERENCE.test(c.visible),
  ).length;
  const bookingStructure = (flags & FLAG.date ? 1 : 0) + bookingFields;
  const bookingWords = count(BOOKING, domain);
  // A complaint about a trip names its date and booking: said twice in the form, that wins.
  if (bookingStructure >= 1 && bookingWords + bookingStructure >= 2) {
    if (ownSupport >= 2) add('booking details in a complaint', -1.2);
    else add('booking', -2.5);
  } else if (bookingWords >= 2) add('booking words', -1.2);
  else if (bookingWords + bookingStructure === 1) add('booking word', -0.5);

  if (count(LISTING, domain) > 0) add('message to a seller or landlord', -3);

  const survey = count(SURVEY, domain);
  if (survey >= 2) add('survey', -3);
  else if (survey === 1) add('survey word', -1.5);

  const event = count(EVENT, domain);
  if (event >= 2) add('event registration', -3);
  else if (event === 1) add('event word', -1);
  // The page's title names an application or a registration ("Adoption application – Rex")
  // and the form itself never speaks of support: it is that application.
  if (ownSupport === 0 && (count(EVENT, title) > 0 || count(JOB, title) > 0)) add('application page', -1.5);

  const address = addressFields + (count(ADDRESS, local) >= 3 ? 1 : 0);
  if (address >= 2) add('address form', desc ? -2 : -3);
  else if (address === 1 && !desc) add('address field', -0.5);

  if (count(SETTINGS_STRONG, local) > 0) add('save-settings words', -2.5);
  const settings = count(SETTINGS, around);
  if (settings >= 2) add('account settings', -2.5);
  else if (settings === 1) add('settings word', -1);

  const forum = count(FORUM, domain) + (/\b(forum|community|discussions?|topics?|threads?)\b/.test(path) ? 1 : 0);
  if (forum >= 2) add('forum post', -3);
  else if (forum === 1) add('forum word', -1.2);

  const share = count(SHARE, domain) + (flags & FLAG.otherEmail ? 2 : 0);
  if (share >= 2) add('share by email', -3);
  else if (share === 1) add('share word', -1.2);

  if (!Number.isFinite(s)) return 0;
  return 1 / (1 + Math.exp(-s));
}
