/**
 * The real-browser part: ordinary pages with and without the extension, the large support page
 * (detection, keystroke-to-hint, mutation storm) and the popup. Two persistent Chromium contexts,
 * one with the built extension and one without; loads alternate between them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build as esbuild } from 'esbuild';
import type { Page } from 'playwright-core';
import type { Arm, Probe } from '../lib/browser.ts';
import { attribute, deltaMs, mergeTop, metrics, openProbe, startProfile, stopProfile } from '../lib/browser.ts';
import type { GeneratedPage } from '../lib/pages.ts';
import type { Spread } from '../lib/stats.ts';
import { median, round, spread } from '../lib/stats.ts';

export interface BrowserOptions {
  readonly root: string;
  readonly base: string;
  readonly withExt: Arm;
  readonly withoutExt: Arm;
  readonly n: number;
  readonly quick: boolean;
  readonly log: (s: string) => void;
}

interface LoadSample {
  readonly scriptMs: number;
  readonly taskMs: number;
  readonly loadMs: number;
  readonly extMs: number;
  readonly extSeen: boolean;
  readonly byFunction: Map<string, number>;
}

const SETTLE_MS = 1000;

function prefixOf(arm: Arm): string | null {
  return arm.extensionId ? `chrome-extension://${arm.extensionId}/` : null;
}

async function navTiming(page: Page): Promise<number> {
  return await page.evaluate(() => {
    const n = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    return n ? n.loadEventStart : Number.NaN;
  });
}

/** One page load in a tab: CPU profile and metrics from before navigation until the page settled. */
async function loadOnce(
  arm: Arm,
  probe: Probe,
  url: string,
  opts: { rendered?: boolean; settleMs?: number } = {},
): Promise<LoadSample> {
  const m0 = await metrics(probe.cdp);
  await startProfile(probe.cdp);
  await probe.page.goto(url, { waitUntil: 'load', timeout: 60_000 });
  if (opts.rendered) await probe.page.waitForSelector('html[data-rendered]', { state: 'attached', timeout: 15_000 });
  await probe.page.waitForTimeout(opts.settleMs ?? SETTLE_MS);
  const profile = await stopProfile(probe.cdp);
  const m1 = await metrics(probe.cdp);
  const loadMs = await navTiming(probe.page);
  const attr = attribute(profile, prefixOf(arm));
  return {
    scriptMs: deltaMs(m0, m1, 'ScriptDuration'),
    taskMs: deltaMs(m0, m1, 'TaskDuration'),
    loadMs,
    extMs: attr.ms,
    extSeen: attr.seen,
    byFunction: attr.byFunction,
  };
}

export interface PairStats {
  /** ScriptDuration (DevTools Performance.getMetrics), ms per load. */
  readonly scriptMs: { readonly with: Spread; readonly without: Spread };
  /** median(with) − median(without), and the per-pair differences. */
  readonly extraScriptMs: number;
  readonly extraScriptPairsMs: Spread;
  /** Main-thread time attributed to the extension's scripts (CPU profile), ms per load. */
  readonly attributedMs: Spread;
  readonly taskMs: { readonly with: Spread; readonly without: Spread };
  /** loadEventStart from Navigation Timing, ms. */
  readonly loadMs: { readonly with: Spread; readonly without: Spread };
  readonly extraLoadMs: number;
  /** median(with) / median(without). */
  readonly loadRatio: number;
  readonly topFunctions: { fn: string; msPerRun: number }[];
  /** Loads with the extension in whose profile no extension function appeared (it did not run in the window). */
  readonly loadsWithoutExtensionFrames: number;
}

function pairStats(w: readonly LoadSample[], wo: readonly LoadSample[]): PairStats {
  const m = (xs: readonly LoadSample[], k: 'scriptMs' | 'taskMs' | 'loadMs' | 'extMs'): number[] => xs.map((x) => x[k]);
  const pairs = w.map((x, i) => x.scriptMs - (wo[i]?.scriptMs ?? Number.NaN));
  return {
    scriptMs: { with: spread(m(w, 'scriptMs')), without: spread(m(wo, 'scriptMs')) },
    extraScriptMs: round(median(m(w, 'scriptMs')) - median(m(wo, 'scriptMs'))),
    extraScriptPairsMs: spread(pairs),
    attributedMs: spread(m(w, 'extMs')),
    taskMs: { with: spread(m(w, 'taskMs')), without: spread(m(wo, 'taskMs')) },
    loadMs: { with: spread(m(w, 'loadMs')), without: spread(m(wo, 'loadMs')) },
    extraLoadMs: round(median(m(w, 'loadMs')) - median(m(wo, 'loadMs'))),
    loadRatio: round(median(m(w, 'loadMs')) / median(m(wo, 'loadMs')), 4),
    topFunctions: mergeTop(
      w.map((x) => x.byFunction),
      w.length,
    ),
    loadsWithoutExtensionFrames: w.filter((x) => !x.extSeen).length,
  };
}

// ---------------------------------------------------------------------------------------------
// Detection bundle (the pure module, run in the page without the extension)
// ---------------------------------------------------------------------------------------------

let detectBundle: string | null | undefined;

async function detectionScript(root: string): Promise<string | null> {
  if (detectBundle !== undefined) return detectBundle;
  try {
    const out = await esbuild({
      entryPoints: [join(root, 'src', 'detect', 'detect.ts')],
      bundle: true,
      format: 'iife',
      globalName: '__ssDetect',
      platform: 'browser',
      target: 'es2022',
      minify: true,
      write: false,
      logLevel: 'silent',
    });
    detectBundle = out.outputFiles[0]?.text ?? null;
  } catch {
    detectBundle = null;
  }
  return detectBundle;
}

interface DetectRun {
  readonly times: number[];
  readonly found: number;
  readonly fields: number[];
  readonly confidence: number[];
}

async function runDetection(page: Page, root: string, runs: number): Promise<DetectRun | null> {
  const script = await detectionScript(root);
  if (!script) return null;
  await page.addScriptTag({ content: script });
  return await page.evaluate((n: number) => {
    type Detected = { fields: unknown[]; confidence: number };
    const mod = (window as unknown as { __ssDetect?: { detectSupportForms?: (d: Document, p: object) => Detected[] } })
      .__ssDetect;
    const detect = mod?.detectSupportForms;
    if (!detect) return null;
    const info = { url: location.href, title: document.title };
    const times: number[] = [];
    let forms: Detected[] = [];
    for (let i = 0; i < n; i++) {
      const t0 = performance.now();
      forms = detect(document, info);
      times.push(performance.now() - t0);
    }
    return {
      times,
      found: forms.length,
      fields: forms.map((f) => f.fields.length),
      confidence: forms.map((f) => f.confidence),
    };
  }, runs);
}

// ---------------------------------------------------------------------------------------------
// 2. Ordinary pages
// ---------------------------------------------------------------------------------------------

export interface OrdinaryResult {
  readonly page: string;
  readonly description: string;
  readonly elements: number;
  readonly controls: number;
  readonly supportFormsDetected: number | null;
  readonly n: number;
  readonly stats: PairStats;
}

export interface ColdResult {
  readonly page: string;
  readonly n: number;
  readonly stats: PairStats;
}

export async function ordinaryPages(
  o: BrowserOptions,
  pages: readonly GeneratedPage[],
): Promise<{ pages: OrdinaryResult[]; cold: ColdResult }> {
  const pw = await openProbe(o.withExt);
  const pwo = await openProbe(o.withoutExt);
  const samples = new Map<string, { w: LoadSample[]; wo: LoadSample[] }>();
  const load = async (arm: Arm, probe: Probe, p: GeneratedPage, tag: string): Promise<LoadSample> =>
    await loadOnce(arm, probe, `${o.base}/${p.file}?${tag}`, { rendered: p.file === 'app-shell.html' });

  // Warm-up: one discarded load per page and arm (first-load effects in the process).
  for (const p of pages) {
    await load(o.withExt, pw, p, 'warm');
    await load(o.withoutExt, pwo, p, 'warm');
    samples.set(p.file, { w: [], wo: [] });
  }
  for (let round = 0; round < o.n; round++) {
    for (const p of pages) {
      const s = samples.get(p.file) as { w: LoadSample[]; wo: LoadSample[] };
      // Alternate which arm goes first so that neither always follows the other.
      if (round % 2 === 0) {
        s.w.push(await load(o.withExt, pw, p, `r${round}`));
        s.wo.push(await load(o.withoutExt, pwo, p, `r${round}`));
      } else {
        s.wo.push(await load(o.withoutExt, pwo, p, `r${round}`));
        s.w.push(await load(o.withExt, pw, p, `r${round}`));
      }
    }
    o.log(`  ordinary pages: round ${round + 1}/${o.n}`);
  }
  const results: OrdinaryResult[] = [];
  for (const p of pages) {
    await pwo.page.goto(`${o.base}/${p.file}?detect`, { waitUntil: 'load' });
    if (p.file === 'app-shell.html') await pwo.page.waitForSelector('html[data-rendered]', { state: 'attached' });
    const det = await runDetection(pwo.page, o.root, 1);
    const s = samples.get(p.file) as { w: LoadSample[]; wo: LoadSample[] };
    results.push({
      page: p.file,
      description: p.description,
      elements: await pwo.page.evaluate(() => document.getElementsByTagName('*').length),
      controls: await pwo.page.evaluate(() => document.querySelectorAll('input, select, textarea').length),
      supportFormsDetected: det ? det.found : null,
      n: s.w.length,
      stats: pairStats(s.w, s.wo),
    });
  }
  await pw.page.close();
  await pwo.page.close();

  // First visit in a new tab (new renderer process: nothing compiled or cached yet).
  const coldPage = pages[0] as GeneratedPage;
  const coldN = o.quick ? 2 : 8;
  const cw: LoadSample[] = [];
  const cwo: LoadSample[] = [];
  for (let i = 0; i < coldN; i++) {
    for (const arm of i % 2 === 0 ? [o.withExt, o.withoutExt] : [o.withoutExt, o.withExt]) {
      const probe = await openProbe(arm);
      const sample = await loadOnce(arm, probe, `${o.base}/${coldPage.file}?cold${i}`);
      (arm === o.withExt ? cw : cwo).push(sample);
      await probe.page.close();
    }
  }
  o.log(`  cold first visits: ${coldN} per arm`);
  return { pages: results, cold: { page: coldPage.file, n: coldN, stats: pairStats(cw, cwo) } };
}

// ---------------------------------------------------------------------------------------------
// 3. The large support page
// ---------------------------------------------------------------------------------------------

export interface SupportResult {
  readonly page: string;
  readonly elements: number;
  readonly controls: number;
  readonly detect: {
    readonly method: string;
    readonly supportFormsFound: number | null;
    readonly firstRunMs: number | null;
    readonly ms: Spread | null;
    readonly na?: string;
  };
  readonly load: { readonly n: number; readonly stats: PairStats };
  readonly keystroke: {
    readonly method: string;
    readonly debounceMs: number;
    readonly reps: number;
    readonly toInsertAfterDebounceMs: Spread | null;
    readonly toFrameAfterDebounceMs: Spread | null;
    readonly rawMs: Spread | null;
    readonly na?: string;
  };
  readonly storm: {
    readonly method: string;
    readonly targetPerSecond: number;
    readonly durationMs: number;
    readonly mutationsWith: number;
    readonly mutationsWithout: number;
    readonly attributedMs: number;
    readonly attributedPctOfCore: number;
    readonly taskMsWith: number;
    readonly taskMsWithout: number;
    readonly extraTaskPctOfCore: number;
    readonly topFunctions: { fn: string; msPerRun: number }[];
  };
}

/** The content script's debounce, read from the source so that the subtraction follows it. */
export function debounceMs(root: string): number {
  try {
    const src = readFileSync(join(root, 'src', 'ui', 'inline', 'form-shield.ts'), 'utf8');
    const m = /debounceMs\s*\?\?\s*(\d+)/.exec(src);
    return m ? Number(m[1]) : 300;
  } catch {
    return 300;
  }
}

export async function supportPage(o: BrowserOptions, page: GeneratedPage): Promise<SupportResult> {
  const url = `${o.base}/${page.file}`;
  const pw = await openProbe(o.withExt);
  const pwo = await openProbe(o.withoutExt);

  // Loads with/without: the content script's first run on the page (detection + page assessment).
  const loads = o.quick ? 1 : 4;
  const w: LoadSample[] = [];
  const wo: LoadSample[] = [];
  for (let i = 0; i < loads + 1; i++) {
    const a = await loadOnce(o.withExt, pw, `${url}?l${i}`, { settleMs: 1500 });
    const b = await loadOnce(o.withoutExt, pwo, `${url}?l${i}`, { settleMs: 1500 });
    if (i > 0) {
      w.push(a);
      wo.push(b);
    }
  }
  o.log(`  large page: ${loads} loads per arm`);
  const elements = await pwo.page.evaluate(() => document.getElementsByTagName('*').length);
  const controls = await pwo.page.evaluate(() => document.querySelectorAll('input, select, textarea').length);

  // Mutation storm: 1,000 childList mutations per second for 10 s, in both arms' freshly loaded,
  // settled pages (before anything else runs in them).
  const durationMs = o.quick ? 3000 : 10_000;
  const rate = 1000;
  const stormW = await storm(o.withExt, pw, durationMs, rate);
  const stormWo = await storm(o.withoutExt, pwo, durationMs, rate);
  o.log(`  mutation storm: ${stormW.attr.ms.toFixed(1)} ms attributed over ${(stormW.windowMs / 1000).toFixed(1)} s`);

  // Detection: the pure module bundled with esbuild, timed in the page without the extension.
  const runs = o.quick ? 5 : 21;
  const det = await runDetection(pwo.page, o.root, runs);
  const detect = det
    ? {
        method: `src/detect/detect.ts bundled (esbuild, IIFE, minified), detectSupportForms(document) timed with performance.now() in the page without the extension; first call reported apart, then ${runs - 1} calls`,
        supportFormsFound: det.found,
        firstRunMs: round(det.times[0] ?? Number.NaN),
        ms: spread(det.times.slice(1)),
      }
    : {
        method: 'esbuild bundle of src/detect/detect.ts',
        supportFormsFound: null,
        firstRunMs: null,
        ms: null,
        na: 'detection module did not bundle',
      };
  o.log(`  detection: ${detect.ms ? `${detect.ms.median} ms median` : detect.na}`);

  // Keystroke to hint (with the extension), measured in the page.
  const debounce = debounceMs(o.root);
  const keystroke = await keystrokeToHint(pw.page, debounce, o.quick ? 3 : 10);
  o.log(
    `  keystroke-to-hint: ${keystroke.toInsertAfterDebounceMs ? `${keystroke.toInsertAfterDebounceMs.median} ms after debounce` : keystroke.na}`,
  );

  await pw.page.close();
  await pwo.page.close();

  return {
    page: page.file,
    elements,
    controls,
    detect,
    load: { n: w.length, stats: pairStats(w, wo) },
    keystroke: { ...keystroke, debounceMs: debounce },
    storm: {
      method:
        'page script makes childList mutations (append/remove <li> in a live feed) at the target rate; CPU profile (100 µs sampling) attributed to the extension, over the storm plus 600 ms; differential = TaskDuration with − without',
      targetPerSecond: rate,
      durationMs,
      mutationsWith: stormW.mutations,
      mutationsWithout: stormWo.mutations,
      attributedMs: round(stormW.attr.ms),
      attributedPctOfCore: round((100 * stormW.attr.ms) / stormW.windowMs),
      taskMsWith: round(stormW.taskMs),
      taskMsWithout: round(stormWo.taskMs),
      extraTaskPctOfCore: round((100 * (stormW.taskMs - stormWo.taskMs)) / stormW.windowMs),
      topFunctions: mergeTop([stormW.attr.byFunction], 1),
    },
  };
}

async function keystrokeToHint(
  page: Page,
  debounce: number,
  reps: number,
): Promise<Omit<SupportResult['keystroke'], 'debounceMs'>> {
  const method =
    'in the page: keydown timeStamp of the last key vs. a MutationObserver seeing <support-shield-hint> added to <html> (and the next animation frame), minus the debounce; typing "name@gamil.com" (25 ms between keys) into the support form\'s email field';
  const none = { method, reps: 0, toInsertAfterDebounceMs: null, toFrameAfterDebounceMs: null, rawMs: null };
  const field = '#cs-email';
  await page.evaluate(() => {
    type KS = { lastKey: number; shown: { key: number; at: number; frame: number }[] };
    const w = window as unknown as { __ks: KS };
    w.__ks = { lastKey: 0, shown: [] };
    document.addEventListener('keydown', (e) => (w.__ks.lastKey = e.timeStamp), true);
    new MutationObserver((records) => {
      for (const r of records) {
        for (const n of Array.from(r.addedNodes)) {
          if (n.nodeName !== 'SUPPORT-SHIELD-HINT') continue;
          const entry = { key: w.__ks.lastKey, at: performance.now(), frame: Number.NaN };
          w.__ks.shown.push(entry);
          requestAnimationFrame(() => (entry.frame = performance.now()));
        }
      }
    }).observe(document.documentElement, { childList: true });
  });
  const raw: number[] = [];
  const ins: number[] = [];
  const frame: number[] = [];
  try {
    await page.click(field, { timeout: 5000 });
  } catch {
    return { ...none, na: 'email field not found' };
  }
  for (let i = 0; i < reps; i++) {
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Delete');
    await page.waitForTimeout(debounce + 300);
    const before = await page.evaluate(() => (window as unknown as { __ks: { shown: unknown[] } }).__ks.shown.length);
    await page.keyboard.type('name@gamil.com', { delay: 25 });
    try {
      await page.waitForFunction(
        (n: number) => {
          const s = (window as unknown as { __ks: { shown: { frame: number }[] } }).__ks.shown;
          return s.length > n && Number.isFinite(s[s.length - 1]?.frame);
        },
        before,
        { timeout: 5000, polling: 50 },
      );
    } catch {
      return { ...none, na: 'no hint appeared within 5 s (form not detected, or the hint did not fire)' };
    }
    const e = await page.evaluate(() => {
      const s = (window as unknown as { __ks: { shown: { key: number; at: number; frame: number }[] } }).__ks.shown;
      return s[s.length - 1] as { key: number; at: number; frame: number };
    });
    raw.push(e.at - e.key);
    ins.push(e.at - e.key - debounce);
    frame.push(e.frame - e.key - debounce);
  }
  // Leave the page as it was: no hint shown.
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await page.waitForTimeout(debounce + 300);
  return {
    method,
    reps,
    rawMs: spread(raw),
    toInsertAfterDebounceMs: spread(ins),
    toFrameAfterDebounceMs: spread(frame),
  };
}

async function storm(
  arm: Arm,
  probe: Probe,
  durationMs: number,
  rate: number,
): Promise<{ mutations: number; windowMs: number; taskMs: number; attr: ReturnType<typeof attribute> }> {
  const m0 = await metrics(probe.cdp);
  await startProfile(probe.cdp);
  const t0 = Date.now();
  const res = await probe.page.evaluate(
    ([ms, perSecond]) =>
      (window as unknown as { __storm: (a: number, b: number) => Promise<{ mutations: number }> }).__storm(
        ms,
        perSecond,
      ),
    [durationMs, rate] as const,
  );
  await probe.page.waitForTimeout(600); // the observer's last throttled rescan
  const profile = await stopProfile(probe.cdp);
  const windowMs = Date.now() - t0;
  const m1 = await metrics(probe.cdp);
  return {
    mutations: res.mutations,
    windowMs,
    taskMs: deltaMs(m0, m1, 'TaskDuration'),
    attr: attribute(profile, prefixOf(arm)),
  };
}

// ---------------------------------------------------------------------------------------------
// 5. Popup
// ---------------------------------------------------------------------------------------------

export interface PopupResult {
  readonly method: string;
  readonly reps: number;
  readonly firstContentfulPaintMs: Spread | null;
  readonly readyMs: Spread | null;
  readonly na?: string;
}

export async function popup(o: BrowserOptions, pageUrl: string): Promise<PopupResult> {
  const method =
    'popup.html?page=<the large support page> opened in a 380×600 tab of the extension context; first-contentful-paint (Paint Timing) and the time body[data-ready] is set (MutationObserver added before any popup script), both from navigation start';
  if (!o.withExt.extensionId)
    return { method, reps: 0, firstContentfulPaintMs: null, readyMs: null, na: 'no extension' };
  const url = `chrome-extension://${o.withExt.extensionId}/popup.html?page=${encodeURIComponent(pageUrl)}`;
  const reps = o.quick ? 3 : Math.max(20, o.n);
  const fcp: number[] = [];
  const ready: number[] = [];
  for (let i = 0; i < reps; i++) {
    const page = await o.withExt.context.newPage();
    await page.setViewportSize({ width: 380, height: 600 });
    await page.addInitScript(() => {
      const w = window as unknown as { __readyAt?: number };
      new MutationObserver((_, obs) => {
        if (document.body?.dataset.ready) {
          w.__readyAt = performance.now();
          obs.disconnect();
        }
      }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-ready'] });
    });
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForSelector('body[data-ready]', { state: 'attached', timeout: 10_000 });
    const r = await page.evaluate(async () => {
      await new Promise((ok) => requestAnimationFrame(() => setTimeout(ok, 100)));
      const paint = performance.getEntriesByName('first-contentful-paint')[0];
      return {
        fcp: paint ? paint.startTime : Number.NaN,
        ready: (window as unknown as { __readyAt?: number }).__readyAt ?? Number.NaN,
      };
    });
    fcp.push(r.fcp);
    ready.push(r.ready);
    await page.close();
  }
  return { method, reps, firstContentfulPaintMs: spread(fcp), readyMs: spread(ready) };
}
