import type { ServiceProfile } from '../profiles/schema.ts';

/**
 * Whether the page at `url` is one of the profile's own support pages (its `supportUrls`,
 * same host, path below theirs): a support form there is "a form the profile knows", which
 * the resubmission guard remembers for 24 hours. Never throws.
 */
export function isKnownSupportPage(profile: ServiceProfile, url: string): boolean {
  let page: URL;
  try {
    page = new URL(String(url ?? '').slice(0, 4096));
  } catch {
    return false;
  }
  if (page.protocol !== 'https:') return false;
  return profile.supportUrls.some((s) => {
    const known = new URL(s);
    const base = known.pathname.replace(/\/+$/, '');
    return (
      page.hostname === known.hostname &&
      (page.pathname === base || page.pathname.startsWith(`${base}/`) || base === '')
    );
  });
}

export interface ResubmissionWatch {
  /** The person sent the form (a submit event, or a click on a submit button of a form-less container). */
  readonly onSubmit: () => void;
  /** The person started filling the form in: the first input event in it, once. */
  readonly onFirstInput: () => void;
}

/**
 * Watches one detected support form for the resubmission guard: calls `onFirstInput` once, on
 * the first input in the form, and `onSubmit` on each submission. Reads nothing typed. Returns
 * a function that removes the listeners. Never throws.
 */
export function watchResubmission(form: Element, watch: ResubmissionWatch): () => void {
  let started = false;
  const onInput = (): void => {
    if (started) return;
    started = true;
    try {
      watch.onFirstInput();
    } catch {
      // the caller's problem must not break the page
    }
  };
  const submitted = (): void => {
    try {
      watch.onSubmit();
    } catch {
      // as above
    }
  };
  const onClick = (e: Event): void => {
    const target = e.target as Element | null;
    const button = target?.closest?.('button, input[type="submit"], input[type="image"]');
    if (!button || !form.contains(button)) return;
    const type = (button.getAttribute('type') ?? (button.tagName === 'BUTTON' ? 'submit' : '')).toLowerCase();
    // A real <form> reports through its submit event; a form-less container only through its button.
    if ((type === 'submit' || type === 'image') && !button.closest('form')) submitted();
  };
  try {
    form.addEventListener('input', onInput, true);
    form.addEventListener('submit', submitted, true);
    form.addEventListener('click', onClick, true);
  } catch {
    return () => undefined;
  }
  return () => {
    form.removeEventListener('input', onInput, true);
    form.removeEventListener('submit', submitted, true);
    form.removeEventListener('click', onClick, true);
  };
}
