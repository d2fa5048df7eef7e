import type { FieldKind } from '../rules/types.ts';
import {
  F_ADDRESS,
  F_CATEGORY,
  F_CONFIRM,
  F_DESCRIPTION,
  F_EMAIL,
  F_JOB_FILE,
  F_NAME,
  F_NOT_CATEGORY,
  F_NOT_NAME,
  F_NOT_SUBJECT,
  F_PHONE,
  F_PHONE_COUNTRY,
  F_RATING,
  F_SUBJECT,
  PROBLEM_OPTIONS,
} from './keywords.ts';
import { boundedText, identWords, norm } from './text.ts';
import type { Keywords } from './text.ts';

/** Things a control says about its form besides its own kind (bit flags). */
export const FLAG = {
  password: 1,
  card: 2,
  search: 4,
  date: 8,
  rating: 16,
  address: 32,
  jobFile: 64,
  username: 128,
  otp: 256,
  url: 512,
  /** A second e-mail field that is not a confirmation (a friend's, a recipient's). */
  otherEmail: 1024,
} as const;

/** What detection knows about one control (or radio group / ARIA widget). */
export interface ClassifiedControl {
  readonly element: Element;
  kind: FieldKind | null;
  /** Whether the kind rests on the control's own words, not on a default. */
  strong: boolean;
  flags: number;
  /** For selects and comboboxes: whether they could be a phone country picker when beside a phone field. */
  countryish: boolean;
  /** The normalised words the control offers (labels, name, placeholder). */
  readonly words: string;
  /** The words a person sees (labels, placeholder, aria), without names and ids. */
  readonly visible: string;
}

/** Per-call caches; pass one to share label look-ups between controls of a page. */
export interface ClassifyCache {
  readonly labelsFor: WeakMap<Node, Map<string, string>>;
}

export function newClassifyCache(): ClassifyCache {
  return { labelsFor: new WeakMap() };
}

const MAX_LABELS = 2000;

function rootOf(el: Element): Document | ShadowRoot | null {
  try {
    const r = el.getRootNode();
    if (r && (r.nodeType === 9 || r.nodeType === 11)) return r as Document | ShadowRoot;
  } catch {
    // ignore
  }
  return el.ownerDocument;
}

function labelText(el: Element, cache: ClassifyCache): string {
  const root = rootOf(el);
  const id = el.getAttribute('id');
  const parts: string[] = [];
  if (root && id) {
    let map = cache.labelsFor.get(root);
    if (!map) {
      map = new Map();
      // A document's labels come from its tag collection (no selector match over the tree).
      const labels =
        root.nodeType === 9 ? (root as Document).getElementsByTagName('label') : root.querySelectorAll('label[for]');
      const n = Math.min(labels.length, MAX_LABELS);
      for (let i = 0; i < n; i++) {
        const l = labels[i];
        const f = l?.getAttribute('for');
        if (l && f && !map.has(f)) map.set(f, boundedText(l, 200, 200));
      }
      cache.labelsFor.set(root, map);
    }
    const t = map.get(id);
    if (t) parts.push(t);
  }
  const wrapping = el.parentElement?.closest('label');
  if (wrapping) parts.push(boundedText(wrapping, 200, 200));
  const labelledBy = el.getAttribute('aria-labelledby');
  if (labelledBy && root && 'getElementById' in root) {
    for (const ref of labelledBy.split(/\s+/).slice(0, 5)) {
      if (!ref || ref === id) continue;
      const target = root.getElementById(ref);
      if (target) parts.push(boundedText(target, 200, 200));
    }
  }
  return norm(parts.join(' '), 300);
}

const SHORT_TEXT = 120;

/** Text just before a control when nothing labels it (`<div>Email</div><input>`). */
function nearbyText(el: Element, stop: Element | null): string {
  let node: Element | null = el;
  for (let depth = 0; depth < 3 && node && node !== stop; depth++) {
    let sib: Node | null = node.previousSibling;
    let steps = 0;
    while (sib && steps < 4) {
      steps++;
      if (sib.nodeType === 3) {
        const v = (sib.nodeValue ?? '').trim();
        if (v) return norm(v, SHORT_TEXT);
      } else if (sib.nodeType === 1) {
        const tag = (sib as Element).tagName.toUpperCase();
        if (tag === 'INPUT' || tag === 'SELECT' || tag === 'TEXTAREA' || tag === 'BUTTON') return '';
        const t = boundedText(sib, SHORT_TEXT + 1, 60).trim();
        if (t) return t.length <= SHORT_TEXT ? norm(t, SHORT_TEXT) : '';
      }
      sib = sib.previousSibling;
    }
    node = node.parentElement;
  }
  return '';
}

interface Sources {
  label: string;
  aria: string;
  ident: string;
  placeholder: string;
  nearby: string;
}

/** A component host's own words for the control in its shadow root (`<x-input label="Email" name="email">`). */
function hostWords(el: Element): { label: string; ident: string } {
  const root = el.getRootNode();
  if (root.nodeType !== 11) return { label: '', ident: '' };
  const host = (root as ShadowRoot).host;
  return {
    label: norm(`${host.getAttribute('label') ?? ''} ${host.getAttribute('aria-label') ?? ''}`, 200),
    ident: identWords(`${host.getAttribute('name') ?? ''} ${host.getAttribute('id') ?? ''}`),
  };
}

function sourcesOf(el: Element, cache: ClassifyCache, stop: Element | null): Sources {
  const host = hostWords(el);
  const label = norm(`${labelText(el, cache)} ${host.label}`, 300);
  const aria = norm(`${el.getAttribute('aria-label') ?? ''} ${el.getAttribute('title') ?? ''}`, 200);
  const ident = identWords(`${el.getAttribute('name') ?? ''} ${el.getAttribute('id') ?? ''} ${host.ident}`);
  const placeholder = norm(
    `${el.getAttribute('placeholder') ?? ''} ${el.getAttribute('data-placeholder') ?? ''} ${el.getAttribute('aria-placeholder') ?? ''}`,
    200,
  );
  const nearby = label || aria ? '' : nearbyText(el, stop);
  return { label, aria, ident, placeholder, nearby };
}

/** Text a control offers about itself: labels, name, id, placeholder, aria. Lower-case, bounded. */
export function fieldSignals(el: Element, cache: ClassifyCache = newClassifyCache()): string {
  try {
    const s = sourcesOf(el, cache, null);
    return `${s.label} ${s.aria} ${s.ident} ${s.placeholder} ${s.nearby}`.trim().slice(0, 500);
  } catch {
    return '';
  }
}

function weigh(s: Sources, kw: Keywords, not?: Keywords): number {
  let w = 0;
  const add = (text: string, weight: number): void => {
    if (text && kw.test(text) && !(not && not.test(text))) w += weight;
  };
  add(s.label, 3);
  add(s.aria, 3);
  add(s.ident, 2);
  add(s.placeholder, 2);
  add(s.nearby, 1.5);
  return w;
}

function anySource(s: Sources, kw: Keywords): boolean {
  return kw.test(s.label) || kw.test(s.aria) || kw.test(s.ident) || kw.test(s.placeholder) || kw.test(s.nearby);
}

function visibleOf(s: Sources): string {
  return `${s.label} ${s.aria} ${s.placeholder} ${s.nearby}`.trim().slice(0, 300);
}

function wordsOf(s: Sources): string {
  return `${s.label} ${s.aria} ${s.ident} ${s.placeholder} ${s.nearby}`.trim().slice(0, 400);
}

const DIAL =
  /^\s*(?:[a-z\u00c0-\uffff .,'()-]*[:(]?\s*)?\+\s?\d{1,4}\)?\s*$|^\s*\+?\d{1,4}\s*[-–(]|\(\+\d{1,4}\)|^\s*\+\d{1,4}\b/i;

/** Whether a string reads like a dial code ("+39", "Italy (+39)", "🇮🇹 +39"). */
export function looksLikeDialCode(s: string): boolean {
  return DIAL.test(s.slice(0, 80));
}

const SKIP_TYPES = new Set(['hidden', 'submit', 'button', 'reset', 'image', 'range', 'color']);
const DATE_TYPES = new Set(['date', 'time', 'datetime-local', 'month', 'week']);

function autocompleteTokens(el: Element): string[] {
  return (el.getAttribute('autocomplete') ?? '').toLowerCase().split(/\s+/).filter(Boolean).slice(0, 6);
}

/** Containers that form plugins hide spam traps in (Gravity Forms, WPForms, generic "honeypot"). */
const HONEYPOT_BOX = '.gform_validation_container, .wpforms-field-hp, [class*="honeypot" i], [id*="honeypot" i]';

function isHoneypot(el: Element): boolean {
  if (el.closest(HONEYPOT_BOX) !== null) return true;
  if (el.getAttribute('tabindex') === '-1') {
    const ac = (el.getAttribute('autocomplete') ?? '').toLowerCase();
    if (ac === 'off' || ac === 'nope' || ac === 'new-password' || ac === 'false') return true;
  }
  return el.closest('[aria-hidden="true"]') !== null && el.getAttribute('type') !== 'file';
}

function textKind(s: Sources, ac: string[], type: string): { kind: FieldKind | null; strong: boolean } {
  if (ac.includes('tel-country-code')) return { kind: 'phone-country', strong: true };
  if (ac.includes('email') || type === 'email') {
    return { kind: anySource(s, F_CONFIRM) ? 'email-confirm' : 'email', strong: true };
  }
  const pc = weigh(s, F_PHONE_COUNTRY);
  if (ac.some((t) => t === 'tel' || t === 'tel-national' || t === 'tel-local') || type === 'tel') {
    return { kind: pc >= 2 && weigh(s, F_PHONE) < pc ? 'phone-country' : 'phone', strong: true };
  }
  const scores: [FieldKind, number][] = [
    ['email', weigh(s, F_EMAIL)],
    ['phone-country', pc],
    ['phone', weigh(s, F_PHONE)],
    ['subject', weigh(s, F_SUBJECT, F_NOT_SUBJECT)],
    ['name', weigh(s, F_NAME, F_NOT_NAME)],
  ];
  if (ac.some((t) => t === 'name' || t === 'given-name' || t === 'family-name' || t === 'additional-name')) {
    scores[4]![1] += 5;
  }
  let best: FieldKind | null = null;
  let bestScore = 0;
  for (const [k, v] of scores) {
    if (v > bestScore) {
      best = k;
      bestScore = v;
    }
  }
  // phone-country words usually include "phone"/"code"; prefer it when it scores at all as much as phone.
  if (best === 'phone' && pc > 0 && pc >= (scores[2]?.[1] ?? 0)) best = 'phone-country';
  if (best === 'email' && anySource(s, F_CONFIRM)) best = 'email-confirm';
  return { kind: best, strong: best !== null };
}

function optionTexts(el: Element, max = 60): string[] {
  const out: string[] = [];
  const opts = el.getElementsByTagName('option');
  const n = Math.min(opts.length, max);
  for (let i = 0; i < n; i++) {
    const o = opts[i];
    if (o) out.push(norm(`${o.textContent ?? ''} ${o.getAttribute('value') ?? ''}`, 80));
  }
  return out;
}

function choiceKind(
  s: Sources,
  options: readonly string[],
  optionCount: number,
): { kind: FieldKind | null; strong: boolean; countryish: boolean; rating: boolean } {
  let dial = 0;
  let problem = 0;
  let rating = 0;
  // Bare digits are a rating scale only under a rating label and only 1 to 5 (a ward or a
  // quantity select counts 1, 2, 3 … too).
  const ratingLabel = weigh(s, F_RATING) > 0;
  let beyondScale = false;
  for (const o of options) {
    if (looksLikeDialCode(o)) dial++;
    if (PROBLEM_OPTIONS.test(o)) problem++;
    if (/^\d+$/.test(o) && Number(o) > 5) beyondScale = true;
    if (F_RATING.test(o) || /^[1-5]\s*(star|★)/.test(o) || /★/.test(o) || (ratingLabel && /^[1-5]$/.test(o))) rating++;
  }
  if (beyondScale && !ratingLabel) rating = 0;
  const considered = Math.max(1, options.filter((o) => o !== '').length);
  const label = weigh(s, F_CATEGORY, F_NOT_CATEGORY);
  const pcWords = weigh(s, F_PHONE_COUNTRY);
  const countryWords = /countr|paese|negara|país|pais|land|pays|國家|国家|国|देश/.test(wordsOf(s));
  const isRating = weigh(s, F_RATING) >= 2 || rating >= Math.max(3, considered / 2);
  if (pcWords >= 1.5 || (dial >= 3 && dial >= considered * 0.5)) {
    return { kind: 'phone-country', strong: true, countryish: true, rating: false };
  }
  const countryish = countryWords || optionCount > 40 || dial > 0 || wordsOf(s) === '';
  if (isRating) return { kind: null, strong: false, countryish: false, rating: true };
  if (label >= 1.5 || problem >= 2) return { kind: 'category', strong: true, countryish, rating: false };
  if (weigh(s, F_NOT_CATEGORY) > 0 || countryWords) return { kind: null, strong: false, countryish, rating: false };
  if (optionCount > 40) return { kind: null, strong: false, countryish, rating: false };
  return { kind: 'category', strong: false, countryish, rating: false };
}

/**
 * Classifies one control. `stop` bounds the walk for nearby text (the form or
 * container). Returns null for controls that are not fields at all (hidden, buttons).
 */
export function classifyControl(
  el: Element,
  cache: ClassifyCache,
  stop: Element | null = null,
): ClassifiedControl | null {
  const tag = el.tagName.toLowerCase();
  const role = (el.getAttribute('role') ?? '').toLowerCase();
  const type = tag === 'input' ? (el.getAttribute('type') ?? 'text').toLowerCase() : '';
  const ac = autocompleteTokens(el);
  let flags = 0;
  const mk = (kind: FieldKind | null, strong: boolean, s: Sources | null, countryish = false): ClassifiedControl => ({
    element: el,
    kind,
    strong,
    flags,
    countryish,
    words: s ? wordsOf(s) : '',
    visible: s ? visibleOf(s) : '',
  });

  if (tag === 'input') {
    if (SKIP_TYPES.has(type)) return null;
    if (type === 'password') {
      flags |= FLAG.password;
      return mk(null, false, null);
    }
    if (type === 'checkbox' || type === 'radio') return null;
    if (type === 'file') {
      const s = sourcesOf(el, cache, stop);
      const accept = (el.getAttribute('accept') ?? '').toLowerCase();
      if (F_JOB_FILE.test(wordsOf(s))) flags |= FLAG.jobFile;
      else if (/\.docx?\b|\.pdf\b|msword/.test(accept) && !/image|\.png|\.jpe?g/.test(accept)) {
        // Document-only uploads lean towards CVs; only a hint.
        if (/apply|position|job/.test(wordsOf(s))) flags |= FLAG.jobFile;
      }
      return mk('attachments', true, s);
    }
    if (isHoneypot(el)) return null;
    if (type === 'search' || role === 'searchbox') {
      flags |= FLAG.search;
      return mk(null, false, null);
    }
    if (DATE_TYPES.has(type)) {
      flags |= FLAG.date;
      return mk(null, false, null);
    }
    if (type === 'url') flags |= FLAG.url;
  } else if (tag !== 'select' && tag !== 'textarea') {
    if (isHoneypot(el)) return null;
  }

  if (ac.some((t) => t.startsWith('cc-'))) {
    flags |= FLAG.card;
    return mk(null, false, null);
  }
  if (ac.includes('username')) flags |= FLAG.username;
  if (ac.includes('one-time-code')) flags |= FLAG.otp;
  if (ac.includes('current-password') || ac.includes('new-password')) flags |= FLAG.password;

  const s = sourcesOf(el, cache, stop);
  const words = wordsOf(s);
  // A text area is never a card field ("Please don't include full card numbers" is advice).
  if (tag !== 'textarea' && /card ?number|cardnumber|\bcvv\b|\bcvc\b|\bcc ?(num|number|exp)|expir/.test(words)) {
    flags |= FLAG.card;
    return mk(null, false, s);
  }
  const nameAttr = (el.getAttribute('name') ?? '').toLowerCase();
  if (
    /^(q|s|query|search|keywords?|term|search[-_ ]?(query|term|text))$/.test(nameAttr) ||
    /\bsearch\b/.test(s.ident) ||
    /\bsearch\b/.test(`${s.placeholder} ${s.aria}`)
  ) {
    if (tag === 'input') {
      flags |= FLAG.search;
      return mk(null, false, s);
    }
  }
  const addressAc = ac.some(
    (t) =>
      t === 'street-address' ||
      t.startsWith('address-line') ||
      t.startsWith('address-level') ||
      t === 'postal-code' ||
      t === 'country' ||
      t === 'country-name',
  );

  // Choice widgets: select, combobox, listbox buttons.
  const isCombo = role === 'combobox' || el.getAttribute('aria-haspopup') === 'listbox';
  if (tag === 'select' || (isCombo && tag !== 'textarea')) {
    const options =
      tag === 'select'
        ? optionTexts(el)
        : [
            norm(
              `${boundedText(el, 80, 40)} ${el.getAttribute('title') ?? ''} ${(el as HTMLInputElement).value ?? ''}`,
              80,
            ),
          ];
    const count = tag === 'select' ? el.getElementsByTagName('option').length : 0;
    if (addressAc && !ac.includes('tel-country-code')) {
      flags |= FLAG.address;
      return mk(null, false, s, true);
    }
    if (ac.includes('tel-country-code')) return mk('phone-country', true, s, true);
    const c = choiceKind(s, options, count);
    if (c.rating) flags |= FLAG.rating;
    if (c.kind || tag === 'select' || tag !== 'input') return mk(c.kind, c.strong, s, c.countryish);
    // An input with role=combobox that is not a choice of a kind we know: read it as text.
  }

  if (tag === 'textarea' || role === 'textbox' || isEditable(el)) {
    if (F_ADDRESS.test(words) && !F_DESCRIPTION.test(words)) {
      flags |= FLAG.address;
      return mk(null, false, s);
    }
    if (tag !== 'textarea' && !isEditable(el) && el.getAttribute('aria-multiline') !== 'true') {
      // A single-line ARIA textbox: classify as text below.
    } else {
      if (F_SUBJECT.test(s.label) && !F_DESCRIPTION.test(words) && el.getAttribute('rows') === '1') {
        return mk('subject', true, s);
      }
      return mk('description', F_DESCRIPTION.test(words), s);
    }
  }

  if (addressAc) {
    flags |= FLAG.address;
    return mk(null, false, s);
  }
  if (type === 'number' && weigh(s, F_PHONE) === 0) return mk(null, false, s);
  const t = textKind(s, ac, type);
  if (!t.kind && F_ADDRESS.test(`${s.label} ${s.aria} ${s.ident} ${s.placeholder}`)) flags |= FLAG.address;
  if (!t.kind && /user ?name|login/.test(words)) flags |= FLAG.username;
  return mk(t.kind, t.strong, s);
}

export function isEditable(el: Element): boolean {
  const ce = el.getAttribute('contenteditable');
  return ce !== null && ce.toLowerCase() !== 'false';
}

/**
 * Classifies a radio group. `radios` are the `<input type=radio>` (or
 * `role=radio`) members; `groupEl` is the element that stands for the group.
 */
export function classifyRadioGroup(
  groupEl: Element,
  radios: readonly Element[],
  cache: ClassifyCache,
): ClassifiedControl | null {
  let flags = 0;
  // The group's own words: legend, aria label, the text before the first radio.
  const parts: string[] = [];
  const legend = groupEl.tagName.toLowerCase() === 'fieldset' ? groupEl.querySelector('legend') : null;
  if (legend) parts.push(boundedText(legend, 200, 100));
  const ownSources = sourcesOf(groupEl, cache, null);
  const first = radios[0];
  const sources: Sources = {
    label: norm(`${parts.join(' ')} ${ownSources.label}`, 300),
    aria: ownSources.aria,
    ident: first ? identWords(first.getAttribute('name')) : '',
    placeholder: '',
    nearby: parts.length || ownSources.label || ownSources.aria ? '' : nearbyText(groupEl, null),
  };
  if (!sources.nearby && !sources.label && !sources.aria && first) {
    sources.nearby = nearbyText(first, groupEl.parentElement);
  }
  const options: string[] = [];
  for (const r of radios.slice(0, 30)) {
    options.push(
      norm(
        `${labelText(r, cache)} ${r.getAttribute('value') ?? ''} ${r.getAttribute('aria-label') ?? ''} ${r.tagName.toLowerCase() === 'input' ? '' : boundedText(r, 60, 30)}`,
        80,
      ),
    );
  }
  const c = choiceKind(sources, options, radios.length);
  if (c.rating) flags |= FLAG.rating;
  if (c.kind === 'category' && !c.strong) {
    // Yes/no, contact-preference and other small choices are not categories.
    return {
      element: groupEl,
      kind: null,
      strong: false,
      flags,
      countryish: false,
      words: wordsOf(sources),
      visible: visibleOf(sources),
    };
  }
  return {
    element: groupEl,
    kind: c.kind,
    strong: c.strong,
    flags,
    countryish: c.countryish,
    words: wordsOf(sources),
    visible: visibleOf(sources),
  };
}

/** The kind of one control, or null when it is none the checks care about. Never throws. */
export function classifyField(el: Element): FieldKind | null {
  try {
    return classifyControl(el, newClassifyCache())?.kind ?? null;
  } catch {
    return null;
  }
}
