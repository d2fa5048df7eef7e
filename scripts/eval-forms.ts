/**
 * Evaluation harness for support-form detection.
 *
 *   npm run eval:forms -- <dir>      (default: test/fixtures/forms)
 *
 * `<dir>` holds `*.html` pages and a `labels.json`:
 *   { "<file>": { "url": "<page URL>", "support": true|false,
 *                 "fields": { "<CSS selector>": "<kind>" } } }
 * `fields` only for support pages. A selector may contain ` >>> ` to step into an
 * element's open shadow root (or an iframe's document): `support-widget >>> #email`.
 *
 * Each page is parsed into a DOM at its URL (no scripts run; declarative shadow
 * DOM `<template shadowrootmode>` is attached as a browser's parser would), the
 * same `detectSupportForms` the extension runs is called, and:
 * - a page is predicted "support" when at least one form is detected;
 *   precision = TP / (TP + FP), recall = TP / (TP + FN) over pages;
 * - fieldAccuracy = correctly kinded labelled fields / labelled fields, over true
 *   positive pages only. A labelled element counts as correct when a detected field
 *   of the same kind is that element, contains it (a radio inside a detected group)
 *   or is inside it (the input of a labelled drop zone or combobox wrapper).
 * Every mistake is printed; the last line is one JSON object:
 *   {"pages":N,"precision":P,"recall":R,"fieldAccuracy":F}
 * Exit code 0 whatever the figures (it reports, it does not judge); 2 when the
 * directory or labels.json is missing or invalid.
 */

import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { z } from 'zod';
import type { FieldKind } from '../src/rules/types.ts';
import { detectSupportForms, scoreCandidates } from '../src/detect/detect.ts';
import type { DetectedForm, ScoredCandidate } from '../src/detect/detect.ts';
import { loadPage } from './lib/load-page.ts';

const KINDS = [
  'email',
  'email-confirm',
  'phone',
  'phone-country',
  'description',
  'attachments',
  'category',
  'name',
  'subject',
] as const satisfies readonly FieldKind[];

const LabelsSchema = z.record(
  z.string().min(1),
  z.object({
    url: z.url(),
    support: z.boolean(),
    fields: z.record(z.string().min(1), z.enum(KINDS)).optional(),
  }),
);

export type Labels = z.infer<typeof LabelsSchema>;

export interface Mistake {
  readonly file: string;
  readonly kind: 'false-positive' | 'false-negative' | 'field' | 'error';
  readonly message: string;
}

export interface EvalResult {
  readonly pages: number;
  readonly precision: number;
  readonly recall: number;
  readonly fieldAccuracy: number;
  readonly truePositives: number;
  readonly falsePositives: number;
  readonly falseNegatives: number;
  readonly fieldsLabelled: number;
  readonly fieldsCorrect: number;
  /** Mean wall time of detection per page in happy-dom (not a browser figure). */
  readonly meanDetectMs: number;
  readonly mistakes: readonly Mistake[];
  readonly warnings: readonly string[];
}

export class CorpusError extends Error {}

/** Reads and validates `<dir>/labels.json`; throws CorpusError with a readable message. */
export function readLabels(dir: string): Labels {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new CorpusError(`not a directory: ${dir}`);
  const path = join(dir, 'labels.json');
  if (!existsSync(path)) throw new CorpusError(`missing ${path}`);
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new CorpusError(`${path} is not valid JSON: ${(e as Error).message}`);
  }
  const parsed = LabelsSchema.safeParse(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues
      .slice(0, 10)
      .map((i) => `  ${i.path.join('.')}: ${i.message}`)
      .join('\n');
    throw new CorpusError(`${path} is invalid:\n${issues}`);
  }
  return parsed.data;
}

/**
 * Attaches `<template shadowrootmode="open|closed">` as shadow roots, as an HTML
 * parser with declarative shadow DOM does (happy-dom's parser does not).
 */
export function attachDeclarativeShadowRoots(root: Document | ShadowRoot, depth = 0): void {
  if (depth > 8) return;
  const templates = Array.from(root.querySelectorAll('template[shadowrootmode], template[shadowroot]'));
  for (const t of templates) {
    const host = t.parentElement;
    if (!host || host.shadowRoot || !t.isConnected) continue;
    const mode = (t.getAttribute('shadowrootmode') ?? t.getAttribute('shadowroot')) === 'closed' ? 'closed' : 'open';
    try {
      const sr = host.attachShadow({ mode });
      sr.appendChild((t as HTMLTemplateElement).content);
      t.remove();
      attachDeclarativeShadowRoots(sr, depth + 1);
    } catch {
      // not a valid shadow host: leave the template alone
    }
  }
}

/** Resolves a selector that may step into shadow roots / frames with ` >>> `. */
export function resolveSelector(doc: Document, selector: string): Element | null {
  const steps = selector.split('>>>').map((s) => s.trim());
  let scope: Document | ShadowRoot | null = doc;
  let el: Element | null = null;
  for (let i = 0; i < steps.length; i++) {
    if (!scope) return null;
    try {
      el = scope.querySelector(steps[i]!);
    } catch {
      return null;
    }
    if (!el) return null;
    if (i < steps.length - 1) {
      const frameDoc = (el as HTMLIFrameElement).contentDocument as Document | null | undefined;
      scope = el.shadowRoot ?? frameDoc ?? null;
    }
  }
  return el;
}

function describe(el: Element): string {
  const id = el.getAttribute('id');
  const name = el.getAttribute('name');
  return `<${el.tagName.toLowerCase()}${id ? ` id="${id}"` : ''}${name ? ` name="${name}"` : ''}>`;
}

function reasons(c: ScoredCandidate | undefined): string {
  if (!c?.reasons) return '';
  const list = c.reasons.map((r) => `${r.delta >= 0 ? '+' : ''}${r.delta.toFixed(1)} ${r.reason}`).join(', ');
  return ` [${list}]`;
}

function ratio(a: number, b: number): number {
  return b === 0 ? 1 : Math.round((a / b) * 10000) / 10000;
}

/** Runs detection over a corpus directory and returns the figures and every mistake. */
export function evaluateFormsCorpus(dir: string): EvalResult {
  const labels = readLabels(dir);
  const mistakes: Mistake[] = [];
  const warnings: string[] = [];
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let labelled = 0;
  let correct = 0;
  let pages = 0;
  let detectMs = 0;

  const htmlFiles = new Set(readdirSync(dir).filter((f) => f.endsWith('.html')));
  for (const f of htmlFiles) if (!(f in labels)) warnings.push(`${f}: no entry in labels.json; skipped`);

  for (const [file, label] of Object.entries(labels)) {
    const path = join(dir, file);
    if (!existsSync(path)) {
      warnings.push(`${file}: listed in labels.json but missing; skipped`);
      continue;
    }
    pages++;
    const { document, close } = loadPage(readFileSync(path, 'utf8'), label.url);
    try {
      attachDeclarativeShadowRoots(document);
      for (const iframe of Array.from(document.querySelectorAll('iframe'))) {
        const d = iframe.contentDocument;
        if (d) attachDeclarativeShadowRoots(d);
      }
      const t0 = performance.now();
      let forms: DetectedForm[] = [];
      try {
        forms = detectSupportForms(document, { url: label.url, title: document.title });
      } catch (e) {
        mistakes.push({ file, kind: 'error', message: `detection threw: ${(e as Error).message}` });
      }
      detectMs += performance.now() - t0;
      const predicted = forms.length > 0;
      const page = { url: label.url, title: document.title };
      if (predicted && !label.support) {
        fp++;
        const f = forms[0]!;
        const why = scoreCandidates(document, page).find((c) => c.element === f.element);
        mistakes.push({
          file,
          kind: 'false-positive',
          message: `detected ${describe(f.element)} (confidence ${f.confidence.toFixed(2)}) on a non-support page${reasons(why)}`,
        });
      } else if (!predicted && label.support) {
        fn++;
        const best = scoreCandidates(document, page).sort((a, b) => b.confidence - a.confidence)[0];
        mistakes.push({
          file,
          kind: 'false-negative',
          message: best
            ? `no support form detected; best candidate ${describe(best.element)} at ${best.confidence.toFixed(2)}${reasons(best)}`
            : 'no support form detected; no candidate form (no email, phone, description, attachments or category field found)',
        });
      } else if (predicted && label.support) {
        tp++;
        const fields = forms.flatMap((f) => f.fields);
        for (const [selector, expected] of Object.entries(label.fields ?? {})) {
          labelled++;
          const el = resolveSelector(document, selector);
          if (!el) {
            mistakes.push({ file, kind: 'field', message: `${selector}: selector matches nothing` });
            continue;
          }
          const same = fields.filter((f) => f.element === el);
          const related = same.length ? same : fields.filter((f) => f.element.contains(el) || el.contains(f.element));
          if (related.some((f) => f.kind === expected)) {
            correct++;
          } else {
            const got = related.length ? related.map((f) => f.kind).join('/') : 'not detected';
            mistakes.push({ file, kind: 'field', message: `${selector}: expected ${expected}, got ${got}` });
          }
        }
      }
    } finally {
      close();
    }
  }
  return {
    pages,
    precision: ratio(tp, tp + fp),
    recall: ratio(tp, tp + fn),
    fieldAccuracy: ratio(correct, labelled),
    truePositives: tp,
    falsePositives: fp,
    falseNegatives: fn,
    fieldsLabelled: labelled,
    fieldsCorrect: correct,
    meanDetectMs: pages ? Math.round((detectMs / pages) * 100) / 100 : 0,
    mistakes,
    warnings,
  };
}

/** The command line: prints mistakes and the final JSON line; returns the exit code. */
export function runCli(argv: readonly string[]): number {
  const arg = argv.find((a) => a !== '--');
  const dir = resolve(arg ?? 'test/fixtures/forms');
  let result: EvalResult;
  try {
    result = evaluateFormsCorpus(dir);
  } catch (e) {
    if (e instanceof CorpusError) {
      console.error(`eval:forms: ${e.message}`);
      return 2;
    }
    throw e;
  }
  for (const w of result.warnings) console.error(`warning: ${w}`);
  for (const m of result.mistakes) console.log(`${m.kind}\t${m.file}\t${m.message}`);
  console.log(
    `# ${result.truePositives} TP, ${result.falsePositives} FP, ${result.falseNegatives} FN; ` +
      `fields ${result.fieldsCorrect}/${result.fieldsLabelled}; detection ${result.meanDetectMs} ms/page in happy-dom`,
  );
  console.log(
    JSON.stringify({
      pages: result.pages,
      precision: result.precision,
      recall: result.recall,
      fieldAccuracy: result.fieldAccuracy,
    }),
  );
  return 0;
}

const invoked = process.argv[1] ? pathToFileURL(resolve(process.argv[1])).href : '';
if (import.meta.url === invoked) {
  process.exitCode = runCli(process.argv.slice(2));
}
