import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadPage } from '../../../scripts/lib/load-page.ts';
import { newClassifyCache } from '../../../src/detect/classify-field.ts';
import { LIMITS, collectScopes, newComposer } from '../../../src/detect/containers.ts';
import {
  SUPPORT_THRESHOLD,
  detectInSubtree,
  detectSupportForms,
  readControls,
  scoreForm,
} from '../../../src/detect/detect.ts';

const PAGE = { url: 'https://example.com/contact', title: 'Contact us' };

function page(body: string, url = PAGE.url, title = PAGE.title): Document {
  return loadPage(`<html><head><title>${title}</title></head><body>${body}</body></html>`, url).document;
}

const CONTACT_FIELDS =
  '<h2>Contact support</h2><label for="e">Email</label><input id="e" type="email">' +
  '<label for="m">Describe the problem</label><textarea id="m"></textarea>';

describe('detectSupportForms', () => {
  it('finds a contact form with its fields and a confidence above the threshold', () => {
    const d = page(`<form id="f">${CONTACT_FIELDS}<button type="submit">Send</button></form>`);
    const forms = detectSupportForms(d, PAGE);
    expect(forms).toHaveLength(1);
    expect(forms[0]!.element.id).toBe('f');
    expect(forms[0]!.confidence).toBeGreaterThanOrEqual(SUPPORT_THRESHOLD);
    expect(forms[0]!.fields.map((f) => f.kind)).toEqual(['email', 'description']);
  });

  it('finds form-less containers (React portals) by their submit button', () => {
    const d = page(
      `<div id="app"><div class="modal" id="box">${CONTACT_FIELDS}<div class="actions"><button type="button">Send message</button></div></div></div>`,
    );
    const forms = detectSupportForms(d, PAGE);
    expect(forms.map((f) => f.element.id)).toEqual(['box']);
  });

  it('takes a custom element named as a form as the container when the button sits elsewhere', () => {
    const row = (id: string, label: string, control: string) =>
      `<div class="row"><div class="col"><div class="form-group"><label for="${id}">${label}</label>${control}</div></div></div>`;
    const d = page(
      `<div class="panel"><sp-cat-item-form id="item"><fieldset>` +
        row('mail', 'Alternative email', '<input id="mail" type="email">') +
        row(
          'cat',
          'What is the issue related to?',
          '<select id="cat"><option>Wi-Fi</option><option>Printing</option></select>',
        ) +
        row('desc', 'Please describe the issue', '<textarea id="desc"></textarea>') +
        `</fieldset></sp-cat-item-form></div><aside><button type="button">Submit</button></aside>`,
      'https://uni.example/sp?id=sc_cat_item',
      'Report an IT issue - IT Service Desk',
    );
    const forms = detectSupportForms(d, {
      url: 'https://uni.example/sp?id=sc_cat_item',
      title: 'Report an IT issue - IT Service Desk',
    });
    expect(forms.map((f) => f.element.id)).toEqual(['item']);
    expect(forms[0]!.fields.map((f) => f.kind).sort()).toEqual(['category', 'description', 'email']);
  });

  it('rejects a message to a private seller and keeps scores just under the threshold out', () => {
    const d = page(
      `<h2>Contactar con el vendedor</h2><form id="seller"><label for="n">Nombre</label><input id="n">` +
        `<label for="e">Email</label><input id="e" type="email"><label for="t">Teléfono</label><input id="t" type="tel">` +
        `<label for="m">Mensaje</label><textarea id="m"></textarea><button>Enviar</button></form>`,
      'https://www.autos.example/anuncio/seat-leon-123',
      'SEAT León 2019 · Particular',
    );
    expect(
      detectSupportForms(d, {
        url: 'https://www.autos.example/anuncio/seat-leon-123',
        title: 'SEAT León 2019 · Particular',
      }),
    ).toEqual([]);
  });

  it('walks open shadow roots and same-origin iframes', () => {
    const d = page('<support-widget></support-widget><iframe id="fr" srcdoc="<form id=inner>x</form>"></iframe>');
    const host = d.querySelector('support-widget')!;
    const root = host.attachShadow({ mode: 'open' });
    const box = d.createElement('div');
    box.id = 'shadow-box';
    const email = d.createElement('input');
    email.type = 'email';
    email.setAttribute('aria-label', 'Email');
    const ta = d.createElement('textarea');
    ta.setAttribute('aria-label', 'Describe the problem');
    const btn = d.createElement('button');
    btn.textContent = 'Contact support';
    box.append(email, ta, btn);
    root.append(box);
    const frameDoc = (d.querySelector('#fr') as HTMLIFrameElement).contentDocument!;
    const inner = frameDoc.querySelector('#inner')!;
    inner.textContent = '';
    const fe = frameDoc.createElement('input');
    fe.type = 'email';
    fe.name = 'email';
    const fm = frameDoc.createElement('textarea');
    fm.name = 'message';
    inner.append(fe, fm);
    const ids = detectSupportForms(d, PAGE).map((f) => f.element.id);
    expect(ids).toContain('shadow-box');
    expect(ids).toContain('inner');
  });

  it('rejects the usual look-alikes', () => {
    const looksLike: [string, string][] = [
      [
        'login',
        '<form><input type="email" name="email"><input type="password" name="password"><button>Sign in</button><p>Need help? Contact support</p></form>',
      ],
      [
        'WordPress comments',
        '<form id="commentform" class="comment-form" action="/wp-comments-post.php"><textarea name="comment"></textarea><input name="author"><input name="email" type="email"><input type="submit" value="Post Comment"><input type="hidden" name="comment_post_ID" value="1"></form>',
      ],
      [
        'newsletter',
        '<form><input type="email" name="email" placeholder="Your email"><button>Subscribe</button></form>',
      ],
      [
        'checkout',
        '<form><input type="email" name="email"><input name="cc" autocomplete="cc-number"><input autocomplete="cc-exp"><textarea name="notes"></textarea><button>Pay now</button></form>',
      ],
      ['search', '<form role="search"><input type="search" name="q"><button>Search</button></form>'],
      [
        'job application',
        '<form><input name="name"><input type="email" name="email"><label>Resume/CV <input type="file" name="resume"></label><label>Cover letter <textarea name="cover"></textarea></label><button>Submit application</button></form>',
      ],
      [
        'share by email',
        '<form><label>Your email <input type="email" name="from"></label><label>Friend\'s email <input type="email" name="to"></label><textarea name="m"></textarea><button>Send</button></form>',
      ],
    ];
    for (const [what, html] of looksLike) {
      expect(detectSupportForms(page(html), PAGE), what).toEqual([]);
    }
  });

  it('scoreForm scores one container', () => {
    const d = page(`<form id="f">${CONTACT_FIELDS}<button>Send</button></form>`);
    expect(scoreForm(d.querySelector('#f')!, PAGE)?.fields).toHaveLength(2);
    const other = page('<form id="g"><input name="q" type="search"><button>Search</button></form>');
    expect(scoreForm(other.querySelector('#g')!, { url: '', title: '' })).toBeNull();
  });
});

describe('detectInSubtree', () => {
  it('finds a form added after load from the added node only', () => {
    const d = page('<main id="main"><p>Welcome</p></main>');
    expect(detectSupportForms(d, PAGE)).toEqual([]);
    const form = d.createElement('form');
    form.id = 'late';
    const email = d.createElement('input');
    email.type = 'email';
    email.name = 'email';
    const ta = d.createElement('textarea');
    ta.name = 'message';
    form.append(email, ta);
    d.querySelector('#main')!.append(form);
    expect(detectInSubtree(form, PAGE).map((f) => f.element.id)).toEqual(['late']);
    // A node inside the form rescored as the whole form.
    expect(detectInSubtree(ta, PAGE).map((f) => f.element.id)).toEqual(['late']);
    // A text node resolves to its parent.
    const text = d.createTextNode('hello');
    form.append(text);
    expect(detectInSubtree(text, PAGE).map((f) => f.element.id)).toEqual(['late']);
  });

  it('picks up fields that appear in a later step of a form-less container', () => {
    const d = page(
      '<div id="wizard"><h2>Contact support</h2><div class="step"><label for="e">Email</label><input id="e" type="email"></div><button type="button">Next</button></div>',
    );
    const first = detectSupportForms(d, PAGE);
    const step = d.createElement('div');
    step.className = 'step';
    const ta = d.createElement('textarea');
    ta.setAttribute('aria-label', 'Describe the problem');
    step.append(ta);
    d.querySelector('#wizard')!.insertBefore(step, d.querySelector('#wizard button'));
    const after = detectInSubtree(step, PAGE);
    expect(after).toHaveLength(1);
    expect(after[0]!.element.id).toBe('wizard');
    expect(after[0]!.fields.map((f) => f.kind)).toEqual(['email', 'description']);
    expect(after[0]!.confidence).toBeGreaterThanOrEqual(first[0]?.confidence ?? 0);
  });

  it('accepts a shadow root and its host', () => {
    const d = page('<x-support id="host"></x-support>');
    const host = d.querySelector('#host')!;
    const root = host.attachShadow({ mode: 'open' });
    const form = d.createElement('form');
    form.id = 'sf';
    const e = d.createElement('input');
    e.type = 'email';
    const m = d.createElement('textarea');
    m.name = 'description';
    form.append(e, m);
    root.append(form);
    expect(detectInSubtree(root, PAGE).map((f) => f.element.id)).toEqual(['sf']);
    expect(detectInSubtree(host, PAGE).map((f) => f.element.id)).toEqual(['sf']);
  });
});

describe('never throws, bounded work', () => {
  it('handles empty and odd roots', () => {
    const d = page('');
    expect(detectSupportForms(d, PAGE)).toEqual([]);
    expect(detectSupportForms(d.createElement('div'), PAGE)).toEqual([]);
    expect(detectSupportForms(null as unknown as Document, PAGE)).toEqual([]);
    expect(detectSupportForms(d, undefined as unknown as typeof PAGE)).toEqual([]);
    expect(detectSupportForms(d, { url: 'not a url', title: 42 as unknown as string })).toEqual([]);
    expect(detectInSubtree(null as unknown as Node, PAGE)).toEqual([]);
    expect(detectInSubtree(d.createComment('x'), PAGE)).toEqual([]);
    expect(scoreForm(null as unknown as Element, PAGE)).toBeNull();
  });

  it('handles a detached form', () => {
    const d = page('');
    const form = d.createElement('form');
    const e = d.createElement('input');
    e.type = 'email';
    const m = d.createElement('textarea');
    form.append(e, m);
    expect(() => detectSupportForms(form, PAGE)).not.toThrow();
    expect(() => detectInSubtree(m, PAGE)).not.toThrow();
  });

  it('bounds a huge form', () => {
    const d = page('<form id="huge"></form>');
    const form = d.querySelector('#huge')!;
    const email = d.createElement('input');
    email.type = 'email';
    form.append(email, d.createElement('textarea'));
    for (let i = 0; i < 3000; i++) {
      const input = d.createElement('input');
      input.name = `field${i}`;
      form.append(input);
    }
    const forms = detectSupportForms(d, PAGE);
    for (const f of forms) expect(f.fields.length).toBeLessThanOrEqual(LIMITS.controls);
  });

  it('rejects data grids (more typed fields than any support form) without reading them, keeps long support forms', () => {
    const rows = (n: number) =>
      Array.from(
        { length: n },
        (_, i) =>
          `<tr><td><input name="sku${i}" aria-label="SKU"></td><td><select name="st${i}"><option>Open</option></select></td></tr>`,
      ).join('');
    const grid = page(`<form id="grid">${CONTACT_FIELDS}<table>${rows(40)}</table><button>Send</button></form>`);
    expect(detectSupportForms(grid, PAGE)).toEqual([]);
    expect(scoreForm(grid.querySelector('#grid')!, PAGE)).toBeNull();
    // Check boxes, radios, hidden inputs and buttons do not count: a long form of those is still read.
    const boxes = Array.from(
      { length: 80 },
      (_, i) => `<label><input type="checkbox" name="c${i}"> Topic ${i}</label>`,
    ).join('');
    const long = page(`<form id="long">${CONTACT_FIELDS}${boxes}<button>Send</button></form>`);
    expect(detectSupportForms(long, PAGE).map((f) => f.element.id)).toEqual(['long']);
    expect(LIMITS.supportFields).toBe(60);
  });

  it('finds form-less controls of a whole document from its tag collections, in document order', () => {
    const d = page(
      `<div id="a"><input type="search" name="q"><button>Search</button></div>` +
        `<div id="box">${CONTACT_FIELDS}<button type="button">Send message</button></div>` +
        `<form id="news"><input type="email" name="e"><button>Subscribe</button></form>`,
    );
    expect(detectSupportForms(d, PAGE).map((f) => f.element.id)).toEqual(['box']);
  });

  it('handles deep nesting', () => {
    const d = page('');
    let node: Element = d.body;
    for (let i = 0; i < 2000; i++) {
      const div = d.createElement('div');
      node.append(div);
      node = div;
    }
    const form = d.createElement('form');
    const e = d.createElement('input');
    e.type = 'email';
    const m = d.createElement('textarea');
    form.append(e, m);
    node.append(form);
    expect(() => detectSupportForms(d, PAGE)).not.toThrow();
    expect(() => detectInSubtree(m, PAGE)).not.toThrow();
  });

  it('never throws on random DOMs', () => {
    const tags = [
      'div',
      'form',
      'input',
      'select',
      'option',
      'textarea',
      'label',
      'button',
      'fieldset',
      'legend',
      'span',
      'h2',
      'x-el',
    ];
    const attrs = [
      'type',
      'name',
      'id',
      'for',
      'role',
      'contenteditable',
      'aria-labelledby',
      'autocomplete',
      'placeholder',
      'aria-haspopup',
      'tabindex',
      'class',
    ];
    type Spec = { tag: string; attrs: [string, string][]; text: string; parent: number };
    const node: fc.Arbitrary<Spec> = fc.record({
      tag: fc.constantFrom(...tags),
      attrs: fc.array(fc.tuple(fc.constantFrom(...attrs), fc.string({ maxLength: 12 })), { maxLength: 4 }),
      text: fc.string({ maxLength: 10 }),
      parent: fc.nat(),
    });
    const spec = fc.array(node, { minLength: 1, maxLength: 40 });
    const d = page('');
    // A tree from a flat list: node i hangs under an earlier node.
    const build = (list: Spec[]): Element => {
      const els: Element[] = [];
      for (const [i, s] of list.entries()) {
        const el = d.createElement(s.tag);
        for (const [k, v] of s.attrs) {
          try {
            el.setAttribute(k, v);
          } catch {
            // invalid value for this attribute: skip
          }
        }
        if (s.text) el.append(d.createTextNode(s.text));
        if (s.tag === 'x-el') el.attachShadow({ mode: 'open' }).append(d.createElement('textarea'));
        if (i > 0) els[s.parent % i]!.append(el);
        els.push(el);
      }
      return els[0]!;
    };
    fc.assert(
      fc.property(spec, fc.webUrl(), fc.string({ maxLength: 30 }), (s, url, title) => {
        d.body.replaceChildren(build(s));
        // The internals, which do not catch: they must not throw either.
        const scopes = collectScopes(d);
        readControls(d.body, newClassifyCache(), newComposer(scopes));
        const forms = detectSupportForms(d, { url, title });
        for (const f of forms) {
          expect(f.confidence).toBeGreaterThanOrEqual(SUPPORT_THRESHOLD);
          expect(f.confidence).toBeLessThanOrEqual(1);
        }
        const any = d.body.querySelector('*');
        if (any) detectInSubtree(any, { url, title });
      }),
      { numRuns: 150 },
    );
  });
});
