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

function hiddenByAttributes(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  return !!style && HIDDEN_STYLE.test(style);
}

/**
 * Walks the readable parts of `root` in document order: text nodes (raw) and separators
 * (line breaks around block elements, tabs between table cells). Skips script, style,
 * template and the like, `hidden` elements, `aria-hidden` ones and inline
 * `display:none`/`visibility:hidden`. Iterative and bounded; `visit` returns true to stop.
 */
function walkReadable(
  root: Element,
  maxNodes: number,
  visit: (part: string, isText: boolean, node: Node | null) => boolean,
): void {
  let nodes = 0;
  // Stack of nodes to visit; a string entry is a separator to emit after an element's children.
  const stack: (Node | string)[] = [root];
  while (stack.length > 0 && nodes < maxNodes) {
    const item = stack.pop()!;
    if (typeof item === 'string') {
      if (visit(item, false, null)) return;
      continue;
    }
    nodes++;
    if (item.nodeType === 3) {
      if (visit(item.nodeValue ?? '', true, item)) return;
      continue;
    }
    if (item.nodeType !== 1 && item !== root) continue;
    const el = item as Element;
    const tag = (el.tagName ?? '').toUpperCase();
    if (item !== root && (HIDDEN_TAGS.has(tag) || (el.hasAttributes() && hiddenByAttributes(el)))) continue;
    const sep = BLOCK_TAGS.has(tag) ? '\n' : CELL_TAGS.has(tag) ? '\t' : '';
    if (sep) {
      if (visit(sep, false, null)) return;
      stack.push(sep);
    }
    const children: Node[] = [];
    for (let c = el.firstChild; c && children.length < maxNodes; c = c.nextSibling) children.push(c);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
}

/** Collapses the whitespace of joined parts (text nodes already single-spaced) the same way for the whole text and for excerpts. */
function tidy(joined: string): string {
  return joined
    .replace(/ {2,}/g, ' ')
    .replace(/ *\t[ \t]*/g, '\t')
    .replace(/[ \t]*\n\s*/g, '\n')
    .trim();
}

function spaced(text: string): string {
  return text.replace(/\s+/g, ' ');
}

/**
 * The page's readable text, the same way everywhere (browser and test DOMs differ in
 * `innerText`): text nodes in document order, line breaks around block elements, tabs
 * between table cells; skips script, style, template and the like, `hidden` elements,
 * `aria-hidden` ones and inline `display:none`/`visibility:hidden`. Iterative and bounded.
 */
export function readableText(root: Element, maxText = MAX_TEXT, maxNodes = MAX_NODES): string {
  const parts: string[] = [];
  let size = 0;
  walkReadable(root, maxNodes, (part, isText) => {
    const t = isText ? spaced(part) : part;
    parts.push(t);
    if (isText) size += t.length;
    return size >= maxText;
  });
  return tidy(parts.join('')).slice(0, maxText);
}

/** Characters of readable text kept on each side of a focus match (the assessment reads 400). */
const FOCUS_CONTEXT = 600;
/** Focus matches kept at most (the assessment reads the first 60). */
const MAX_FOCUS_HITS = 80;
/** The start of the text, always kept (the assessment reads it when only the title names the brand). */
const FOCUS_HEAD = 1200;

/**
 * The text nodes under `root` that match `re` (a match may span two text nodes, as in
 * "Whats<b>App</b>": the node where it ends is marked). Null when the DOM has no tree walker.
 */
function markedTextNodes(root: Element, re: RegExp, maxNodes: number): Set<Node> | null {
  const doc = root.ownerDocument;
  if (!doc || typeof doc.createTreeWalker !== 'function') return null;
  const marked = new Set<Node>();
  const walker = doc.createTreeWalker(root, 4);
  let prev = '';
  let size = 0;
  for (let n = walker.nextNode(), i = 0; n !== null && i < maxNodes && size < MAX_TEXT; n = walker.nextNode(), i++) {
    const v = n.nodeValue ?? '';
    size += v.length;
    if (re.test(v)) marked.add(n);
    else if (prev !== '' && v !== '' && !/\s/.test(prev[prev.length - 1]!) && !/\s/.test(v[0]!)) {
      if (re.test(prev.slice(-40) + v.slice(0, 40))) marked.add(n);
    }
    prev = v;
    if (marked.size >= MAX_FOCUS_HITS * 4) break;
  }
  return marked;
}

/**
 * The readable text around the matches of `focus` only (each with FOCUS_CONTEXT characters
 * either side, merged where they overlap, one excerpt per line), after the start of the
 * text. The page is walked once and only the excerpts are joined and tidied, so a long page
 * that never matches costs one walk and a search of each text node, not a 1 MB string.
 */
export function focusedText(root: Element, focus: RegExp, maxNodes = MAX_NODES): string {
  const re = new RegExp(focus.source, focus.flags.replace(/[gy]/g, ''));
  // 1. Which text nodes mention the focus: a plain walk over text nodes (no element checks,
  //    no strings built). A page that never mentions it costs this walk and its start.
  const marked = markedTextNodes(root, re, maxNodes);
  if (marked !== null && marked.size === 0) return readableText(root, FOCUS_HEAD, maxNodes);
  // 2. The readable walk, keeping the marked nodes' positions (or testing each text, where no walker).
  const parts: string[] = [];
  const texts: boolean[] = [];
  const hits: number[] = [];
  let size = 0;
  walkReadable(root, maxNodes, (part, isText, node) => {
    parts.push(part);
    texts.push(isText);
    if (!isText) return false;
    size += part.length;
    const hit = marked !== null ? node !== null && marked.has(node) : re.test(part);
    if (hits.length < MAX_FOCUS_HITS && hit) hits.push(parts.length - 1);
    return size >= MAX_TEXT;
  });
  const ranges: { start: number; end: number }[] = [];
  let acc = 0;
  let headEnd = 0;
  while (headEnd < parts.length && acc < FOCUS_HEAD) acc += parts[headEnd++]!.length;
  ranges.push({ start: 0, end: headEnd });
  for (const h of hits) {
    let start = h;
    for (let n = 0; start > 0 && n < FOCUS_CONTEXT;) n += parts[--start]!.length;
    let end = h + 1;
    for (let n = 0; end < parts.length && n < FOCUS_CONTEXT;) n += parts[end++]!.length;
    const last = ranges[ranges.length - 1]!;
    if (start <= last.end) last.end = Math.max(last.end, end);
    else ranges.push({ start, end });
  }
  return ranges
    .map((r) => {
      let joined = '';
      for (let i = r.start; i < r.end; i++) joined += texts[i] ? spaced(parts[i]!) : parts[i]!;
      return tidy(joined);
    })
    .filter(Boolean)
    .join('\n')
    .slice(0, MAX_TEXT);
}

export interface CollectOptions {
  /**
   * Keep only the text around matches of this pattern (the brands the assessment looks for),
   * and the start of the page: the assessment reads nothing else of the text, so the result
   * is the same, and a long page costs one walk instead of a 1 MB string.
   */
  readonly focus?: RegExp;
}

/**
 * Reads what the scam assessment needs from a document: title, readable text (see
 * `readableText`; not `innerText`, so that tests and the extension see the same text),
 * link hrefs, `<html lang>`, the first headings, and tel: links with their text.
 * Bounded, never throws.
 */
export function collectPage(doc: Document, url: string, options: CollectOptions = {}): PageInput {
  try {
    const body = doc.body;
    const text = !body ? '' : options.focus ? focusedText(body, options.focus) : readableText(body);
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
