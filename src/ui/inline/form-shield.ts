import type { DetectedField, DetectedForm, PageInfo } from '../../detect/detect.ts';
import { detectInSubtree, detectSupportForms } from '../../detect/detect.ts';
import { checkFiles } from '../../files/check.ts';
import { CONTROL_SELECTOR } from '../../detect/containers.ts';
import type { Locale } from '../../i18n/index.ts';
import { t } from '../../i18n/index.ts';
import type { MessageKey } from '../../i18n/keys.ts';
import type { ServiceProfile } from '../../profiles/schema.ts';
import { inputConstraintsOf } from '../../rules/attachments/index.ts';
import { pickDialOption } from '../../rules/phone/country.ts';
import { PHONE_LIB } from '../../rules/phone/lib.ts';
import { runRules } from '../../rules/registry.ts';
import type { FieldKind, Finding, RuleContext } from '../../rules/types.ts';
import { findingKey } from '../../rules/types.ts';
import { InlineHint } from './hint.ts';
import { describeControl, getFieldValue, setFieldValue, setSelectIndex } from './set-value.ts';

export interface FormShieldOptions {
  readonly locale: Locale;
  /** The active profile; its `rules` map (already filtered by the person's settings) says what runs. */
  readonly profile: ServiceProfile;
  readonly page: () => PageInfo;
  /** Called when the number of detected support forms changes. */
  readonly onFormsChanged: (count: number) => void;
  /** Called once for each support form found (e.g. to watch it for the resubmission guard). */
  readonly onFormDetected?: (form: Element) => void;
  /** Called when the number of problems shown (warnings and errors) changes. */
  readonly onIssuesChanged?: (count: number) => void;
  /** Which severities are shown (hint verbosity); default: all. */
  readonly showSeverity?: (severity: Finding['severity']) => boolean;
  readonly debounceMs?: number;
}

export interface FormShield {
  stop(): void;
  readonly formCount: number;
  /** Shows an info hint on a form's first field (e.g. the resubmission guard's note). */
  note(form: Element, code: MessageKey, params?: Readonly<Record<string, string | number>>): void;
}

const SEVERITY_ORDER = { error: 0, warn: 1, info: 2 } as const;
/** Mutation batches are processed at most this often, with at most this many nodes each. */
const TICK_MS = 250;
const NODES_PER_TICK = 50;
const MAX_OBSERVED_ROOTS = 50;

/** Whether an added node is, or holds (in itself or one open shadow root down), a form control. */
function holdsControls(el: Element): boolean {
  return (
    el.matches(CONTROL_SELECTOR) ||
    !!el.querySelector(CONTROL_SELECTOR) ||
    !!el.shadowRoot?.querySelector(CONTROL_SELECTOR)
  );
}

/** Privacy leaks are announced assertively. */
function isUrgent(f: Finding): boolean {
  return f.severity !== 'info' && /leak|privacy|secret/.test(f.code);
}

/**
 * Wires detection and the rules to a live document: finds support forms now and
 * when the page adds them (incrementally, bounded per tick), checks fields as the
 * person types, and shows hints. Fields in other frames are left to those frames'
 * own checker. It never changes a value unless the person clicks a fix.
 */
export function startFormShield(doc: Document, options: FormShieldOptions): FormShield {
  const debounceMs = options.debounceMs ?? 300;
  const view = doc.defaultView;
  const shows = options.showSeverity ?? (() => true);
  /** Fields whose hint currently shows a problem (warn or error), for the popup's count. */
  const problems = new Set<Element>();
  let lastIssues = -1;
  const countIssues = (): void => {
    for (const el of problems) if (!el.isConnected) problems.delete(el);
    if (problems.size !== lastIssues) {
      lastIssues = problems.size;
      options.onIssuesChanged?.(problems.size);
    }
  };
  /** Known forms by element; a re-detection replaces the entry (fields may have grown). */
  const forms = new Map<Element, DetectedForm>();
  const formOfField = new WeakMap<Element, Element>();
  const wiredFields = new WeakSet<Element>();
  const wiredForms = new WeakSet<Element>();
  const dismissed = new WeakSet<Element>();
  const shownOnce = new WeakMap<Element, Set<string>>();
  const hints = new Map<Element, InlineHint>();
  /** Hints the person has already tabbed into (once per hint content, so Tab never traps). */
  const tabbedInto = new WeakSet<InlineHint>();
  const cleanups: Array<() => void> = [];
  const fileChecks = new WeakMap<Element, AbortController>();
  let stopped = false;

  const listen = (target: EventTarget, type: string, fn: (e: Event) => void, opts?: AddEventListenerOptions): void => {
    target.addEventListener(type, fn, opts);
    cleanups.push(() => target.removeEventListener(type, fn, opts));
  };

  function ownerForm(field: DetectedField): DetectedForm | undefined {
    const el = formOfField.get(field.element);
    return el ? forms.get(el) : undefined;
  }

  function fieldOf(form: DetectedForm | undefined, kind: FieldKind): Element | undefined {
    return form?.fields.find((f) => f.kind === kind)?.element;
  }

  function context(form: DetectedForm | undefined, phase: 'typing' | 'done'): RuleContext {
    const fields: Partial<Record<FieldKind, string>> = {};
    for (const f of form?.fields ?? []) {
      if (fields[f.kind] === undefined) {
        fields[f.kind] = f.kind === 'phone-country' ? describeControl(f.element) : getFieldValue(f.element);
      }
    }
    const country = fields['phone-country'];
    return {
      fields,
      pageLang: doc.documentElement.lang ?? '',
      profileId: options.profile.id,
      uiLocale: options.locale,
      phase,
      country: {
        ...(country ? { fromControl: country } : {}),
        tld: view?.location.hostname ?? '',
        browserLocale: view?.navigator.language ?? '',
      },
    };
  }

  function hintFor(element: Element): InlineHint {
    let hint = hints.get(element);
    if (!hint) {
      hint = new InlineHint(doc, element);
      hints.set(element, hint);
    }
    return hint;
  }

  function hide(element: Element): void {
    hints.get(element)?.hide();
    if (problems.delete(element)) countIssues();
  }

  function show(field: DetectedField, findings: Finding[], items: readonly string[] = []): void {
    const element = field.element;
    const seen = shownOnce.get(element) ?? new Set<string>();
    shownOnce.set(element, seen);
    const visible = findings
      .filter((f) => shows(f.severity) && !(f.once && seen.has(findingKey(f))))
      .sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
    const top = visible[0];
    if (!top || dismissed.has(element)) {
      hide(element);
      return;
    }
    if (top.once) seen.add(findingKey(top));
    if (top.severity === 'info') problems.delete(element);
    else problems.add(element);
    countIssues();
    const fix = top.fix;
    const hint = hintFor(element);
    const contentKey = `${findingKey(top)}|${JSON.stringify(top.params)}`;
    if (hint.lastKey !== contentKey) {
      hint.lastKey = contentKey;
      tabbedInto.delete(hint);
    }
    hint.show(
      {
        severity: top.severity,
        urgent: isUrgent(top),
        message: t(options.locale, top.code, top.params),
        items,
        ...(fix
          ? { fixLabel: t(options.locale, fix.label ?? 'hint.fix.use', { ...top.params, value: fix.value }) }
          : {}),
        dismissLabel: t(options.locale, 'hint.dismiss'),
        brand: t(options.locale, 'hint.label'),
      },
      {
        onFix: () => {
          if (fix) applyFix(field, fix.value, fix.parts);
        },
        onDismiss: () => {
          dismissed.add(element);
          hide(element);
        },
      },
    );
  }

  function applyFix(field: DetectedField, value: string, parts?: Readonly<Partial<Record<FieldKind, string>>>): void {
    const form = ownerForm(field);
    const writes: Array<[FieldKind, string]> = parts ? (Object.entries(parts) as Array<[FieldKind, string]>) : [];
    if (!writes.some(([k]) => k === field.kind)) writes.push([field.kind, value]);
    for (const [kind, part] of writes) {
      const target = kind === field.kind ? field.element : fieldOf(form, kind);
      if (!target) continue;
      if (kind === 'phone-country' && target.tagName === 'SELECT') {
        const select = target as HTMLSelectElement;
        const choices = Array.from(select.options, (o) => ({ value: o.value, text: o.text }));
        setSelectIndex(select, pickDialOption(choices, part, PHONE_LIB));
      } else {
        setFieldValue(target, part);
      }
    }
    checkText(field, 'done');
    (field.element as HTMLElement).focus?.();
  }

  function checkText(field: DetectedField, phase: 'typing' | 'done'): void {
    if (stopped) return;
    const form = ownerForm(field);
    const findings = runRules(options.profile.rules, field.kind, getFieldValue(field.element), context(form, phase));
    show(field, findings);
  }

  async function checkAttachments(field: DetectedField, files: FileList | readonly File[] | null): Promise<void> {
    if (stopped) return;
    fileChecks.get(field.element)?.abort();
    if (!files || files.length === 0) {
      hide(field.element);
      return;
    }
    const controller = new AbortController();
    fileChecks.set(field.element, controller);
    const result = await checkFiles(
      Array.from(files),
      inputConstraintsOf(field.element, options.locale),
      options.profile.rules,
      {
        signal: controller.signal,
      },
    );
    if (controller.signal.aborted || stopped) return;
    const sorted = [...result.findings].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
    const lines = sorted.map((f) => t(options.locale, f.code, f.params));
    if (sorted.length === 0) {
      hide(field.element);
      return;
    }
    // One hint per file input: a single problem as the message; several, listed under a summary.
    if (lines.length === 1) {
      show(field, [sorted[0]!]);
    } else {
      const worst = sorted[0]!;
      show(field, [{ ...worst, code: 'hint.file.summary', params: { count: lines.length } }], lines);
    }
  }

  function wireField(field: DetectedField): void {
    const el = field.element;
    if (wiredFields.has(el)) return;
    wiredFields.add(el);
    if (field.kind === 'attachments') {
      listen(el, 'change', () => {
        void checkAttachments(field, (el as HTMLInputElement).files);
      });
      // Files chosen before the form was found (the page was still loading) are checked now.
      const chosen = (el as HTMLInputElement).files;
      if (chosen && chosen.length > 0) void checkAttachments(field, chosen);
      return;
    }
    if (field.kind === 'phone-country') {
      listen(el, 'change', () => {
        const phone = fieldOf(ownerForm(field), 'phone');
        const phoneField = ownerForm(field)?.fields.find((f) => f.element === phone);
        if (phoneField && getFieldValue(phoneField.element) !== '') checkText(phoneField, 'done');
      });
      return;
    }
    if (!['email', 'email-confirm', 'phone', 'description'].includes(field.kind)) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    listen(el, 'input', () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        checkText(field, 'typing');
        // The confirmation depends on both addresses.
        if (field.kind === 'email') {
          const form = ownerForm(field);
          const confirm = form?.fields.find((f) => f.kind === 'email-confirm');
          if (confirm && getFieldValue(confirm.element) !== '') checkText(confirm, 'done');
        }
      }, debounceMs);
    });
    listen(el, 'blur', () => {
      clearTimeout(timer);
      checkText(field, 'done');
    });
    // Keyboard users reach the fix: the first Tab from the field while a fix is offered goes to it.
    listen(el, 'keydown', (e) => {
      const k = e as KeyboardEvent;
      if (!k.isTrusted || k.key !== 'Tab' || k.shiftKey || k.altKey || k.ctrlKey || k.metaKey) return;
      const hint = hints.get(el);
      if (!hint?.hasFix || tabbedInto.has(hint)) return;
      tabbedInto.add(hint);
      k.preventDefault();
      hint.focusFix();
    });
    cleanups.push(() => clearTimeout(timer));
    if (getFieldValue(el) !== '') checkText(field, 'done');
  }

  function wireDrops(form: DetectedForm): void {
    const attachments = form.fields.find((f) => f.kind === 'attachments');
    if (!attachments) return;
    // Files dropped on the form's drop zone: checked as they arrive; the page's own upload logic is untouched.
    listen(
      form.element,
      'drop',
      (e) => {
        const files = (e as DragEvent).dataTransfer?.files;
        if (e.isTrusted && files && files.length > 0) void checkAttachments(attachments, Array.from(files));
      },
      { capture: true, passive: true },
    );
  }

  function merge(found: readonly DetectedForm[]): boolean {
    let changed = false;
    for (const f of found) {
      const own = f.fields.filter((x) => x.element.ownerDocument === doc);
      if (own.length === 0) continue;
      const form: DetectedForm = { ...f, fields: own };
      if (!forms.has(form.element)) changed = true;
      forms.set(form.element, form);
      for (const field of own) {
        formOfField.set(field.element, form.element);
        wireField(field);
      }
      if (!wiredForms.has(form.element)) {
        wiredForms.add(form.element);
        wireDrops(form);
        observeRoot(form.element.getRootNode());
        observeSteps(form.element);
        options.onFormDetected?.(form.element);
      }
    }
    return changed;
  }

  function prune(): boolean {
    let changed = false;
    for (const [el, form] of forms) {
      if (el.isConnected) continue;
      forms.delete(el);
      for (const f of form.fields) hide(f.element);
      changed = true;
    }
    for (const [el, hint] of hints) {
      if (!el.isConnected) {
        hint.hide();
        hints.delete(el);
      }
    }
    return changed;
  }

  // Incremental detection: nodes added by the page are examined in small batches.
  const queue: Node[] = [];
  const queued = new Set<Node>();
  let tick: ReturnType<typeof setTimeout> | undefined;
  const schedule = (): void => {
    if (tick !== undefined || stopped) return;
    tick = setTimeout(processQueue, TICK_MS);
  };
  const enqueue = (node: Node): void => {
    if (queued.has(node) || queue.length > 5000) return;
    queued.add(node);
    queue.push(node);
  };
  function processQueue(): void {
    tick = undefined;
    if (stopped) return;
    const batch = queue.splice(0, NODES_PER_TICK);
    for (const n of batch) queued.delete(n);
    const page = options.page();
    let changed = prune();
    const touched = new Set<Element>();
    for (const node of batch) {
      if (!node.isConnected) continue;
      const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
      if (!el) continue;
      const known = [...forms.keys()].find((f) => f === el || f.contains(el));
      if (known) {
        if (touched.has(known)) continue;
        touched.add(known);
        changed = merge(detectInSubtree(known, page)) || changed;
      } else if (holdsControls(el)) {
        changed = merge(detectInSubtree(el, page)) || changed;
      }
    }
    if (changed) options.onFormsChanged(forms.size);
    if (queue.length > 0) schedule();
  }

  const observer = view
    ? new view.MutationObserver((records) => {
        for (const r of records) {
          if (r.type === 'childList') {
            for (const n of Array.from(r.addedNodes)) enqueue(n);
            if (r.removedNodes.length > 0) enqueue(r.target);
          } else {
            enqueue(r.target);
          }
        }
        schedule();
      })
    : null;
  const observedRoots = new Set<Node>();
  function observeRoot(root: Node): void {
    if (!observer || observedRoots.has(root) || observedRoots.size >= MAX_OBSERVED_ROOTS) return;
    if (root !== doc && root.nodeType !== 11) return; // the document or a shadow root
    observedRoots.add(root);
    observer.observe(root === doc ? doc.documentElement : root, { childList: true, subtree: true });
  }
  /** Fields revealed step by step (hidden → shown) inside a known form. */
  function observeSteps(formEl: Element): void {
    observer?.observe(formEl, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['hidden', 'style', 'class', 'type', 'name'],
    });
  }

  // Keep hints beside their fields while the page scrolls, resizes or reflows.
  let frame = 0;
  const reposition = (): void => {
    if (frame || !view) return;
    frame = view.requestAnimationFrame(() => {
      frame = 0;
      for (const h of hints.values()) if (h.shown) h.place();
    });
  };
  if (view) {
    listen(view, 'scroll', reposition, { capture: true, passive: true });
    listen(view, 'resize', reposition, { passive: true });
  }
  const reflow = setInterval(() => {
    if ([...hints.values()].some((h) => h.shown)) reposition();
  }, 300);

  observeRoot(doc);
  merge(detectSupportForms(doc, options.page()));

  return {
    get formCount() {
      return forms.size;
    },
    note(formEl, code, params = {}) {
      const form = forms.get(formEl);
      const first = form?.fields.find((f) => f.kind !== 'attachments' && f.kind !== 'phone-country');
      if (!first) return;
      show(first, [{ rule: 'note', field: first.kind, severity: 'info', code, params, once: true }]);
    },
    stop() {
      stopped = true;
      observer?.disconnect();
      clearTimeout(tick);
      clearInterval(reflow);
      for (const c of cleanups) c();
      for (const h of hints.values()) h.hide();
      hints.clear();
      problems.clear();
    },
  };
}
