/**
 * Scam-page evaluation: `npm run eval:scam -- <dir>`.
 *
 * <dir> holds `*.html` pages and `labels.json`:
 *   { "<file>": { "url": "<page URL>", "verdict": "danger" | "safe" } }
 * Each page is loaded at its URL (happy-dom, no scripts), read with the extension's own
 * `collectPage` and assessed with `assessPage`. `caution` counts as not danger. Prints the
 * mistakes with their reasons, then one JSON line: {"pages":N,"precision":P,"recall":R}.
 * Exit codes: 0 done, 2 invalid input (labels.json missing or malformed, a listed page missing).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { z } from 'zod';
import { loadPage } from './lib/load-page.ts';
import { collectPage } from '../src/page/collect.ts';
import { assessPage, focusPattern } from '../src/scam/assess.ts';
import type { Assessment } from '../src/scam/assess.ts';

const LabelsSchema = z.record(
  z.string().regex(/\.html?$/i, 'keys must be .html file names'),
  z.object({
    url: z.url({ protocol: /^(?:https?|file)$/ }),
    verdict: z.enum(['danger', 'safe']),
  }),
);
export type Labels = z.infer<typeof LabelsSchema>;

export class CorpusError extends Error {
  override readonly name = 'CorpusError';
}

export interface Mistake {
  readonly file: string;
  readonly url: string;
  readonly expected: 'danger' | 'safe';
  readonly got: Assessment['level'];
  readonly reasons: Assessment['reasons'];
}

export interface CorpusResult {
  readonly pages: number;
  readonly precision: number;
  readonly recall: number;
  readonly truePositives: number;
  readonly falsePositives: number;
  readonly falseNegatives: number;
  readonly trueNegatives: number;
  readonly mistakes: readonly Mistake[];
  /** Pages present in the folder but not in labels.json (not evaluated). */
  readonly unlabelled: readonly string[];
}

/** Reads and validates `<dir>/labels.json`; throws CorpusError with a readable message. */
export function readLabels(dir: string): Labels {
  const path = join(dir, 'labels.json');
  if (!existsSync(path)) throw new CorpusError(`${path}: not found`);
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new CorpusError(`${path}: not valid JSON (${(e as Error).message})`);
  }
  const parsed = LabelsSchema.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues
      .slice(0, 10)
      .map((i) => `  ${i.path.join('.') || '(root)'}: ${i.message}`)
      .join('\n');
    throw new CorpusError(`${path}: invalid labels\n${issues}`);
  }
  if (Object.keys(parsed.data).length === 0) throw new CorpusError(`${path}: no pages listed`);
  for (const file of Object.keys(parsed.data)) {
    if (!existsSync(join(dir, file))) throw new CorpusError(`${path}: lists ${file}, which is not in ${dir}`);
  }
  return parsed.data;
}

/** Assesses one HTML page as the extension would at `url`. */
export function assessHtml(html: string, url: string): Assessment {
  const page = loadPage(html, url);
  try {
    return assessPage(collectPage(page.document, url, { focus: focusPattern() }));
  } finally {
    page.close();
  }
}

/** Runs the whole corpus in `dir`; throws CorpusError on invalid input. */
export function evaluateScamCorpus(dir: string): CorpusResult {
  const labels = readLabels(dir);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  const mistakes: Mistake[] = [];
  const files = Object.keys(labels).sort();
  for (const file of files) {
    const { url, verdict } = labels[file]!;
    const result = assessHtml(readFileSync(join(dir, file), 'utf8'), url);
    const flagged = result.level === 'danger';
    if (verdict === 'danger' && flagged) tp++;
    else if (verdict === 'danger') fn++;
    else if (flagged) fp++;
    else tn++;
    if (flagged !== (verdict === 'danger')) {
      mistakes.push({ file, url, expected: verdict, got: result.level, reasons: result.reasons });
    }
  }
  const listed = new Set(files);
  const unlabelled = readdirSync(dir).filter((f) => /\.html?$/i.test(f) && !listed.has(f));
  const round = (x: number): number => Math.round(x * 10000) / 10000;
  return {
    pages: files.length,
    precision: round(tp + fp === 0 ? 1 : tp / (tp + fp)),
    recall: round(tp + fn === 0 ? 1 : tp / (tp + fn)),
    truePositives: tp,
    falsePositives: fp,
    falseNegatives: fn,
    trueNegatives: tn,
    mistakes,
    unlabelled,
  };
}

function main(argv: readonly string[]): number {
  const dir = argv[0];
  if (!dir) {
    console.error('usage: npm run eval:scam -- <dir>   (a folder with *.html pages and labels.json)');
    return 2;
  }
  let result: CorpusResult;
  try {
    result = evaluateScamCorpus(resolve(dir));
  } catch (e) {
    if (e instanceof CorpusError) {
      console.error(e.message);
      return 2;
    }
    throw e;
  }
  for (const m of result.mistakes) {
    const kind = m.expected === 'danger' ? 'MISSED' : 'FALSE ALARM';
    console.log(`${kind} ${m.file} (${m.url}): expected ${m.expected}, got ${m.got}`);
    for (const r of m.reasons) console.log(`  ${r.code} ${JSON.stringify(r.params)} ${JSON.stringify(r.evidence)}`);
  }
  if (result.unlabelled.length > 0) console.log(`not in labels.json (skipped): ${result.unlabelled.join(', ')}`);
  console.log(JSON.stringify({ pages: result.pages, precision: result.precision, recall: result.recall }));
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = main(process.argv.slice(2));
}
