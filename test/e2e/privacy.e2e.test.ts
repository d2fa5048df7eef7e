import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makePng } from '../helpers/images.ts';
import { serve } from '../../scripts/lib/serve.mjs';
import { launchChromium } from './lib/chromium.ts';
import { waitFor } from './lib/driver.ts';
import { PAGES } from './lib/paths.ts';
import { BROWSERS, useBrowser } from './lib/setup.ts';
import { BROWSER_OWN, startTrapProxy } from './lib/trap-proxy.ts';

const settle = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** Values typed during the tour; none may appear in any storage area. */
const MARK_EMAIL = 'privacy.marker.7731@gamil.com';
const MARK_PHONE = '+39 312 771 3307';
const MARK_TEXT = 'zebra-quartz-7731 my code is 845216';

describe.each(BROWSERS)('%s: privacy promises', (_name, launch) => {
  let trap: Awaited<ReturnType<typeof startTrapProxy>> | undefined;
  const { driver, base } = useBrowser(async (opts) => {
    trap = await startTrapProxy();
    return await launch({ ...opts, proxyPort: trap.port });
  });
  afterAll(async () => {
    await trap?.close();
  });

  it('a full tour sends no network request from any extension context, and stores nothing typed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'support-shield-privacy-'));
    writeFileSync(join(dir, 'shot.png'), makePng({ width: 1280, height: 720, size: 30_000, seed: 3 }));

    const contact = await driver().open(`${base()}/contact.html`);
    await contact.type('#email', MARK_EMAIL);
    await contact.type('#email_confirm', MARK_EMAIL);
    await contact.type('#phone_number', MARK_PHONE);
    await contact.setFiles('#screenshots', [join(dir, 'shot.png')]);
    await contact.type('#message', MARK_TEXT);
    await contact.blur();
    await waitFor(
      async () => (await contact.hints()).length,
      (n) => n > 0,
      { what: 'hints' },
    );
    await driver().popupText(contact.url);

    const fake = await driver().open(`${base()}/privacy-probe.html`);
    await fake.type('#email', MARK_EMAIL);
    await fake.type('#msg', MARK_TEXT);
    await waitFor(
      () => driver().badge(fake.url),
      (b) => b === '!',
      { what: 'the warning badge' },
    );
    await driver().popupText(fake.url);
    for (const page of ['zendesk.html', 'react-support.html', 'iframe-support.html', 'newsletter.html']) {
      const tab = await driver().open(`${base()}/${page}`);
      await settle(500);
      await tab.close();
    }
    await settle(1500);

    const outside = (trap?.requests ?? []).filter((r) => !BROWSER_OWN.some((re) => re.test(r)));
    expect(outside).toEqual([]);

    const dump = await driver().storageDump();
    for (const typed of [MARK_EMAIL, MARK_PHONE, '312 771 3307', '3127713307', 'zebra-quartz', '845216', 'shot.png']) {
      expect(dump, typed).not.toContain(typed);
    }
    // What is stored is what PRIVACY.md says: the tab verdicts (URL, level, reasons, evidence).
    expect(dump).toContain('tabStates');

    // The page saw no message and no new global from the extension.
    expect(await fake.evaluate<string[]>('() => window.__messages')).toEqual([]);
    expect(
      await fake.evaluate<string[]>(
        "() => Object.getOwnPropertyNames(window).filter((k) => !window.__globalsAtStart.includes(k) && !k.startsWith('__'))",
      ),
    ).toEqual([]);
    await contact.close();
    await fake.close();
  });
});

describe('chromium: the host page is untouched', () => {
  /** Every page element's computed style (our own injected elements excepted), as one string. */
  const STYLES = `() => Array.from(document.querySelectorAll('body *'))
    .filter((el) => !el.tagName.startsWith('SUPPORT-SHIELD'))
    .map((el) => { const cs = getComputedStyle(el); return el.tagName + '{' + Array.from(cs).map((p) => p + ':' + cs.getPropertyValue(p)).join(';') + '}'; })
    .join('\\n')`;

  it.each(['contact.html', 'fake-hotline.html', 'zendesk.html', 'newsletter.html'])(
    '%s: computed styles identical with and without the extension',
    async (page) => {
      const server = await serve(PAGES);
      const withExt = await launchChromium();
      const without = await launchChromium({ extension: null });
      try {
        const a = await withExt.context.newPage();
        const b = await without.context.newPage();
        await a.goto(`${server.url}/${page}`);
        await b.goto(`${server.url}/${page}`);
        await settle(1500); // the checker ran (hint host / banner added where it applies)
        const sa = await a.evaluate<string>(`(${STYLES})()`);
        const sb = await b.evaluate<string>(`(${STYLES})()`);
        expect(sa.length).toBeGreaterThan(1000);
        expect(sa === sb, 'computed styles differ').toBe(true);
      } finally {
        await withExt.context.close();
        await without.context.close();
        await server.close();
      }
    },
  );
});
