import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CorpusError, assessHtml, evaluateScamCorpus, readLabels } from '../../../scripts/eval-scam.ts';
import { loadPage } from '../../../scripts/lib/load-page.ts';
import { collectPage } from '../../../src/page/collect.ts';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const CORPUS = join(ROOT, 'test', 'fixtures', 'scam');

/**
 * Batches written blind (by helpers who saw neither the assessment nor the corpus), first scored
 * as they came: scam-blind {"pages":40,"precision":1,"recall":0.75}, scam-blind-2
 * {"pages":40,"precision":0.9474,"recall":0.9}, scam-blind-3 {"pages":40,"precision":0.9,"recall":0.9},
 * scam-blind-4 {"pages":40,"precision":1,"recall":0.8}, scam-blind-5 {"pages":40,"precision":0.9474,"recall":0.9},
 * scam-blind-6 {"pages":40,"precision":1,"recall":0.85}, scam-blind-7 {"pages":40,"precision":0.95,"recall":0.95},
 * scam-blind-8 {"pages":40,"precision":1,"recall":1}, scam-blind-9 {"pages":40,"precision":1,"recall":0.8},
 * scam-blind-10 ("what a careful tester would pick") {"pages":40,"precision":0.8333,"recall":0.75}. After the
 * fixes scam-blind-10 still misses one page (a Swahili guide whose offer sits far from every mention).
 * scam-blind-11 (a fresh random sample, after all those fixes) {"pages":40,"precision":1,"recall":0.9}; its two
 * misses were premium-rate relay pages (a number glued to the next element's text; "keine offizielle
 * Rufnummer von WhatsApp" read as "WhatsApp has no phone line").
 * scam-blind-12 (a fresh sample of typical pages) {"pages":40,"precision":0.9474,"recall":0.9}: a shop's own
 * WhatsApp line in Turkish possessives ("hesabımızın"), "no separate number in India, so our team provides
 * this one", "no call center in Thai". scam-blind-13 (countries where the scam is common, long SEO pages)
 * {"pages":40,"precision":1,"recall":0.95}: a Mexican directory's "atención a clientes", "lada sin costo".
 * scam-blind-14 (a fresh sample of typical pages, after those fixes) {"pages":40,"precision":1,"recall":1}.
 * scam-blind-15 (hard cases, "what a careful tester would pick") {"pages":40,"precision":1,"recall":0.8}: a
 * warning article selling a "verified" number, a forum "agent" whose fee and code request were worded in
 * ways the lists lacked, a site named after the brand on a shared host. After the fixes it still misses a
 * phishing form on `wa-pusatbantuan.com` (caution: it asks for the code, but "wa" is no brand name).
 * scam-blind-16 (a fresh sample of typical pages, after those fixes) {"pages":40,"precision":1,"recall":1}.
 * Kept, after the fixes, as further corpora.
 */
describe.each([
  'scam-blind',
  'scam-blind-2',
  'scam-blind-3',
  'scam-blind-4',
  'scam-blind-5',
  'scam-blind-6',
  'scam-blind-7',
  'scam-blind-8',
  'scam-blind-9',
  'scam-blind-10',
  'scam-blind-11',
  'scam-blind-12',
  'scam-blind-13',
  'scam-blind-14',
  'scam-blind-15',
  'scam-blind-16',
])('blind batch %s', (dir) => {
  const result = evaluateScamCorpus(join(ROOT, 'test', 'fixtures', dir));

  it('meets the precision and recall targets', () => {
    expect(result.pages).toBeGreaterThanOrEqual(40);
    expect(result.unlabelled).toEqual([]);
    expect(result.mistakes.filter((m) => m.expected === 'safe')).toEqual([]);
    expect(result.precision).toBeGreaterThanOrEqual(0.99);
    expect(result.recall).toBeGreaterThanOrEqual(0.9);
  });
});

describe('committed scam corpus', () => {
  const result = evaluateScamCorpus(CORPUS);

  it('meets the precision and recall targets', () => {
    expect(result.pages).toBeGreaterThanOrEqual(60);
    expect(result.unlabelled).toEqual([]);
    expect(result.mistakes.filter((m) => m.expected === 'safe')).toEqual([]);
    expect(result.precision).toBeGreaterThanOrEqual(0.99);
    expect(result.recall).toBeGreaterThanOrEqual(0.9);
  });

  it('returns hotline numbers exactly as they appear on the page', () => {
    const labels = readLabels(CORPUS);
    for (const [file, { url }] of Object.entries(labels)) {
      const html = readFileSync(join(CORPUS, file), 'utf8');
      const a = assessHtml(html, url);
      const hotline = a.reasons.find((r) => r.code === 'scam.reason.fake-hotline');
      if (!hotline) continue;
      const p = loadPage(html, url);
      const input = collectPage(p.document, url);
      p.close();
      const visible = [input.title, input.text, ...(input.tels ?? []).flatMap((t) => [t.text, t.href.slice(4)])].join(
        '\n',
      );
      for (const n of hotline.evidence) expect(visible, `${file}: ${n}`).toContain(n);
    }
  });
});

describe('corpus input errors', () => {
  const dirs: string[] = [];
  const dirWith = (files: Record<string, string>): string => {
    const dir = mkdtempSync(join(tmpdir(), 'scam-corpus-'));
    dirs.push(dir);
    for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
    return dir;
  };
  afterAll(() => {
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });

  it.each([
    ['missing labels.json', {}],
    ['invalid JSON', { 'labels.json': '{' }],
    ['bad verdict', { 'labels.json': '{"a.html":{"url":"https://x.example/","verdict":"maybe"}}', 'a.html': '' }],
    ['bad url', { 'labels.json': '{"a.html":{"url":"nope","verdict":"safe"}}', 'a.html': '' }],
    ['missing page', { 'labels.json': '{"a.html":{"url":"https://x.example/","verdict":"safe"}}' }],
    ['empty', { 'labels.json': '{}' }],
  ])('rejects %s', (_name, files) => {
    expect(() => evaluateScamCorpus(dirWith(files))).toThrow(CorpusError);
  });

  it('the CLI exits with 2 on invalid labels and prints the final JSON line otherwise', () => {
    const bad = dirWith({ 'labels.json': '[1]' });
    let status = 0;
    try {
      execFileSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts', 'eval-scam.ts'), bad], {
        cwd: ROOT,
        stdio: 'pipe',
      });
    } catch (e) {
      status = (e as { status: number }).status;
    }
    expect(status).toBe(2);
    const good = dirWith({
      'labels.json': JSON.stringify({
        'a.html': { url: 'https://help.example.com/whatsapp', verdict: 'danger' },
        'b.html': { url: 'https://shop.example.com/', verdict: 'safe' },
      }),
      'a.html': '<title>WhatsApp helpline</title><p>WhatsApp helpline: +91 81015 46745</p>',
      'b.html': '<p>Order on WhatsApp</p>',
    });
    const out = execFileSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts', 'eval-scam.ts'), good], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(JSON.parse(out.trim().split('\n').pop()!)).toEqual({ pages: 2, precision: 1, recall: 1 });
  }, 60_000);
});
