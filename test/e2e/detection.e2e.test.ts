import { describe, expect, it } from 'vitest';
import type { TabDriver } from './lib/driver.ts';
import { waitFor } from './lib/driver.ts';
import type { HintInfo } from './lib/hint-probe.ts';
import { BROWSERS, useBrowser } from './lib/setup.ts';

const settle = (ms: number) => new Promise((r) => setTimeout(r, ms));
const visible = (hints: HintInfo[]) => hints.filter((h) => h.visible);

async function expectEmailHint(tab: TabDriver, read: () => Promise<HintInfo[]>): Promise<HintInfo> {
  const [hint] = await waitFor(
    async () => visible(await read()),
    (h) => h.length === 1,
    {
      what: 'the email hint',
      timeout: 12_000,
    },
  );
  expect(hint!.text).toContain('name@gmail.com');
  void tab;
  return hint!;
}

describe.each(BROWSERS)('%s: finds support forms on any site', (name, launch) => {
  const { driver, base } = useBrowser(launch);

  it.each([
    ['zendesk.html', '#request_anonymous_requester_email', 'zendesk'],
    ['salesforce.html', '#email', 'salesforce'],
  ])('%s: a help-desk form gets inline hints', async (page, selector, shot) => {
    const tab = await driver().open(`${base()}/${page}`);
    await tab.type(selector, 'name@gamil.com');
    await expectEmailHint(tab, () => tab.hints());
    await tab.screenshot(`10-${shot}-hint`);
    await tab.close();
  });

  it('a div-based React-style panel with no <form>, rendered after load', async () => {
    const tab = await driver().open(`${base()}/react-support.html`);
    await waitFor(
      () => tab.evaluate<boolean>("() => !!document.querySelector('[data-testid=support-email]')"),
      (v) => v,
      { what: 'the panel' },
    );
    await tab.type('[data-testid=support-email]', 'name@gamil.com');
    await expectEmailHint(tab, () => tab.hints());
    await tab.screenshot('11-react-hint');
    await tab.close();
  });

  it('a form inserted 1.5 s after load', async () => {
    const tab = await driver().open(`${base()}/late-support.html`);
    await waitFor(
      () => tab.evaluate<boolean>("() => !!document.querySelector('#late-email')"),
      (v) => v,
      { what: 'the late form' },
    );
    await tab.type('#late-email', 'name@gamil.com');
    await expectEmailHint(tab, () => tab.hints());
    await tab.screenshot('12-late-hint');
    await tab.close();
  });

  it('support widgets embedded in same-origin and cross-origin iframes', async () => {
    const tab = await driver().open(`${base()}/iframe-support.html`);
    await settle(800);
    const sameOrigin = `${base()}/embedded-form.html`;
    const crossOrigin = sameOrigin.replace('127.0.0.1', 'localhost');
    await tab.typeInFrame(sameOrigin, '#w-email', 'name@gamil.com');
    await expectEmailHint(tab, () => tab.hintsInFrame(sameOrigin));
    await tab.typeInFrame(crossOrigin, '#w-email', 'name@gamil.com');
    await expectEmailHint(tab, () => tab.hintsInFrame(crossOrigin));
    await tab.screenshot('13-iframe-hints');
    // Nothing is drawn in the parent page for the frames' fields.
    expect(await tab.hints()).toEqual([]);
    await tab.close();
  });

  it.each([
    ['login.html', '#login-email'],
    ['blog-comment.html', '#comment-email'],
    ['newsletter.html', '#nl-email'],
  ])('%s is not a support form: nothing appears', async (page, selector) => {
    const tab = await driver().open(`${base()}/${page}`);
    await tab.type(selector, 'name@gamil.com');
    await tab.blur();
    await settle(1200);
    expect(await tab.hints()).toEqual([]);
    await tab.screenshot(`14-${name}-${page.replace('.html', '')}-nothing`);
    await tab.close();
  });
});
