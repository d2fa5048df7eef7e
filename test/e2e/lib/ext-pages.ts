import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page as PwPage } from 'playwright-core';
import type { Browser, Page as PpPage } from 'puppeteer-core';
import { launchChromium } from './chromium.ts';
import { waitFor } from './driver.ts';
import { launchFirefox, setViewport } from './firefox.ts';
import { FIREFOX_UUID, ROOT, SHOTS } from './paths.ts';

/**
 * Extension pages (popup, options) driven like a person would: trusted clicks and keys, in
 * Chromium (playwright-core) and Firefox (puppeteer-core over WebDriver BiDi). Separate from
 * driver.ts so the existing drivers stay as they are.
 */

export interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly nodes: readonly string[];
}

export interface ExtPage {
  click(selector: string): Promise<void>;
  /** Types with trusted key events into the element matching `selector`. */
  type(selector: string, text: string): Promise<void>;
  /** Chooses an option of a <select> by value. */
  select(selector: string, value: string): Promise<void>;
  /** A trusted key press ('Tab', 'Shift+Tab', 'Enter', 'Space'). */
  press(key: string): Promise<void>;
  /** The page's visible text. */
  text(): Promise<string>;
  evaluate<T>(fn: string): Promise<T>;
  /** Waits until `fn` (run in the page) returns a truthy value. */
  waitFor(fn: string, what: string): Promise<void>;
  /** Pastes the clipboard (Ctrl+V) into a fresh textarea and returns what arrived. */
  pasteClipboard(): Promise<string>;
  /** Runs axe-core (WCAG 2.x A/AA + best practices) on the page; resolves to the violations. */
  axe(): Promise<AxeViolation[]>;
  /** Light or dark (Chromium only; false when the browser can't emulate it). */
  colorScheme(scheme: 'light' | 'dark'): Promise<boolean>;
  screenshot(name: string): Promise<string>;
  close(): Promise<void>;
}

export interface ExtBrowser {
  readonly name: 'chromium' | 'firefox';
  /** Opens a web page in a tab and leaves it open. */
  openTab(url: string): Promise<{ close(): Promise<void>; reload(): Promise<void> }>;
  /** Opens `popup.html?…` or `options.html` in a tab of its own, sized like the popup when asked. */
  extensionPage(path: string, size?: { width: number; height: number }): Promise<ExtPage>;
  close(): Promise<void>;
}

const AXE_SOURCE = (): string => readFileSync(join(ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

const AXE_RUN = `async () => {
  const result = await globalThis.axe.run(document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    resultTypes: ['violations'],
  });
  return JSON.stringify(result.violations.map((v) => ({
    id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')),
  })));
}`;

const PASTE_TARGET = `() => {
  const area = document.createElement('textarea');
  area.id = '__paste_target';
  area.setAttribute('aria-label', 'paste target');
  document.body.append(area);
  area.focus();
  return document.activeElement === area;
}`;

const PASTE_READ = `() => {
  const area = document.getElementById('__paste_target');
  const value = area ? area.value : '';
  if (area) area.remove();
  return value;
}`;

class ChromiumExtPage implements ExtPage {
  constructor(
    private readonly page: PwPage,
    private readonly shotDir: string,
  ) {}
  async click(selector: string): Promise<void> {
    await this.page.click(selector);
  }
  async type(selector: string, text: string): Promise<void> {
    await this.page.click(selector);
    await this.page.keyboard.type(text, { delay: 10 });
  }
  async select(selector: string, value: string): Promise<void> {
    await this.page.selectOption(selector, value);
  }
  async press(key: string): Promise<void> {
    await this.page.keyboard.press(key === 'Space' ? ' ' : key);
  }
  async text(): Promise<string> {
    return await this.page.innerText('body');
  }
  async evaluate<T>(fn: string): Promise<T> {
    return await this.page.evaluate<T>(`(${fn})()`);
  }
  async waitFor(fn: string, what: string): Promise<void> {
    await waitFor(
      () => this.evaluate<boolean>(`async () => !!(await (${fn})())`),
      (v) => !!v,
      { what },
    );
  }
  async pasteClipboard(): Promise<string> {
    if (!(await this.evaluate<boolean>(PASTE_TARGET))) throw new Error('paste target not focused');
    await this.page.keyboard.press('Control+V');
    return await this.evaluate<string>(PASTE_READ);
  }
  async axe(): Promise<AxeViolation[]> {
    if (!(await this.page.evaluate('typeof globalThis.axe === "object"'))) {
      await this.page.evaluate(`${AXE_SOURCE()}\n;0`);
    }
    return JSON.parse(await this.evaluate<string>(AXE_RUN)) as AxeViolation[];
  }
  async colorScheme(scheme: 'light' | 'dark'): Promise<boolean> {
    await this.page.emulateMedia({ colorScheme: scheme });
    return true;
  }
  async screenshot(name: string): Promise<string> {
    const path = join(this.shotDir, `${name}.png`);
    await this.page.screenshot({ path, fullPage: true });
    return path;
  }
  async close(): Promise<void> {
    await this.page.close();
  }
}

class FirefoxExtPage implements ExtPage {
  constructor(
    private readonly page: PpPage,
    private readonly shotDir: string,
  ) {}
  async click(selector: string): Promise<void> {
    await this.page.click(selector);
  }
  async type(selector: string, text: string): Promise<void> {
    await this.page.click(selector);
    await this.page.keyboard.type(text, { delay: 10 });
  }
  async select(selector: string, value: string): Promise<void> {
    await this.page.select(selector, value);
  }
  async press(key: string): Promise<void> {
    const parts = key.split('+');
    const main = parts.pop()!;
    const mods = parts.map((m) => (m === 'Control' || m === 'Shift' || m === 'Alt' ? m : 'Control'));
    for (const m of mods) await this.page.keyboard.down(m);
    await this.page.keyboard.press((main === 'Space' ? ' ' : main.length === 1 ? main.toLowerCase() : main) as 'Tab');
    for (const m of mods.reverse()) await this.page.keyboard.up(m);
  }
  async text(): Promise<string> {
    return await this.page.$eval('body', (b) => (b as HTMLElement).innerText);
  }
  async evaluate<T>(fn: string): Promise<T> {
    return (await this.page.evaluate(`(${fn})()`)) as T;
  }
  async waitFor(fn: string, what: string): Promise<void> {
    await waitFor(
      () => this.evaluate<boolean>(`async () => !!(await (${fn})())`),
      (v) => !!v,
      { what },
    );
  }
  async pasteClipboard(): Promise<string> {
    if (!(await this.evaluate<boolean>(PASTE_TARGET))) throw new Error('paste target not focused');
    await this.page.keyboard.down('Control');
    await this.page.keyboard.press('v');
    await this.page.keyboard.up('Control');
    return await this.evaluate<string>(PASTE_READ);
  }
  async axe(): Promise<AxeViolation[]> {
    if (!(await this.page.evaluate('typeof globalThis.axe === "object"'))) {
      await this.page.evaluate(`${AXE_SOURCE()}\n;0`);
    }
    return JSON.parse(await this.evaluate<string>(AXE_RUN)) as AxeViolation[];
  }
  async colorScheme(scheme: 'light' | 'dark'): Promise<boolean> {
    try {
      await this.page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
      return true;
    } catch {
      return false; // not available over WebDriver BiDi
    }
  }
  async screenshot(name: string): Promise<string> {
    const path = join(this.shotDir, `${name}.png`);
    await this.page.screenshot({ path, fullPage: true });
    return path;
  }
  async close(): Promise<void> {
    await this.page.close();
  }
}

export async function chromiumExt(opts: { locale?: string } = {}): Promise<ExtBrowser> {
  const { context, extensionId } = (await launchChromium(opts.locale ? { locale: opts.locale } : {})) as {
    context: BrowserContext;
    extensionId: string;
  };
  const shotDir = join(SHOTS, 'chromium');
  mkdirSync(shotDir, { recursive: true });
  return {
    name: 'chromium',
    async openTab(url) {
      const page = await context.newPage();
      await page.goto(url, { waitUntil: 'load' });
      return {
        close: () => page.close(),
        reload: async () => {
          await page.reload({ waitUntil: 'load' });
        },
      };
    },
    async extensionPage(path, size) {
      const page = await context.newPage();
      if (size) await page.setViewportSize(size);
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      await page.waitForSelector('body[data-ready]', { timeout: 15_000 });
      await page.bringToFront();
      return new ChromiumExtPage(page, shotDir);
    },
    async close() {
      await context.close();
    },
  };
}

export async function firefoxExt(opts: { locale?: string } = {}): Promise<ExtBrowser> {
  const browser: Browser = await launchFirefox(opts.locale ? { locale: opts.locale } : {});
  const shotDir = join(SHOTS, 'firefox');
  mkdirSync(shotDir, { recursive: true });
  return {
    name: 'firefox',
    async openTab(url) {
      const page = await browser.newPage();
      await page.goto(url, { waitUntil: 'load' });
      return {
        close: () => page.close(),
        reload: async () => {
          await page.reload({ waitUntil: 'load' });
        },
      };
    },
    async extensionPage(path, size) {
      const page = await browser.newPage();
      // goto on moz-extension:// never settles: don't await it (see firefox.ts).
      void page.goto(`moz-extension://${FIREFOX_UUID}/${path}`).catch(() => undefined);
      await waitFor(
        () =>
          page.$('body[data-ready]').then(
            (el) => el !== null,
            () => false,
          ),
        (ready) => ready,
        { what: `${path} to render`, timeout: 15_000 },
      );
      if (size) await setViewport(page, size);
      await page.bringToFront();
      return new FirefoxExtPage(page, shotDir);
    },
    async close() {
      await browser.close();
    },
  };
}

export const EXT_BROWSERS = [
  ['chromium', chromiumExt],
  ['firefox', firefoxExt],
] as const;
