import type { DetectedField, DetectedForm, PageInfo } from '../../detect/detect.ts';
import { detectSupportForms } from '../../detect/detect.ts';
import type { Locale } from '../../i18n/index.ts';
import { t } from '../../i18n/index.ts';
import type { ServiceProfile } from '../../profiles/schema.ts';
import { runRules } from '../../rules/registry.ts';
import type { FieldKind, Finding } from '../../rules/types.ts';
import { InlineHint } from './hint.ts';
import { getFieldValue, setFieldValue } from './set-value.ts';

export interface FormShieldOptions {
  readonly locale: Locale;
  readonly profile: ServiceProfile;
  readonly page: () => PageInfo;
  /** Called when the number of detected support forms changes. */
  readonly onFormsChanged: (count: number) => void;
  readonly debounceMs?: number;
}

export interface FormShield {
  stop(): void;
  readonly formCount: number;
}

const RESCAN_INTERVAL_MS = 500;

/**
 * Wires detection and the rules to a live document: finds support forms now and
 * when the page adds them, checks fields as the person types, shows hints.
 */
export function startFormShield(doc: Document, options: FormShieldOptions): FormShield {
  const debounceMs = options.debounceMs ?? 300;
  const view = doc.defaultView;
  const wiredForms = new WeakSet<Element>();
  const wiredFields = new WeakSet<Element>();
  const dismissed = new WeakSet<Element>();
  const hints = new Map<Element, InlineHint>();
  const cleanups: Array<() => void> = [];
  let forms: DetectedForm[] = [];
  let stopped = false;

  function fieldValues(form: DetectedForm): Partial<Record<FieldKind, string>> {
    const values: Partial<Record<FieldKind, string>> = {};
    for (const f of form.fields) if (values[f.kind] === undefined) values[f.kind] = getFieldValue(f.element);
    return values;
  }

  function render(field: DetectedField, finding: Finding | undefined): void {
    let hint = hints.get(field.element);
    if (!finding || dismissed.has(field.element)) {
      hint?.hide();
      return;
    }
    if (!hint) {
      hint = new InlineHint(doc, field.element);
      hints.set(field.element, hint);
    }
    const fix = finding.fix;
    hint.show(
      {
        severity: finding.severity,
        message: t(options.locale, finding.code, finding.params),
        ...(fix ? { fixLabel: t(options.locale, 'hint.email.typo.fix', finding.params) } : {}),
        dismissLabel: t(options.locale, 'hint.dismiss'),
        brand: t(options.locale, 'hint.label'),
      },
      {
        onFix: () => {
          if (!fix) return;
          setFieldValue(field.element, fix.value);
          check(form(field), field);
          (field.element as HTMLElement).focus?.();
        },
        onDismiss: () => {
          dismissed.add(field.element);
          hint?.hide();
        },
      },
    );
  }

  function form(field: DetectedField): DetectedForm {
    return forms.find((f) => f.fields.includes(field)) ?? { element: field.element, confidence: 0, fields: [field] };
  }

  function check(owner: DetectedForm, field: DetectedField): void {
    if (stopped) return;
    const value = getFieldValue(field.element);
    const findings = runRules(options.profile.rules, field.kind, value, {
      fields: fieldValues(owner),
      pageLang: doc.documentElement.lang ?? '',
      profileId: options.profile.id,
    });
    const order = { error: 0, warn: 1, info: 2 } as const;
    findings.sort((a, b) => order[a.severity] - order[b.severity]);
    render(field, findings[0]);
  }

  function wireField(owner: DetectedForm, field: DetectedField): void {
    if (wiredFields.has(field.element)) return;
    wiredFields.add(field.element);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onInput = (): void => {
      clearTimeout(timer);
      timer = setTimeout(() => check(owner, field), debounceMs);
    };
    const onBlur = (): void => {
      clearTimeout(timer);
      check(owner, field);
    };
    field.element.addEventListener('input', onInput);
    field.element.addEventListener('blur', onBlur);
    cleanups.push(() => {
      clearTimeout(timer);
      field.element.removeEventListener('input', onInput);
      field.element.removeEventListener('blur', onBlur);
    });
    if (getFieldValue(field.element) !== '') check(owner, field);
  }

  function scan(): void {
    if (stopped) return;
    const found = detectSupportForms(doc, options.page());
    let changed = false;
    for (const f of found) {
      if (!wiredForms.has(f.element)) {
        wiredForms.add(f.element);
        forms.push(f);
        changed = true;
      }
      const known = forms.find((k) => k.element === f.element) ?? f;
      for (const field of known.fields) wireField(known, field);
    }
    const before = forms.length;
    forms = forms.filter((f) => f.element.isConnected);
    if (changed || forms.length !== before) options.onFormsChanged(forms.length);
  }

  // Re-detect when the page adds or removes content; at most once per interval.
  let rescanTimer: ReturnType<typeof setTimeout> | undefined;
  const observer = view
    ? new view.MutationObserver(() => {
        if (rescanTimer !== undefined || stopped) return;
        rescanTimer = setTimeout(() => {
          rescanTimer = undefined;
          scan();
        }, RESCAN_INTERVAL_MS);
      })
    : null;
  observer?.observe(doc.documentElement, { childList: true, subtree: true });

  let frame = 0;
  const reposition = (): void => {
    if (frame || !view) return;
    frame = view.requestAnimationFrame(() => {
      frame = 0;
      for (const h of hints.values()) h.place();
    });
  };
  view?.addEventListener('scroll', reposition, { capture: true, passive: true });
  view?.addEventListener('resize', reposition, { passive: true });

  scan();

  return {
    get formCount() {
      return forms.length;
    },
    stop() {
      stopped = true;
      observer?.disconnect();
      clearTimeout(rescanTimer);
      view?.removeEventListener('scroll', reposition, { capture: true });
      view?.removeEventListener('resize', reposition);
      for (const c of cleanups) c();
      for (const h of hints.values()) h.hide();
      hints.clear();
    },
  };
}
