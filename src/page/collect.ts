import type { PageInput, TelLink } from '../scam/assess.ts';

const MAX_LINKS = 2000;
const MAX_TELS = 100;
const MAX_HEADINGS = 20;
const MAX_TEXT = 1_000_000;
const MAX_NODES = 200_000;
const HIDDEN_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'HEAD',
  'IFRAME',
  'OBJECT',
  'CANVAS',
  'SELECT',
  'DATALIST',
]);
const BLOCK_TAGS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BR',
  'CAPTION',
  'DD',
  'DETAILS',
  'DIALOG',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'TFOOT',
  'THEAD',
  'TR',
  'UL',
  'BUTTON',
]);
const CELL_TAGS = new Set(['TD', 'TH']);
const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;

/**
 * The page's readable text, the same way everywhere (browser and test DOMs differ in
 * `innerText`): text nodes in document order, line breaks around block elements, tabs
 * between table cells; skips script, style, template and the like, `hidden` elements,
 * `aria-hidden` ones and inline `display:none`/`visibility:hidden`. Iterative and bounded.
 */
export function readableText(root: Element, maxText = MAX_TEXT, maxNodes = MAX_NODES): string {
  const parts: string[] = [];
  let size = 0;
  let nodes = 0;
  // Stack of nodes to visit; a string entry is a separator to emit after an element's children.
  const stack: (Node | string)[] = [root];
  while (stack.length > 0 && size < maxText && nodes < maxNodes) {
    const item = stack.pop()!;
    if (typeof item === 'string') {
      parts.push(item);
      continue;
    }
    nodes++;
    if (item.nodeType === 3) {
      const t = (item.nodeValue ?? '').replace(/\s+/g, ' ');
      parts.push(t);
      size += t.length;
      continue;
    }
    if (item.nodeType !== 1 && item !== root) continue;
    const el = item as Element;
    const tag = (el.tagName ?? '').toUpperCase();
    if (item !== root) {
      if (HIDDEN_TAGS.has(tag) || el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') continue;
      const style = el.getAttribute('style');
      if (style && HIDDEN_STYLE.test(style)) continue;
    }
    const sep = BLOCK_TAGS.has(tag) ? '\n' : CELL_TAGS.has(tag) ? '\t' : '';
    if (sep) {
      parts.push(sep);
      stack.push(sep);
    }
    const children: Node[] = [];
    for (let c = el.firstChild; c && children.length < maxNodes; c = c.nextSibling) children.push(c);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return parts
    .join('')
    .replace(/ {2,}/g, ' ')
    .replace(/ *\t[ \t]*/g, '\t')
    .replace(/[ \t]*\n\s*/g, '\n')
    .trim()
    .slice(0, maxText);
}

/**
 * Reads what the scam assessment needs from a document: title, readable text (see
 * `readableText`; not `innerText`, so that tests and the extension see the same text),
 * link hrefs, `<html lang>`, the first headings, and tel: links with their text.
 * Bounded, never throws.
 */
export function collectPage(doc: Document, url: string): PageInput {
  try {
    const body = doc.body;
    const text = body ? readableText(body) : '';
    const links: string[] = [];
    const tels: TelLink[] = [];
    const anchors = doc.querySelectorAll('a[href]');
    const n = Math.min(anchors.length, MAX_LINKS);
    for (let i = 0; i < n; i++) {
      const a = anchors[i]!;
      const href = (a.getAttribute('href') ?? '').trim();
      links.push(href);
      if (tels.length < MAX_TELS && /^tel:/i.test(href)) {
        tels.push({ href: href.slice(0, 200), text: (a.textContent ?? '').trim().slice(0, 200) });
      }
    }
    const headings: string[] = [];
    const hs = doc.querySelectorAll('h1, h2, h3');
    for (let i = 0; i < hs.length && headings.length < MAX_HEADINGS; i++) {
      const t = (hs[i]!.textContent ?? '').trim();
      if (t) headings.push(t.slice(0, 500));
    }
    const lang = (doc.documentElement?.getAttribute('lang') ?? '').trim().slice(0, 35);
    return { url, title: doc.title ?? '', text: text.slice(0, MAX_TEXT), links, lang, headings, tels };
  } catch {
    return { url, title: '', text: '', links: [] };
  }
}
