// `npm start`: build the extension, serve the demo pages on 127.0.0.1 and open a
// browser with the extension loaded on them.
//   npm start                                  Chromium with a window
//   npm start -- --browser firefox             Firefox with a window
//   npm start -- --headless --screenshots DIR  the same tour without a display; saves screenshots
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { serve } from './lib/serve.mjs';
import { chromiumPath, launchChromium } from '../test/e2e/lib/chromium.ts';
import { firefoxPath, launchFirefox } from '../test/e2e/lib/firefox.ts';
import { chromiumDriver } from '../test/e2e/lib/chromium.ts';
import { firefoxDriver } from '../test/e2e/lib/firefox.ts';
import type { BrowserDriver } from '../test/e2e/lib/driver.ts';
import { waitFor } from '../test/e2e/lib/driver.ts';
import { PAGES, SHOTS } from '../test/e2e/lib/paths.ts';

const { values } = parseArgs({
  options: {
    browser: { type: 'string', default: 'chromium' },
    headless: { type: 'boolean', default: false },
    screenshots: { type: 'string' },
    port: { type: 'string', default: '5178' },
    'no-build': { type: 'boolean', default: false },
  },
});

const which = values.browser === 'firefox' ? 'firefox' : 'chromium';

function fail(message: string): never {
  console.error(`\n${message}\n`);
  process.exit(1);
}

try {
  if (which === 'chromium') chromiumPath();
  else firefoxPath();
} catch (e) {
  fail(
    `${(e as Error).message}\nOn Debian/Ubuntu: sudo apt-get install ${which === 'chromium' ? 'chromium' : 'firefox-esr'}` +
      `\nOr point ${which === 'chromium' ? 'CHROME_PATH' : 'FIREFOX_PATH'} at the browser's executable.`,
  );
}

if (!values['no-build']) {
  const args = which === 'firefox' ? ['wxt', 'build', '-b', 'firefox'] : ['wxt', 'build'];
  console.log(`Building the ${which} extension…`);
  const r = spawnSync('npx', args, { stdio: 'inherit' });
  if (r.status !== 0) fail('The build failed; see above.');
}

const server = await serve(PAGES, { port: Number(values.port) }).catch(() => serve(PAGES));
console.log(`Demo pages: ${server.url}/`);

if (values.headless || values.screenshots) {
  const dir = resolve(values.screenshots ?? 'test-results/tour');
  mkdirSync(dir, { recursive: true });
  const driver = which === 'firefox' ? await firefoxDriver() : await chromiumDriver();
  try {
    await tour(driver, server.url, dir);
  } finally {
    await driver.close();
    await server.close();
  }
  console.log(`Screenshots saved in ${dir}`);
} else {
  if (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY && process.platform === 'linux') {
    await server.close();
    fail('No display found. Run the tour without one: npm start -- --headless --screenshots <dir>');
  }
  if (which === 'firefox') {
    const browser = await launchFirefox({ headless: false });
    const page = await browser.newPage();
    await page.goto(`${server.url}/`);
    console.log('Firefox is open with Support Shield loaded. Close the browser to stop.');
    await new Promise<void>((done) => browser.on('disconnected', () => done()));
  } else {
    const { context } = await launchChromium({ headless: false });
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`${server.url}/`);
    console.log('Chromium is open with Support Shield loaded. Close the browser to stop.');
    await new Promise<void>((done) => context.on('close', () => done()));
  }
  await server.close();
}

async function tour(driver: BrowserDriver, base: string, dir: string): Promise<void> {
  const shot = async (name: string, take: () => Promise<void>) => {
    await take();
    copyFileSync(join(SHOTS, driver.name, `${name}.png`), join(dir, `${driver.name}-${name}.png`));
    console.log(`  ${driver.name}-${name}.png`);
  };

  console.log('1. Contact form: a mistyped email gets a hint with a one-click fix');
  const contact = await driver.open(`${base}/contact.html`);
  await contact.type('#email', 'name@gamil.com');
  const [hint] = await waitFor(
    async () => (await contact.hints()).filter((h) => h.visible),
    (h) => h.length > 0,
    { what: 'the email hint' },
  );
  await shot('tour-1-email-hint', () => contact.screenshot('tour-1-email-hint'));
  if (hint?.fixAt) await contact.clickAt(hint.fixAt);
  await waitFor(
    () => contact.value('#email'),
    (v) => v === 'name@gmail.com',
    { what: 'the fix' },
  );
  await shot('tour-2-email-fixed', () => contact.screenshot('tour-2-email-fixed'));
  await shot('tour-3-popup-form', () => driver.popupText(contact.url, 'tour-3-popup-form').then(() => undefined));

  console.log('2. Newsletter sign-up: not a support form, nothing appears');
  const newsletter = await driver.open(`${base}/newsletter.html`);
  await newsletter.type('#nl-email', 'name@gamil.com');
  await new Promise((r) => setTimeout(r, 1000));
  await shot('tour-4-newsletter', () => newsletter.screenshot('tour-4-newsletter'));

  console.log('3. Fake hotline page: warning badge and the popup explains why');
  const fake = await driver.open(`${base}/fake-hotline.html`);
  await waitFor(
    () => driver.badge(fake.url),
    (b) => b === '!',
    { what: 'the warning badge' },
  );
  await shot('tour-5-fake-hotline', () => fake.screenshot('tour-5-fake-hotline'));
  await shot('tour-6-popup-warning', () => driver.popupText(fake.url, 'tour-6-popup-warning').then(() => undefined));
}
