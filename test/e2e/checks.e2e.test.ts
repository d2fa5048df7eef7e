import { describe, expect, it } from 'vitest';
import type { TabDriver } from './lib/driver.ts';
import { waitFor } from './lib/driver.ts';
import type { HintInfo } from './lib/hint-probe.ts';
import { BROWSERS, useBrowser } from './lib/setup.ts';

const visible = (hints: HintInfo[]) => hints.filter((h) => h.visible);

async function oneHint(tab: TabDriver, contains: string): Promise<HintInfo> {
  const [hint] = await waitFor(
    async () => visible(await tab.hints()),
    (h) => h.length === 1 && h[0]!.text.includes(contains),
    { what: `a hint saying "${contains}"` },
  );
  return hint!;
}

async function noHints(tab: TabDriver): Promise<void> {
  await waitFor(
    async () => visible(await tab.hints()),
    (h) => h.length === 0,
    { what: 'the hints to go' },
  );
}

describe.each(BROWSERS)('%s: inline checks on the demo contact form', (_name, launch) => {
  const { driver, base } = useBrowser(launch);

  it('phone: the trunk 0 kept after the chosen country code is dropped by the fix, in its own field', async () => {
    const tab = await driver().open(`${base()}/contact.html`);
    await tab.select('#country_code', 'TW');
    await tab.type('#phone_number', '0912 345 678');
    await tab.blur();
    const hint = await oneHint(tab, 'Drop the 0 after the country code');
    expect(hint.fix).toBe('Use 912345678');
    await tab.screenshot('30-phone-trunk-zero');
    await tab.clickAt(hint.fixAt!);
    await waitFor(
      () => tab.value('#phone_number'),
      (v) => v === '912345678',
      { what: 'the national number' },
    );
    expect(await tab.value('#country_code')).toBe('TW');
    await noHints(tab);
    await tab.close();
  });

  it('phone: a country code typed without "+" sets the country control and the national number', async () => {
    const tab = await driver().open(`${base()}/contact.html`);
    await tab.type('#phone_number', '886912345678');
    await tab.blur();
    const hint = await oneHint(tab, 'Put a + before the country code: +886 912 345 678');
    await tab.clickAt(hint.fixAt!);
    await waitFor(
      () => tab.value('#country_code'),
      (v) => v === 'TW',
      { what: 'Taiwan in the country control' },
    );
    expect(await tab.value('#phone_number')).toBe('912345678');
    await noHints(tab);
    await tab.close();
  });

  it('phone: says which country it assumed when none is given', async () => {
    const tab = await driver().open(`${base()}/contact.html`);
    await tab.type('#phone_number', '0912 345 678');
    await tab.blur();
    await oneHint(tab, 'United States');
    await tab.close();
  });

  it('description: a verification code is flagged as an alert and removed on click', async () => {
    const tab = await driver().open(`${base()}/contact.html`);
    await tab.type('#message', 'Someone asked me for my code 123456 and now my account is gone');
    await tab.blur();
    const hint = await oneHint(tab, 'Remove the verification code');
    expect(hint.role).toBe('alert');
    await tab.screenshot('31-description-code');
    await tab.clickAt(hint.fixAt!);
    await waitFor(
      () => tab.value('#message'),
      (v) => !v.includes('123456') && v.includes('now my account is gone'),
      { what: 'the code to be removed' },
    );
    await tab.close();
  });

  it('email: a confirmation that differs from the address', async () => {
    const tab = await driver().open(`${base()}/contact.html`);
    await tab.type('#email', 'name@gmail.com');
    await tab.type('#email_confirm', 'name@gmail.co');
    await tab.blur();
    const hint = await oneHint(tab, "doesn't match");
    expect(hint.fix).toBeNull();
    await tab.screenshot('32-email-confirm');
    await tab.close();
  });

  it('email: a syntax slip (two @) is explained and fixed', async () => {
    const tab = await driver().open(`${base()}/contact.html`);
    await tab.type('#email', 'name@@gmail.com');
    await tab.blur();
    const hint = await oneHint(tab, 'two @ signs');
    await tab.clickAt(hint.fixAt!);
    await waitFor(
      () => tab.value('#email'),
      (v) => v === 'name@gmail.com',
      { what: 'the fixed address' },
    );
    await tab.close();
  });

  it('keyboard: Tab from the field reaches the fix, Enter applies it; no focus trap', async () => {
    const tab = await driver().open(`${base()}/contact.html`);
    await tab.type('#email', 'name@gamil.com');
    await oneHint(tab, 'Did you mean');
    await tab.press('Tab');
    await tab.press('Enter');
    await waitFor(
      () => tab.value('#email'),
      (v) => v === 'name@gmail.com',
      { what: 'the fix by keyboard' },
    );
    // Focus is back in the field; Tab now moves on through the page.
    await tab.type('#email', 'x');
    await tab.clear('#email');
    await tab.type('#email', 'a@hotmial.com');
    await oneHint(tab, 'Did you mean');
    await tab.press('Tab');
    await tab.press('Escape');
    expect(await tab.evaluate<string>('() => document.activeElement.id')).toBe('email');
    await tab.press('Tab');
    expect(await tab.evaluate<string>('() => document.activeElement.id')).toBe('email_confirm');
    await tab.close();
  });

  it('a dismissed hint stays away for that field', async () => {
    const tab = await driver().open(`${base()}/contact.html`);
    await tab.type('#email', 'name@gamil.com');
    const hint = await oneHint(tab, 'Did you mean');
    await tab.clickAt(hint.dismissAt!);
    await noHints(tab);
    await tab.type('#email', 'x');
    await tab.blur();
    await new Promise((r) => setTimeout(r, 800));
    expect(visible(await tab.hints())).toEqual([]);
    await tab.close();
  });
});
