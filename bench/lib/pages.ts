/**
 * Generates the benchmark's local pages. Deterministic: a fixed seed, fixed vocabularies, no
 * network resources (images are inline data: URIs). Pages are written to bench/out/pages/ and
 * served from 127.0.0.1. No HTML is parsed here; strings are built with escaped text only.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { rng } from './stats.ts';

type Attrs = Readonly<Record<string, string | number | boolean>>;

const VOID = new Set(['input', 'img', 'br', 'meta', 'hr', 'link', 'source']);
const CONTROL = new Set(['input', 'select', 'textarea']);

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Builds markup and counts what it builds (elements, form controls, words of text). */
class Builder {
  elements = 0;
  controls = 0;
  words = 0;

  el(tag: string, attrs: Attrs = {}, ...children: string[]): string {
    this.elements++;
    if (CONTROL.has(tag)) this.controls++;
    let a = '';
    for (const [k, v] of Object.entries(attrs)) {
      if (v === false) continue;
      a += v === true ? ` ${k}` : ` ${k}="${esc(String(v))}"`;
    }
    return VOID.has(tag) ? `<${tag}${a}>` : `<${tag}${a}>${children.join('')}</${tag}>`;
  }

  text(s: string): string {
    this.words += s.split(/\s+/).filter(Boolean).length;
    return esc(s);
  }
}

const WORDS = (
  'the city trees street water light river morning people garden small large early late quiet ' +
  'summer winter autumn spring market house road bridge school window table paper stone wood ' +
  'green blue yellow long short simple modern old new clear warm cold open closed north south ' +
  'east west walk talk build plant grow carry write read listen watch travel cook measure ' +
  'between under over across through during before after while because although often rarely ' +
  'always usually sometimes together alone every many few several most some each other ' +
  'village harbour coast valley forest field season weather history culture music painting ' +
  'kitchen recipe bread coffee tea journey station train ticket museum library neighbour ' +
  'family friend child teacher worker farmer artist engineer doctor student writer reader ' +
  'is was are were has had will can could should would might must does did makes made takes ' +
  'took gives gave finds found keeps kept shows showed turns turned leaves left brings brought ' +
  'and or but so yet for with without about around near far inside outside behind beyond'
).split(' ');

const PRODUCT_NOUNS = 'mug lamp chair backpack kettle jacket blanket notebook headphones bottle shelf rug'.split(' ');
const PRODUCT_ADJ = 'classic compact cosy sturdy light organic vintage wireless foldable ceramic linen oak'.split(' ');

function sentence(r: () => number, min = 8, max = 20): string {
  const n = min + Math.floor(r() * (max - min + 1));
  const w: string[] = [];
  for (let i = 0; i < n; i++) w.push(WORDS[Math.floor(r() * WORDS.length)] as string);
  const s = w.join(' ');
  return `${s.charAt(0).toUpperCase()}${s.slice(1)}.`;
}

function paragraph(r: () => number, sentences: number): string {
  const out: string[] = [];
  for (let i = 0; i < sentences; i++) out.push(sentence(r));
  return out.join(' ');
}

const PLACEHOLDER_IMG =
  'data:image/svg+xml,' +
  encodeURIComponent(
    '<svg xmlns="http://www.w3.org/2000/svg" width="160" height="120"><rect width="160" height="120" fill="#ddd"/></svg>',
  );

const BASE_CSS = `body{font:16px/1.5 system-ui,sans-serif;margin:0;color:#222}header,footer{padding:12px 24px;background:#f4f4f4}
main{max-width:1100px;margin:0 auto;padding:16px}nav a{margin-right:12px}.grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(180px,1fr));gap:12px}
.card{border:1px solid #ddd;border-radius:6px;padding:8px}.card img{width:100%;height:auto}form{margin:12px 0;padding:8px;border:1px solid #eee}
label{display:block;margin:4px 0}table{border-collapse:collapse;width:100%}td,th{border:1px solid #eee;padding:2px 4px;font-size:13px}`;

/** A small page script, the same in every ordinary page: a reading-progress bar. */
const PAGE_SCRIPT = `(function(){var bar=document.createElement('div');bar.style.cssText='position:fixed;top:0;left:0;height:3px;background:#09f;width:0';
document.body.appendChild(bar);addEventListener('scroll',function(){var h=document.documentElement;bar.style.width=(100*h.scrollTop/Math.max(1,h.scrollHeight-h.clientHeight))+'%';},{passive:true});})();`;

function page(b: Builder, title: string, body: string, script = PAGE_SCRIPT): string {
  b.elements += 7; // html, head, meta, title, style, body, script
  return (
    `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>${esc(title)}</title>` +
    `<style>${BASE_CSS}</style></head><body>${body}<script>${script}</script></body></html>\n`
  );
}

function siteHeader(b: Builder, r: () => number, site: string): string {
  const links: string[] = [];
  for (let i = 0; i < 8; i++) links.push(b.el('a', { href: `#s${i}` }, b.text(WORDS[Math.floor(r() * 60)] as string)));
  return b.el(
    'header',
    {},
    b.el('strong', {}, b.text(site)),
    b.el('nav', {}, ...links),
    b.el(
      'form',
      { role: 'search', action: '/search', method: 'get' },
      b.el('input', { type: 'search', name: 'q', placeholder: 'Search', 'aria-label': 'Search' }),
      b.el('button', { type: 'submit' }, b.text('Search')),
    ),
  );
}

function siteFooter(b: Builder): string {
  const cols: string[] = [];
  const groups = [
    ['About', 'Careers', 'Press', 'Blog'],
    ['Contact', 'Help', 'Returns', 'Shipping'],
    ['Privacy', 'Terms', 'Cookies', 'Accessibility'],
  ];
  for (const g of groups) {
    cols.push(b.el('ul', {}, ...g.map((t) => b.el('li', {}, b.el('a', { href: `#${t.toLowerCase()}` }, b.text(t))))));
  }
  return b.el('footer', {}, ...cols, b.el('p', {}, b.text('© 2025 Example Ltd.')));
}

export interface GeneratedPage {
  readonly file: string;
  readonly title: string;
  readonly description: string;
  readonly elements: number;
  readonly controls: number;
  readonly words: number;
  readonly html: string;
}

/** An article of about 3,000 words. */
export function articlePage(): GeneratedPage {
  const r = rng(101);
  const b = new Builder();
  const parts: string[] = [];
  let section = 0;
  while (b.words < 3000) {
    if (parts.length % 6 === 0) {
      section++;
      parts.push(b.el('h2', { id: `part-${section}` }, b.text(sentence(r, 3, 6).slice(0, -1))));
    }
    parts.push(b.el('p', {}, b.text(paragraph(r, 4))));
    if (parts.length % 11 === 0) {
      parts.push(
        b.el(
          'figure',
          {},
          b.el('img', { src: PLACEHOLDER_IMG, alt: '', width: 640, height: 360 }),
          b.el('figcaption', {}, b.text(sentence(r, 6, 10))),
        ),
      );
    }
  }
  const related: string[] = [];
  for (let i = 0; i < 6; i++) related.push(b.el('li', {}, b.el('a', { href: `#r${i}` }, b.text(sentence(r, 4, 7)))));
  const body =
    siteHeader(b, r, 'The Daily Walk') +
    b.el(
      'main',
      {},
      b.el(
        'article',
        {},
        b.el('h1', {}, b.text('How city trees change a street through the seasons')),
        b.el('p', { class: 'byline' }, b.text('By A. Writer · 12 min read')),
        ...parts,
      ),
      b.el('aside', {}, b.el('h2', {}, b.text('Related')), b.el('ul', {}, ...related)),
    ) +
    siteFooter(b);
  const html = page(b, 'How city trees change a street — The Daily Walk', body);
  return {
    file: 'article.html',
    title: 'article',
    description: `article, ${b.words} words`,
    elements: b.elements,
    controls: b.controls,
    words: b.words,
    html,
  };
}

/** A shop listing: 500 products, a filter sidebar form, a header search. */
export function shopPage(): GeneratedPage {
  const r = rng(202);
  const b = new Builder();
  const cards: string[] = [];
  for (let i = 0; i < 500; i++) {
    const name = `${PRODUCT_ADJ[Math.floor(r() * PRODUCT_ADJ.length)] as string} ${PRODUCT_NOUNS[Math.floor(r() * PRODUCT_NOUNS.length)] as string}`;
    const price = (5 + r() * 195).toFixed(2);
    cards.push(
      b.el(
        'article',
        { class: 'card', 'data-sku': `SKU-${10000 + i}` },
        b.el('a', { href: `#p${i}` }, b.el('img', { src: PLACEHOLDER_IMG, alt: name, loading: 'lazy' })),
        b.el('h3', {}, b.el('a', { href: `#p${i}` }, b.text(name))),
        b.el('p', { class: 'price' }, b.text(`€${price}`)),
        b.el(
          'p',
          { class: 'rating', 'aria-label': 'rating' },
          b.text(`${(3 + r() * 2).toFixed(1)} ★ (${Math.floor(r() * 900)})`),
        ),
        b.el('button', { type: 'button', class: 'add' }, b.text('Add to cart')),
      ),
    );
  }
  const filters: string[] = [];
  for (const group of ['Category', 'Colour', 'Material']) {
    const boxes: string[] = [];
    for (let i = 0; i < 8; i++) {
      const v = WORDS[Math.floor(r() * 60)] as string;
      boxes.push(
        b.el('label', {}, b.el('input', { type: 'checkbox', name: group.toLowerCase(), value: v }), b.text(` ${v}`)),
      );
    }
    filters.push(b.el('fieldset', {}, b.el('legend', {}, b.text(group)), ...boxes));
  }
  filters.push(
    b.el(
      'fieldset',
      {},
      b.el('legend', {}, b.text('Price')),
      b.el('input', { type: 'number', name: 'min', placeholder: 'min', 'aria-label': 'Minimum price' }),
      b.el('input', { type: 'number', name: 'max', placeholder: 'max', 'aria-label': 'Maximum price' }),
      b.el(
        'select',
        { name: 'sort', 'aria-label': 'Sort by' },
        ...['Relevance', 'Price: low to high', 'Price: high to low', 'Newest'].map((o) =>
          b.el('option', {}, b.text(o)),
        ),
      ),
    ),
  );
  const body =
    siteHeader(b, r, 'Homeware Shop') +
    b.el(
      'main',
      {},
      b.el('h1', {}, b.text('Home & kitchen')),
      b.el('form', { id: 'filters', action: '#', method: 'get' }, ...filters, b.el('button', {}, b.text('Apply'))),
      b.el('section', { class: 'grid' }, ...cards),
    ) +
    siteFooter(b);
  const html = page(b, 'Home & kitchen — Homeware Shop', body);
  return {
    file: 'shop.html',
    title: 'shop',
    description: 'shop listing, 500 products',
    elements: b.elements,
    controls: b.controls,
    words: b.words,
    html,
  };
}

/** A web-app shell: a near-empty document whose script adds 2,000 elements after the load event. */
export function appShellPage(): GeneratedPage {
  const b = new Builder();
  const body = b.el('div', { id: 'root' }, b.el('p', { class: 'loading' }, b.text('Loading…')));
  // Renders like an SPA after its data arrives: 2,000 elements in chunks of 200, one per frame.
  const script = `(function(){var TOTAL=2000,made=0;function mk(tag,parent,text){var e=document.createElement(tag);if(text)e.textContent=text;parent.appendChild(e);made++;return e;}
var W=${JSON.stringify(WORDS.slice(0, 60))};var seed=7;function rnd(){seed=(seed*1103515245+12345)&0x7fffffff;return seed/0x7fffffff;}
function word(){return W[Math.floor(rnd()*W.length)];}
addEventListener('load',function(){setTimeout(function(){var root=document.getElementById('root');root.textContent='';
var shell=mk('div',root);var nav=mk('nav',shell);for(var i=0;i<12;i++)mk('a',nav,word());var tbl=mk('table',shell);var tb=mk('tbody',tbl);
function chunk(){var stop=Math.min(TOTAL,made+200);while(made<stop){var tr=mk('tr',tb);for(var c=0;c<7&&made<stop;c++)mk('td',tr,word()+' '+Math.floor(rnd()*1000));}
if(made<TOTAL)requestAnimationFrame(chunk);else document.documentElement.setAttribute('data-rendered',String(made));}
requestAnimationFrame(chunk);},30);});})();`;
  const html = page(b, 'Dashboard — Example App', body, script);
  return {
    file: 'app-shell.html',
    title: 'app-shell',
    description: 'web-app shell, +2,000 elements after load',
    elements: b.elements,
    controls: b.controls,
    words: b.words,
    html,
  };
}

/** A page with 20 ordinary forms: search, login, newsletter, comments, sign-up, checkout, filters, poll. */
export function formsPage(): GeneratedPage {
  const r = rng(404);
  const b = new Builder();
  const forms: string[] = [];
  const field = (label: string, attrs: Attrs): string => b.el('label', {}, b.text(label), b.el('input', attrs));
  for (let i = 0; i < 4; i++) {
    forms.push(
      b.el(
        'form',
        { role: 'search', action: '/search' },
        b.el('input', {
          type: 'search',
          name: 'q',
          placeholder: `Search ${WORDS[10 + i] as string}`,
          'aria-label': 'Search',
        }),
        b.el('button', {}, b.text('Go')),
      ),
    );
  }
  for (let i = 0; i < 3; i++) {
    forms.push(
      b.el(
        'form',
        { class: 'login', action: '/login', method: 'post' },
        b.el('h2', {}, b.text('Sign in')),
        field('Email', { type: 'email', name: 'email', autocomplete: 'username' }),
        field('Password', { type: 'password', name: 'password', autocomplete: 'current-password' }),
        b.el('label', {}, b.el('input', { type: 'checkbox', name: 'remember' }), b.text(' Keep me signed in')),
        b.el('button', {}, b.text('Sign in')),
      ),
    );
  }
  for (let i = 0; i < 4; i++) {
    forms.push(
      b.el(
        'form',
        { class: 'newsletter', action: '/subscribe', method: 'post' },
        b.el('h2', {}, b.text('Get our weekly newsletter')),
        b.el('p', {}, b.text(sentence(r, 8, 14))),
        field('Your email', { type: 'email', name: 'email', placeholder: 'you@example.com' }),
        b.el('button', {}, b.text('Subscribe')),
      ),
    );
  }
  for (let i = 0; i < 3; i++) {
    forms.push(
      b.el(
        'form',
        { id: i === 0 ? 'commentform' : `comments-${i}`, class: 'comment-form', action: '/comments', method: 'post' },
        b.el('h2', {}, b.text('Leave a comment')),
        b.el('label', {}, b.text('Comment'), b.el('textarea', { name: 'comment', rows: 6 })),
        field('Name', { type: 'text', name: 'author', autocomplete: 'name' }),
        field('Email', { type: 'email', name: 'email', autocomplete: 'email' }),
        field('Website', { type: 'url', name: 'url' }),
        b.el('button', {}, b.text('Post comment')),
      ),
    );
  }
  for (let i = 0; i < 2; i++) {
    forms.push(
      b.el(
        'form',
        { class: 'signup', action: '/register', method: 'post' },
        b.el('h2', {}, b.text('Create an account')),
        field('Full name', { type: 'text', name: 'name', autocomplete: 'name' }),
        field('Email', { type: 'email', name: 'email', autocomplete: 'email' }),
        field('Password', { type: 'password', name: 'password', autocomplete: 'new-password' }),
        field('Repeat password', { type: 'password', name: 'password2', autocomplete: 'new-password' }),
        b.el('button', {}, b.text('Sign up')),
      ),
    );
  }
  forms.push(
    b.el(
      'form',
      { class: 'checkout', action: '/pay', method: 'post' },
      b.el('h2', {}, b.text('Payment')),
      field('Name on card', { type: 'text', name: 'ccname', autocomplete: 'cc-name' }),
      field('Card number', { type: 'text', name: 'cardnumber', autocomplete: 'cc-number', inputmode: 'numeric' }),
      field('Expiry', { type: 'text', name: 'exp', autocomplete: 'cc-exp' }),
      field('CVC', { type: 'text', name: 'cvc', autocomplete: 'cc-csc' }),
      field('Email for the receipt', { type: 'email', name: 'email', autocomplete: 'email' }),
      field('Phone', { type: 'tel', name: 'phone', autocomplete: 'tel' }),
      b.el('button', {}, b.text('Pay')),
    ),
  );
  forms.push(
    b.el(
      'form',
      { class: 'filters', action: '#' },
      ...['Type', 'Year', 'Region'].map((n) =>
        b.el(
          'label',
          {},
          b.text(n),
          b.el(
            'select',
            { name: n.toLowerCase() },
            ...[1, 2, 3, 4, 5].map((k) => b.el('option', {}, b.text(`${n} ${k}`))),
          ),
        ),
      ),
      b.el('button', {}, b.text('Filter')),
    ),
  );
  forms.push(
    b.el(
      'form',
      { class: 'coupon', action: '/cart/coupon' },
      field('Coupon code', { type: 'text', name: 'coupon' }),
      b.el('button', {}, b.text('Apply')),
    ),
  );
  forms.push(
    b.el(
      'form',
      { class: 'poll', action: '/poll' },
      b.el('p', {}, b.text('Which season do you like best?')),
      ...['Spring', 'Summer', 'Autumn', 'Winter'].map((s) =>
        b.el('label', {}, b.el('input', { type: 'radio', name: 'season', value: s }), b.text(` ${s}`)),
      ),
      b.el('button', {}, b.text('Vote')),
    ),
  );
  const blocks: string[] = [];
  forms.forEach((f, i) => {
    blocks.push(b.el('section', {}, b.el('p', {}, b.text(paragraph(r, 2))), f));
    if (i % 5 === 4) blocks.push(b.el('p', {}, b.text(paragraph(r, 3))));
  });
  const body = b.el('main', {}, b.el('h1', {}, b.text('Community blog')), ...blocks) + siteFooter(b);
  const html = page(b, 'Community blog — Example', body);
  return {
    file: 'forms.html',
    title: 'forms',
    description: `20 ordinary forms (${forms.length})`,
    elements: b.elements,
    controls: b.controls,
    words: b.words,
    html,
  };
}

export const BIG_TARGET_ELEMENTS = 50_000;
export const BIG_TARGET_CONTROLS = 5_000;

/**
 * A help-centre page with one support form among ~50,000 elements and 5,000 form controls (40 order
 * forms of a back-office grid, loose filter controls, a long FAQ), plus `window.__storm(ms, perSecond)`,
 * which makes childList mutations in a live feed at a fixed rate and resolves to what it did.
 */
export function supportLargePage(): GeneratedPage {
  const r = rng(505);
  const b = new Builder();
  const field = (label: string, id: string, attrs: Attrs): string =>
    b.el('div', { class: 'row' }, b.el('label', { for: id }, b.text(label)), b.el('input', { id, ...attrs }));
  const supportForm = b.el(
    'form',
    { id: 'contact-support', action: '/support/submit', method: 'post', enctype: 'multipart/form-data' },
    b.el('h2', {}, b.text('Contact support')),
    b.el('p', {}, b.text('Describe your problem and our support team will reply by email.')),
    b.el(
      'div',
      { class: 'row' },
      b.el('label', { for: 'topic' }, b.text('What do you need help with?')),
      b.el(
        'select',
        { id: 'topic', name: 'topic' },
        ...['Choose a topic', 'Account', 'Payments', 'Technical problem', 'Other'].map((o) =>
          b.el('option', {}, b.text(o)),
        ),
      ),
    ),
    field('Your name', 'cs-name', { type: 'text', name: 'name', autocomplete: 'name' }),
    field('Email address', 'cs-email', { type: 'email', name: 'email', autocomplete: 'email' }),
    field('Confirm email address', 'cs-email2', { type: 'email', name: 'email_confirm' }),
    b.el(
      'div',
      { class: 'row' },
      b.el('label', { for: 'cs-cc' }, b.text('Country code')),
      b.el(
        'select',
        { id: 'cs-cc', name: 'country_code' },
        ...['+1', '+39', '+44', '+62', '+886'].map((o) => b.el('option', { value: o }, b.text(o))),
      ),
    ),
    field('Phone number', 'cs-phone', { type: 'tel', name: 'phone', autocomplete: 'tel-national' }),
    b.el(
      'div',
      { class: 'row' },
      b.el('label', { for: 'cs-desc' }, b.text('How can we help? Describe the issue')),
      b.el('textarea', { id: 'cs-desc', name: 'description', rows: 6 }),
    ),
    field('Screenshots', 'cs-files', { type: 'file', name: 'attachments', multiple: true, accept: 'image/*' }),
    b.el('button', { type: 'submit' }, b.text('Send request')),
  );
  const header = siteHeader(b, r, 'Example Help Centre');

  // Loose filter controls above the grid (not in a form).
  const looseControls: string[] = [];
  for (let i = 0; i < 190; i++) {
    looseControls.push(
      b.el(
        'label',
        { class: 'chip' },
        b.el('input', { type: 'checkbox', name: `f${i}` }),
        b.text(` ${WORDS[i % 60] as string}`),
      ),
    );
  }

  // 40 order forms: rows of [checkbox, SKU, quantity, status] controls.
  const orderForms: string[] = [];
  let controlsLeft = BIG_TARGET_CONTROLS - b.controls; // the support form, header search and filters are built

  for (let f = 0; f < 40; f++) {
    const rows: string[] = [];
    const perForm = Math.ceil(controlsLeft / (40 - f));
    let made = 0;
    while (made < perForm) {
      const cells: string[] = [];
      const kinds = ['check', 'sku', 'qty', 'status'];
      for (const k of kinds) {
        if (made >= perForm) break;
        made++;
        if (k === 'check')
          cells.push(b.el('td', {}, b.el('input', { type: 'checkbox', name: `sel-${f}-${rows.length}` })));
        else if (k === 'sku')
          cells.push(
            b.el(
              'td',
              {},
              b.el('input', {
                type: 'text',
                name: `sku-${f}-${rows.length}`,
                value: `SKU-${Math.floor(r() * 1e5)}`,
                'aria-label': 'SKU',
              }),
            ),
          );
        else if (k === 'qty')
          cells.push(
            b.el(
              'td',
              {},
              b.el('input', {
                type: 'number',
                name: `qty-${f}-${rows.length}`,
                value: 1 + Math.floor(r() * 9),
                'aria-label': 'Quantity',
              }),
            ),
          );
        else
          cells.push(
            b.el(
              'td',
              {},
              b.el(
                'select',
                { name: `st-${f}-${rows.length}`, 'aria-label': 'Status' },
                ...['Open', 'Packed', 'Shipped'].map((o) => b.el('option', {}, b.text(o))),
              ),
            ),
          );
      }
      cells.push(b.el('td', {}, b.text(sentence(r, 2, 4))));
      rows.push(b.el('tr', {}, ...cells));
    }
    controlsLeft -= made;
    orderForms.push(
      b.el(
        'form',
        { class: 'orders', action: `/orders/${f}`, method: 'post' },
        b.el('h3', {}, b.text(`Order batch ${f + 1}`)),
        b.el('table', {}, b.el('tbody', {}, ...rows)),
        b.el('button', {}, b.text('Save batch')),
      ),
    );
  }

  // A live-status widget, laid out on its own (fixed, contained) like a chat or ticker box.
  const feed = b.el(
    'aside',
    {
      style:
        'position:fixed;right:8px;bottom:8px;width:280px;height:220px;overflow:hidden;contain:strict;background:#fff;border:1px solid #ccc',
    },
    b.el('h2', {}, b.text('Live status')),
    b.el('ul', { id: 'live-feed' }),
  );
  const footer = siteFooter(b);
  const h1 = b.el('h1', {}, b.text('Help Centre'));
  // A long FAQ up to the element target: details > summary + div > p + p > a (6 elements each).
  const faq: string[] = [];
  const overhead = 7 + 2; // page() elements + main + section.faq
  while (b.elements + overhead + 6 <= BIG_TARGET_ELEMENTS) {
    faq.push(
      b.el(
        'details',
        {},
        b.el('summary', {}, b.text(sentence(r, 5, 9))),
        b.el(
          'div',
          {},
          b.el('p', {}, b.text(sentence(r))),
          b.el('p', {}, b.text(sentence(r)), b.el('a', { href: '#more' }, b.text('More'))),
        ),
      ),
    );
  }
  const body =
    header +
    b.el(
      'main',
      {},
      h1,
      b.el('section', { class: 'filters' }, ...looseControls),
      ...orderForms.slice(0, 20),
      supportForm,
      ...orderForms.slice(20),
      feed,
      b.el('section', { class: 'faq' }, ...faq),
    ) +
    footer;
  const script = `window.__storm=function(ms,perSecond){return new Promise(function(done){var feed=document.getElementById('live-feed');
var t0=performance.now(),n=0,items=0;var id=setInterval(function(){var el=performance.now()-t0;var due=Math.min(Math.floor(el*perSecond/1000),Math.floor(ms*perSecond/1000));
while(n<due){if(items<40||n%2===0){var li=document.createElement('li');li.textContent='Status update '+n;feed.appendChild(li);items++;}else{feed.removeChild(feed.firstChild);items--;}n++;}
if(el>=ms){clearInterval(id);done({mutations:n,elapsedMs:performance.now()-t0});}},10);});};`;
  const html = page(b, 'Contact support — Example Help Centre', body, script);
  return {
    file: 'support-large.html',
    title: 'support-large',
    description: 'support form among ~50,000 elements, 5,000 controls',
    elements: b.elements,
    controls: b.controls,
    words: b.words,
    html,
  };
}

export const ORDINARY_PAGES = [articlePage, shopPage, appShellPage, formsPage] as const;

/** Writes every page to `dir` and returns their descriptions (without the markup). */
export function writePages(dir: string): { ordinary: GeneratedPage[]; large: GeneratedPage } {
  mkdirSync(dir, { recursive: true });
  const ordinary = ORDINARY_PAGES.map((make) => make());
  const large = supportLargePage();
  for (const p of [...ordinary, large]) writeFileSync(join(dir, p.file), p.html);
  return { ordinary, large };
}
