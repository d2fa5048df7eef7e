import { describe, expect, it } from 'vitest';
import { gateDocument, hasSupportControls, mentionsBrand, suspiciousHost } from '../../src/gate.ts';
import { loadPage } from '../../scripts/lib/load-page.ts';

function gate(html: string, url = 'https://example.com/') {
  const { document, close } = loadPage(html, url);
  try {
    return gateDocument(document, new URL(url).hostname);
  } finally {
    close();
  }
}

describe('gate: does this frame need the full checker?', () => {
  it('stays closed on an article with no controls and no brand', () => {
    expect(gate('<h1>Recipes</h1><p>Flour, water, salt.</p><input type="search" name="q">')).toEqual({
      forms: false,
      brand: false,
    });
  });

  it.each([
    '<textarea></textarea>',
    '<input type="email">',
    '<input type="tel">',
    '<input type="file">',
    '<div contenteditable="true"></div>',
    '<input name="user_mail">',
    '<input type="text" placeholder="Your e-mail">',
  ])('opens for a support-form control: %s', (html) => {
    expect(gate(`<form>${html}</form>`).forms).toBe(true);
  });

  it('opens for a brand mention in any script', () => {
    expect(gate('<p>WhatsApp customer care</p>').brand).toBe(true);
    expect(gate('<p>वॉट्सऐप हेल्पलाइन</p>').brand).toBe(true);
    expect(mentionsBrand('Служба поддержки Ватсап')).toBe(true);
    expect(mentionsBrand('nothing to see')).toBe(false);
  });

  it('opens for lookalike-looking hosts', () => {
    expect(suspiciousHost('whatsaap-help.example')).toBe(true);
    expect(suspiciousHost('xn--whtsapp-5ve.com')).toBe(true);
    expect(suspiciousHost('news.example.org')).toBe(false);
  });

  it('sees controls in nodes added later and never throws', () => {
    const { document, close } = loadPage('<div id="x"></div>', 'https://example.com/');
    const form = document.createElement('form');
    form.append(document.createElement('textarea'));
    expect(hasSupportControls(form)).toBe(true);
    expect(hasSupportControls(document.createTextNode('hi'))).toBe(false);
    expect(hasSupportControls(document.getElementById('x')!)).toBe(false);
    close();
  });
});
