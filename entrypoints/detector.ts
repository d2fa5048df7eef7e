import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { browser } from 'wxt/browser';
import { detectSupportForms } from '../src/detect/detect.ts';
import { hasSupportControls } from '../src/gate.ts';
import { nothingHereReport } from '../src/messages/nothing.ts';
import type { LoadChecker } from '../src/messages/schema.ts';

/**
 * The second step of the gate, for frames with a text area or a file input but no brand
 * mention (blog comments, reviews, web apps): the detection alone (a small script), which
 * asks for the full checker only once a support form is really there. A page with an
 * ordinary form so pays for this script, not for the checker with its rules, phone
 * metadata, scam assessment and interface.
 */
const FLAG = '__supportShieldDetector';
/** Later content is detected again at most this often, and only after controls were added. */
const RECHECK_MS = 1000;

export default defineUnlistedScript(() => {
  const scope = globalThis as unknown as Record<string, unknown>;
  if (scope[FLAG]) return; // injected once per frame
  scope[FLAG] = true;
  watch();
});

function found(): boolean {
  try {
    return detectSupportForms(document, { url: location.href, title: document.title }).length > 0;
  } catch {
    return false;
  }
}

function watch(): void {
  const topFrame = window === window.top;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let observer: MutationObserver | null = null;
  const escalate = (): void => {
    observer?.disconnect();
    if (timer !== undefined) clearTimeout(timer);
    const message: LoadChecker = { type: 'load-checker' };
    browser.runtime.sendMessage(message).catch(() => undefined);
  };
  if (found()) {
    escalate();
    return;
  }
  if (topFrame) browser.runtime.sendMessage(nothingHereReport(location.href)).catch(() => undefined);
  // Forms added later (a dialog, a step, an SPA route): detect again, throttled, and only when
  // the added nodes hold controls a support form could be made of.
  observer = new MutationObserver((records) => {
    if (timer !== undefined) return;
    const added = records.some((r) =>
      Array.from(r.addedNodes).some((n) => n.nodeType === 1 && hasSupportControls(n as Element, true)),
    );
    if (!added) return;
    timer = setTimeout(() => {
      timer = undefined;
      if (found()) escalate();
    }, RECHECK_MS);
  });
  observer.observe(document.documentElement, { childList: true, subtree: true });
}
