import type { FieldKind } from '../rules/types.ts';
import { classifyField } from './classify-field.ts';
import { NON_SUPPORT_WORDS, SUPPORT_URL_PARTS, SUPPORT_WORDS } from './keywords.ts';

export interface DetectedField {
  readonly element: Element;
  readonly kind: FieldKind;
}

export interface DetectedForm {
  /** The `<form>` element, or the container that holds the controls. */
  readonly element: Element;
  /** 0..1; forms are reported from 0.5 up. */
  readonly confidence: number;
  readonly fields: readonly DetectedField[];
}

export interface PageInfo {
  readonly url: string;
  readonly title: string;
}

const CONTROLS = 'input, select, textarea, [contenteditable="true"]';
/** Bounds the work on pathological pages. */
const MAX_FORMS = 50;
const MAX_CONTROLS_PER_FORM = 200;
const MAX_TEXT = 4000;

function countHits(text: string, words: readonly string[]): number {
  let n = 0;
  for (const w of words) if (text.includes(w)) n++;
  return n;
}

/** Scores one form-like container; never throws. */
export function scoreForm(container: Element, page: PageInfo): DetectedForm | null {
  const controls = Array.from(container.querySelectorAll(CONTROLS)).slice(0, MAX_CONTROLS_PER_FORM);
  const fields: DetectedField[] = [];
  let hasPassword = false;
  let hasCardField = false;
  for (const el of controls) {
    const type = (el.getAttribute('type') ?? '').toLowerCase();
    if (type === 'password') hasPassword = true;
    const ac = (el.getAttribute('autocomplete') ?? '').toLowerCase();
    if (ac.startsWith('cc-')) hasCardField = true;
    const kind = classifyField(el);
    if (kind) fields.push({ element: el, kind });
  }
  const kinds = new Set(fields.map((f) => f.kind));
  if (!kinds.has('email') && !kinds.has('phone') && !kinds.has('description')) return null;

  const text = (container.textContent ?? '').toLowerCase().slice(0, MAX_TEXT);
  const context = `${page.title} ${text}`.toLowerCase();
  let score = 0;
  score += Math.min(countHits(context, SUPPORT_WORDS), 3) * 0.2;
  score -= Math.min(countHits(text, NON_SUPPORT_WORDS), 3) * 0.25;
  const path = safePath(page.url);
  if (SUPPORT_URL_PARTS.some((p) => path.includes(p))) score += 0.2;
  if (kinds.has('description')) score += 0.2;
  if (kinds.has('attachments')) score += 0.15;
  if (kinds.has('category') || kinds.has('subject')) score += 0.1;
  if (kinds.has('email') && kinds.has('description')) score += 0.1;
  if (kinds.has('phone') && kinds.has('email')) score += 0.05;
  if (container.id === 'commentform' || container.classList.contains('comment-form')) score -= 1;
  if (hasPassword) score -= 1;
  if (hasCardField) score -= 1;
  const confidence = Math.max(0, Math.min(1, score));
  if (confidence < 0.5) return null;
  return { element: container, confidence, fields };
}

function safePath(url: string): string {
  try {
    return new URL(url).pathname.toLowerCase();
  } catch {
    return '';
  }
}

/**
 * Finds support / contact forms under `root`. Pure: reads the DOM it is given and
 * changes nothing. Never throws; a broken DOM yields no forms.
 */
export function detectSupportForms(root: Document | Element, page: PageInfo): DetectedForm[] {
  try {
    const forms = Array.from(root.querySelectorAll('form')).slice(0, MAX_FORMS);
    const results: DetectedForm[] = [];
    for (const form of forms) {
      const scored = scoreForm(form, page);
      if (scored) results.push(scored);
    }
    return results;
  } catch {
    return [];
  }
}
