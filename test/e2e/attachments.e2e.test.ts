import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { makePdf, makePng } from '../helpers/images.ts';
import { waitFor } from './lib/driver.ts';
import type { HintInfo } from './lib/hint-probe.ts';
import { BROWSERS, useBrowser } from './lib/setup.ts';

/** Real files on disk, chosen through the browser's own file chooser. */
let dir = '';
const file = (name: string) => join(dir, name);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'support-shield-files-'));
  mkdirSync(dir, { recursive: true });
  // Padding seeded per file makes the contents differ; same seed and size, same content.
  for (let i = 1; i <= 4; i++) {
    writeFileSync(file(`screen-${i}.png`), makePng({ width: 1280, height: 720, size: 30_000, seed: i }));
  }
  writeFileSync(file('big.png'), makePng({ width: 1920, height: 1080, size: 6_000_000, seed: 9 }));
  writeFileSync(file('receipt.jpg'), makePdf({ size: 40_000 }));
  writeFileSync(file('small.png'), makePng({ width: 640, height: 360, size: 20_000, seed: 5 }));
  writeFileSync(file('copy-of-screen-1.png'), makePng({ width: 1280, height: 720, size: 30_000, seed: 1 }));
});

const visible = (hints: HintInfo[]) => hints.filter((h) => h.visible);
const allText = (h: HintInfo) => [h.text, ...(h.items ?? [])].join('\n');

describe.each(BROWSERS)('%s: attachment checks on the demo contact form', (_name, launch) => {
  const { driver, base } = useBrowser(launch);

  async function choose(names: string[], shot: string): Promise<string> {
    const tab = await driver().open(`${base()}/contact.html`);
    await tab.setFiles('#screenshots', names.map(file));
    const [hint] = await waitFor(
      async () => visible(await tab.hints()),
      (h) => h.length === 1,
      {
        what: 'the attachments hint',
        timeout: 15_000,
      },
    );
    await tab.screenshot(shot);
    await tab.close();
    return allText(hint!);
  }

  it('4 screenshots: the form takes at most 3', async () => {
    const text = await choose(['screen-1.png', 'screen-2.png', 'screen-3.png', 'screen-4.png'], '20-too-many');
    expect(text).toContain('4 files chosen; this form takes at most 3');
  });

  it('a 6 MB PNG: names the file, its size and the limit', async () => {
    const text = await choose(['big.png'], '21-too-big');
    expect(text).toMatch(/big\.png is 6(\.0)? MB; the limit is 5 MB/);
  });

  it('a PDF renamed .jpg: says what the file really is', async () => {
    const text = await choose(['receipt.jpg'], '22-renamed-pdf');
    expect(text).toMatch(/receipt\.jpg is (really )?a PDF file/);
  });

  it('a 640×360 screenshot: text may be unreadable', async () => {
    const text = await choose(['small.png'], '23-low-resolution');
    expect(text).toContain('small.png is only 640 × 360 px');
  });

  it('the same screenshot twice under two names: a duplicate by content', async () => {
    const text = await choose(['screen-1.png', 'copy-of-screen-1.png'], '24-duplicate');
    expect(text).toMatch(
      /copy-of-screen-1\.png has the same content as screen-1\.png|screen-1\.png has the same content as copy-of-screen-1\.png/,
    );
  });

  it('files chosen before the support form is found are checked once it is', async () => {
    const tab = await driver().open(`${base()}/late-attachments.html`);
    await tab.setFiles('#late-shots', [file('receipt.jpg')]);
    // No support form yet: nothing is wired, so the choice raises no hint.
    expect(visible(await tab.hints())).toEqual([]);
    await tab.evaluate<void>('() => window.openForm()');
    const [hint] = await waitFor(
      async () => visible(await tab.hints()),
      (h) => h.length === 1,
      { what: 'the attachments hint on the late form', timeout: 15_000 },
    );
    expect(allText(hint!)).toMatch(/receipt\.jpg is (really )?a PDF file/);
    await tab.close();
  });

  it('every problem of one selection is listed, and a good selection clears the hint', async () => {
    const tab = await driver().open(`${base()}/contact.html`);
    await tab.setFiles('#screenshots', ['big.png', 'receipt.jpg', 'small.png'].map(file));
    const [hint] = await waitFor(
      async () => visible(await tab.hints()),
      (h) => h.length === 1 && (h[0]!.items ?? []).length >= 3,
      {
        what: 'a hint listing three problems',
        timeout: 15_000,
      },
    );
    const text = allText(hint!);
    expect(text).toContain('big.png');
    expect(text).toContain('receipt.jpg');
    expect(text).toContain('small.png');
    await tab.screenshot('25-three-problems');
    await tab.setFiles('#screenshots', ['screen-2.png', 'screen-3.png'].map(file));
    await waitFor(
      async () => visible(await tab.hints()),
      (h) => h.length === 0,
      { what: 'the stale hint to go' },
    );
    await tab.close();
  });
});
