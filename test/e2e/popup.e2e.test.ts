import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve } from '../../scripts/lib/serve.mjs';
import type { ExtBrowser, ExtPage } from './lib/ext-pages.ts';
import { EXT_BROWSERS } from './lib/ext-pages.ts';
import { PAGES, ROOT } from './lib/paths.ts';

const POPUP_SIZE = { width: 380, height: 600 };
const DOCS_SHOTS = join(ROOT, 'docs', 'screenshots');

/** Runs in an extension page: resolves once the background knows the tab showing `url`. */
const stateKnown = (url: string) => `async () => {
  const api = globalThis.browser ?? globalThis.chrome;
  const reply = await api.runtime.sendMessage({ type: 'get-tab-state', url: ${JSON.stringify(url)} });
  return !!(reply && reply.state);
}`;

const settingsIn = `async () => {
  const api = globalThis.browser ?? globalThis.chrome;
  return JSON.stringify(await api.storage.local.get(null));
}`;

/** The accessible name-ish label of the focused element (its label, text or aria-label). */
const focused = `() => {
  const el = document.activeElement;
  // Firefox puts scrollable containers in the tab order (for keyboard scrolling): not a control.
  if (!el || el === document.body || el.matches('main')) return '';
  const label = el.id ? document.querySelector('label[for="' + el.id + '"]') : null;
  return (el.getAttribute('aria-label') || (label && label.textContent) || (el.closest('label') && el.closest('label').textContent) || el.textContent || '').trim().slice(0, 60);
}`;

function expectNoViolations(violations: Awaited<ReturnType<ExtPage['axe']>>, where: string): void {
  expect(violations, `${where}: ${JSON.stringify(violations, null, 1)}`).toEqual([]);
}

describe.each(EXT_BROWSERS)('%s: the popup guide and the options page', (name, launch) => {
  let browser: ExtBrowser;
  let server: { url: string; close: () => Promise<unknown> };
  beforeAll(async () => {
    server = await serve(PAGES);
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function popupFor(pageUrl: string): Promise<ExtPage> {
    const probe = await browser.extensionPage('options.html');
    await probe.waitFor(stateKnown(pageUrl), 'the tab state');
    await probe.close();
    return await browser.extensionPage(`popup.html?page=${encodeURIComponent(pageUrl)}`, POPUP_SIZE);
  }

  it('walks "my account is banned" to a copied email draft, keyboard-reachable and without axe violations', async () => {
    const url = `${server.url}/contact.html`;
    const tab = await browser.openTab(url);
    const popup = await popupFor(url);

    // The default view: the tab's state, the problem picker and the official channels.
    const start = await popup.text();
    expect(start).toContain('Support form found');
    expect(start).toContain('What do you need help with?');
    expect(start).toContain('Official WhatsApp channels');
    expect(start).toContain('WhatsApp has no phone support');
    expect(start).not.toMatch(/\+?\d[\d\s-]{7,}\d/);
    expectNoViolations(await popup.axe(), 'popup, default view');

    // Keyboard: Tab reaches the header buttons, the site switch and the problem picker, in that order.
    const order: string[] = [];
    for (let i = 0; i < 6; i++) {
      await popup.press('Tab');
      const label = await popup.evaluate<string>(focused);
      if (label) order.push(label);
    }
    expect(order.slice(0, 4)).toEqual(['Scam rules', 'Settings', 'Check this site (127.0.0.1)', 'Problem']);

    // The scam rules are one key press away.
    await popup.evaluate<void>(`() => document.querySelector('header button[aria-controls="scam-rules"]').focus()`);
    await popup.press('Enter');
    await popup.waitFor(`() => document.getElementById('scam-rules')`, 'the scam rules panel');
    const rules = await popup.text();
    expect(rules).toContain('How to recognize a support scam');
    expect(rules).toContain('WhatsApp never asks for your 6-digit verification code');
    expect(rules).toContain('WhatsApp support is free');
    await popup.press('Enter');

    // Choose the problem: the appeal email comes first, with steps, checklist, timing and don'ts.
    await popup.select('select[name="problem"]', 'banned');
    await popup.waitFor(`() => document.querySelector('[data-problem="banned"]')`, 'the guide');
    await popup.click('input[type="radio"][value="android"]');
    const guide = await popup.text();
    expect(guide).toContain('Best way: Email: banned account appeal');
    expect(guide).toContain('support@whatsapp.com');
    expect(guide).toContain('Include in your request');
    expect(guide).toContain('A screenshot of the ban notice');
    expect(guide).toContain('Ban appeals: usually 3–5 working days');
    expect(guide).toContain('Reply times are reported by third-party guides, not by WhatsApp.');
    expect(guide).toContain("Don't send the same request again within 24 hours");
    expect(guide).toContain('Never share your 6-digit code');
    expect(guide).toContain('Other ways');

    // A bad number is caught with the phone rules' wording, and "Copy" then points at the field.
    await popup.type('[data-draft="email-appeal"] input[name="phone"]', '3123456789');
    await popup.click('[data-draft="email-appeal"] button.primary');
    expect(await popup.evaluate<string>(`() => document.activeElement && document.activeElement.name`)).toBe('phone');
    expect(await popup.text()).toContain('Write the number with + and the country code');

    // Fix it, describe the problem, copy.
    // Focus is already in the phone field: replace its content with the keyboard.
    await popup.press('Control+A');
    await popup.press('Backspace');
    await popup.type('[data-draft="email-appeal"] input[name="phone"]', '+39 312 345 6789');
    await popup.type(
      '[data-draft="email-appeal"] textarea[name="description"]',
      'Banned this morning after I changed phone.',
    );
    const subject = await popup.evaluate<string>(
      `() => document.querySelector('[data-draft="email-appeal"] input.out').value`,
    );
    expect(subject).toBe('Request to review my banned WhatsApp account +393123456789');
    const mailto = await popup.evaluate<string>(
      `() => document.querySelector('[data-draft="email-appeal"] a.button').href`,
    );
    expect(mailto.startsWith('mailto:support@whatsapp.com?subject=Request%20to%20review')).toBe(true);

    await popup.click('[data-draft="email-appeal"] button.primary');
    await popup.waitFor(
      `() => document.querySelector('[data-draft="email-appeal"] [data-copy-status="copied"]')`,
      'the copied status',
    );
    expect(await popup.text()).toContain('Copied. Paste it into a new email to support@whatsapp.com.');
    const pasted = await popup.pasteClipboard();
    expect(pasted).toContain('To: support@whatsapp.com');
    expect(pasted).toContain('Subject: Request to review my banned WhatsApp account +393123456789');
    expect(pasted).toContain('My WhatsApp account with the number +393123456789 has been banned.');
    expect(pasted).toContain('What happened: Banned this morning after I changed phone.');

    expectNoViolations(await popup.axe(), 'popup, guide with draft');
    if (await popup.colorScheme('dark')) {
      expectNoViolations(await popup.axe(), 'popup, guide with draft, dark');
      await popup.screenshot('popup-guide-dark');
      await popup.colorScheme('light');
    }
    await popup.evaluate<void>(
      `() => { document.activeElement.blur(); document.querySelector('main').scrollTop = 0; }`,
    );
    const shot = await popup.screenshot('popup-guide-en');
    if (name === 'chromium') {
      mkdirSync(DOCS_SHOTS, { recursive: true });
      copyFileSync(shot, join(DOCS_SHOTS, 'guide-en.png'));
    }
    // The popup fits the browsers' popup limits (800 × 600): its width, and it scrolls inside.
    const box = await popup.evaluate<{ w: number; h: number }>(
      `() => { const r = document.querySelector('main.popup').getBoundingClientRect(); return { w: r.width, h: r.height }; }`,
    );
    expect(box.w).toBeLessThanOrEqual(400);
    expect(box.h).toBeLessThanOrEqual(600);
    await popup.close();
    await tab.close();
  });

  it('options: language override, per-site switch, reset; no axe violations', async () => {
    const url = `${server.url}/contact.html`;
    const options = await browser.extensionPage('options.html');
    expect(await options.text()).toContain('Support Shield settings');
    expectNoViolations(await options.axe(), 'options');

    // Language override: Indonesian regardless of the browser's language, at once and in the popup.
    await options.select('#language', 'id');
    await options.waitFor(`() => document.documentElement.lang === 'id'`, 'the Indonesian options page');
    expect(await options.text()).toContain('Bahasa');
    expectNoViolations(await options.axe(), 'options, Indonesian');

    const tab = await browser.openTab(url);
    const popup = await popupFor(url);
    expect(await popup.text()).toContain('Perlu bantuan untuk apa?');
    await popup.select('select[name="problem"]', 'banned');
    await popup.waitFor(`() => document.querySelector('[data-problem="banned"]')`, 'the guide');
    await popup.click('input[type="radio"][value="android"]');
    await popup.type('[data-draft="email-appeal"] input[name="phone"]', '+62 812 3456 7890');
    await popup.type('[data-draft="email-appeal"] textarea[name="description"]', 'Akun diblokir setelah ganti ponsel.');
    const guide = await popup.text();
    expect(guide).toContain('Cara terbaik:');
    expect(
      await popup.evaluate<string>(`() => document.querySelector('[data-draft="email-appeal"] input.out').value`),
    ).toContain('+6281234567890');
    expectNoViolations(await popup.axe(), 'popup, Indonesian guide');
    await popup.evaluate<void>(
      `() => { document.activeElement.blur(); document.querySelector('main').scrollTop = 0; }`,
    );
    const shot = await popup.screenshot('popup-guide-id');
    if (name === 'chromium') copyFileSync(shot, join(DOCS_SHOTS, 'guide-id.png'));

    // Per-site off switch from the popup: the page then runs nothing and the popup says so.
    await popup.click('input[name="site-enabled"]');
    await popup.waitFor(
      `() => document.querySelector('.site-toggle [role="status"]').textContent !== ''`,
      'the reload note',
    );
    expect(JSON.parse(await popup.evaluate<string>(settingsIn)).settings.disabledSites).toEqual(['127.0.0.1']);
    await popup.close();
    await tab.reload();
    const paused = await popupFor(url);
    expect(await paused.text()).toContain('Support Shield nonaktif di situs ini.');
    await paused.close();

    // The options page lists the site; reset clears everything (settings and language).
    await options.close();
    const again = await browser.extensionPage('options.html');
    expect(await again.text()).toContain('127.0.0.1');
    await again.click('#reset');
    // Keyboard focus moves to the confirmation; Enter confirms.
    await again.waitFor(
      `() => document.activeElement && document.activeElement.id === 'reset-confirm'`,
      'focus on confirm',
    );
    await again.press('Enter');
    await again.waitFor(`() => document.documentElement.lang === 'en'`, 'the reset');
    expect(await again.text()).toContain('Everything was reset.');
    expect(await again.evaluate<string>(settingsIn)).toBe('{}');
    await again.close();
    await tab.close();
  });
});
