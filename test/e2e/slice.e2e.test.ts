import { describe, expect, it } from 'vitest';
import { waitFor } from './lib/driver.ts';
import type { HintInfo } from './lib/hint-probe.ts';
import { BROWSERS, useBrowser } from './lib/setup.ts';

const settle = (ms: number) => new Promise((r) => setTimeout(r, ms));
const visible = (hints: HintInfo[]) => hints.filter((h) => h.visible);

describe.each(BROWSERS)('%s: the thin slice', (_name, launch) => {
  const { driver, base } = useBrowser(launch);

  it('shows "Did you mean" beside a mistyped email and the fix corrects it', async () => {
    const tab = await driver().open(`${base()}/contact.html`);
    await tab.type('#email', 'name@gamil.com');
    const [hint] = await waitFor(
      async () => visible(await tab.hints()),
      (h) => h.length === 1,
      { what: 'the email hint' },
    );
    expect(hint!.text).toBe('Did you mean name@gmail.com?');
    expect(hint!.fix).toBe('Use name@gmail.com');
    expect(hint!.role).toBe('status');
    // Anchored just below the email field.
    const fieldBottom = await tab.evaluate<number>(
      "() => document.querySelector('#email').getBoundingClientRect().bottom",
    );
    expect(Math.abs(hint!.top - fieldBottom)).toBeLessThan(12);
    await tab.screenshot('01-email-hint');

    await tab.clickAt(hint!.fixAt!);
    await waitFor(
      () => tab.value('#email'),
      (v) => v === 'name@gmail.com',
      { what: 'the fixed value' },
    );
    await waitFor(
      async () => visible(await tab.hints()),
      (h) => h.length === 0,
      { what: 'the hint to go' },
    );
    await tab.screenshot('02-email-fixed');
    await tab.close();
  });

  it('withdraws the hint when the person corrects the address themselves', async () => {
    const tab = await driver().open(`${base()}/contact.html`);
    await tab.type('#email', 'someone@hotmial.com');
    await waitFor(
      async () => visible(await tab.hints()),
      (h) => h.length === 1,
      { what: 'the email hint' },
    );
    await tab.clear('#email');
    await tab.type('#email', 'someone@hotmail.com');
    await waitFor(
      async () => visible(await tab.hints()),
      (h) => h.length === 0,
      { what: 'the hint to go' },
    );
    expect(await tab.value('#email')).toBe('someone@hotmail.com');
    await tab.close();
  });

  it('never changes what the person typed without a click', async () => {
    const tab = await driver().open(`${base()}/contact.html`);
    await tab.type('#email', 'name@gamil.com');
    await waitFor(
      async () => visible(await tab.hints()),
      (h) => h.length === 1,
      { what: 'the email hint' },
    );
    await tab.blur();
    await settle(500);
    expect(await tab.value('#email')).toBe('name@gamil.com');
    await tab.close();
  });

  it('shows nothing on a newsletter sign-up', async () => {
    const tab = await driver().open(`${base()}/newsletter.html`);
    await tab.type('#nl-email', 'name@gamil.com');
    await tab.blur();
    await settle(1200);
    expect(await tab.hints()).toEqual([]);
    await tab.screenshot('03-newsletter-nothing');
    await tab.close();
  });

  it('turns the badge to a warning on the fake hotline page and the popup says why', async () => {
    const tab = await driver().open(`${base()}/fake-hotline.html`);
    const badge = await waitFor(
      () => driver().badge(tab.url),
      (b) => b === '!',
      { what: 'the warning badge' },
    );
    expect(badge).toBe('!');
    await tab.screenshot('04-fake-hotline-page');
    const popup = await driver().popupText(tab.url, '05-popup-warning');
    expect(popup).toContain('Warning: this page is probably a scam.');
    expect(popup).toContain('presents a phone number as WhatsApp support');
    expect(popup).toContain('+1 888-555-0199');
    await tab.close();
  });

  it('keeps the badge clear on an ordinary support form', async () => {
    const tab = await driver().open(`${base()}/contact.html`);
    await waitFor(
      () => driver().badge(tab.url),
      (b) => b !== null,
      { what: 'the tab state' },
    );
    expect(await driver().badge(tab.url)).toBe('');
    await tab.close();
  });

  it("lists WhatsApp's official channels in the popup, and no phone number", async () => {
    const tab = await driver().open(`${base()}/contact.html`);
    await waitFor(
      () => driver().badge(tab.url),
      (b) => b !== null,
      { what: 'the tab state' },
    );
    const popup = await driver().popupText(tab.url, '06-popup-channels');
    expect(popup).toContain('Support form found');
    expect(popup).toContain('Official WhatsApp channels');
    for (const want of [
      'Settings > Help > Contact us',
      'https://www.whatsapp.com/contact/',
      'https://faq.whatsapp.com/',
      'support@whatsapp.com',
      'smb_web@support.whatsapp.com',
      'payment@support.whatsapp.com',
      'WhatsApp has no phone support',
    ]) {
      expect(popup, want).toContain(want);
    }
    expect(popup).not.toMatch(/\+?\d[\d\s-]{7,}\d/);
    await tab.close();
  });
});

describe.each([
  ['chromium', 'zh-TW', 'chromium-zh_TW', '警告:這個頁面很可能是詐騙。', 'WhatsApp 官方客服管道'],
  [
    'firefox',
    'it-IT',
    'firefox-it',
    'Attenzione: questa pagina è probabilmente una truffa.',
    'Canali ufficiali di WhatsApp',
  ],
] as const)('%s in %s: the popup speaks the browser language', (browserName, locale, shot, warning, channels) => {
  const launch = BROWSERS.find(([n]) => n === browserName)![1];
  const { driver, base } = useBrowser(() => launch({ locale }));

  it('shows the warning and the channels in that language', async () => {
    const tab = await driver().open(`${base()}/fake-hotline.html`);
    await waitFor(
      () => driver().badge(tab.url),
      (b) => b === '!',
      { what: 'the warning badge' },
    );
    const popup = await driver().popupText(tab.url, `07-popup-${shot}`);
    expect(popup).toContain(warning);
    expect(popup).toContain(channels);
    await tab.close();
  });
});
