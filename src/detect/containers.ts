/**
 * Where forms live: scopes (the document, open shadow roots, same-origin iframes),
 * form-like containers (a `<form>`, or the element that holds form-less controls
 * and their submit button, as React portals render), and the controls inside one.
 * Pure and bounded; callers catch.
 */

import { boundedText } from './text.ts';

/** Elements that may be fields: inputs, choices, editors, ARIA widgets. */
export const CONTROL_SELECTOR =
  'input, select, textarea, [contenteditable], [role="combobox"], [role="radiogroup"], [role="radio"], [role="textbox"], [aria-haspopup="listbox"]';

export const LIMITS = {
  /** Scopes (document + shadow roots + frames) examined per call. */
  scopes: 40,
  /** Elements inspected for shadow roots per call. */
  shadowScan: 120_000,
  /** Frame nesting. */
  frameDepth: 3,
  /** Containers scored per call. */
  containers: 60,
  /** Controls read per container. */
  controls: 150,
  /** Loose (form-less) controls grouped per scope. */
  looseControls: 400,
  /** Ancestors climbed to find a loose control's container. */
  climb: 10,
  /** Ancestor subtrees read per call while grouping loose controls. */
  ancestorReads: 400,
  /**
   * Most typed or picked fields a support form has. Support forms ask for a few things
   * (the corpus's largest has 9); a container with more is a data grid or bulk editor,
   * and is rejected before its fields are read.
   */
  supportFields: 60,
} as const;

export type Scope = Document | ShadowRoot | Element;

function isDocOrFragment(n: Node): n is Document | ShadowRoot {
  return n.nodeType === 9 || n.nodeType === 11;
}

/** Same-origin frame documents reachable from `scope`; cross-origin frames yield nothing. */
function frameDocs(scope: Scope): Document[] {
  const out: Document[] = [];
  const frames: Element[] = [];
  if ('getElementsByTagName' in scope) {
    // Tag collections: no selector matching over the whole tree.
    for (const tag of ['iframe', 'frame']) {
      const list = scope.getElementsByTagName(tag);
      for (let i = 0; i < list.length && frames.length < 20; i++) frames.push(list[i]!);
    }
  } else {
    const list = scope.querySelectorAll('iframe, frame');
    for (let i = 0; i < list.length && frames.length < 20; i++) frames.push(list[i]!);
  }
  for (const frame of frames) {
    try {
      const doc = (frame as HTMLIFrameElement).contentDocument;
      if (doc && doc.documentElement) out.push(doc);
    } catch {
      // cross-origin: the content script of that frame handles it
    }
  }
  return out;
}

/** The elements under `scope` (and `scope` itself when it is an element) that host an open shadow root. */
function shadowRootsIn(scope: Scope, budget: { left: number }, max: number): ShadowRoot[] {
  const out: ShadowRoot[] = [];
  const doc = scope.nodeType === 9 ? (scope as Document) : scope.ownerDocument;
  if (!doc) return out;
  if (scope.nodeType === 1) {
    const own = (scope as Element).shadowRoot;
    if (own) out.push(own);
  }
  // One plain pass over the elements (SHOW_ELEMENT, no filter callback). A NodeIterator is the
  // cheapest full pass in Chromium (about 40% under a TreeWalker on 50,000 elements).
  const walker =
    typeof doc.createNodeIterator === 'function' ? doc.createNodeIterator(scope, 1) : doc.createTreeWalker(scope, 1);
  let left = budget.left;
  for (let n = walker.nextNode(); n !== null && left > 0; n = walker.nextNode()) {
    left--;
    const sr = (n as Element).shadowRoot;
    if (sr !== null) {
      out.push(sr);
      if (out.length >= max) break;
    }
  }
  budget.left = left;
  return out;
}

/**
 * `root` plus every open shadow root and same-origin frame document under it,
 * breadth first, bounded by LIMITS.
 */
export function collectScopes(root: Scope): Scope[] {
  const scopes: Scope[] = [root];
  const depth = new Map<Scope, number>([[root, 0]]);
  const budget = { left: LIMITS.shadowScan };
  for (let i = 0; i < scopes.length && scopes.length < LIMITS.scopes; i++) {
    const scope = scopes[i]!;
    const d = depth.get(scope) ?? 0;
    for (const sr of shadowRootsIn(scope, budget, LIMITS.scopes)) {
      if (depth.has(sr)) continue;
      depth.set(sr, d);
      scopes.push(sr);
      if (scopes.length >= LIMITS.scopes) break;
    }
    if (d < LIMITS.frameDepth) {
      for (const doc of frameDocs(scope)) {
        if (depth.has(doc) || scopes.length >= LIMITS.scopes) continue;
        depth.set(doc, d + 1);
        scopes.push(doc);
      }
    }
  }
  return scopes;
}

/** An input's type: the `type` property (the attribute lower-cased, "text" when missing or unknown), else the attribute. */
export function inputType(el: Element): string {
  const t = (el as HTMLInputElement).type;
  return typeof t === 'string' ? t : (el.getAttribute('type') ?? 'text').toLowerCase();
}

/** Input types that are not fields a person fills in with words or choices. */
const NOT_TEXT_INPUT = new Set(['hidden', 'submit', 'button', 'image', 'reset', 'checkbox', 'radio', 'range', 'color']);

/**
 * Whether `container` has more fields a person types or picks into (text-like inputs,
 * selects, text areas; not check boxes, radios, hidden inputs or buttons) than any
 * support form has: a data grid or bulk editor. Counts by tag, without reading labels,
 * and stops at the limit.
 */
export function tooManyFields(container: Element): boolean {
  // A form keeps the list of its controls (`elements`): a short one needs no counting.
  const listed = (container as HTMLFormElement).elements as HTMLFormControlsCollection | undefined;
  if (listed && typeof listed.length === 'number' && listed.length <= LIMITS.supportFields) return false;
  let n = container.getElementsByTagName('select').length + container.getElementsByTagName('textarea').length;
  if (n > LIMITS.supportFields) return true;
  const inputs = container.getElementsByTagName('input');
  for (let i = 0; i < inputs.length; i++) {
    if (!NOT_TEXT_INPUT.has(inputType(inputs[i]!)) && ++n > LIMITS.supportFields) return true;
  }
  return false;
}

const ACTION_SKIP =
  /browse|choose|select|upload|attach|add file|remove|delete|clear|show|hide|toggle|close|cancel|back|menu|^\+?\d{1,4}$|^[×x✕]$/i;

function isAction(b: Element): boolean {
  const tag = b.tagName.toLowerCase();
  const type = (b.getAttribute('type') ?? '').toLowerCase();
  if (tag === 'input') {
    if (type === 'submit' || type === 'image') return true;
    if (type !== 'button') return false;
  } else if (type === 'submit') {
    return true;
  }
  if (b.getAttribute('aria-haspopup')) return false;
  const text = (
    tag === 'input' ? (b.getAttribute('value') ?? '') : boundedText(b, 60, 30) || (b.getAttribute('aria-label') ?? '')
  ).trim();
  return text !== '' && !ACTION_SKIP.test(text);
}

/** Buttons that could submit or advance a form (not pickers, toggles, close icons), counted up to `cap`. */
function actionButtons(el: Element | ShadowRoot, cap = 12): number {
  let n = 0;
  let seen = 0;
  if (el.nodeType === 1) {
    const e = el as Element;
    const buttons = e.getElementsByTagName('button');
    for (let i = 0; i < buttons.length && seen < cap; i++, seen++) if (isAction(buttons[i]!)) n++;
    const inputs = e.getElementsByTagName('input');
    for (let i = 0; i < inputs.length && i < 60; i++) {
      const t = (inputs[i]!.getAttribute('type') ?? '').toLowerCase();
      if ((t === 'submit' || t === 'image' || t === 'button') && isAction(inputs[i]!)) n++;
    }
    if (n > 0) return n;
  }
  const others = el.querySelectorAll(
    el.nodeType === 1
      ? '[role="button"]'
      : 'button, input[type="submit"], input[type="button"], input[type="image"], [role="button"]',
  );
  for (let i = 0; i < others.length && i < cap; i++) if (isAction(others[i]!)) n++;
  return n;
}

const FIELDISH_EXTRA = '[contenteditable]:not([contenteditable="false"]), [role="combobox"], [role="radiogroup"]';

function fieldCount(el: Element | ShadowRoot): number {
  if (el.nodeType === 11) {
    return el.querySelectorAll(
      `select, textarea, input:not([type="hidden"]):not([type="submit"]):not([type="button"]):not([type="image"]):not([type="reset"]), ${FIELDISH_EXTRA}`,
    ).length;
  }
  const e = el as Element;
  let n = e.getElementsByTagName('select').length + e.getElementsByTagName('textarea').length;
  const inputs = e.getElementsByTagName('input');
  const max = Math.min(inputs.length, 50);
  for (let i = 0; i < max; i++) {
    const t = (inputs[i]!.getAttribute('type') ?? 'text').toLowerCase();
    if (t !== 'hidden' && t !== 'submit' && t !== 'button' && t !== 'image' && t !== 'reset') n++;
  }
  if (n < 2) n += e.querySelectorAll(FIELDISH_EXTRA).length;
  return n;
}

interface AncestorInfo {
  fields: number;
  actions: number;
}

/**
 * Caches ancestor look-ups while grouping the loose controls of one call, and
 * knows the open shadow roots of the call so that containers are read in the
 * composed tree (a form whose inputs each live in a component's shadow root).
 */
export interface Composer {
  readonly infos: Map<Element | ShadowRoot, AncestorInfo>;
  readonly shadows: readonly ShadowRoot[];
  /** Ancestor look-ups left in this call (each reads a subtree). */
  budget: number;
}

export function newComposer(scopes: readonly Scope[]): Composer {
  return {
    infos: new Map(),
    shadows: scopes.filter((s): s is ShadowRoot => s.nodeType === 11),
    budget: LIMITS.ancestorReads,
  };
}

/** Whether `node` is inside `a`, looking through shadow hosts. */
export function composedContains(a: Element, node: Node): boolean {
  let n: Node | null = node;
  for (let i = 0; n && i < 12; i++) {
    if (a.contains(n)) return true;
    const root = n.getRootNode();
    n = root.nodeType === 11 ? (root as ShadowRoot).host : null;
  }
  return false;
}

/** Shadow roots (of this call) hosted inside `el`, at any depth. */
export function shadowsInside(el: Element, composer: Composer): ShadowRoot[] {
  const out: ShadowRoot[] = [];
  for (const s of composer.shadows) if (s.host !== el && composedContains(el, s.host)) out.push(s);
  return out;
}

const EXHAUSTED: AncestorInfo = { fields: 0, actions: 0 };

function info(el: Element, composer: Composer): AncestorInfo {
  let i = composer.infos.get(el);
  if (!i) {
    if (composer.budget <= 0) return EXHAUSTED;
    composer.budget--;
    i = { fields: fieldCount(el), actions: actionButtons(el) };
    for (const s of shadowsInside(el, composer)) {
      let si = composer.infos.get(s);
      if (!si) {
        si = { fields: fieldCount(s), actions: actionButtons(s) };
        composer.infos.set(s, si);
      }
      i.fields += si.fields;
      i.actions += si.actions;
    }
    composer.infos.set(el, i);
  }
  return i;
}

function isTop(el: Element): boolean {
  const tag = el.tagName.toLowerCase();
  return tag === 'body' || tag === 'html';
}

/** Custom elements named as forms: `<contact-form>`, `<sp-cat-item-form>`, `<lightning-record-edit-form>`. */
const FORM_ELEMENT = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*-form$|^form-[a-z0-9-]+$/;

function isFormLike(el: Element): boolean {
  const role = (el.getAttribute('role') ?? '').toLowerCase();
  const tag = el.tagName.toLowerCase();
  return (
    role === 'form' ||
    role === 'dialog' ||
    tag === 'dialog' ||
    el.getAttribute('aria-modal') === 'true' ||
    (tag.includes('-') && FORM_ELEMENT.test(tag))
  );
}

/** The parent in the composed tree: the parent element, or the host at the top of a shadow root. */
function composedParent(el: Element): Element | null {
  if (el.parentElement) return el.parentElement;
  const root = el.getRootNode();
  return root.nodeType === 11 ? (root as ShadowRoot).host : null;
}

/**
 * The form-like container of a control that has no `<form>`: the nearest `<form>`
 * above it in the composed tree (for controls in components' shadow roots), the
 * nearest `role=form` / dialog, else the lowest ancestor holding a submit-like
 * button (climbing a little further to take in sibling fields when that ancestor
 * holds only this control and no other form's button), else a few levels up.
 * Deterministic per control, so incremental and full detection agree.
 */
export function looseContainer(control: Element, composer: Composer): Element {
  let fallback: Element | null = null;
  let last: Element = control;
  let a = composedParent(control);
  for (let level = 0; a && level < LIMITS.climb && !isTop(a); level++, a = composedParent(a)) {
    last = a;
    if (a.tagName.toLowerCase() === 'form' || isFormLike(a)) return a;
    const i = info(a, composer);
    if (i.actions === 0) {
      if (level === 2 && !fallback) fallback = a;
      continue;
    }
    if (i.fields >= 2) return a;
    // One field and a button: take in a parent or two if they add fields but no buttons.
    let best = a;
    let up = composedParent(a);
    for (let k = 0; k < 2 && up && !isTop(up) && !isFormLike(up); k++, up = composedParent(up)) {
      const u = info(up, composer);
      if (u.actions !== i.actions) break;
      if (u.fields >= 2) {
        best = up;
        break;
      }
    }
    return best;
  }
  return fallback ?? (last === control ? (control.parentElement ?? control) : last);
}

export function isDocument(n: Node): n is Document {
  return n.nodeType === 9;
}

export { isDocOrFragment };
