/**
 * `npm run bench`: builds both browsers' extension, then measures bundle sizes, the cost on ordinary
 * pages in real Chromium (with vs. without the extension), the large support page, the checks in
 * Node and the popup. Prints tables with pass/fail against the budgets and writes
 * bench/results.json (and the README tables in bench/README.md).
 *
 *   npm run bench                 full run (N = 20 loads per page and arm)
 *   npm run bench -- --quick      smoke run (N = 3, short storm); writes bench/out/results-quick.json
 *   npm run bench -- --no-build   measure the existing .output/ builds instead of building
 *   npm run bench -- --n 30       more loads per page and arm
 *
 * Budgets are targets, reported as pass/fail; the command fails only when it cannot measure.
 */
import { cpus } from 'node:os';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as prettier from 'prettier';
import { serve } from '../scripts/lib/serve.mjs';
import type { Arm } from './lib/browser.ts';
import { BENCH_FLAGS_NOTE, SAMPLING_US, chromiumVersion, launchArm } from './lib/browser.ts';
import type { Builds } from './lib/build.ts';
import { buildBoth, existingBuilds } from './lib/build.ts';
import type { BundleReport } from './lib/bundle.ts';
import { analyzeBuild } from './lib/bundle.ts';
import { writePages } from './lib/pages.ts';
import { renderTables } from './lib/report.ts';
import type { Budget, Results } from './lib/report.ts';
import { kb } from './lib/stats.ts';
import { ordinaryPages, popup, supportPage } from './sections/browser.ts';
import { inPage } from './sections/inpage.ts';
import { runChecks } from './sections/checks.ts';

const ROOT = join(import.meta.dirname, '..');
const OUT = join(ROOT, 'bench', 'out');

function parseArgs(argv: readonly string[]): { quick: boolean; build: boolean; n: number } {
  const quick = argv.includes('--quick');
  const build = !argv.includes('--no-build');
  let n = quick ? 3 : 20;
  const i = argv.findIndex((a) => a === '--n' || a.startsWith('--n='));
  if (i >= 0) {
    const v = argv[i]?.includes('=') ? argv[i]?.split('=')[1] : argv[i + 1];
    if (v && Number.isInteger(Number(v)) && Number(v) > 0) n = Number(v);
  }
  return { quick, build, n };
}

const started = Date.now();
function log(s: string): void {
  const t = ((Date.now() - started) / 1000).toFixed(0).padStart(4);
  console.log(`[${t}s] ${s}`);
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  log(`bench: ${args.quick ? 'quick' : 'full'} run, N = ${args.n}`);

  // 1. Builds and bundle sizes.
  let builds: Builds;
  if (args.build) {
    log('building chrome and firefox into bench/out/build/ …');
    try {
      builds = await buildBoth(ROOT, join(OUT, 'build'));
    } catch (e) {
      console.error(e instanceof Error ? e.message : e);
      console.error('\nThe build failed: fix it, or measure the existing builds with `npm run bench -- --no-build`.');
      process.exit(1);
    }
  } else {
    builds = existingBuilds(ROOT);
  }
  const bundle: Record<'chrome' | 'firefox', BundleReport> = {
    chrome: analyzeBuild(builds.chrome),
    firefox: analyzeBuild(builds.firefox),
  };
  log(`always-on content script: ${kb(bundle.chrome.groups.alwaysOn.gzip)} gzip (chrome)`);

  // 4. Checks in Node (before any browser runs, on a quiet machine).
  log('checks in Node …');
  const checks = await runChecks({ root: ROOT, quick: args.quick, log });

  // 2, 3, 5. Real Chromium.
  const pagesDir = join(OUT, 'pages');
  const generated = writePages(pagesDir);
  const server = await serve(pagesDir);
  let withExt: Arm | null = null;
  let withoutExt: Arm | null = null;
  let browserResults: Pick<Results, 'ordinaryPages' | 'coldFirstVisit' | 'supportPage' | 'popup' | 'inPage'> & {
    chromium: string;
  };
  try {
    withExt = await launchArm(builds.chrome);
    withoutExt = await launchArm(null);
    const chromium = await chromiumVersion(withoutExt);
    log(`${chromium}, extension ${withExt.extensionId ?? '?'}`);
    const o = { root: ROOT, base: server.url, withExt, withoutExt, n: args.n, quick: args.quick, log };
    log(`ordinary pages: ${generated.ordinary.length} pages × ${args.n} loads × 2 arms …`);
    const ordinary = await ordinaryPages(o, generated.ordinary);
    log('large support page …');
    const support = await supportPage(o, generated.large);
    log('popup …');
    const pop = await popup(o, `${server.url}/${generated.large.file}`);
    log('in-page: attachments (3 × 5 MB) and scam assessment (1 MB text) …');
    const page = await inPage(ROOT, OUT, withoutExt, args.quick ? 3 : 11, server.url);
    browserResults = {
      inPage: page,
      chromium,
      ordinaryPages: ordinary.pages,
      coldFirstVisit: ordinary.cold,
      supportPage: support,
      popup: pop,
    };
  } finally {
    await withExt?.context.close();
    await withoutExt?.context.close();
    await server.close();
  }

  const results: Results = {
    schema: 1,
    generatedAt: new Date().toISOString(),
    mode: args.quick ? 'quick' : 'full',
    environment: {
      chromium: browserResults.chromium,
      node: process.version,
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model ?? 'unknown',
      platform: `${process.platform}-${process.arch}`,
      flags: BENCH_FLAGS_NOTE,
      samplingUs: SAMPLING_US,
      builds: builds.source,
    },
    settings: { loadsPerPageAndArm: args.n },
    bundle: {
      chrome: { files: bundle.chrome.files, groups: bundle.chrome.groups },
      firefox: { files: bundle.firefox.files, groups: bundle.firefox.groups },
    },
    ordinaryPages: browserResults.ordinaryPages,
    coldFirstVisit: browserResults.coldFirstVisit,
    supportPage: browserResults.supportPage,
    inPage: browserResults.inPage,
    checks,
    popup: browserResults.popup,
    budgets: [] as Budget[],
    durationS: 0,
  };
  const { budgets, text, md } = renderTables(results);
  results.budgets = budgets;
  results.durationS = Math.round((Date.now() - started) / 1000);

  console.log(`\n${text}\n`);
  mkdirSync(OUT, { recursive: true });
  const file = args.quick ? join(OUT, 'results-quick.json') : join(ROOT, 'bench', 'results.json');
  // Formatted as the repository's Prettier config wants it, so `npm run lint` stays green.
  const options = (await prettier.resolveConfig(file)) ?? {};
  writeFileSync(file, await prettier.format(JSON.stringify(results, null, 2), { ...options, filepath: file }));
  writeFileSync(join(OUT, args.quick ? 'results-quick.md' : 'results.md'), `${md}\n`);
  if (!args.quick) updateReadme(md);
  const failed = budgets.filter((b) => b.pass === false).map((b) => b.id);
  log(`done in ${results.durationS} s; wrote ${file.replace(`${ROOT}/`, '')}`);
  log(failed.length ? `budgets missed: ${failed.join(', ')}` : 'all budgets met');
}

const START = '<!-- bench:results:start -->';
const END = '<!-- bench:results:end -->';

/** Replaces the tables between the markers in bench/README.md (the lead copies them to the main README). */
function updateReadme(md: string): void {
  const path = join(ROOT, 'bench', 'README.md');
  let readme: string;
  try {
    readme = readFileSync(path, 'utf8');
  } catch {
    return;
  }
  const a = readme.indexOf(START);
  const b = readme.indexOf(END);
  if (a < 0 || b < a) return;
  writeFileSync(path, `${readme.slice(0, a + START.length)}\n${md}\n${readme.slice(b)}`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
