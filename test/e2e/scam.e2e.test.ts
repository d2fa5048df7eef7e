import { describe, expect, it } from 'vitest';
import { waitFor } from './lib/driver.ts';
import { BROWSERS, useBrowser } from './lib/setup.ts';

/** A typo-squatting host name, resolved to 127.0.0.1 by the browser (no DNS is asked). */
const LOOKALIKE = 'whatsaap-help.com';
const settle = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe.each(BROWSERS)(
  '%s: fake hotline and lookalike pages are flagged where the page cannot hide it',
  (_n, launch) => {
    const { driver, base } = useBrowser((opts) => launch({ ...opts, hosts: [LOOKALIKE] }));

    it('fake hotline page: red badge, a banner in the page, the numbers outlined, reasons in the popup', async () => {
      const tab = await driver().open(`${base()}/fake-hotline.html`);
      await waitFor(
        () => driver().badge(tab.url),
        (b) => b === '!',
        { what: 'the warning badge' },
      );
      const [banner] = await waitFor(
        () => tab.shadows('support-shield-banner'),
        (b) => b.length === 1,
        {
          what: 'the banner',
        },
      );
      expect(banner!.role).toBe('alert');
      expect(banner!.text).toContain('Warning: this page is probably a scam');
      expect(banner!.text).toContain('WhatsApp has no phone support');
      const [marks] = await tab.shadows('support-shield-marks');
      expect(marks!.marks).toBeGreaterThanOrEqual(2);
      // The page's own text and tel: link are untouched.
      expect(await tab.evaluate<string>('() => document.querySelector(\'a[href^="tel:"]\').textContent')).toBe(
        '+1 888-555-0199',
      );
      await tab.screenshot('40-fake-hotline-banner');
      const popup = await driver().popupText(tab.url, '41-popup-fake-hotline');
      expect(popup).toContain('+1 888-555-0199');
      await tab.close();
    });

    it('the banner comes back when the page removes it, and goes when the person dismisses it', async () => {
      const tab = await driver().open(`${base()}/fake-hotline.html`);
      await waitFor(
        () => tab.shadows('support-shield-banner'),
        (b) => b.length === 1,
        { what: 'the banner' },
      );
      await tab.evaluate("() => document.querySelector('support-shield-banner').remove()");
      await settle(300);
      await waitFor(
        () => tab.shadows('support-shield-banner'),
        (b) => b.length === 1,
        { what: 'the banner back' },
      );
      await tab.evaluate("() => { document.querySelector('support-shield-banner').style.display = 'none'; }");
      const [back] = await waitFor(
        () => tab.shadows('support-shield-banner'),
        (b) => b.length === 1 && b[0]!.visible,
        { what: 'the banner visible again' },
      );
      await tab.clickAt(back!.buttonAt!);
      await waitFor(
        () => tab.shadows('support-shield-banner'),
        (b) => b.length === 0,
        { what: 'the banner gone' },
      );
      // Still flagged in the toolbar after the page hid it.
      expect(await driver().badge(tab.url)).toBe('!');
      await tab.close();
    });

    it('lookalike domain asking for the code and a fee', async () => {
      const url = `${base().replace('127.0.0.1', LOOKALIKE)}/lookalike.html`;
      const tab = await driver().open(url);
      await waitFor(
        () => driver().badge(url),
        (b) => b === '!',
        { what: 'the warning badge' },
      );
      const [banner] = await waitFor(
        () => tab.shadows('support-shield-banner'),
        (b) => b.length === 1,
        {
          what: 'the banner',
        },
      );
      expect(banner!.text).toContain(LOOKALIKE);
      await tab.screenshot('42-lookalike');
      const popup = await driver().popupText(url, '43-popup-lookalike');
      expect(popup).toContain('Warning: this page is probably a scam.');
      await tab.close();
    });

    it('a warning article that quotes a fake number is not flagged', async () => {
      const tab = await driver().open(`${base()}/scam-warning.html`);
      await waitFor(
        () => driver().badge(tab.url),
        (b) => b !== null,
        { what: 'the tab state' },
      );
      await settle(500);
      expect(await driver().badge(tab.url)).toBe('');
      expect(await tab.shadows('support-shield-banner')).toEqual([]);
      await tab.screenshot('44-warning-article-safe');
      await tab.close();
    });
  },
);
