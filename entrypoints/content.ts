import { defineContentScript } from 'wxt/utils/define-content-script';
import { browser } from 'wxt/browser';
import { gateDocument, hasSupportControls, supportContext } from '../src/gate.ts';
import { nothingHereReport } from '../src/messages/nothing.ts';
import type { LoadChecker, LoadDetector } from '../src/messages/schema.ts';
import { SETTINGS_KEY, storedSiteDisabled } from '../src/settings/quick.ts';

/**
 * Always on, in every frame of every page: small and cheap. It only decides whether
 * this frame needs the full checker (a brand mention: the scam assessment runs) or the
 * detector (controls a support form could be made of; the detector loads the checker if
 * a support form is there) and asks the background to inject it. Pages that never qualify report "nothing
 * here" and keep only a throttled observer that watches for controls added later.
 */
const RECHECK_MS = 700;

/** The top frame tells the background there is nothing here (so the popup can say so). */
function reportNothing(topFrame: boolean): void {
  if (!topFrame) return;
  browser.runtime.sendMessage(nothingHereReport(location.href)).catch(() => undefined);
}

export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  runAt: 'document_idle',
  // WXT would otherwise window.postMessage() a "content script started" message (with our
  // extension id) to every page; we send nothing to pages.
  noScriptStartedPostMessage: true,
  async main(ctx) {
    const topFrame = window === window.top;
    let requested = false;
    /** `full`: the checker (a brand mention); else the detector, which loads it if a support form is there. */
    const load = async (full: boolean): Promise<void> => {
      if (requested) return;
      requested = true;
      observer.disconnect();
      // Per-site off switch (popup / options page): nothing runs on a site the person turned off.
      // Read only here, so pages that never qualify cost no storage I/O. The top frame still
      // reports "nothing here" so the popup knows the site and can turn it back on.
      const stored: Record<string, unknown> = await browser.storage.local.get(SETTINGS_KEY).catch(() => ({}));
      if (storedSiteDisabled(stored[SETTINGS_KEY], location.href)) {
        reportNothing(topFrame);
        return;
      }
      const message: LoadChecker | LoadDetector = { type: full ? 'load-checker' : 'load-detector' };
      await browser.runtime.sendMessage(message).catch(() => {
        requested = false; // the background was not ready; a later mutation retries
      });
    };

    // Later content: one query per tick, however many nodes the page adds.
    let timer: number | undefined;
    const observer = new MutationObserver(() => {
      if (timer !== undefined) return;
      timer = window.setTimeout(() => {
        timer = undefined;
        if (hasSupportControls(document, supportContext(document))) void load(false);
      }, RECHECK_MS);
    });

    const gate = gateDocument(document, location.hostname);
    if (gate.forms || gate.brand) {
      await load(gate.brand);
    } else {
      reportNothing(topFrame);
      observer.observe(document.documentElement, { childList: true, subtree: true });
      // A page can fake WXT's "newer content script started" event (our extension id is public),
      // so stop watching only when the extension itself is gone (updated, reloaded or removed).
      ctx.onInvalidated(() => {
        if (!browser.runtime?.id) observer.disconnect();
      });
    }
  },
});
