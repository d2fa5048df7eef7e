import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { BrowserContext, Frame, Page } from 'playwright-core';
import type { BrowserDriver, LaunchOptions, TabDriver } from './driver.ts';
import { BADGE_PROBE, STORAGE_PROBE, waitFor } from './driver.ts';
import type { HintInfo } from './hint-probe.ts';
import { HINT_PROBE, SHADOW_PROBE } from './hint-probe.ts';
import type { ShadowInfo } from './hint-probe.ts';
import { CHROME_BUILD, SHOTS } from './paths.ts';

export function chromiumPath(): string {
  const candidates = [
    process.env.CHROME_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
  ];
  const found = candidates.find((p): p is string => !!p && existsSync(p));
  if (!found) throw new Error('Chromium not found: install it (apt-get install chromium) or set CHROME_PATH.');
  return found;
}

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-default-apps',
  '--disable-features=Translate,MediaRouter,OptimizationHints',
];

export async function launchChromium(
  opts: { extension?: string | null; headless?: boolean; hostRules?: string; locale?: string; proxyPort?: number } = {},
): Promise<{ context: BrowserContext; extensionId: string | null }> {
  const extension = opts.extension === undefined ? CHROME_BUILD : opts.extension;
  const args = [...CHROMIUM_ARGS];
  if (extension) args.push(`--disable-extensions-except=${extension}`, `--load-extension=${extension}`);
  if (opts.hostRules) args.push(`--host-resolver-rules=${opts.hostRules}`);
  if (opts.proxyPort)
    args.push(
      `--proxy-server=http://127.0.0.1:${opts.proxyPort}`,
      '--proxy-bypass-list=<-loopback>;127.0.0.1;localhost',
    );
  const context = await chromium.launchPersistentContext('', {
    executablePath: chromiumPath(),
    headless: opts.headless ?? true,
    args,
    viewport: { width: 1100, height: 900 },
    locale: opts.locale ?? 'en-US',
    ignoreDefaultArgs: ['--disable-extensions', '--disable-component-extensions-with-background-pages'],
  });
  if (!extension) return { context, extensionId: null };
  let [worker] = context.serviceWorkers();
  worker ??= await context.waitForEvent('serviceworker', { timeout: 15_000 });
  const extensionId = new URL(worker.url()).host;
  return { context, extensionId };
}

class ChromiumTab implements TabDriver {
  readonly errors: string[] = [];

  constructor(
    private readonly page: Page,
    readonly url: string,
    private readonly shotDir: string,
  ) {}

  /** Listens to every execution context of the page, including the extension's isolated world. */
  async watchErrors(): Promise<void> {
    const cdp = await this.page.context().newCDPSession(this.page);
    const fromExtension = (text: string) => text.includes('chrome-extension://');
    cdp.on(
      'Runtime.exceptionThrown',
      (e: {
        exceptionDetails: {
          url?: string;
          text: string;
          exception?: { description?: string };
          stackTrace?: { callFrames: { url: string }[] };
        };
      }) => {
        const d = e.exceptionDetails;
        const where = [d.url ?? '', ...(d.stackTrace?.callFrames ?? []).map((f) => f.url)].join(' ');
        if (fromExtension(where)) this.errors.push(`${d.text} ${d.exception?.description ?? ''}`);
      },
    );
    cdp.on(
      'Runtime.consoleAPICalled',
      (e: {
        type: string;
        args: { value?: unknown; description?: string }[];
        stackTrace?: { callFrames: { url: string }[] };
      }) => {
        const where = (e.stackTrace?.callFrames ?? []).map((f) => f.url).join(' ');
        if ((e.type === 'error' || e.type === 'assert') && fromExtension(where)) {
          this.errors.push(e.args.map((a) => (a.description ?? JSON.stringify(a.value)) || '').join(' '));
        }
      },
    );
    await cdp.send('Runtime.enable');
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
    await this.page.keyboard.press('Control+A');
    await this.page.keyboard.press('Delete');
  }

  async value(selector: string): Promise<string> {
    return await this.page.inputValue(selector);
  }

  async select(selector: string, value: string): Promise<void> {
    await this.page.selectOption(selector, value);
  }

  async press(key: string): Promise<void> {
    await this.page.keyboard.press(key);
  }

  async blur(): Promise<void> {
    await this.page.keyboard.press('Tab');
  }

  async hints(): Promise<HintInfo[]> {
    return await this.hintsOf(this.page);
  }

  async shadows(tag: string): Promise<ShadowInfo[]> {
    return await this.probeHosts<ShadowInfo>(this.page, tag.toUpperCase(), SHADOW_PROBE);
  }

  private frame(frameUrl: string): Frame {
    const frame = this.page.frames().find((f) => f.url().includes(frameUrl));
    if (!frame) throw new Error(`no frame with URL containing ${frameUrl}`);
    return frame;
  }

  async typeInFrame(frameUrl: string, selector: string, text: string): Promise<void> {
    const frame = this.frame(frameUrl);
    await frame.click(selector);
    await this.page.keyboard.type(text, { delay: 15 });
  }

  async hintsInFrame(frameUrl: string): Promise<HintInfo[]> {
    const frame = this.frame(frameUrl);
    // An out-of-process (cross-site) frame has a DevTools target of its own; a same-process one is
    // reached from the page's document. Either way, only hints inside that frame's document count.
    try {
      return await this.hintsOf(frame);
    } catch {
      return await this.hintsOf(this.page, frame.url());
    }
  }

  async setFiles(selector: string, files: readonly string[]): Promise<void> {
    const [chooser] = await Promise.all([this.page.waitForEvent('filechooser'), this.page.click(selector)]);
    await chooser.setFiles([...files]);
  }

  /**
   * Hints in one document. `frameUrl` undefined: the target's own document only; otherwise the
   * iframe document with that URL, reached through the page's DOM (same-process frames).
   */
  private async hintsOf(target: Page | Frame, frameUrl?: string): Promise<HintInfo[]> {
    return await this.probeHosts<HintInfo>(target, 'SUPPORT-SHIELD-HINT', HINT_PROBE, frameUrl);
  }

  private async probeHosts<T>(target: Page | Frame, tag: string, probe: string, frameUrl?: string): Promise<T[]> {
    // The DevTools protocol's DOM domain sees closed shadow roots ("pierce").
    const cdp = await this.page.context().newCDPSession(target);
    try {
      const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
      const shadowRoots: number[] = [];
      const walk = (n: CdpNode, inScope: boolean): void => {
        if (inScope && n.nodeName === tag && n.shadowRoots?.[0]) {
          shadowRoots.push(n.shadowRoots[0].backendNodeId);
        }
        for (const c of n.children ?? []) walk(c, inScope);
        for (const sr of n.shadowRoots ?? []) walk(sr, inScope);
        if (n.contentDocument && frameUrl !== undefined) {
          walk(n.contentDocument, n.contentDocument.documentURL === frameUrl);
        }
      };
      walk(root, frameUrl === undefined);
      const out: T[] = [];
      for (const backendNodeId of shadowRoots) {
        const { object } = (await cdp.send('DOM.resolveNode', { backendNodeId })) as { object: { objectId: string } };
        const res = (await cdp.send('Runtime.callFunctionOn', {
          objectId: object.objectId,
          functionDeclaration: probe,
          arguments: [{ objectId: object.objectId }],
          returnByValue: true,
        })) as { result: { value: string } };
        out.push(JSON.parse(res.result.value) as T);
      }
      return out;
    } finally {
      await cdp.detach().catch(() => undefined);
    }
  }

  async clickAt(point: { x: number; y: number }): Promise<void> {
    await this.page.mouse.click(point.x, point.y);
  }

  async evaluate<T>(fn: string): Promise<T> {
    return await this.page.evaluate<T>(`(${fn})()`);
  }

  async screenshot(name: string): Promise<void> {
    await this.page.screenshot({ path: join(this.shotDir, `${name}.png`) });
  }

  async close(): Promise<void> {
    await this.page.close();
  }
}

interface CdpNode {
  nodeName: string;
  documentURL?: string;
  backendNodeId: number;
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
  contentDocument?: CdpNode;
}

export async function chromiumDriver(opts: LaunchOptions = {}): Promise<BrowserDriver> {
  const { context, extensionId } = await launchChromium({
    ...(opts.locale ? { locale: opts.locale } : {}),
    ...(opts.hosts?.length ? { hostRules: opts.hosts.map((h) => `MAP ${h} 127.0.0.1`).join(', ') } : {}),
    ...(opts.proxyPort ? { proxyPort: opts.proxyPort } : {}),
  });
  const shotDir = join(SHOTS, 'chromium');
  mkdirSync(shotDir, { recursive: true });
  const popupUrl = (pageUrl: string) =>
    `chrome-extension://${extensionId}/popup.html?page=${encodeURIComponent(pageUrl)}`;
  return {
    name: 'chromium',
    extensionId: extensionId ?? '',
    async open(url) {
      const page = await context.newPage();
      const tab = new ChromiumTab(page, url, shotDir);
      await tab.watchErrors();
      await page.goto(url, { waitUntil: 'load' });
      return tab;
    },
    async popupText(pageUrl, screenshot) {
      const page = await context.newPage();
      await page.setViewportSize({ width: 380, height: 600 });
      await page.goto(popupUrl(pageUrl));
      await page.waitForSelector('body[data-ready]', { timeout: 10_000 });
      if (screenshot) await page.screenshot({ path: join(shotDir, `${screenshot}.png`), fullPage: true });
      const text = await page.innerText('body');
      await page.close();
      return text;
    },
    async storageDump() {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/options.html`);
      const dump = await page.evaluate<string>(`(${STORAGE_PROBE})()`);
      await page.close();
      return dump;
    },
    async badge(pageUrl) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/options.html`);
      const value = await waitFor(
        async () => await page.evaluate<string | null>(`(${BADGE_PROBE})(${JSON.stringify(pageUrl)})`),
        (v) => v !== null,
        { what: 'the tab state', timeout: 5_000 },
      ).catch(() => null);
      await page.close();
      return value;
    },
    async close() {
      await context.close();
    },
  };
}
