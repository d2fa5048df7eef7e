import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPage } from '../../../scripts/lib/load-page.ts';
import { collectPage, focusedByWalk, focusedText, readableText } from '../../../src/page/collect.ts';
import { assessPage, focusPattern } from '../../../src/scam/assess.ts';

const CORPUS = join(import.meta.dirname, '../../fixtures/scam');
const BLIND = join(import.meta.dirname, '../../fixtures/scam-blind');

describe('focused collection (only the text around brand mentions)', () => {
  it('gives the same assessment as the whole text on every corpus page', () => {
    const fixtures = join(CORPUS, '..');
    const dirs = readdirSync(fixtures).filter((d) => d === 'scam' || d.startsWith('scam-blind'));
    const files = dirs.flatMap((d) =>
      readdirSync(join(fixtures, d))
        .filter((f) => f.endsWith('.html'))
        .map((f) => join(d, f)),
    );
    expect(files.length).toBeGreaterThan(300);
    for (const file of files) {
      const labels = JSON.parse(readFileSync(join(fixtures, file, '..', 'labels.json'), 'utf8')) as Record<
        string,
        { url: string }
      >;
      const url = labels[file.split('/').pop()!]?.url ?? 'https://example.com/';
      const page = loadPage(readFileSync(join(fixtures, file), 'utf8'), url);
      try {
        const whole = assessPage(collectPage(page.document, url));
        const focused = assessPage(collectPage(page.document, url, { focus: focusPattern() }));
        expect([file, focused.level, focused.reasons]).toEqual([file, whole.level, whole.reasons]);
      } finally {
        page.close();
      }
    }
  });

  it('gives the same assessment as the whole text on a long page with many mentions', () => {
    // 100 mentions, the fake hotline after the 25th: the excerpts stop once the assessment's
    // windows (32 KB) are covered, and the assessment still sees exactly what it saw before.
    const para = (i: number) =>
      `<p>Paragraph ${i} on privacy settings, backups and groups${i % 20 === 0 ? ' in WhatsApp' : ''}, with more words about your data and the updates that came with it.</p>`;
    const parts = Array.from({ length: 2000 }, (_, i) => para(i));
    parts.splice(
      90,
      0,
      '<h2>WhatsApp customer care number (24x7 toll free)</h2><p>Call the WhatsApp helpline +1 888-555-0199 now.</p>',
    );
    for (const at of [0, 400, parts.length]) {
      const html = `<!doctype html><title>Notes</title><body>${parts.slice(0, at).join('')}<p>WhatsApp does not offer phone support.</p>${parts.slice(at).join('')}</body>`;
      const page = loadPage(html, 'https://notes.example/long');
      try {
        const whole = assessPage(collectPage(page.document, 'https://notes.example/long'));
        const focusedInput = collectPage(page.document, 'https://notes.example/long', { focus: focusPattern() });
        const focused = assessPage(focusedInput);
        expect([at, focused.level, focused.reasons]).toEqual([at, whole.level, whole.reasons]);
        expect(focusedInput.text.length).toBeLessThan(readableText(page.document.body).length / 3);
      } finally {
        page.close();
      }
    }
  });

  it('reads each excerpt outwards from its mention exactly as one walk of the whole page would', () => {
    let pages = 0;
    for (const dir of [CORPUS, BLIND]) {
      const labels = JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8')) as Record<string, { url: string }>;
      for (const file of readdirSync(dir).filter((f) => f.endsWith('.html'))) {
        const page = loadPage(readFileSync(join(dir, file), 'utf8'), labels[file]?.url ?? 'https://example.com/');
        try {
          const body = page.document.body;
          const re = new RegExp(focusPattern().source);
          expect([file, focusedText(body, focusPattern())]).toEqual([file, focusedByWalk(body, re, 200_000)]);
          pages++;
        } finally {
          page.close();
        }
      }
    }
    expect(pages).toBeGreaterThan(180);
  });

  it('joins overlapping excerpts, skips hidden mentions and keeps table and block separators', () => {
    const html = `<!doctype html><body><h1>Intro</h1>${'<p>filler words here.</p>'.repeat(60)}
      <div hidden><p>WhatsApp hidden helpline</p></div>
      <table><tr><td>WhatsApp</td><td>care <i>line</i></td></tr></table>
      <p>WhatsApp again <!-- comment --> soon</p>${'<p>more filler words.</p>'.repeat(80)}
      <p>last WhatsApp</p></body>`;
    const page = loadPage(html, 'https://example.com/');
    try {
      const body = page.document.body;
      const text = focusedText(body, focusPattern());
      expect(text).toBe(focusedByWalk(body, new RegExp(focusPattern().source), 200_000));
      expect(text).not.toContain('hidden helpline');
      expect(text).toContain('WhatsApp\tcare line\nWhatsApp again soon');
      expect(text.endsWith('last WhatsApp')).toBe(true);
    } finally {
      page.close();
    }
  });

  it('keeps the start, each mention with its surroundings, and drops the rest', () => {
    const filler = (n: number) =>
      Array.from({ length: n }, (_, i) => `<p>Paragraph ${i} about gardens and rivers.</p>`);
    const html = `<!doctype html><body>${[
      '<h1>Travel notes</h1>',
      ...filler(200),
      '<p>Call the WhatsApp helpline +1 888-555-0199 now.</p>',
      ...filler(200),
      '<p>Whats<b>App</b> split over two nodes.</p>',
      ...filler(200),
    ].join('')}</body>`;
    const page = loadPage(html, 'https://example.com/');
    try {
      const all = readableText(page.document.body);
      const text = focusedText(page.document.body, focusPattern());
      expect(text.startsWith('Travel notes\nParagraph 0')).toBe(true);
      expect(text).toContain('Call the WhatsApp helpline +1 888-555-0199 now.');
      expect(text).toContain('WhatsApp split over two nodes.');
      expect(text.length).toBeLessThan(all.length / 3);
      // Every excerpt is text of the page, tidied the same way.
      for (const line of text.split('\n')) expect(all).toContain(line);
    } finally {
      page.close();
    }
  });

  it('is bounded and never throws on odd input', () => {
    const page = loadPage('<!doctype html><body><p>WhatsApp</p></body>', 'https://example.com/');
    try {
      expect(focusedText(page.document.body, /(?!)/)).toBe('WhatsApp');
      expect(collectPage(page.document, 'x', { focus: focusPattern([]) }).text).toBe('WhatsApp');
    } finally {
      page.close();
    }
  });
});
