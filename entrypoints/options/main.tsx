import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Options } from '../../src/ui/options/Options.tsx';
import { resolveLocale } from '../../src/i18n/index.ts';
import { loadSettings, resetAll, saveSettings } from '../../src/settings/index.ts';
import type { Settings } from '../../src/settings/index.ts';
import '../../src/ui/popup/popup.css';

const area = browser.storage.local;
const root = document.getElementById('app');

function draw(settings: Settings): void {
  if (!root) return;
  // The language override applies at once: the page re-renders in the chosen language.
  const locale = resolveLocale(settings.language, navigator.languages);
  document.documentElement.lang = locale.replace('_', '-');
  render(
    <Options
      locale={locale}
      settings={settings}
      onChange={async (next) => {
        await saveSettings(area, next);
        draw(await loadSettings(area));
      }}
      onReset={async () => {
        await resetAll(area);
        draw(await loadSettings(area));
      }}
    />,
    root,
  );
  document.body.dataset.ready = 'true';
}

async function main(): Promise<void> {
  draw(await loadSettings(area));
}

void main();
