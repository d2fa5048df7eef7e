import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Popup } from '../../src/ui/popup/Popup.tsx';
import { copyText } from '../../src/ui/popup/clipboard.ts';
import { resolveLocale } from '../../src/i18n/index.ts';
import { TabStateReplySchema } from '../../src/messages/schema.ts';
import type { GetTabState, TabState } from '../../src/messages/schema.ts';
import { WHATSAPP } from '../../src/profiles/whatsapp.ts';
import { guessPlatform } from '../../src/guide/guide.ts';
import { isSiteDisabled, loadSettings, setSiteEnabled, siteKey, updateSettings } from '../../src/settings/index.ts';
import type { Settings } from '../../src/settings/index.ts';
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
  const root = document.getElementById('app');
  if (!root) return;
  const area = browser.storage.local;
  let settings: Settings = await loadSettings(area);
  const locale = resolveLocale(settings.language, navigator.languages);
  document.documentElement.lang = locale.replace('_', '-');
  let state: TabState | null;
  try {
    state = await loadState();
  } catch {
    state = null;
  }
  // The site of the page the content script reported (the popup has no access to tab URLs).
  const key = state ? siteKey(state.url) : '';
  const draw = (): void => {
    render(
      <Popup
        locale={locale}
        state={state}
        profile={WHATSAPP}
        site={key ? { key, enabled: !isSiteDisabled(settings, key) } : null}
        onToggleSite={(enabled) => {
          updateSettings(area, (s) => setSiteEnabled(s, key, enabled))
            .then((next) => {
              settings = next;
              draw();
            })
            .catch(() => undefined);
        }}
        platform={guessPlatform(navigator.userAgent)}
        copy={(text) => copyText(document, text)}
        onOpenOptions={() => {
          browser.runtime.openOptionsPage().catch(() => undefined);
        }}
      />,
      root,
    );
  };
  draw();
  document.body.dataset.ready = 'true';
}

void main();
