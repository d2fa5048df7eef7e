import { describe, expect, it } from 'vitest';
import { loadPage } from '../../../scripts/lib/load-page.ts';
import { collectPage, readableText, spaced } from '../../../src/page/collect.ts';

function collect(html: string, url = 'https://example.com/') {
  const p = loadPage(html, url);
  try {
    return collectPage(p.document, url);
  } finally {
    p.close();
  }
}

describe('spaced', () => {
  it('makes every run of whitespace one space, for every character', () => {
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      const text = `a${ch}b`;
      expect(spaced(text), c.toString(16)).toBe(text.replace(/\s+/g, ' '));
    }
    expect(spaced('a  b')).toBe('a b');
    expect(spaced('a b c')).toBe('a b c');
  });
});

describe('collectPage', () => {
  it('reads title, readable text, links, tel links, headings and lang', () => {
    const page = collect(`<!doctype html><html lang="it"><head><title>T</title><style>.x{}</style>
      <script>var helpline = "WhatsApp 1800 000 0000";</script></head><body>
      <h1>WhatsApp numero verde</h1><p>Chiama <a href="tel:+39800912475">800 912 475</a></p>
      <div hidden>nascosto</div><div style="display: none">anche nascosto</div><noscript>no js</noscript>
      <table><tr><td>WhatsApp Helpline</td><td>+1 650-695-3311</td></tr></table>
      <a href="https://wa.me/391234567">chat</a></body></html>`);
    expect(page.title).toBe('T');
    expect(page.lang).toBe('it');
    expect(page.headings).toEqual(['WhatsApp numero verde']);
    expect(page.text).toContain('WhatsApp numero verde\nChiama 800 912 475');
    expect(page.text).toContain('WhatsApp Helpline\t+1 650-695-3311');
    for (const hidden of ['helpline =', 'nascosto', 'no js', '.x{}']) expect(page.text).not.toContain(hidden);
    expect(page.tels).toEqual([{ href: 'tel:+39800912475', text: '800 912 475' }]);
    expect(page.links).toEqual(['tel:+39800912475', 'https://wa.me/391234567']);
  });

  it('keeps numbers in neighbouring elements apart, and words split across elements whole', () => {
    const page = collect(`<!doctype html><body><p>Call <span>0311-4827590</span><span>0345-2096318</span></p>
      <p><b>0 899 25 71 46</b><i>Service 3 € / appel</i></p><p>Whats<b>App</b> help</p></body>`);
    expect(page.text).toContain('Call 0311-4827590 0345-2096318');
    expect(page.text).toContain('0 899 25 71 46 Service 3 €');
    expect(page.text).toContain('WhatsApp help');
  });

  it('never throws on a document without a body or on deep nesting', () => {
    const bad = { body: null, title: undefined, querySelectorAll: () => [] } as unknown as Document;
    expect(collectPage(bad, 'https://x/')).toMatchObject({ url: 'https://x/', text: '' });
    const deep = `<html><body>${'<div>'.repeat(500)}WhatsApp${'</div>'.repeat(500)}</body></html>`;
    expect(collect(deep).text).toContain('WhatsApp');
  });

  it('bounds the text it reads', () => {
    const p = loadPage(`<html><body><p>${'a'.repeat(5000)}</p><p>${'b'.repeat(5000)}</p></body></html>`, 'https://x/');
    try {
      expect(readableText(p.document.body, 6000).length).toBeLessThanOrEqual(6000);
    } finally {
      p.close();
    }
  });
});
