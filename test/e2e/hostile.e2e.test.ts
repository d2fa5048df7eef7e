import { describe, expect, it } from 'vitest';
import type { TabDriver } from './lib/driver.ts';
import { waitFor } from './lib/driver.ts';
import type { HintInfo } from './lib/hint-probe.ts';
import { BROWSERS, useBrowser } from './lib/setup.ts';

const settle = (ms: number) => new Promise((r) => setTimeout(r, ms));
const visible = (hints: HintInfo[]) => hints.filter((h) => h.visible);

async function emailHint(tab: TabDriver, selector = '#email'): Promise<HintInfo> {
  await tab.type(selector, 'name@gamil.com');
  const [hint] = await waitFor(
    async () => visible(await tab.hints()),
    (h) => h.length >= 1 && h.some((x) => x.text.includes('name@gmail.com')),
    { what: 'the email hint', timeout: 15_000 },
  );
  return hint!;
}

describe.each(BROWSERS)('%s: hostile pages', (_name, launch) => {
  const { driver, base } = useBrowser(launch);

  it('built-ins replaced, fake WXT and postMessage events: hints and fixes still work, page behaviour intact', async () => {
    const ids = encodeURIComponent([driver().extensionId, 'support-shield@support-shield.dev'].join(','));
    const tab = await driver().open(`${base()}/hostile-builtins.html#${ids}`);
    const hint = await emailHint(tab);
    // The field sits low in the viewport here: the hint goes above it, never over it.
    const field = await tab.evaluate<{ top: number; bottom: number }>(
      '() => { const r = document.getElementById("email").getBoundingClientRect(); return { top: r.top, bottom: r.bottom }; }',
    );
    expect(hint.bottom <= field.top + 0.5 || hint.top >= field.bottom - 0.5).toBe(true);
    await tab.clickAt(hint.fixAt!);
    await waitFor(
      () => tab.value('#email'),
      (v) => v === 'name@gmail.com',
      { what: 'the fix' },
    );
    // The page's own input listener saw the fixed value.
    expect(await tab.evaluate<string>("() => document.getElementById('echo').textContent")).toBe('name@gmail.com');
    // A support form added later still gets hints although the page spoofs WXT's invalidation event.
    await waitFor(
      () => tab.evaluate<boolean>("() => !!document.getElementById('late-email')"),
      (v) => v,
      {
        what: 'the late form',
      },
    );
    await emailHint(tab, '#late-email');
    await tab.screenshot('50-hostile-builtins');
    expect(tab.extensionErrors()).toEqual([]);
    await tab.close();
  });

  it('strict CSP: the hint is shown and styled', async () => {
    const tab = await driver().open(`${base()}/hostile-csp.html`);
    const hint = await emailHint(tab);
    expect(hint.background).not.toMatch(/^(rgba\(0, 0, 0, 0\)|transparent|)$/);
    await tab.clickAt(hint.fixAt!);
    await waitFor(
      () => tab.value('#email'),
      (v) => v === 'name@gmail.com',
      { what: 'the fix' },
    );
    await tab.screenshot('51-hostile-csp');
    expect(tab.extensionErrors()).toEqual([]);
    await tab.close();
  });

  it('a page that removes, hides and clicks the hint synthetically: no action taken, hint comes back', async () => {
    const tab = await driver().open(`${base()}/hostile-ui.html`);
    await tab.type('#email', 'name@gamil.com');
    // The page removed the first hint; typing on shows a new one, which the page then hides.
    await waitFor(
      () => tab.evaluate<string>("() => document.getElementById('removed').textContent"),
      (v) => v !== '0',
      {
        what: 'the page to remove the hint',
      },
    );
    await tab.type('#email', ' ');
    await tab.clear('#email');
    await tab.type('#email', 'name@gamil.com');
    const [hint] = await waitFor(
      async () => visible(await tab.hints()),
      (h) => h.length === 1,
      { what: 'the hint back', timeout: 15_000 },
    );
    // Synthetic clicks have been fired at it for a while: nothing was applied.
    await waitFor(
      () => tab.evaluate<number>("() => Number(document.getElementById('clicked').textContent)"),
      (n) => n > 20,
      { what: 'synthetic clicks' },
    );
    expect(await tab.value('#email')).toBe('name@gamil.com');
    // A real click still works.
    await tab.clickAt(hint!.fixAt!);
    await waitFor(
      () => tab.value('#email'),
      (v) => v === 'name@gmail.com',
      { what: 'the trusted fix' },
    );
    await tab.screenshot('52-hostile-ui');
    expect(tab.extensionErrors()).toEqual([]);
    await tab.close();
  });

  it('a 100,000-node page: the support form is found and the page stays responsive', async () => {
    const tab = await driver().open(`${base()}/hostile-big.html`);
    expect(await tab.evaluate<number>('() => window.__nodes')).toBeGreaterThan(100_000);
    await emailHint(tab);
    expect(await tab.evaluate<number>('() => 1 + 1')).toBe(2);
    expect(tab.extensionErrors()).toEqual([]);
    await tab.close();
  });

  it('1,000 mutations per second for 10 s: hints keep working during the storm', async () => {
    const tab = await driver().open(`${base()}/hostile-big.html#storm`);
    await settle(3000);
    const hint = await emailHint(tab);
    // The field sits low in the viewport here: the hint goes above it, never over it.
    const field = await tab.evaluate<{ top: number; bottom: number }>(
      '() => { const r = document.getElementById("email").getBoundingClientRect(); return { top: r.top, bottom: r.bottom }; }',
    );
    expect(hint.bottom <= field.top + 0.5 || hint.top >= field.bottom - 0.5).toBe(true);
    await tab.clickAt(hint.fixAt!);
    await waitFor(
      () => tab.value('#email'),
      (v) => v === 'name@gmail.com',
      { what: 'the fix' },
    );
    expect(tab.extensionErrors()).toEqual([]);
    await tab.close();
  });

  it('200 iframes: no errors, the main form still gets hints', async () => {
    const tab = await driver().open(`${base()}/hostile-frames.html`);
    await settle(1500);
    await emailHint(tab);
    expect(tab.extensionErrors()).toEqual([]);
    await tab.close();
  });

  it('1 MB of text, RTL marks, zero-width characters and emoji in fields: no errors, nothing lost', async () => {
    const tab = await driver().open(`${base()}/contact.html`);
    const big = await tab.evaluate<number>(`() => {
      const t = document.getElementById('message');
      t.value = 'My account was banned. '.repeat(45000);
      t.dispatchEvent(new Event('input', { bubbles: true }));
      t.dispatchEvent(new Event('blur'));
      return t.value.length;
    }`);
    expect(big).toBeGreaterThan(1_000_000);
    await tab.type('#email', '\u200fname\u200b@gamil.com 😀');
    await tab.type('#phone_number', '\u202e+886 912\u200d345 678');
    await tab.blur();
    await settle(1200);
    expect((await tab.value('#message')).length).toBe(big);
    expect(await tab.value('#email')).toBe('\u200fname\u200b@gamil.com 😀');
    expect(tab.extensionErrors()).toEqual([]);
    await tab.close();
  });
});
