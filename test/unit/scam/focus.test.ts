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
    const labels = JSON.parse(readFileSync(join(CORPUS, 'labels.json'), 'utf8')) as Record<string, { url: string }>;
    const files = readdirSync(CORPUS).filter((f) => f.endsWith('.html'));
    expect(files.length).toBeGreaterThan(100);
    for (const file of files) {
      const url = labels[file]?.url ?? 'https://example.com/';
      const page = loadPage(readFileSync(join(CORPUS, file), 'utf8'), url);
      try {
        const whole = assessPage(collectPage(page.document, url));
        const focused = assessPage(collectPage(page.document, url, { focus: focusPattern() }));
        expect([file, focused.level, focused.reasons]).toEqual([file, whole.level, whole.reasons]);
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
