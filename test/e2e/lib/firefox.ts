import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import type { Browser, Frame, Page } from 'puppeteer-core';
import type { BrowserDriver, LaunchOptions, TabDriver } from './driver.ts';
import { BADGE_PROBE, STORAGE_PROBE, waitFor } from './driver.ts';
import type { HintInfo } from './hint-probe.ts';
import { HINT_PROBE, SHADOW_PROBE } from './hint-probe.ts';
import type { ShadowInfo } from './hint-probe.ts';
import { FIREFOX_BUILD, FIREFOX_UUID, GECKO_ID, SHOTS } from './paths.ts';

export function firefoxPath(): string {
  const candidates = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'];
  const found = candidates.find((p): p is string => !!p && existsSync(p));
  if (!found) throw new Error('Firefox not found: install it (apt-get install firefox-esr) or set FIREFOX_PATH.');
  return found;
}

export async function launchFirefox(
  opts: {
    extension?: string | null;
    headless?: boolean;
    hostMap?: Record<string, string>;
    locale?: string;
    proxyPort?: number;
  } = {},
): Promise<Browser> {
  const extension = opts.extension === undefined ? FIREFOX_BUILD : opts.extension;
  const prefs: Record<string, unknown> = {
    'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
    'intl.accept_languages': opts.locale ?? 'en-US, en',
    'network.dns.localDomains': Object.keys(opts.hostMap ?? {}).join(','),
    'browser.shell.checkDefaultBrowser': false,
    'app.update.enabled': false,
    'datareporting.policy.dataSubmissionEnabled': false,
    'toolkit.telemetry.enabled': false,
    'extensions.getAddons.cache.enabled': false,
    'browser.safebrowsing.malware.enabled': false,
    'browser.safebrowsing.phishing.enabled': false,
    'network.captive-portal-service.enabled': false,
    'dom.security.https_first': false,
    ...(opts.proxyPort
      ? {
          'network.proxy.type': 1,
          'network.proxy.http': '127.0.0.1',
          'network.proxy.http_port': opts.proxyPort,
          'network.proxy.ssl': '127.0.0.1',
          'network.proxy.ssl_port': opts.proxyPort,
          'network.proxy.share_proxy_settings': true,
          'network.proxy.no_proxies_on': '127.0.0.1, localhost',
          'network.proxy.allow_hijacking_localhost': false,
        }
      : {}),
    'dom.security.https_only_mode': false,
    'network.connectivity-service.enabled': false,
  };
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: opts.headless ?? true,
    args: ['--remote-allow-system-access', '--width=1100', '--height=900'],
    extraPrefsFirefox: prefs,
    defaultViewport: { width: 1100, height: 900 },
  });
  if (extension) await browser.installExtension(extension);
  return browser;
}

interface BidiConnection {
  send(method: string, params: unknown): Promise<{ result: unknown }>;
}

/**
 * Sets the viewport with the one WebDriver BiDi command Firefox ESR supports. Puppeteer's
 * setViewport also sends emulation.setScreenOrientationOverride, which Firefox 140 ESR rejects
 * as an unknown command.
 */
export async function setViewport(page: Page, size: { width: number; height: number }): Promise<void> {
  const connection = (page.browser() as unknown as { connection: BidiConnection }).connection;
  const context = (page.mainFrame() as unknown as { _id: string })._id;
  await connection.send('browsingContext.setViewport', {
    context,
    viewport: { width: size.width, height: size.height },
  });
}

interface RemoteNode {
  type: string;
  value?: { shadowRoot?: { sharedId?: string } | null };
}

class FirefoxTab implements TabDriver {
  readonly errors: string[] = [];

  constructor(
    private readonly browser: Browser,
    private readonly page: Page,
    readonly url: string,
    private readonly shotDir: string,
  ) {
    // Content-script errors reach the tab's console with a moz-extension:// source.
    page.on('console', (m) => {
      const where = [m.location()?.url ?? '', ...m.stackTrace().map((f) => f.url ?? '')].join(' ');
      if (m.type() === 'error' && where.includes('moz-extension://')) this.errors.push(m.text());
    });
    page.on('pageerror', (e) => {
      const text = e instanceof Error ? `${e.message} ${e.stack ?? ''}` : String(e);
      if (text.includes('moz-extension://')) this.errors.push(text);
    });
  }

  extensionErrors(): readonly string[] {
    return this.errors;
  }

  async type(selector: string, text: string): Promise<void> {
    await this.page.click(selector);
    await this.page.keyboard.type(text, { delay: 15 });
  }

  async clear(selector: string): Promise<void> {
    await this.page.click(selector);
    await this.page.keyboard.down('Control');
    await this.page.keyboard.press('a');
    await this.page.keyboard.up('Control');
    await this.page.keyboard.press('Delete');
  }

  async value(selector: string): Promise<string> {
    return await this.page.$eval(selector, (el) => (el as HTMLInputElement).value);
  }

  async select(selector: string, value: string): Promise<void> {
    await this.page.select(selector, value);
  }

  async press(key: string): Promise<void> {
    await this.page.keyboard.press(key as never);
  }

  async blur(): Promise<void> {
    await this.page.keyboard.press('Tab');
  }

  async hints(): Promise<HintInfo[]> {
    return await this.hintsOf(this.page.mainFrame());
  }

  async shadows(tag: string): Promise<ShadowInfo[]> {
    return await this.probeHosts<ShadowInfo>(this.page.mainFrame(), tag, SHADOW_PROBE);
  }

  private frame(frameUrl: string): Frame {
    const frame = this.page.frames().find((f) => f.url().includes(frameUrl));
    if (!frame) throw new Error(`no frame with URL containing ${frameUrl}`);
    return frame;
  }

  async typeInFrame(frameUrl: string, selector: string, text: string): Promise<void> {
    // Focus, not click: clicking inside a frame makes Puppeteer locate the frame's element
    // with a BiDi locator ('context') that Firefox 140 ESR does not know. The keys that
    // follow are real (trusted) input either way.
    const frame = this.frame(frameUrl);
    await frame.focus(selector);
    await this.page.keyboard.type(text, { delay: 15 });
  }

  async hintsInFrame(frameUrl: string): Promise<HintInfo[]> {
    return await this.hintsOf(this.frame(frameUrl));
  }

  async setFiles(selector: string, files: readonly string[]): Promise<void> {
    // BiDi input.setFiles (what a file chooser's accept does), without waiting for the file
    // dialog event, which Firefox 140 ESR does not send.
    const input = await this.page.$(selector);
    if (!input) throw new Error(`no file input ${selector}`);
    await (input as unknown as { uploadFile(...paths: string[]): Promise<void> }).uploadFile(...files);
  }

  private async hintsOf(frame: Frame): Promise<HintInfo[]> {
    return await this.probeHosts<HintInfo>(frame, 'support-shield-hint', HINT_PROBE);
  }

  private async probeHosts<T>(frame: Frame, tag: string, probe: string): Promise<T[]> {
    // WebDriver BiDi can serialize closed shadow roots (includeShadowTree: 'all'); the page cannot.
    const connection = (this.browser as unknown as { connection: BidiConnection }).connection;
    const context = (frame as unknown as { _id: string })._id;
    const listed = (await connection.send('script.callFunction', {
      functionDeclaration: `() => Array.from(document.querySelectorAll(${JSON.stringify(tag)}))`,
      awaitPromise: false,
      target: { context },
      resultOwnership: 'root',
      serializationOptions: { includeShadowTree: 'all', maxDomDepth: 0 },
    })) as { result: { type: string; result?: { value?: RemoteNode[] } } };
    const nodes = listed.result.result?.value ?? [];
    const out: T[] = [];
    for (const node of nodes) {
      const sharedId = node.value?.shadowRoot?.sharedId;
      if (!sharedId) continue;
      const res = (await connection.send('script.callFunction', {
        functionDeclaration: probe,
        awaitPromise: false,
        target: { context },
        arguments: [{ sharedId }],
        resultOwnership: 'none',
      })) as { result: { result?: { type: string; value?: string } } };
      const value = res.result.result?.value;
      if (typeof value === 'string') out.push(JSON.parse(value) as T);
    }
    return out;
  }

  async clickAt(point: { x: number; y: number }): Promise<void> {
    await this.page.mouse.click(point.x, point.y);
  }

  async evaluate<T>(fn: string): Promise<T> {
    return (await this.page.evaluate(`(${fn})()`)) as T;
  }

  async screenshot(name: string): Promise<void> {
    await this.page.screenshot({ path: join(this.shotDir, `${name}.png`) });
  }

  async close(): Promise<void> {
    await this.page.close();
  }
}

/** Opens an extension page; `goto` on moz-extension:// must not be awaited (it never settles). */
async function openExtensionPage(browser: Browser, path: string, ready: string): Promise<Page> {
  const page = await browser.newPage();
  void page.goto(`moz-extension://${FIREFOX_UUID}/${path}`).catch(() => undefined);
  // Poll by hand: while the page is still navigating, BiDi may answer a query with an
  // error from the realm being replaced; that means "not yet", not failure.
  const end = Date.now() + 15_000;
  for (;;) {
    try {
      if (await page.$(ready)) return page;
    } catch {
      // realm replaced mid-navigation; try again
    }
    if (Date.now() > end) throw new Error(`extension page ${path} did not show ${ready}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export async function firefoxDriver(opts: LaunchOptions = {}): Promise<BrowserDriver> {
  const browser = await launchFirefox({
    ...(opts.locale ? { locale: opts.locale } : {}),
    ...(opts.hosts?.length ? { hostMap: Object.fromEntries(opts.hosts.map((h) => [h, '127.0.0.1'])) } : {}),
    ...(opts.proxyPort ? { proxyPort: opts.proxyPort } : {}),
  });
  const shotDir = join(SHOTS, 'firefox');
  mkdirSync(shotDir, { recursive: true });
  return {
    name: 'firefox',
    extensionId: GECKO_ID,
    async open(url) {
      const page = await browser.newPage();
      await page.goto(url, { waitUntil: 'load' });
      return new FirefoxTab(browser, page, url, shotDir);
    },
    async popupText(pageUrl, screenshot) {
      const page = await openExtensionPage(
        browser,
        `popup.html?page=${encodeURIComponent(pageUrl)}`,
        'body[data-ready]',
      );
      await setViewport(page, { width: 380, height: 600 });
      if (screenshot) {
        await page.screenshot({ path: join(shotDir, `${screenshot}.png`), fullPage: true });
      }
      const text = await page.$eval('body', (b) => (b as HTMLElement).innerText);
      await page.close();
      return text;
    },
    async storageDump() {
      const page = await openExtensionPage(browser, 'options.html', 'main');
      const dump = await page.evaluate(`(${STORAGE_PROBE})()`);
      await page.close();
      return String(dump);
    },
    async badge(pageUrl) {
      const page = await openExtensionPage(browser, 'options.html', 'main');
      const value = await waitFor(
        async () => (await page.evaluate(`(${BADGE_PROBE})(${JSON.stringify(pageUrl)})`)) as string | null,
        (v) => v !== null,
        { what: 'the tab state', timeout: 5_000 },
      ).catch(() => null);
      await page.close();
      return value;
    },
    async close() {
      await browser.close();
    },
  };
}
