import { describe, expect, it } from 'vitest';
import { loadPage } from '../../../scripts/lib/load-page.ts';
import { classifyField, looksLikeDialCode } from '../../../src/detect/classify-field.ts';
import { detectSupportForms } from '../../../src/detect/detect.ts';
import type { FieldKind } from '../../../src/rules/types.ts';

function doc(body: string, url = 'https://example.com/contact'): Document {
  return loadPage(`<html><head><title>Contact us</title></head><body>${body}</body></html>`, url).document;
}

/** Kind of `selector` as detection reports it inside a support form. */
function kindIn(body: string, selector: string): FieldKind | null {
  const d = doc(body);
  const el = d.querySelector(selector);
  const forms = detectSupportForms(d, { url: 'https://example.com/contact', title: 'Contact us' });
  for (const f of forms)
    for (const field of f.fields)
      if (field.element === el || (el !== null && field.element.contains(el))) return field.kind;
  return null;
}

const SUPPORT_TAIL =
  '<label for="zz-msg">Message</label><textarea id="zz-msg"></textarea><button type="submit">Send</button>';

describe('classifyField', () => {
  const cases: [string, string, FieldKind | null][] = [
    ['<input id="x" type="email">', 'input', 'email'],
    ['<input id="x" name="request[anonymous_requester_email]">', 'input', 'email'],
    ['<input id="x" name="helpdesk_ticket[email]">', 'input', 'email'],
    ['<label for="x">Confirm email address</label><input id="x" type="email">', 'input', 'email-confirm'],
    ['<input id="x" name="email_confirmation" type="email">', 'input', 'email-confirm'],
    ['<label for="x">メールアドレス（確認用）</label><input id="x">', 'input', 'email-confirm'],
    ['<label for="x">電子郵件</label><input id="x">', 'input', 'email'],
    ['<input id="x" placeholder="Correo electrónico">', 'input', 'email'],
    ['<input id="x" type="tel">', 'input', 'phone'],
    ['<label for="x">Nomor HP</label><input id="x">', 'input', 'phone'],
    ['<label for="x">手機號碼</label><input id="x">', 'input', 'phone'],
    ['<label for="x">Numero di cellulare</label><input id="x">', 'input', 'phone'],
    ['<label for="x">मोबाइल नंबर</label><input id="x">', 'input', 'phone'],
    ['<input id="x" autocomplete="tel-country-code">', 'input', 'phone-country'],
    ['<label for="x">Country code</label><input id="x">', 'input', 'phone-country'],
    ['<label for="x">Order number</label><input id="x" type="number">', 'input', null],
    ['<textarea id="x"></textarea>', 'textarea', 'description'],
    ['<div id="x" contenteditable="true"></div>', 'div', 'description'],
    ['<div id="x" contenteditable="false"></div>', 'div', null],
    ['<input id="x" type="file" style="display:none">', 'input', 'attachments'],
    ['<label for="x">Subject</label><input id="x">', 'input', 'subject'],
    ['<label for="x">Betreff</label><input id="x">', 'input', 'subject'],
    ['<label for="x">件名</label><input id="x">', 'input', 'subject'],
    ['<label for="x">Job title</label><input id="x">', 'input', null],
    ['<label for="x">Your name</label><input id="x">', 'input', 'name'],
    ['<label for="x">お名前</label><input id="x">', 'input', 'name'],
    ['<label for="x">नाम</label><input id="x">', 'input', 'name'],
    ['<label for="x">Company name</label><input id="x">', 'input', null],
    ['<label for="x">Username</label><input id="x">', 'input', null],
    ['<input id="x" type="password">', 'input', null],
    ['<input id="x" type="hidden" name="email">', 'input', null],
    ['<input id="x" type="search" name="q">', 'input', null],
    ['<input id="x" name="cc-number" autocomplete="cc-number">', 'input', null],
    [
      '<label for="x">Problem type</label><select id="x"><option>Account</option><option>Billing</option></select>',
      'select',
      'category',
    ],
    [
      '<label for="x">Language</label><select id="x"><option>English</option><option>Deutsch</option></select>',
      'select',
      null,
    ],
    [
      '<select id="x"><option>+1</option><option>+39</option><option>+62</option><option>+886</option></select>',
      'select',
      'phone-country',
    ],
    ['<label><input type="text" id="x"> E-mail</label>', 'input', 'email'],
    ['<span id="l">Your email</span><input id="x" aria-labelledby="l">', 'input', 'email'],
    ['<div>Telefono</div><input id="x">', 'input', 'phone'],
  ];
  it.each(cases)('%s → %s', (html, tag, kind) => {
    const el = doc(html).querySelector(`${tag}#x`)!;
    expect(el).not.toBeNull();
    expect(classifyField(el)).toBe(kind);
  });

  it('skips honeypots', () => {
    const el = doc('<input id="x" name="email_2" tabindex="-1" autocomplete="off">').querySelector('#x')!;
    expect(classifyField(el)).toBeNull();
  });

  it('reads dial codes', () => {
    for (const s of ['+39', 'Italy (+39)', '🇮🇹 +39', 'taiwan (+886)', '+1 ']) expect(looksLikeDialCode(s)).toBe(true);
    for (const s of ['Italy', 'Billing', '39 apples', '']) expect(looksLikeDialCode(s)).toBe(false);
  });
});

describe('field kinds in context', () => {
  it('a country select beside a phone field is phone-country; alone it is nothing', () => {
    const beside =
      '<form><label for="e">Email</label><input id="e" type="email"><div class="phone"><select id="c" name="country"><option>Italy</option><option>Indonesia</option></select>' +
      `<input id="p" type="tel"></div>${SUPPORT_TAIL}</form>`;
    expect(kindIn(beside, '#c')).toBe('phone-country');
    const alone =
      '<form><label for="e">Email</label><input id="e" type="email"><label for="c">Country</label><select id="c" name="country"><option>Italy</option></select>' +
      `${SUPPORT_TAIL}</form>`;
    expect(kindIn(alone, '#c')).toBeNull();
  });

  it('an ARIA combobox showing a dial code beside a phone field is phone-country', () => {
    const html =
      '<div role="dialog"><h2>Contact support</h2><label for="e">Email</label><input id="e" type="email">' +
      '<div><div id="cc" role="combobox" aria-haspopup="listbox" tabindex="0">🇺🇸 +1</div><input id="p" type="tel" aria-label="Phone"></div>' +
      `${SUPPORT_TAIL}</div>`;
    expect(kindIn(html, '#cc')).toBe('phone-country');
    expect(kindIn(html, '#p')).toBe('phone');
  });

  it('a radio group of problem types is a category; the group element stands for it', () => {
    const html =
      '<form><label for="e">Email</label><input id="e" type="email"><fieldset id="g"><legend>What do you need help with?</legend>' +
      '<label><input type="radio" name="t" value="a"> Account</label><label><input type="radio" name="t" value="b"> Payments</label>' +
      `<label><input type="radio" name="t" value="o"> Other</label></fieldset>${SUPPORT_TAIL}</form>`;
    const d = doc(html);
    const forms = detectSupportForms(d, { url: 'https://example.com/contact', title: 'Contact us' });
    const group = forms[0]!.fields.find((f) => f.kind === 'category');
    expect(group?.element).toBe(d.querySelector('#g'));
  });

  it('role=radiogroup of role=radio is a category', () => {
    const html =
      '<form><label for="e">Email</label><input id="e" type="email"><span id="tl">Topic</span><div id="g" role="radiogroup" aria-labelledby="tl">' +
      `<div role="radio">Bug</div><div role="radio">Billing</div><div role="radio">Other</div></div>${SUPPORT_TAIL}</form>`;
    expect(kindIn(html, '#g')).toBe('category');
  });

  it('star ratings are not a category', () => {
    const html =
      '<form><label for="e">Email</label><input id="e" type="email"><fieldset id="g"><legend>Rating</legend>' +
      '<input type="radio" name="r" value="1"><input type="radio" name="r" value="2"><input type="radio" name="r" value="3"><input type="radio" name="r" value="4"><input type="radio" name="r" value="5">' +
      `</fieldset>${SUPPORT_TAIL}</form>`;
    expect(kindIn(html, '#g')).toBeNull();
  });

  it('a second e-mail with the same words is its confirmation', () => {
    const html = `<form><input id="a" name="email" type="email" placeholder="Email"><input id="b" name="email" type="email" placeholder="Email">${SUPPORT_TAIL}</form>`;
    expect(kindIn(html, '#a')).toBe('email');
    expect(kindIn(html, '#b')).toBe('email-confirm');
  });

  it('reads labels a component host gives its shadow input', () => {
    const d = doc(`<form id="f"><x-field label="Email"></x-field>${SUPPORT_TAIL}</form>`);
    const host = d.querySelector('x-field')!;
    const input = d.createElement('input');
    host.attachShadow({ mode: 'open' }).appendChild(input);
    const forms = detectSupportForms(d, { url: 'https://example.com/contact', title: 'Contact us' });
    expect(forms).toHaveLength(1);
    expect(forms[0]!.fields.find((f) => f.element === input)?.kind).toBe('email');
  });
});
