import { describe, expect, it } from 'vitest';
import { gateDocument, hasSupportControls, mentionsBrand, supportContext, suspiciousHost } from '../../src/gate.ts';
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

  it.each(['<textarea></textarea>', '<input type="file">', '<div contenteditable="true"></div>'])(
    'opens for a description or attachment control anywhere: %s',
    (html) => {
      expect(gate(`<form>${html}</form>`).forms).toBe(true);
    },
  );

  it.each([
    '<input type="email">',
    '<input type="tel">',
    '<input name="user_mail">',
    '<input type="text" placeholder="Your e-mail">',
  ])('opens for a contact field only where the page speaks of support: %s', (html) => {
    expect(gate(`<h1>Weekly recipes</h1><form>${html}</form>`).forms).toBe(false);
    expect(gate(`<h1>Contact us</h1><form>${html}</form>`).forms).toBe(true);
    expect(gate(`<form>${html}</form>`, 'https://example.com/hc/en-us/requests/new').forms).toBe(true);
    expect(gate(`<title>客服中心</title><form>${html}</form>`).forms).toBe(true);
  });

  it('keeps login and newsletter pages closed', () => {
    const login = '<title>Sign in</title><form><input type="email"><input type="password"></form>';
    const newsletter = '<title>Weekly recipes</title><h1>Get our recipes</h1><form><input type="email"></form>';
    expect(gate(login).forms).toBe(false);
    expect(gate(newsletter).forms).toBe(false);
  });

  it('opens for a brand mention in any script', () => {
    expect(gate('<p>WhatsApp customer care</p>').brand).toBe(true);
    expect(gate('<p>वॉट्सऐप हेल्पलाइन</p>').brand).toBe(true);
    expect(mentionsBrand('Служба поддержки Ватсап')).toBe(true);
    expect(mentionsBrand('WHATSAPP')).toBe(true);
    expect(mentionsBrand('nothing to see')).toBe(false);
  });

  it('opens for lookalike-looking hosts', () => {
    expect(suspiciousHost('whatsaap-help.example')).toBe(true);
    expect(suspiciousHost('xn--whtsapp-5ve.com')).toBe(true);
    expect(suspiciousHost('news.example.org')).toBe(false);
  });

  it('sees controls added later and never throws', () => {
    const { document, close } = loadPage('<div id="x"></div>', 'https://example.com/support');
    expect(supportContext(document)).toBe(true);
    expect(hasSupportControls(document, false)).toBe(false);
    const form = document.createElement('form');
    form.append(document.createElement('textarea'));
    document.getElementById('x')!.append(form);
    expect(hasSupportControls(document, false)).toBe(true);
    close();
  });
});
