import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Popup } from '../../src/ui/popup/Popup.tsx';
import { pickLocale } from '../../src/i18n/index.ts';
import { TabStateReplySchema } from '../../src/messages/schema.ts';
import type { GetTabState, TabState } from '../../src/messages/schema.ts';
import { WHATSAPP } from '../../src/profiles/whatsapp.ts';
import '../../src/ui/popup/popup.css';

/**
 * The popup asks the background about the active tab. `?page=<url>` asks about
 * the tab showing that page instead (the popup opened in a tab of its own).
 */
async function loadState(): Promise<TabState | null> {
  const page = new URLSearchParams(location.search).get('page');
  let request: GetTabState;
  if (page) {
    request = { type: 'get-tab-state', url: page };
  } else {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined) return null;
    request = { type: 'get-tab-state', tabId: tab.id };
  }
  const parsed = TabStateReplySchema.safeParse(await browser.runtime.sendMessage(request));
  return parsed.success ? parsed.data.state : null;
}

async function main(): Promise<void> {
  const locale = pickLocale(navigator.languages);
  document.documentElement.lang = locale.replace('_', '-');
  const root = document.getElementById('app');
  if (!root) return;
  let state: TabState | null;
  try {
    state = await loadState();
  } catch {
    state = null;
  }
  render(
    <Popup
      locale={locale}
      state={state}
      profile={WHATSAPP}
      onOpenOptions={() => {
        browser.runtime.openOptionsPage().catch(() => undefined);
      }}
    />,
    root,
  );
  document.body.dataset.ready = 'true';
}

void main();
