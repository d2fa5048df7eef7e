/**
 * In-page timings of pure modules in real Chromium (the arm without the extension, so only the
 * module runs): attachment checks on three real 5 MB images chosen through a file input
 * (issue 6), and the scam assessment of a 1 MB text page (issue 8). Modules are bundled with
 * esbuild exactly as in src/, like the detection timing.
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build as esbuild } from 'esbuild';
import type { Page } from 'playwright-core';
import type { Arm } from '../lib/browser.ts';
import type { Spread } from '../lib/stats.ts';
import { rng, spread } from '../lib/stats.ts';
import { makePng } from '../../test/helpers/images.ts';

export interface InPageResult {
  readonly attachments: {
    readonly ms: Spread | null;
    /** The same on a page without Web Crypto (plain http: the built-in SHA-256 runs instead). */
    readonly noWebCryptoMs?: Spread | null;
    readonly files: number;
    readonly bytes: number;
    readonly findings: number;
    readonly na?: string;
  };
  readonly typicalDetect?: {
    /** Per corpus page: the median of repeated calls; spread over pages. */
    readonly ms: Spread | null;
    readonly p95: number | null;
    readonly pages: number;
    readonly na?: string;
  };
  readonly scam: {
    /** Calls 2…N on the page (the first is left out, as for every in-page timing). */
    readonly brandPageMs: Spread | null;
    /** The first call on a freshly loaded page: what one page load pays (code and regex compilation included). */
    readonly brandFirstMs?: number | null;
    readonly plainPageMs: Spread | null;
    readonly textBytes: number;
    readonly level: string;
    readonly na?: string;
  };
}

async function bundle(root: string): Promise<string | null> {
  try {
    const out = await esbuild({
      stdin: {
        contents: [
          "export { checkFiles } from './src/files/check.ts';",
          "export { assessPage, focusPattern } from './src/scam/assess.ts';",
          "export { detectSupportForms } from './src/detect/detect.ts';",
          "export { collectPage } from './src/page/collect.ts';",
          "export { WHATSAPP } from './src/profiles/whatsapp.ts';",
        ].join('\n'),
        resolveDir: root,
        loader: 'ts',
      },
      bundle: true,
      format: 'iife',
      globalName: '__ssBench',
      platform: 'browser',
      target: 'es2022',
      minify: true,
      write: false,
      logLevel: 'silent',
    });
    return out.outputFiles[0]?.text ?? null;
  } catch {
    return null;
  }
}

/** About 1 MB of ordinary article text; `brand` adds WhatsApp mentions and a fake hotline near the end. */
function bigTextPage(brand: boolean): string {
  const rand = rng(brand ? 11 : 12);
  const words = [
    'support',
    'account',
    'message',
    'update',
    'privacy',
    'settings',
    'phone',
    'group',
    'backup',
    'the',
    'and',
    'with',
    'your',
    'data',
    'new',
    'help',
  ];
  const paragraphs: string[] = [];
  let size = 0;
  while (size < 1_000_000) {
    const n = 60 + Math.floor(rand() * 60);
    const p: string[] = [];
    for (let i = 0; i < n; i++) p.push(words[Math.floor(rand() * words.length)]!);
    if (brand && paragraphs.length % 40 === 0) p.push('WhatsApp');
    const text = p.join(' ');
    size += text.length;
    paragraphs.push(`<p>${text}.</p>`);
  }
  if (brand) {
    // Mid-page: the checker reads the first 1,000,000 characters of text (a bound, by design).
    paragraphs.splice(
      Math.floor(paragraphs.length / 2),
      0,
      '<h2>WhatsApp customer care number (24x7 toll free)</h2><p>Call the WhatsApp helpline +1 888-555-0199 now.</p>',
    );
  }
  return `<!doctype html><html><head><title>${brand ? 'WhatsApp help' : 'Long article'}</title></head><body>${paragraphs.join('')}</body></html>`;
}

interface FilesRun {
  readonly times: number[];
  readonly files: number;
  readonly bytes: number;
  readonly findings: number;
}

/** `runs` calls of checkFiles on the chosen files of #f (all hashed), in the page. */
async function filesOnce(page: Page, runs: number): Promise<FilesRun> {
  return await page.evaluate(async (n: number) => {
    const m = (window as unknown as { __ssBench: Record<string, (...a: unknown[]) => unknown> }).__ssBench;
    const files = Array.from((document.getElementById('f') as HTMLInputElement).files ?? []);
    const rules = (m as unknown as { WHATSAPP: { rules: unknown } }).WHATSAPP.rules;
    const times: number[] = [];
    let findings = 0;
    for (let i = 0; i < n; i++) {
      const t0 = performance.now();
      const r = (await m.checkFiles!(files, { accept: '', multiple: true, locale: 'en' }, rules, {
        hash: 'all',
      })) as { findings: unknown[] };
      times.push(performance.now() - t0);
      findings = r.findings.length;
    }
    return { times, files: files.length, bytes: files.reduce((s, f) => s + f.size, 0), findings };
  }, runs);
}

/** Detection of each forms-corpus page in Chromium: per page the median of repeated calls. */
async function corpusDetection(
  page: Page,
  root: string,
  script: string,
  base: string,
): Promise<InPageResult['typicalDetect']> {
  const dir = join(root, 'test', 'fixtures', 'forms');
  let labels: Record<string, { url: string }>;
  try {
    labels = JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8')) as Record<string, { url: string }>;
  } catch {
    return { ms: null, p95: null, pages: 0, na: 'n/a (no corpus)' };
  }
  const perPage: number[] = [];
  await page.goto(`${base}/article.html`, { waitUntil: 'load' });
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.html'))) {
    await page.setContent(readFileSync(join(dir, file), 'utf8'));
    await page.addScriptTag({ content: script });
    const ms = await page.evaluate((url: string) => {
      type Detect = (d: Document, p: { url: string; title: string }) => unknown[];
      const m = (window as unknown as { __ssBench: { detectSupportForms: Detect } }).__ssBench;
      const info = { url, title: document.title };
      m.detectSupportForms(document, info);
      const t: number[] = [];
      for (let i = 0; i < 7; i++) {
        const t0 = performance.now();
        m.detectSupportForms(document, info);
        t.push(performance.now() - t0);
      }
      t.sort((a, b) => a - b);
      return t[3]!;
    }, labels[file]?.url ?? 'https://example.com/');
    perPage.push(ms);
  }
  const sorted = [...perPage].sort((a, b) => a - b);
  const p95 = sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))]! : null;
  return { ms: spread(perPage), p95: p95 === null ? null : Math.round(p95 * 100) / 100, pages: perPage.length };
}

export async function inPage(
  root: string,
  outDir: string,
  arm: Arm,
  runs: number,
  base: string,
): Promise<InPageResult> {
  const script = await bundle(root);
  const na = 'n/a (bundle failed)';
  if (!script) {
    return {
      attachments: { ms: null, files: 0, bytes: 0, findings: 0, na },
      scam: { brandPageMs: null, plainPageMs: null, textBytes: 0, level: '', na },
    };
  }
  const page = await arm.context.newPage();
  try {
    // Attachments: three 5 MB PNGs (1920×1080), read through a real file input.
    const dir = join(outDir, 'files');
    mkdirSync(dir, { recursive: true });
    const paths = [1, 2, 3].map((i) => {
      const p = join(dir, `screen-${i}.png`);
      writeFileSync(p, makePng({ width: 1920, height: 1080, size: 4_999_000, seed: i }));
      return p;
    });
    // A page served from 127.0.0.1 is a secure context, as the https pages of support forms
    // are: Web Crypto hashes there. about:blank is not (as plain http pages are not).
    const timeFiles = async (secure: boolean) => {
      if (secure) await page.goto(`${base}/article.html`, { waitUntil: 'load' });
      else await page.goto('about:blank');
      await page.setContent('<!doctype html><input type="file" id="f" multiple>');
      await page.addScriptTag({ content: script });
      await page.setInputFiles('#f', paths);
      return await filesOnce(page, runs);
    };
    const att = await timeFiles(true);
    const attPlain = await timeFiles(false);
    const typicalDetect = await corpusDetection(page, root, script, base);

    // Scam assessment: collectPage + assessPage, as the checker runs them, on 1 MB of text.
    const timeScam = async (html: string) => {
      await page.setContent(html);
      await page.addScriptTag({ content: script });
      return await page.evaluate((n: number) => {
        const m = (window as unknown as { __ssBench: Record<string, (...a: unknown[]) => unknown> }).__ssBench;
        const times: number[] = [];
        let level = '';
        let textBytes = 0;
        for (let i = 0; i < n; i++) {
          const t0 = performance.now();
          const focus = (m.focusPattern as () => RegExp)();
          const input = m.collectPage!(document, 'https://help-articles.example/whatsapp', { focus }) as {
            text: string;
          };
          const a = m.assessPage!(input) as { level: string };
          times.push(performance.now() - t0);
          level = a.level;
          textBytes = input.text.length;
        }
        return { times, level, textBytes };
      }, runs);
    };
    const brand = await timeScam(bigTextPage(true));
    const plain = await timeScam(bigTextPage(false));
    return {
      attachments: {
        ms: spread(att.times.slice(1)),
        noWebCryptoMs: spread(attPlain.times.slice(1)),
        files: att.files,
        bytes: att.bytes,
        findings: att.findings,
      },
      typicalDetect,
      scam: {
        brandPageMs: spread(brand.times.slice(1)),
        brandFirstMs: brand.times[0] ?? null,
        plainPageMs: spread(plain.times.slice(1)),
        textBytes: brand.textBytes,
        level: brand.level,
      },
    };
  } finally {
    await page.close();
  }
}
