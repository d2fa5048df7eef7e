import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import type { Runtime } from 'webextension-polyfill';
import { MessageSchema, TabStateSchema } from '../src/messages/schema.ts';
import type { TabState, TabStateReply } from '../src/messages/schema.ts';
import { badgeFor, findByUrl, stateFromReport } from '../src/tab-state.ts';
import type { SubmissionCheckReply } from '../src/messages/schema.ts';
import { SUBMISSIONS_KEY, parseSubmissions, recentSubmission, recordSubmission } from '../src/settings/submissions.ts';
import { siteKey } from '../src/settings/sites.ts';

const STORE_KEY = 'tabStates';

export default defineBackground(() => {
  // Tab states live in session storage so they survive the worker being stopped;
  // they hold the page URL and the verdict, never anything typed.
  async function load(): Promise<Record<string, TabState>> {
    const raw = (await browser.storage.session.get(STORE_KEY))[STORE_KEY];
    const out: Record<string, TabState> = {};
    if (raw && typeof raw === 'object') {
      for (const [k, v] of Object.entries(raw as Record<string, unknown>)) {
        const parsed = TabStateSchema.safeParse(v);
        if (parsed.success) out[k] = parsed.data;
      }
    }
    return out;
  }

  async function save(states: Record<string, TabState>): Promise<void> {
    await browser.storage.session.set({ [STORE_KEY]: states });
  }

  // State changes run one after another so a navigation and a report never interleave.
  let queue: Promise<unknown> = Promise.resolve();
  function serial<T>(task: () => Promise<T>): Promise<T> {
    const next = queue.then(task, task);
    queue = next.catch(() => undefined);
    return next;
  }

  async function applyBadge(tabId: number, state: TabState | null): Promise<void> {
    const badge = badgeFor(state);
    await browser.action.setBadgeText({ tabId, text: badge.text });
    if (badge.text) await browser.action.setBadgeBackgroundColor({ tabId, color: badge.color });
  }

  // Replies are promises (the polyfill's contract); undefined means "not for me".
  // eslint-disable-next-line @typescript-eslint/no-misused-promises
  browser.runtime.onMessage.addListener((raw: unknown, sender: Runtime.MessageSender) => {
    const parsed = MessageSchema.safeParse(raw);
    if (!parsed.success) return undefined;
    const message = parsed.data;
    if (message.type === 'load-checker' || message.type === 'load-detector') {
      const tabId = sender.tab?.id;
      if (tabId === undefined || sender.id !== browser.runtime.id) return undefined;
      const file = message.type === 'load-checker' ? '/checker.js' : '/detector.js';
      return browser.scripting
        .executeScript({ target: { tabId, frameIds: [sender.frameId ?? 0] }, files: [file] })
        .then(() => ({ ok: true }));
    }
    if (message.type === 'tab-report') {
      const tabId = sender.tab?.id;
      if (tabId === undefined || sender.id !== browser.runtime.id) return undefined;
      if (sender.frameId !== undefined && sender.frameId !== 0) return undefined;
      return serial(async () => {
        const states = await load();
        const state = stateFromReport(tabId, message, Date.now());
        states[String(tabId)] = state;
        await save(states);
        await applyBadge(tabId, state);
        return { ok: true };
      });
    }
    // The resubmission guard: from our own content scripts' top frames, for the page they run in.
    if (message.type === 'submission-mark' || message.type === 'submission-check') {
      if (sender.tab === undefined || sender.id !== browser.runtime.id) return undefined;
      if (sender.frameId !== undefined && sender.frameId !== 0) return undefined;
      const url = sender.url ?? message.url;
      if (siteKey(url) === '' || siteKey(url) !== siteKey(message.url)) return undefined;
      return serial(async (): Promise<SubmissionCheckReply> => {
        const now = Date.now();
        const stored = (await browser.storage.local.get(SUBMISSIONS_KEY))[SUBMISSIONS_KEY];
        const entries = parseSubmissions(stored, now);
        if (message.type === 'submission-check') return { at: recentSubmission(entries, url, now) };
        await browser.storage.local.set({ [SUBMISSIONS_KEY]: recordSubmission(entries, url, now) });
        return { at: now };
      });
    }
    // get-tab-state comes from our own extension pages only.
    if (sender.tab !== undefined && !sender.url?.startsWith(browser.runtime.getURL('/'))) return undefined;
    return (async (): Promise<TabStateReply> => {
      const states = await load();
      if (message.tabId !== undefined) return { state: states[String(message.tabId)] ?? null };
      if (message.url !== undefined) return { state: findByUrl(states, message.url) };
      return { state: null };
    })();
  });

  function forget(tabId: number): Promise<void> {
    return serial(async () => {
      const states = await load();
      if (states[String(tabId)]) {
        delete states[String(tabId)];
        await save(states);
      }
    });
  }

  browser.tabs.onRemoved.addListener((tabId) => {
    forget(tabId).catch(() => undefined);
  });

  // A new page in the tab starts with no verdict until its content script reports.
  browser.tabs.onUpdated.addListener((tabId, info) => {
    if (info.status !== 'loading') return;
    forget(tabId)
      .then(() => applyBadge(tabId, null))
      .catch(() => undefined);
  });
});
