import type { FieldKind } from '../rules/types.ts';
import type { ClassifiedControl, ClassifyCache } from './classify-field.ts';
import { FLAG, classifyControl, classifyRadioGroup, isEditable, newClassifyCache } from './classify-field.ts';
import type { Composer, Scope } from './containers.ts';
import {
  CONTROL_SELECTOR,
  LIMITS,
  collectScopes,
  isDocOrFragment,
  looseContainer,
  newComposer,
  shadowsInside,
  inputType,
  tooManyFields,
} from './containers.ts';
import { scoreContainer } from './score.ts';
import type { ContainerEvidence, ScoreReason } from './score.ts';

export interface DetectedField {
  readonly element: Element;
  readonly kind: FieldKind;
}

export interface DetectedForm {
  /** The `<form>` element, or the container that holds form-less controls (or a shadow host's top element). */
  readonly element: Element;
  /** 0..1; forms are reported from {@link SUPPORT_THRESHOLD} up. */
  readonly confidence: number;
  /** Classified fields in document order. Radio groups and ARIA widgets appear as their group element. */
  readonly fields: readonly DetectedField[];
}

/** A candidate with the reasons for its score (diagnostics). */
export interface ScoredCandidate extends DetectedForm {
  readonly reasons?: readonly ScoreReason[];
}

export interface PageInfo {
  readonly url: string;
  readonly title: string;
}

/** Confidence from which a container is reported as a support / contact form. */
export const SUPPORT_THRESHOLD = 0.5;

interface Ctx {
  readonly page: PageInfo;
  /** Report containers from this confidence up (the threshold, or 0 for diagnostics). */
  readonly min: number;
  readonly classify: ClassifyCache;
  composer: Composer;
  scored: number;
}

function newCtx(page: PageInfo, scopes: readonly Scope[], min = SUPPORT_THRESHOLD): Ctx {
  const safe: PageInfo = {
    url: typeof page?.url === 'string' ? page.url : '',
    title: typeof page?.title === 'string' ? page.title : '',
  };
  return { page: safe, min, classify: newClassifyCache(), composer: newComposer(scopes), scored: 0 };
}

function isRadio(el: Element): boolean {
  return (
    (el.tagName.toLowerCase() === 'input' && (el.getAttribute('type') ?? '').toLowerCase() === 'radio') ||
    (el.getAttribute('role') ?? '').toLowerCase() === 'radio'
  );
}

/** Order of `n` in its container's tree: the outermost shadow host it sits in, or itself. */
function anchorOf(n: Element, container: Element): Element {
  let a: Element = n;
  for (let i = 0; i < 12 && !container.contains(a); i++) {
    const root = a.getRootNode();
    if (root.nodeType !== 11) break;
    a = (root as ShadowRoot).host;
  }
  return a;
}

/** The controls under `container` in the composed tree (its own and those in shadow roots inside it). */
function composedControls(container: Element, composer?: Composer): Element[] {
  const light = Array.from(container.querySelectorAll(CONTROL_SELECTOR));
  const shadows = composer ? shadowsInside(container, composer) : [];
  if (shadows.length === 0) return light;
  const all = [...light];
  for (const s of shadows) {
    const found = s.querySelectorAll(CONTROL_SELECTOR);
    for (let i = 0; i < found.length && all.length < LIMITS.controls * 2; i++) all.push(found[i]!);
  }
  const anchors = new Map<Element, Element>();
  for (const el of all) anchors.set(el, anchorOf(el, container));
  const index = new Map<Element, number>(all.map((el, i) => [el, i]));
  return all.sort((x, y) => {
    const ax = anchors.get(x)!;
    const ay = anchors.get(y)!;
    if (ax === ay) return index.get(x)! - index.get(y)!;
    const pos = ax.compareDocumentPosition(ay);
    if (pos & 2) return 1;
    if (pos & 4) return -1;
    return index.get(x)! - index.get(y)!;
  });
}

/** Reads and classifies the controls of one container, in document order. */
export function readControls(container: Element, classify: ClassifyCache, composer?: Composer): ClassifiedControl[] {
  const found = composedControls(container, composer);
  const out: ClassifiedControl[] = [];
  const groups = new Map<string | Element, { el: Element; radios: Element[]; index: number }>();
  const slots: (ClassifiedControl | { group: string | Element })[] = [];
  const n = Math.min(found.length, LIMITS.controls * 2);
  let taken = 0;
  for (let i = 0; i < n && taken < LIMITS.controls; i++) {
    const el = found[i]!;
    const role = (el.getAttribute('role') ?? '').toLowerCase();
    // Inner parts of widgets we read as a whole.
    const combo = el.parentElement?.closest('[role="combobox"]');
    if (combo && combo !== container && combo.contains(el)) continue;
    if (isEditable(el)) {
      const outer = el.parentElement?.closest('[contenteditable]');
      if (outer && isEditable(outer) && outer !== container) continue;
    }
    if (role === 'radiogroup' || isRadio(el)) {
      const rg = role === 'radiogroup' ? el : el.closest('[role="radiogroup"]');
      let key: string | Element;
      let groupEl: Element;
      if (rg && rg !== container) {
        key = rg;
        groupEl = rg;
      } else {
        const name = el.getAttribute('name') ?? '';
        key = name ? `name:${name}` : (el.parentElement ?? el);
        groupEl = el.closest('fieldset') ?? el.parentElement ?? el;
        if (groupEl === container || !groupEl.contains(el)) groupEl = el.parentElement ?? el;
      }
      let g = groups.get(key);
      if (!g) {
        g = { el: groupEl, radios: [], index: slots.length };
        groups.set(key, g);
        slots.push({ group: key });
        taken++;
      }
      if (role !== 'radiogroup') {
        g.radios.push(el);
        // A name-keyed group spreads over several parents: stand for it with their common ancestor.
        if (typeof key === 'string' && !g.el.contains(el)) {
          let a: Element | null = g.el;
          while (a && a !== container && !a.contains(el)) a = a.parentElement;
          g.el = a && a !== container ? a : g.el;
        }
      }
      continue;
    }
    const c = classifyControl(el, classify, container);
    if (c) {
      slots.push(c);
      taken++;
    }
  }
  for (const s of slots) {
    if ('group' in s) {
      const g = groups.get(s.group);
      if (!g) continue;
      if (g.radios.length === 0) {
        g.radios.push(...Array.from(g.el.querySelectorAll('input[type="radio"], [role="radio"]')).slice(0, 30));
      }
      const c = classifyRadioGroup(g.el, g.radios, classify);
      if (c) out.push(c);
    } else {
      out.push(s);
    }
  }
  return out;
}

function commonAncestorWithin(a: Element, b: Element, levels: number): boolean {
  let x: Element | null = a;
  for (let i = 0; x && i <= levels; i++, x = x.parentElement) {
    if (x.contains(b)) return true;
  }
  return false;
}

/** Fixes kinds that depend on neighbours: country pickers beside a phone field, second e-mails. */
function relate(controls: ClassifiedControl[]): void {
  for (let i = 0; i < controls.length; i++) {
    const c = controls[i]!;
    if (
      c.kind === 'phone-country' ||
      !c.countryish ||
      (c.kind !== null && c.kind !== 'category') ||
      (c.kind === 'category' && c.strong)
    )
      continue;
    const prev = controls[i - 1];
    const next = controls[i + 1];
    const phone = [prev, next].find((p) => p && p.kind === 'phone');
    if (phone && commonAncestorWithin(c.element, phone.element, 3)) c.kind = 'phone-country';
  }
  let firstEmail: ClassifiedControl | null = null;
  for (const c of controls) {
    if (c.kind !== 'email') continue;
    if (OTHER_PERSON.test(c.words)) c.flags |= FLAG.otherEmail;
    if (!firstEmail) {
      firstEmail = c;
      continue;
    }
    const sameName =
      (c.element.getAttribute('name') ?? '') !== '' &&
      c.element.getAttribute('name') === firstEmail.element.getAttribute('name');
    if ((c.visible && c.visible === firstEmail.visible) || sameName) c.kind = 'email-confirm';
  }
}

/** Words that make an e-mail field someone else's (a friend's, a recipient's). */
const OTHER_PERSON =
  /friend|recipient|\bto\b|their|amic[oa]|teman|amig[oa]|freund|\bamie?s?\b|朋友|友達|友人|destinat|empfänger|penerima|收件|宛先|मित्र|दोस्त/;

function toForm(container: Element, controls: ClassifiedControl[], ctx: Ctx, scope: Scope): ScoredCandidate | null {
  if (ctx.scored >= LIMITS.containers) return null;
  const has = (k: FieldKind): boolean => controls.some((c) => c.kind === k);
  const strongChoice = controls.some((c) => c.kind === 'category' && c.strong);
  if (!has('email') && !has('phone') && !has('description') && !has('attachments') && !strongChoice) return null;
  ctx.scored++;
  const evidence: ContainerEvidence = { container, controls, scope };
  const reasons: ScoreReason[] | undefined = ctx.min === 0 ? [] : undefined;
  const confidence = scoreContainer(evidence, ctx.page, reasons, ctx.min);
  if (confidence < ctx.min) return null;
  const fields: DetectedField[] = [];
  for (const c of controls) if (c.kind) fields.push({ element: c.element, kind: c.kind });
  return reasons ? { element: container, confidence, fields, reasons } : { element: container, confidence, fields };
}

/** Scores one form-like container; null when it is not a support form. Never throws. */
export function scoreForm(container: Element, page: PageInfo): DetectedForm | null {
  try {
    if (tooManyFields(container)) return null;
    const ctx = newCtx(page, collectScopes(container));
    const controls = readControls(container, ctx.classify, ctx.composer);
    relate(controls);
    const root = container.getRootNode();
    return toForm(container, controls, ctx, isDocOrFragment(root) ? root : container);
  } catch {
    return null;
  }
}

/** Whether a control belongs to a `<form>` (its form owner), else sits inside one. */
function inForm(c: Element): boolean {
  if ((c as HTMLInputElement).form) return true;
  return c.parentElement?.closest('form') != null;
}

/** Forms and candidate controls of a whole document: tag collections, no selector matching over the tree. */
function documentCandidates(doc: Document): { forms: ArrayLike<Element>; controls: Element[] } {
  const controls: Element[] = [];
  const inputs = doc.getElementsByTagName('input');
  for (let i = 0; i < inputs.length && controls.length < LIMITS.looseControls; i++) {
    const c = inputs[i]!;
    if (FIELDISH_INPUT.has(inputType(c)) && !inForm(c)) controls.push(c);
  }
  for (const tag of ['select', 'textarea']) {
    const list = doc.getElementsByTagName(tag);
    for (let i = 0; i < list.length && controls.length < LIMITS.looseControls; i++) {
      const c = list[i]!;
      if (!inForm(c)) controls.push(c);
    }
  }
  // Tag order is not document order: sort the few loose controls.
  controls.sort((x, y) => (x.compareDocumentPosition(y) & 2 ? 1 : -1));
  return { forms: doc.getElementsByTagName('form'), controls };
}

/**
 * Containers (forms and form-less groups) holding controls under `node`, within one scope.
 * A whole document is read through its tag collections (forms, inputs, selects, text
 * areas), so a form-less group there is found through one of those; a subtree or a
 * shadow root is also searched for contenteditable and ARIA widgets.
 */
function containersIn(node: Scope, ctx: Ctx, out: Map<Element, Scope>, scope: Scope): void {
  const self = node.nodeType === 1 ? (node as Element) : null;
  const ownForm = self ? (self.tagName.toLowerCase() === 'form' ? self : self.parentElement?.closest('form')) : null;
  if (ownForm) {
    out.set(ownForm, scope);
    return;
  }
  const list: Element[] = self && self.matches(CONTROL_SELECTOR) ? [self] : [];
  if (node.nodeType === 9) {
    const { forms, controls } = documentCandidates(node as Document);
    for (let i = 0; i < forms.length && out.size < LIMITS.containers; i++) out.set(forms[i]!, scope);
    list.push(...controls);
  } else {
    // One pass over the subtree: forms, and controls outside any form.
    const found = node.querySelectorAll(`form, ${CONTROL_SELECTOR}`);
    let loose = 0;
    for (let i = 0; i < found.length; i++) {
      const c = found[i]!;
      if (c.tagName.toLowerCase() === 'form') {
        if (out.size < LIMITS.containers) out.set(c, scope);
        continue;
      }
      if (loose >= LIMITS.looseControls || c.closest('form')) continue;
      list.push(c);
      loose++;
    }
  }
  for (const c of list) {
    if (out.size >= LIMITS.containers) break;
    if (!isFieldish(c)) continue;
    const box = looseContainer(c, ctx.composer);
    const root = box.getRootNode();
    out.set(box, isDocOrFragment(root) ? root : scope);
  }
}

/** Input types that can start a form-less container. */
const FIELDISH_INPUT = new Set(['email', 'tel', 'text', 'file', 'radio']);

/** Quick filter: only controls that can be fields start a form-less container. */
function isFieldish(el: Element): boolean {
  const tag = el.tagName.toLowerCase();
  if (tag === 'textarea' || tag === 'select' || isEditable(el)) return true;
  const role = el.getAttribute('role');
  if (role === 'combobox' || role === 'radiogroup' || role === 'textbox') return true;
  if (tag !== 'input') return false;
  const t = (el.getAttribute('type') ?? 'text').toLowerCase();
  return t === 'email' || t === 'tel' || t === 'text' || t === 'file' || t === 'radio' || t === '';
}

function finish(found: Map<Element, Scope>, ctx: Ctx): ScoredCandidate[] {
  // Nested form-less containers: keep the outer one.
  const boxes = [...found.keys()];
  const loose = boxes.filter((o) => o.tagName.toLowerCase() !== 'form');
  const results: ScoredCandidate[] = [];
  for (const box of boxes) {
    if (loose.some((o) => o !== box && o.contains(box))) continue;
    if (box.tagName.toLowerCase() !== 'form' && box.parentElement?.closest('form')) continue;
    if (tooManyFields(box)) continue;
    const controls = readControls(box, ctx.classify, ctx.composer);
    relate(controls);
    const f = toForm(box, controls, ctx, found.get(box)!);
    if (f) results.push(f);
  }
  return results;
}

/**
 * Finds the support / contact forms under `root`: `<form>` elements and form-less
 * containers, including those inside open shadow roots and same-origin iframes.
 * Pure: reads the DOM it is given and changes nothing. Bounded work; never throws
 * (a broken DOM yields no forms). `page` is the page's URL and title, which count
 * as evidence.
 */
export function detectSupportForms(root: Document | Element, page: PageInfo): DetectedForm[] {
  try {
    const scopes = collectScopes(root);
    const ctx = newCtx(page, scopes);
    const found = new Map<Element, Scope>();
    for (const scope of scopes) {
      if (found.size >= LIMITS.containers) break;
      containersIn(scope, ctx, found, scope);
    }
    return finish(found, ctx);
  } catch {
    return [];
  }
}

/**
 * Diagnostics: every candidate container under `root` with its confidence, also
 * those below the threshold (used by the eval harness to explain mistakes).
 */
export function scoreCandidates(root: Document | Element, page: PageInfo): ScoredCandidate[] {
  try {
    const scopes = collectScopes(root);
    const ctx = newCtx(page, scopes, 0);
    const found = new Map<Element, Scope>();
    for (const scope of scopes) {
      if (found.size >= LIMITS.containers) break;
      containersIn(scope, ctx, found, scope);
    }
    return finish(found, ctx);
  } catch {
    return [];
  }
}

/**
 * Incremental detection for a live page: examines only the forms / containers
 * that `node` touches, not the whole document.
 *
 * How to use it from a content script:
 * - Run {@link detectSupportForms} once on the document (and on each same-origin
 *   frame document when it loads).
 * - Observe the document with a MutationObserver (`childList`, `subtree`; add
 *   `attributes` with `attributeFilter: ['type', 'name', 'hidden', 'style', 'class']`
 *   if the site reveals step fields by toggling attributes). Collect the added
 *   nodes and attribute targets of each batch into a Set, drop nodes that are no
 *   longer connected or that are inside another collected node, and process the
 *   set at most every ~250 ms with a cap on nodes per tick (e.g. 50; carry the rest
 *   to the next tick) so work per second stays bounded.
 * - For each node call `detectInSubtree(node, page)`: a node inside a `<form>` is
 *   scored as that whole form; a node holding forms or form-less controls is scored
 *   per container; open shadow roots and same-origin frames under `node` are
 *   included. Pass a new shadow root (or its host) or a frame's document the same way.
 * - Merge the results by `element`: a result replaces the known entry with the same
 *   element (its fields may have grown: steps, SPA routes); drop known entries whose
 *   element is no longer connected. A result whose element contains or is inside a
 *   known form-less container replaces it.
 * Never throws.
 */
export function detectInSubtree(node: Node, page: PageInfo): DetectedForm[] {
  try {
    if (!node) return [];
    if (isDocOrFragment(node)) {
      if (node.nodeType === 11 && (node as ShadowRoot).host) return detectInSubtree((node as ShadowRoot).host, page);
      return detectSupportForms(node as unknown as Document, page);
    }
    if (node.nodeType !== 1) {
      const parent = node.parentElement;
      return parent ? detectInSubtree(parent, page) : [];
    }
    const el = node as Element;
    // Shadow roots around the node (it may sit in a component inside a form) and under it.
    const scopes: Scope[] = collectScopes(el);
    for (let r = el.getRootNode(), i = 0; r.nodeType === 11 && i < 12; i++) {
      scopes.push(r as ShadowRoot);
      r = (r as ShadowRoot).host.getRootNode();
    }
    const ctx = newCtx(page, scopes);
    const found = new Map<Element, Scope>();
    const root = el.getRootNode();
    const scope: Scope = isDocOrFragment(root) ? root : el;
    const form = el.tagName.toLowerCase() === 'form' ? el : el.parentElement?.closest('form');
    if (form) {
      found.set(form, scope);
    } else {
      containersIn(el, ctx, found, scope);
      if (found.size === 0 && el.parentElement) {
        // A non-field node added to a container (a step wrapper, a heading): rescore the container of a sibling control.
        const near = el.parentElement.querySelector(CONTROL_SELECTOR);
        if (near && !near.closest('form')) found.set(looseContainer(near, ctx.composer), scope);
      }
    }
    for (const s of scopes.slice(1)) {
      if (found.size >= LIMITS.containers) break;
      if (s.nodeType === 11 && !el.contains((s as ShadowRoot).host) && s !== el) continue;
      containersIn(s, ctx, found, s);
    }
    // Read each container with every shadow root inside it, not only those under `node`.
    const all = new Set<Scope>(scopes);
    for (const box of found.keys()) for (const s of collectScopes(box)) all.add(s);
    ctx.composer = newComposer([...all]);
    return finish(found, ctx);
  } catch {
    return [];
  }
}
