import type { HintInfo, ShadowInfo } from './hint-probe.ts';

/** One browser tab, driven the same way in Chromium and Firefox. */
export interface TabDriver {
  readonly url: string;
  /** Types like a person: trusted key events into the element matching `selector`. */
  type(selector: string, text: string): Promise<void>;
  /** Clears a field like a person would (select all, delete). */
  clear(selector: string): Promise<void>;
  value(selector: string): Promise<string>;
  /** Chooses an option of a `<select>` by value, like a person would. */
  select(selector: string, value: string): Promise<void>;
  /** Presses one key (trusted), e.g. 'Tab', 'Enter', 'Escape'. */
  press(key: string): Promise<void>;
  /** Moves focus away from the current field (trusted Tab key). */
  blur(): Promise<void>;
  /** Every Support Shield hint on the page, read through the automation protocol. */
  hints(): Promise<HintInfo[]>;
  /** Types into a field inside the iframe whose URL contains `frameUrl`. */
  typeInFrame(frameUrl: string, selector: string, text: string): Promise<void>;
  /** The hints shown inside the iframe whose URL contains `frameUrl` (in that frame's own document). */
  hintsInFrame(frameUrl: string): Promise<HintInfo[]>;
  /** Our other injected elements by tag ('support-shield-banner', 'support-shield-marks'). */
  shadows(tag: string): Promise<ShadowInfo[]>;
  /** Chooses files on a file input the way the browser's file chooser does. */
  setFiles(selector: string, files: readonly string[]): Promise<void>;
  /** A trusted mouse click at page coordinates. */
  clickAt(point: { x: number; y: number }): Promise<void>;
  /** Runs a function in the page's own world. */
  evaluate<T>(fn: string): Promise<T>;
  screenshot(name: string): Promise<void>;
  /** Errors thrown or logged by the extension's scripts in this tab since it opened. */
  extensionErrors(): readonly string[];
  close(): Promise<void>;
}

/** Launch options shared by both drivers. */
export interface LaunchOptions {
  /** Accept-Language / navigator.languages, e.g. 'zh-TW'. */
  readonly locale?: string;
  /** Host names that resolve to 127.0.0.1 (for lookalike-domain pages). */
  readonly hosts?: readonly string[];
  /** Send every non-local request through this proxy port (the privacy trap). */
  readonly proxyPort?: number;
}

export interface BrowserDriver {
  readonly name: 'chromium' | 'firefox';
  /** The extension's runtime id in this browser (public: pages can know it). */
  readonly extensionId: string;
  open(url: string): Promise<TabDriver>;
  /** Opens the extension popup for the tab showing `pageUrl`; resolves to its visible text. */
  popupText(pageUrl: string, screenshot?: string): Promise<string>;
  /** Every extension storage area's content as JSON (local, session, sync), read from an extension page. */
  storageDump(): Promise<string>;
  /** The toolbar badge text of the tab showing `pageUrl` ('' when clear, null when unknown). */
  badge(pageUrl: string): Promise<string | null>;
  close(): Promise<void>;
}

export async function waitFor<T>(
  probe: () => Promise<T>,
  ok: (v: T) => boolean,
  { timeout = 10_000, interval = 100, what = 'condition' } = {},
): Promise<T> {
  const end = Date.now() + timeout;
  let last: T = await probe();
  while (!ok(last)) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}; last value: ${JSON.stringify(last)}`);
    await new Promise((r) => setTimeout(r, interval));
    last = await probe();
  }
  return last;
}

/** Runs in an extension page: asks the background for the tab's state and reads its badge. */
export const BADGE_PROBE = `async (pageUrl) => {
  const api = globalThis.browser ?? globalThis.chrome;
  const reply = await api.runtime.sendMessage({ type: 'get-tab-state', url: pageUrl });
  if (!reply || !reply.state) return null;
  return await api.action.getBadgeText({ tabId: reply.state.tabId });
}`;

/** Runs in an extension page: every storage area's content. */
export const STORAGE_PROBE = `async () => {
  const api = globalThis.browser ?? globalThis.chrome;
  const out = {};
  for (const area of ['local', 'session', 'sync']) {
    try {
      out[area] = await api.storage[area].get(null);
    } catch (e) {
      out[area] = 'unavailable: ' + String(e);
    }
  }
  return JSON.stringify(out);
}`;
