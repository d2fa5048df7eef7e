import type { InPageResult } from '../sections/inpage.ts';
/** The results file's shape, the budgets, and the printed / Markdown tables. */
import type { BundleReport } from './bundle.ts';
import type { CheckResult } from '../sections/checks.ts';
import type { ColdResult, OrdinaryResult, PopupResult, SupportResult } from '../sections/browser.ts';
import { fmt, fmtSpread, kb, table } from './stats.ts';

export interface Budget {
  readonly id: string;
  readonly label: string;
  readonly target: string;
  readonly limit: number;
  readonly unit: string;
  readonly value: number | null;
  /** null: could not be measured (module or page part missing). */
  readonly pass: boolean | null;
  readonly note: string;
}

export interface Results {
  schema: 1;
  generatedAt: string;
  mode: 'full' | 'quick';
  environment: {
    chromium: string;
    node: string;
    cpus: number;
    cpuModel: string;
    platform: string;
    flags: string;
    samplingUs: number;
    builds: string;
  };
  settings: { loadsPerPageAndArm: number };
  bundle: Record<'chrome' | 'firefox', Pick<BundleReport, 'files' | 'groups'>>;
  ordinaryPages: OrdinaryResult[];
  coldFirstVisit: ColdResult;
  supportPage: SupportResult;
  inPage: InPageResult;
  checks: CheckResult[];
  popup: PopupResult;
  budgets: Budget[];
  durationS: number;
}

function budget(
  id: string,
  label: string,
  limit: number,
  unit: string,
  value: number | null | undefined,
  note: string,
  target = `≤ ${limit} ${unit}`,
): Budget {
  const v = value === undefined || value === null || !Number.isFinite(value) ? null : value;
  return { id, label, target, limit, unit, value: v, pass: v === null ? null : v <= limit, note };
}

function worst<T>(items: readonly T[], value: (t: T) => number): { item: T | undefined; value: number } {
  let best: T | undefined;
  let v = Number.NEGATIVE_INFINITY;
  for (const it of items) {
    const x = value(it);
    if (Number.isFinite(x) && x > v) {
      v = x;
      best = it;
    }
  }
  return { item: best, value: best === undefined ? Number.NaN : v };
}

export function computeBudgets(r: Results): Budget[] {
  const out: Budget[] = [];
  const cs = Math.max(r.bundle.chrome.groups.alwaysOn.gzip, r.bundle.firefox.groups.alwaysOn.gzip) / 1024;
  out.push(
    budget(
      'content-script-size',
      'always-on content script (gzip -9)',
      15,
      'KB',
      Math.round(cs * 10) / 10,
      `chrome ${kb(r.bundle.chrome.groups.alwaysOn.gzip)}, firefox ${kb(r.bundle.firefox.groups.alwaysOn.gzip)}; on-demand content code ${kb(r.bundle.chrome.groups.onDemandContent.gzip)}`,
    ),
  );
  const attr = worst(r.ordinaryPages, (p) => p.stats.attributedMs.median);
  const diff = worst(r.ordinaryPages, (p) => p.stats.extraScriptMs);
  out.push(
    budget(
      'ordinary-script',
      'extra script time per load, ordinary pages (median, worst page)',
      1,
      'ms',
      attr.value,
      `CPU profile attributed to the content script; worst: ${attr.item?.page ?? '?'}. Differential ScriptDuration with − without: worst ${fmt(diff.value)} ms (${diff.item?.page ?? '?'}). Cold first visit (${r.coldFirstVisit.page}, new tab): ${fmt(r.coldFirstVisit.stats.attributedMs.median)} ms`,
    ),
  );
  const ratio = worst(r.ordinaryPages, (p) => p.stats.loadRatio);
  out.push(
    budget(
      'ordinary-load-ratio',
      'load-event ratio with/without, ordinary pages (worst page)',
      1.02,
      '×',
      ratio.value,
      `median loadEventStart with ÷ without; worst: ${ratio.item?.page ?? '?'}`,
    ),
  );
  const sp = r.supportPage;
  out.push(
    budget(
      'detect',
      `detection on the ${Math.round(sp.elements / 1000)}k-element page (median)`,
      10,
      'ms',
      sp.detect.ms?.median,
      sp.detect.na ??
        `${sp.detect.supportFormsFound ?? 0} support form(s) found; first call ${fmt(sp.detect.firstRunMs)} ms; content script's whole first run there: ${fmt(sp.load.stats.attributedMs.median)} ms (profile)`,
    ),
  );
  out.push(
    budget(
      'keystroke',
      'keystroke to hint, after the debounce (median)',
      50,
      'ms',
      sp.keystroke.toInsertAfterDebounceMs?.median,
      sp.keystroke.na ??
        `debounce ${sp.keystroke.debounceMs} ms; to the next frame ${fmt(sp.keystroke.toFrameAfterDebounceMs?.median)} ms`,
    ),
  );
  out.push(
    budget(
      'storm',
      `mutation storm ${sp.storm.targetPerSecond}/s for ${sp.storm.durationMs / 1000} s (extension CPU)`,
      2,
      '% of a core',
      sp.storm.attributedPctOfCore,
      `${fmt(sp.storm.attributedMs, 0)} ms attributed; differential task time ${fmt(sp.storm.extraTaskPctOfCore)} %`,
    ),
  );
  const ip = r.inPage;
  const td = ip.typicalDetect;
  out.push(
    budget(
      'detect-typical',
      'detection of a typical page: the forms corpus in Chromium (median over pages)',
      2,
      'ms',
      td?.ms?.median,
      td?.na ?? `${td?.pages ?? 0} pages; slowest ${fmt(td?.ms?.max)} ms, 95th percentile ${fmt(td?.p95)} ms`,
    ),
  );
  out.push(
    budget(
      'attachments-3x5mb',
      'attachment checks, 3 × 5 MB images in Chromium (type, dimensions, SHA-256; median)',
      100,
      'ms',
      ip.attachments.ms?.median,
      ip.attachments.na ??
        `${ip.attachments.files} files, ${kb(ip.attachments.bytes)}, ${ip.attachments.findings} finding(s); all hashed (Web Crypto, a secure page like the https pages of support forms); on a page without Web Crypto (plain http): ${fmt(ip.attachments.noWebCryptoMs?.median)} ms`,
    ),
  );
  out.push(
    budget(
      'scam-1mb',
      'scam assessment of a 1 MB text page in Chromium (collect + assess; median)',
      5,
      'ms',
      ip.scam.brandPageMs?.median,
      ip.scam.na ??
        `brand mentions + a fake hotline → ${ip.scam.level}; first call on the page: ${fmt(ip.scam.brandFirstMs)} ms; a 1 MB page with no brand: ${fmt(ip.scam.plainPageMs?.median)} ms`,
    ),
  );
  const check = (id: string) => r.checks.find((c) => c.id === id);
  const email = check('field:email');
  out.push(
    budget(
      'email-check',
      'email check per call (median)',
      20,
      'µs',
      email?.perCallUs?.median,
      email?.na ?? email?.label ?? 'n/a',
    ),
  );
  const phone = check('field:phone');
  out.push(
    budget(
      'phone-check',
      'phone check per call (median)',
      200,
      'µs',
      phone?.perCallUs?.median,
      phone?.na ?? phone?.label ?? 'n/a',
    ),
  );
  out.push(
    budget(
      'popup-first-content',
      'popup first content (median FCP)',
      100,
      'ms',
      r.popup.firstContentfulPaintMs?.median,
      r.popup.na ?? `body[data-ready] at ${fmt(r.popup.readyMs?.median)} ms`,
    ),
  );
  const popupJs = Math.max(r.bundle.chrome.groups.popupJs.gzip, r.bundle.firefox.groups.popupJs.gzip) / 1024;
  out.push(
    budget(
      'popup-js',
      'popup JS (gzip -9, all chunks it loads)',
      60,
      'KB',
      Math.round(popupJs * 10) / 10,
      `${r.bundle.chrome.groups.popupJs.files} files, raw ${kb(r.bundle.chrome.groups.popupJs.raw)}: before first render ${kb(r.bundle.chrome.groups.popupEagerJs.gzip)} + dynamic imports ${kb(r.bundle.chrome.groups.popupLazyJs.gzip)}; CSS ${kb(r.bundle.chrome.groups.popupCss.gzip)} gzip`,
    ),
  );
  return out;
}

const verdict = (b: Budget): string => (b.pass === null ? 'n/a' : b.pass ? 'pass' : 'FAIL');
const valueOf = (b: Budget): string =>
  b.value === null ? 'n/a' : `${b.unit === '×' ? b.value.toFixed(3) : fmt(b.value, b.unit === 'µs' ? 1 : 2)} ${b.unit}`;

export function renderTables(r: Results): { budgets: Budget[]; text: string; md: string } {
  const budgets = computeBudgets(r);
  const sections: { title: string; head: string[]; rows: string[][]; note?: string }[] = [];

  sections.push({
    title: 'Budgets',
    head: ['budget', 'target', 'measured', 'result', 'notes'],
    rows: budgets.map((b) => [b.label, b.target, valueOf(b), verdict(b), b.note]),
  });

  const bRows: string[][] = [];
  for (const browser of ['chrome', 'firefox'] as const) {
    const g = r.bundle[browser].groups;
    const rows: [string, { files: number; raw: number; gzip: number }][] = [
      ['always-on content script (every page)', g.alwaysOn],
      ['on-demand content code (support forms / suspicious pages)', g.onDemandContent],
      ['background', g.background],
      ['popup JS (all it loads)', g.popupJs],
      ['  of which before first render', g.popupEagerJs],
      ['  of which dynamic imports', g.popupLazyJs],
      ['options JS (all it loads)', g.optionsJs],
      ['all JS', g.totalJs],
      ['whole package', g.package],
    ];
    for (const [name, s] of rows) bRows.push([browser, name, String(s.files), kb(s.raw), kb(s.gzip)]);
  }
  sections.push({ title: 'Bundle (gzip -9)', head: ['build', 'part', 'files', 'raw', 'gzip'], rows: bRows });

  const fileRows = r.bundle.chrome.files
    .filter((f) => /\.(js|css|html)$/.test(f.file))
    .map((f) => {
      const ff = r.bundle.firefox.files.find((x) => x.file === f.file);
      return [f.file, f.role, kb(f.raw), kb(f.gzip), ff ? kb(ff.gzip) : '—'];
    });
  for (const f of r.bundle.firefox.files) {
    if (/\.(js|css|html)$/.test(f.file) && !r.bundle.chrome.files.some((c) => c.file === f.file)) {
      fileRows.push([f.file, f.role, kb(f.raw), '—', kb(f.gzip)]);
    }
  }
  sections.push({
    title: 'Built files',
    head: ['file', 'loaded', 'raw (chrome)', 'gzip (chrome)', 'gzip (firefox)'],
    rows: fileRows,
  });

  const op = r.ordinaryPages.map((p) => [
    p.page,
    String(p.elements),
    fmtSpread(p.stats.attributedMs.n ? p.stats.attributedMs : null),
    `${fmt(p.stats.scriptMs.with.median)} / ${fmt(p.stats.scriptMs.without.median)}`,
    fmt(p.stats.extraScriptMs),
    `${fmt(p.stats.loadMs.with.median, 1)} / ${fmt(p.stats.loadMs.without.median, 1)}`,
    fmt(p.stats.extraLoadMs, 1),
    p.stats.loadRatio.toFixed(3),
    p.supportFormsDetected === null ? '?' : String(p.supportFormsDetected),
  ]);
  const c = r.coldFirstVisit;
  const missing = [...r.ordinaryPages.map((p) => [p.page, p.stats] as const), [`${c.page} cold`, c.stats] as const]
    .filter(([, st]) => st.loadsWithoutExtensionFrames > 0)
    .map(([name, st]) => `${name} ${st.loadsWithoutExtensionFrames}`)
    .join(', ');
  op.push([
    `${c.page} (cold: new tab)`,
    '',
    fmtSpread(c.stats.attributedMs),
    `${fmt(c.stats.scriptMs.with.median)} / ${fmt(c.stats.scriptMs.without.median)}`,
    fmt(c.stats.extraScriptMs),
    `${fmt(c.stats.loadMs.with.median, 1)} / ${fmt(c.stats.loadMs.without.median, 1)}`,
    fmt(c.stats.extraLoadMs, 1),
    c.stats.loadRatio.toFixed(3),
    '',
  ]);
  sections.push({
    title: `Ordinary pages (N = ${r.settings.loadsPerPageAndArm} loads per arm, alternating; ms)`,
    head: [
      'page',
      'elements',
      'extension script min/med/max',
      'script with/without (med)',
      'extra script',
      'load with/without (med)',
      'extra load',
      'load ratio',
      'forms detected',
    ],
    rows: op,
    note:
      'extension script = main-thread time with a frame of the content script on the stack (CPU profile); script = DevTools ScriptDuration per load; load = loadEventStart. Cold = first visit in a new tab (new renderer), ' +
      `${c.n} per arm.` +
      (missing ? ` Loads where no extension frame was sampled at all: ${missing}.` : ''),
  });

  const sp = r.supportPage;
  sections.push({
    title: `Large support page (${sp.elements} elements, ${sp.controls} form controls)`,
    head: ['measure', 'min / median / max', 'notes'],
    rows: [
      [
        'detection, ms',
        fmtSpread(sp.detect.ms),
        sp.detect.na ?? `first call ${fmt(sp.detect.firstRunMs)} ms; ${sp.detect.supportFormsFound ?? 0} form(s) found`,
      ],
      [
        'content script first run (profile), ms',
        fmtSpread(sp.load.stats.attributedMs),
        `${sp.load.n} loads; detection + page assessment + wiring`,
      ],
      [
        'load event with / without, ms',
        `${fmt(sp.load.stats.loadMs.with.median, 1)} / ${fmt(sp.load.stats.loadMs.without.median, 1)}`,
        `ratio ${sp.load.stats.loadRatio.toFixed(3)}`,
      ],
      [
        'keystroke → hint inserted, after debounce, ms',
        fmtSpread(sp.keystroke.toInsertAfterDebounceMs),
        sp.keystroke.na ?? `debounce ${sp.keystroke.debounceMs} ms, ${sp.keystroke.reps} reps`,
      ],
      ['keystroke → next frame, after debounce, ms', fmtSpread(sp.keystroke.toFrameAfterDebounceMs), ''],
      [
        `mutation storm (${sp.storm.targetPerSecond}/s, ${sp.storm.durationMs / 1000} s), % of a core`,
        fmt(sp.storm.attributedPctOfCore),
        `${fmt(sp.storm.attributedMs, 0)} ms attributed; ${sp.storm.mutationsWith} mutations; differential task time ${fmt(sp.storm.extraTaskPctOfCore)} %`,
      ],
    ],
  });

  sections.push({
    title: 'Checks in Node (µs per call)',
    head: ['check', 'min / median / max', 'inputs'],
    rows: r.checks.map((ch) => [
      ch.label,
      ch.perCallUs ? fmtSpread(ch.perCallUs, 1) : `n/a (${ch.na ?? '?'})`,
      ch.inputs,
    ]),
  });

  sections.push({
    title: 'Popup',
    head: ['measure', 'min / median / max', 'notes'],
    rows: [
      ['first contentful paint, ms', fmtSpread(r.popup.firstContentfulPaintMs), r.popup.na ?? `${r.popup.reps} opens`],
      ['body[data-ready], ms', fmtSpread(r.popup.readyMs), ''],
      [
        'popup JS gzip (chrome)',
        kb(r.bundle.chrome.groups.popupJs.gzip),
        `raw ${kb(r.bundle.chrome.groups.popupJs.raw)}; before first render ${kb(r.bundle.chrome.groups.popupEagerJs.gzip)}, dynamic imports ${kb(r.bundle.chrome.groups.popupLazyJs.gzip)}`,
      ],
    ],
  });

  const text: string[] = [];
  const md: string[] = [];
  for (const s of sections) {
    const t = table(s.head, s.rows);
    text.push(`== ${s.title} ==\n${t.text}${s.note ? `\n(${s.note})` : ''}`);
    md.push(`#### ${s.title}\n\n${t.md}${s.note ? `\n\n${s.note}` : ''}`);
  }
  const env = r.environment;
  const footer = `${r.mode} run, ${r.generatedAt.slice(0, 10)}; ${env.chromium}, Node ${env.node}, ${env.cpus} × ${env.cpuModel}; builds: ${env.builds}.`;
  text.push(footer);
  md.push(`_${footer}_`);
  return { budgets, text: text.join('\n\n'), md: md.join('\n\n') };
}
