/**
 * Chromium for the benchmark: the project's binary and flags (test/e2e/lib/chromium.ts), plus the
 * DevTools-protocol helpers that attribute main-thread time to the extension's content script.
 */
import { chromium } from 'playwright-core';
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from '../../test/e2e/lib/chromium.ts';

/**
 * Added to the e2e flags, in both arms alike: without them a navigation may move the tab to a new
 * renderer document (RenderDocument) or process (back/forward cache, proactive browsing-instance
 * swap), and the per-tab CPU profiler and metrics would silently miss the new page.
 */
const EXTRA_DISABLED_FEATURES = ['BackForwardCache', 'ProactivelySwapBrowsingInstance', 'RenderDocument'];

export const BENCH_FLAGS_NOTE =
  'Chromium with the e2e flags plus --disable-back-forward-cache and ' +
  `--disable-features=${EXTRA_DISABLED_FEATURES.join(',')} in both arms (keeps each tab in one renderer document/process so the profiler sees every load).`;

export interface Arm {
  readonly name: 'with' | 'without';
  readonly context: BrowserContext;
  readonly extensionId: string | null;
}

export async function launchArm(extension: string | null): Promise<Arm> {
  const args = CHROMIUM_ARGS.map((a) =>
    a.startsWith('--disable-features=') ? `${a},${EXTRA_DISABLED_FEATURES.join(',')}` : a,
  );
  if (!args.some((a) => a.startsWith('--disable-features='))) {
    args.push(`--disable-features=${EXTRA_DISABLED_FEATURES.join(',')}`);
  }
  args.push('--disable-back-forward-cache');
  if (extension) args.push(`--disable-extensions-except=${extension}`, `--load-extension=${extension}`);
  const context = await chromium.launchPersistentContext('', {
    executablePath: chromiumPath(),
    headless: true,
    args,
    viewport: { width: 1100, height: 900 },
    locale: 'en-US',
    ignoreDefaultArgs: ['--disable-extensions', '--disable-component-extensions-with-background-pages'],
  });
  if (!extension) return { name: 'without', context, extensionId: null };
  let [worker] = context.serviceWorkers();
  worker ??= await context.waitForEvent('serviceworker', { timeout: 15_000 });
  return { name: 'with', context, extensionId: new URL(worker.url()).host };
}

export async function chromiumVersion(arm: Arm): Promise<string> {
  const page = await arm.context.newPage();
  try {
    const cdp = await arm.context.newCDPSession(page);
    const v = await cdp.send('Browser.getVersion');
    return v.product;
  } catch {
    return 'unknown';
  } finally {
    await page.close();
  }
}

/** Sampling interval of the CPU profiler, µs (the V8 default is 1000; finer resolves ~1 ms of work). */
export const SAMPLING_US = 100;

export interface Probe {
  readonly page: Page;
  readonly cdp: CDPSession;
}

export async function openProbe(arm: Arm, page?: Page): Promise<Probe> {
  const p = page ?? (await arm.context.newPage());
  const cdp = await arm.context.newCDPSession(p);
  await cdp.send('Performance.enable');
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: SAMPLING_US });
  return { page: p, cdp };
}

export type Metrics = Record<string, number>;

export async function metrics(cdp: CDPSession): Promise<Metrics> {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  const out: Metrics = {};
  for (const m of list) out[m.name] = m.value;
  return out;
}

/** Milliseconds of `name` (a seconds-valued duration metric) between two readings. */
export function deltaMs(before: Metrics, after: Metrics, name: string): number {
  return ((after[name] ?? 0) - (before[name] ?? 0)) * 1000;
}

type Profile = Awaited<ReturnType<typeof stopProfile>>;

export async function startProfile(cdp: CDPSession): Promise<void> {
  await cdp.send('Profiler.start');
}

export async function stopProfile(cdp: CDPSession) {
  const { profile } = await cdp.send('Profiler.stop');
  return profile;
}

export interface Attribution {
  /** Sampled main-thread time with a frame of the extension's scripts on the stack, ms. */
  readonly ms: number;
  /** Self time per function of the extension (`name@file:line:col`), ms, for "where does it go". */
  readonly byFunction: Map<string, number>;
  /** Profile duration, ms. */
  readonly durationMs: number;
  /** Whether any function of the extension appears in the profile at all (it ran in this window). */
  readonly seen: boolean;
}

/**
 * Time attributed to scripts whose URL starts with `prefix` (chrome-extension://<id>/): a sample
 * counts when any frame of its stack is the extension's, so native DOM calls it makes
 * (querySelectorAll, getAttribute) count too. Each sample lasts until the next one.
 */
export function attribute(profile: Profile, prefix: string | null): Attribution {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const memo = new Map<number, boolean>();
  const inExt = (id: number): boolean => {
    const known = memo.get(id);
    if (known !== undefined) return known;
    const chain: number[] = [];
    let cur: number | undefined = id;
    let result = false;
    while (cur !== undefined) {
      const m = memo.get(cur);
      if (m !== undefined) {
        result = m;
        break;
      }
      chain.push(cur);
      if (prefix && byId.get(cur)?.callFrame.url.startsWith(prefix)) {
        result = true;
        break;
      }
      cur = parent.get(cur);
    }
    for (const c of chain) memo.set(c, result);
    return result;
  };
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  let us = 0;
  const byFunction = new Map<string, number>();
  for (let i = 0; i < samples.length; i++) {
    const id = samples[i] as number;
    if (!inExt(id)) continue;
    const d = deltas[i + 1] ?? 0;
    us += d;
    const f = byId.get(id)?.callFrame;
    const file = f?.url ? (f.url.split('/').pop() ?? '') : 'native';
    const key = `${f?.functionName || '(anonymous)'}@${file}:${(f?.lineNumber ?? -1) + 1}:${(f?.columnNumber ?? -1) + 1}`;
    byFunction.set(key, (byFunction.get(key) ?? 0) + d / 1000);
  }
  const seen = prefix !== null && profile.nodes.some((n) => n.callFrame.url.startsWith(prefix));
  return { ms: us / 1000, byFunction, durationMs: (profile.endTime - profile.startTime) / 1000, seen };
}

export function mergeTop(
  maps: readonly Map<string, number>[],
  runs: number,
  top = 8,
): { fn: string; msPerRun: number }[] {
  const total = new Map<string, number>();
  for (const m of maps) for (const [k, v] of m) total.set(k, (total.get(k) ?? 0) + v);
  return [...total]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([fn, ms]) => ({ fn, msPerRun: Math.round((ms / Math.max(1, runs)) * 1000) / 1000 }));
}
