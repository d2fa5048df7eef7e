/**
 * Properties of everything that reads a page: support-form detection (`detectSupportForms`,
 * `detectInSubtree`), the scam assessment (`collectPage` → `assessPage`) and the content
 * script's gate (`gateDocument`). They never throw on random DOM trees (random tags, attributes,
 * text, open shadow roots, built with `document.createElement` in a happy-dom document), and
 * their work is bounded on a 100,000-node page (the call must finish inside the test timeout;
 * no timing assertions).
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPage } from '../../../scripts/lib/load-page.ts';
import type { DetectedForm, PageInfo } from '../../../src/detect/detect.ts';
import { detectInSubtree, detectSupportForms } from '../../../src/detect/detect.ts';
import { gateDocument } from '../../../src/gate.ts';
import { CATALOGS } from '../../../src/i18n/index.ts';
import { collectPage } from '../../../src/page/collect.ts';
import type { Assessment, PageInput } from '../../../src/scam/assess.ts';
import { assessPage } from '../../../src/scam/assess.ts';

const RUNS = Number(process.env.PROPERTY_RUNS) || 0;
const runs = (n: number) => ({ numRuns: RUNS || n });

// ---------- random DOM trees ----------

type Spec =
  | { readonly text: string }
  | {
      readonly tag: string;
      readonly attrs: ReadonlyArray<readonly [string, string]>;
      readonly children: readonly Spec[];
      readonly shadow?: readonly Spec[];
    };

const TAGS = [
  'form',
  'input',
  'textarea',
  'select',
  'option',
  'label',
  'button',
  'fieldset',
  'legend',
  'div',
  'span',
  'p',
  'a',
  'h1',
  'h2',
  'h3',
  'section',
  'main',
  'table',
  'tr',
  'td',
  'ul',
  'li',
  'iframe',
  'template',
  'script',
  'style',
  'noscript',
  'svg',
  'slot',
  'support-widget',
  'x-y',
  'br',
  'img',
  'html',
  'body',
  'head',
  'title',
];

const ATTRS = [
  'type',
  'name',
  'id',
  'class',
  'placeholder',
  'autocomplete',
  'aria-label',
  'aria-labelledby',
  'aria-describedby',
  'aria-hidden',
  'for',
  'href',
  'hidden',
  'style',
  'contenteditable',
  'role',
  'accept',
  'multiple',
  'lang',
  'value',
  'title',
  'required',
  'pattern',
  'maxlength',
  'dir',
  'form',
  'inputmode',
  'action',
  'method',
];

const MATERIAL = [
  'email',
  'tel',
  'file',
  'text',
  'submit',
  'radio',
  'checkbox',
  'hidden',
  'Email',
  'E-mail address',
  'Phone number',
  'Describe your problem',
  'Contact support',
  'Send',
  'Submit a request',
  'WhatsApp',
  'WhatsApp customer care number',
  'WhatsApp helpline: call +1 (800) 123-4567 toll free 24/7',
  'Layanan pelanggan WhatsApp 0812-3456-7890',
  'WhatsApp 客服電話 0800-123-456',
  'Numero verde WhatsApp 800 123 456',
  'tel:+18001234567',
  'tel:',
  'https://wa.me/18001234567',
  'https://www.whatsapp.com/contact/',
  'javascript:void(0)',
  'display:none',
  'visibility: hidden',
  'true',
  '',
  'e',
  'm',
  '#e',
  'textbox',
  'radiogroup',
  'dialog',
  'image/*',
  'zh-TW',
  'rtl',
  '\u202e',
  '\u200b',
  '😀',
  '\ud800',
];

const textArb = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...MATERIAL) },
  { weight: 1, arbitrary: fc.string({ maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
);
const tagArb = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...TAGS) },
  { weight: 1, arbitrary: fc.stringMatching(/^[a-z][a-z0-9]{0,6}(?:-[a-z0-9]{1,4})?$/) },
);
const attrArb = fc.tuple(
  fc.oneof(
    { weight: 5, arbitrary: fc.constantFrom(...ATTRS) },
    { weight: 1, arbitrary: fc.stringMatching(/^[a-z][a-z-]{0,8}$/) },
  ),
  textArb,
);

const specArb: fc.Arbitrary<Spec> = fc.letrec<{ node: Spec }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.record({ text: textArb }),
    fc.record(
      {
        tag: tagArb,
        attrs: fc.array(attrArb, { maxLength: 4 }),
        children: fc.array(tie('node'), { maxLength: 5 }),
        shadow: fc.array(tie('node'), { maxLength: 3 }),
      },
      { requiredKeys: ['tag', 'attrs', 'children'] },
    ),
  ),
})).node;

/** Builds the spec under `parent`; returns every node made (for detectInSubtree). */
function build(doc: Document, parent: Node, spec: Spec, made: Node[]): void {
  if (made.length > 2000) return;
  if ('text' in spec) {
    const t = doc.createTextNode(spec.text);
    parent.appendChild(t);
    made.push(t);
    return;
  }
  const el = doc.createElement(spec.tag);
  for (const [name, value] of spec.attrs) el.setAttribute(name, value);
  parent.appendChild(el);
  made.push(el);
  for (const child of spec.children) build(doc, el, child, made);
  if (spec.shadow && spec.shadow.length > 0) {
    let root: ShadowRoot | null;
    try {
      root = el.attachShadow({ mode: 'open' });
    } catch {
      root = null; // not every element may host a shadow root
    }
    if (root) {
      made.push(root);
      for (const child of spec.shadow) build(doc, root, child, made);
    }
  }
}

const URLS = [
  'https://example.com/contact',
  'https://www.whatsapp.com/contact/',
  'https://whatsapp-support-help.com/',
  'https://xn--whtsapp-c2a.com/',
  'http://127.0.0.1:8080/contact.html',
  'https://faq.whatsapp.com/',
];

// ---------- checks on the results ----------

function expectForms(forms: readonly DetectedForm[]): void {
  expect(Array.isArray(forms)).toBe(true);
  for (const f of forms) {
    expect(f.confidence).toBeGreaterThanOrEqual(0);
    expect(f.confidence).toBeLessThanOrEqual(1);
    for (const field of f.fields) expect(typeof field.kind).toBe('string');
  }
}

function expectAssessment(a: Assessment): void {
  expect(['danger', 'caution', 'none']).toContain(a.level);
  expect(a.reasons.length).toBeLessThanOrEqual(20);
  for (const r of a.reasons) {
    expect(CATALOGS.en[r.code], r.code).toBeTruthy();
    expect(Array.isArray(r.evidence)).toBe(true);
  }
}

/** Everything the extension runs on a page, as the content script and the checker run it. */
function readAll(doc: Document, url: string, made: readonly Node[]): void {
  const page: PageInfo = { url, title: doc.title };
  expectForms(detectSupportForms(doc, page));
  if (doc.body) expectForms(detectSupportForms(doc.body, page));
  for (const node of made.slice(0, 12)) expectForms(detectInSubtree(node, page));
  const input = collectPage(doc, url);
  expect(typeof input.text).toBe('string');
  expectAssessment(assessPage(input));
  const gate = gateDocument(doc, new URL(url).hostname);
  expect(typeof gate.forms).toBe('boolean');
  expect(typeof gate.brand).toBe('boolean');
}

// ---------- properties ----------

describe('page readers: properties', () => {
  it('never throw on random DOM trees (with shadow roots)', () => {
    fc.assert(
      fc.property(
        fc.array(specArb, { minLength: 1, maxLength: 4 }),
        fc.constantFrom(...URLS),
        textArb,
        fc.constantFrom('', 'en', 'zh-TW', 'it', 'id', 'ar'),
        (specs, url, title, lang) => {
          const p = loadPage(`<!doctype html><html><head><title></title></head><body></body></html>`, url);
          try {
            const doc = p.document;
            doc.title = title;
            if (lang) doc.documentElement.setAttribute('lang', lang);
            const made: Node[] = [];
            for (const spec of specs) build(doc, doc.body, spec, made);
            readAll(doc, url, made);
            // Detached subtrees and odd nodes, as a MutationObserver may hand them over.
            const loose = doc.createElement('div');
            for (const spec of specs) build(doc, loose, spec, made);
            expectForms(detectInSubtree(loose, { url, title }));
            expectForms(detectInSubtree(doc.createComment('x'), { url, title }));
            expectForms(detectInSubtree(doc.createDocumentFragment(), { url, title }));
          } finally {
            p.close();
          }
        },
      ),
      runs(60),
    );
  });

  it('random content elsewhere on the page never hides the fields of a plain contact form', () => {
    // "Never throws" alone would also hold if an internal error were swallowed into "no forms";
    // this catches that: a clear contact form is found whatever surrounds it.
    fc.assert(
      fc.property(fc.array(specArb, { minLength: 1, maxLength: 4 }), fc.constantFrom(...URLS), (specs, url) => {
        const p = loadPage('<!doctype html><html><head><title>Contact us</title></head><body></body></html>', url);
        try {
          const doc = p.document;
          const made: Node[] = [];
          for (const spec of specs.slice(0, 2)) build(doc, doc.body, spec, made);
          const form = doc.createElement('form');
          for (const [tag, attrs] of [
            ['input', { type: 'email', 'aria-label': 'Email address' }],
            ['textarea', { 'aria-label': 'Describe the problem' }],
            ['button', { type: 'submit' }],
          ] as const) {
            const e = doc.createElement(tag);
            for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
            form.appendChild(e);
          }
          form.lastChild!.textContent = 'Contact support';
          doc.body.appendChild(form);
          for (const spec of specs.slice(2)) build(doc, doc.body, spec, made);
          // Its fields are found: as the form, or inside a larger container that took it in (a
          // form-less control next to it makes the page one container).
          const fieldsOf = (forms: readonly DetectedForm[]) => forms.flatMap((f) => f.fields.map((x) => x.element));
          const controls = [form.children[0], form.children[1]];
          const info = { url, title: doc.title };
          for (const c of controls) expect(fieldsOf(detectSupportForms(doc, info))).toContain(c);
          for (const c of controls) expect(fieldsOf(detectInSubtree(form, info))).toContain(c);
        } finally {
          p.close();
        }
      }),
      runs(60),
    );
  });

  it('never throw on documents without a body or a documentElement, or on foreign objects', () => {
    const p = loadPage('<html><body></body></html>', 'https://example.com/');
    try {
      const doc = p.document;
      doc.body.remove();
      readAll(doc, 'https://example.com/', []);
      doc.documentElement.remove();
      expectForms(detectSupportForms(doc, { url: '', title: '' }));
      expectAssessment(assessPage(collectPage(doc, 'https://example.com/')));
      expect(gateDocument(doc, 'example.com')).toEqual({ forms: false, brand: false });
    } finally {
      p.close();
    }
    const fake = { nodeType: 1, tagName: 'DIV', body: null, title: 7 } as unknown as Document;
    expectForms(detectSupportForms(fake, null as unknown as PageInfo));
    expectForms(detectInSubtree(fake, { url: '', title: '' }));
    expectForms(detectInSubtree(null as unknown as Node, { url: '', title: '' }));
    expect(gateDocument(fake, '')).toEqual({ forms: false, brand: false });
    expectAssessment(assessPage(collectPage(fake, 'x')));
  });

  it('assessPage never throws on any input object', () => {
    const pageArb: fc.Arbitrary<PageInput> = fc.record(
      {
        url: fc.oneof(fc.constantFrom(...URLS), fc.string({ maxLength: 40 }), fc.webUrl()),
        title: textArb,
        text: fc.array(textArb, { maxLength: 30 }).map((parts) => parts.join(' ')),
        links: fc.array(fc.oneof(fc.constantFrom(...MATERIAL), fc.webUrl()), { maxLength: 8 }),
        lang: fc.constantFrom('', 'en', 'zh-TW', 'it', 'id'),
        headings: fc.array(textArb, { maxLength: 4 }),
        tels: fc.array(fc.record({ href: textArb, text: textArb }), { maxLength: 4 }),
      },
      { requiredKeys: ['url', 'title', 'text', 'links'] },
    );
    fc.assert(
      fc.property(pageArb, (page) => expectAssessment(assessPage(page))),
      runs(200),
    );
    fc.assert(
      fc.property(fc.anything(), (junk) => expectAssessment(assessPage(junk as PageInput))),
      runs(200),
    );
  });

  describe('bounded work on a 100,000-node page (must just complete)', () => {
    const URL_ = 'https://whatsapp-support-help.com/contact';
    let page: ReturnType<typeof loadPage>;
    let nodes = 0;

    beforeAll(() => {
      page = loadPage(
        '<!doctype html><html lang="en"><head><title>WhatsApp Support</title></head><body></body></html>',
        URL_,
      );
      const doc = page.document;
      const add = (parent: Node, child: Node): Node => {
        parent.appendChild(child);
        nodes++;
        return child;
      };
      const el = (tag: string, attrs: Record<string, string> = {}): Element => {
        const e = doc.createElement(tag);
        for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
        return e;
      };
      // Many sections, each a heading, a hotline paragraph with a tel: link, and a contact form;
      // every few sections a shadow host with a form inside.
      for (let i = 0; nodes < 100_000; i++) {
        const section = add(doc.body, el('section'));
        const h = add(section, el('h2'));
        add(h, doc.createTextNode(`WhatsApp customer care ${i}`));
        const p = add(section, el('p'));
        add(p, doc.createTextNode('Call the WhatsApp helpline toll free: '));
        const a = add(p, el('a', { href: `tel:+1800555${String(i % 10_000).padStart(4, '0')}` }));
        add(a, doc.createTextNode(`+1 800 555 ${String(i % 10_000).padStart(4, '0')}`));
        const form = add(section, el('form'));
        add(form, el('input', { type: 'email', name: `email${i}`, 'aria-label': 'Email' }));
        add(form, el('input', { type: 'tel', name: `phone${i}`, placeholder: 'Phone number' }));
        add(form, el('textarea', { name: `message${i}`, 'aria-label': 'Describe the problem' }));
        const b = add(form, el('button', { type: 'submit' }));
        add(b, doc.createTextNode('Send'));
        if (i % 10 === 0) {
          const host = add(section, el('support-widget')) as Element;
          const root = host.attachShadow({ mode: 'open' });
          add(root, el('input', { type: 'email' }));
          add(root, el('textarea'));
        }
      }
      // And one deep branch (recursive walkers would overflow the stack). 1,500 levels: beyond
      // about 4,000, happy-dom's own querySelectorAll and textContent overflow (browsers' do not).
      let deep: Node = doc.body;
      for (let d = 0; d < 1_500; d++) deep = add(deep, el('div'));
      add(deep, doc.createTextNode('WhatsApp helpline +1 800 555 0000'));
    });

    afterAll(() => page.close());

    it('detectSupportForms', () => {
      expect(nodes).toBeGreaterThanOrEqual(100_000);
      const forms = detectSupportForms(page.document, { url: URL_, title: page.document.title });
      expectForms(forms);
      expect(forms.length).toBeGreaterThan(0);
    });

    it('detectInSubtree (on the body, a form, a text node)', () => {
      const doc = page.document;
      const info = { url: URL_, title: doc.title };
      expectForms(detectInSubtree(doc.body, info));
      expectForms(detectInSubtree(doc.querySelector('form')!, info));
      expectForms(detectInSubtree(doc.querySelector('h2')!.firstChild!, info));
    });

    it('collectPage and assessPage', () => {
      const input = collectPage(page.document, URL_);
      expect(input.links.length).toBeLessThanOrEqual(2000);
      expect(input.text.length).toBeLessThanOrEqual(1_000_000);
      const a = assessPage(input);
      expectAssessment(a);
      expect(a.level).toBe('danger');
    });

    it('gateDocument', () => {
      expect(gateDocument(page.document, new URL(URL_).hostname)).toEqual({ forms: true, brand: true });
    });
  });
});
