import type { PageInput, TelLink } from '../scam/assess.ts';
import { MAX_CONTEXT, TOPIC_HEAD, WINDOW } from '../scam/limits.ts';

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

/** The separator `walkReadable` emits around an element ('' for inline ones). */
function separatorOf(el: Element): string {
  const tag = (el.tagName ?? '').toUpperCase();
  return BLOCK_TAGS.has(tag) ? '\n' : CELL_TAGS.has(tag) ? '\t' : '';
}

/** True for what `walkReadable` skips with its subtree: hidden elements, comments and the like. */
function skipped(n: Node): boolean {
  if (n.nodeType === 3) return false;
  if (n.nodeType !== 1) return true;
  const el = n as Element;
  return HIDDEN_TAGS.has((el.tagName ?? '').toUpperCase()) || (el.hasAttributes() && hiddenByAttributes(el));
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
    if (item !== root && skipped(item)) continue;
    const el = item as Element;
    const sep = separatorOf(el);
    if (sep) {
      if (visit(sep, false, null)) return;
      stack.push(sep);
    }
    const children: Node[] = [];
    for (let c = el.firstChild; c && children.length < maxNodes; c = c.nextSibling) children.push(c);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
}

/** A line break with spaces, tabs or more breaks next to it (what `tidy` collapses). */
const LOOSE_BREAK = /[ \t]\n|\n\s/;

/** Collapses the whitespace of joined parts (text nodes already single-spaced) the same way for the whole text and for excerpts. */
function tidy(joined: string): string {
  let s = joined;
  // Each pass only where it changes something (most excerpts have no double space or tab).
  if (s.includes('  ')) s = s.replace(/ {2,}/g, ' ');
  if (s.includes('\t')) s = s.replace(/ *\t[ \t]*/g, '\t');
  if (LOOSE_BREAK.test(s)) s = s.replace(/[ \t]*\n\s*/g, '\n');
  return s.trim();
}

/**
 * Whitespace other than single spaces (what `spaced` changes): `[^\S ]| {2}` with the class
 * spelled out (the same characters as `\s` without the space), which V8 scans faster.
 */
const UNSPACED = /[\t\n\v\f\r\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]| {2}/;

/** A text node's text with every run of whitespace made one space. */
export function spaced(text: string): string {
  return UNSPACED.test(text) ? text.replace(/\s+/g, ' ') : text;
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

function isWordChar(c: number): boolean {
  return isDigit(c) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c >= 0xc0;
}

/**
 * Joins readable parts. Where two text nodes meet and a number touches a word or another
 * number ("0800 123 456" + "Service", "0311-4827590" + "0345-2096318", two elements that the
 * page's styles set apart), a space goes between them: glued, neither would read as a number.
 */
function joinParts(parts: readonly string[], isText: (i: number) => boolean): string {
  let out = '';
  let afterText = false;
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    if (part === '') continue;
    const text = isText(i);
    if (text && afterText) {
      const a = out.charCodeAt(out.length - 1);
      const b = part.charCodeAt(0);
      if ((isDigit(a) && isWordChar(b)) || (isWordChar(a) && isDigit(b))) out += ' ';
    }
    out += part;
    afterText = text;
  }
  return out;
}

/**
 * The page's readable text, the same way everywhere (browser and test DOMs differ in
 * `innerText`): text nodes in document order, line breaks around block elements, tabs
 * between table cells; skips script, style, template and the like, `hidden` elements,
 * `aria-hidden` ones and inline `display:none`/`visibility:hidden`. Iterative and bounded.
 */
export function readableText(root: Element, maxText = MAX_TEXT, maxNodes = MAX_NODES): string {
  const parts: string[] = [];
  const texts: boolean[] = [];
  let size = 0;
  walkReadable(root, maxNodes, (part, isText) => {
    const t = isText ? spaced(part) : part;
    parts.push(t);
    texts.push(isText);
    if (isText) size += t.length;
    return size >= maxText;
  });
  return tidy(joinParts(parts, (i) => texts[i]!)).slice(0, maxText);
}

/** Characters of readable text kept on each side of a focus match (the assessment reads WINDOW). */
const FOCUS_CONTEXT = 600;
/** Focus matches kept at most (the assessment reads the first MAX_BRAND_HITS). */
const MAX_FOCUS_HITS = 80;
/**
 * The start of the text, always kept: the assessment reads its first TOPIC_HEAD characters
 * on a page about the brand (kept with a margin for the whitespace that tidying removes).
 */
const FOCUS_HEAD = Math.ceil(TOPIC_HEAD * 1.5);
/**
 * How much of the assessment's windows (WINDOW characters either side of each match of
 * `re`, global) the (tidied) excerpt `text` holds, counting only the windows that lie inside
 * it: those the assessment reads the same whatever comes before and after the excerpt.
 */
function windowsInside(text: string, re: RegExp): number {
  let covered = 0;
  let end = 0;
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m[0].length === 0) re.lastIndex++;
    const from = m.index - WINDOW;
    const to = m.index + m[0].length + WINDOW;
    if (from < 0 || to > text.length) continue;
    covered += to - Math.max(from, end);
    end = to;
  }
  return covered;
}

/**
 * `texts` without empty ones, up to the one where their windows inside (of the matches of `g`,
 * global) reach MAX_CONTEXT: the assessment stops adding mentions there, so it never reads past
 * that excerpt (exact for one profile; with several, a rarer brand's mentions may fall beyond).
 */
function upToContext(texts: readonly string[], g: RegExp): string[] {
  const out: string[] = [];
  let covered = 0;
  for (const t of texts) {
    if (t === '') continue;
    out.push(t);
    covered += windowsInside(t, g);
    if (covered >= MAX_CONTEXT) break;
  }
  return out;
}

/**
 * False for ASCII characters other than letters, digits and '-' (and for whitespace): a brand
 * name split across two text nodes ("Whats<b>App</b>") has word characters on both sides of
 * the split, while most node boundaries of a long page fall after '.', ',', ')' or a space.
 */
function wordish(c: number): boolean {
  if (c >= 0x80) return c !== 0xa0 && c !== 0x3000 && !(c >= 0x2000 && c <= 0x200a) && c !== 0x2028 && c !== 0x2029;
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x2d;
}

/**
 * The text nodes under `root` that match `re`, in document order (a match may span two
 * text nodes, as in "Whats<b>App</b>": the node where it ends is marked). Null when the DOM
 * has no tree walker.
 */
function markedTextNodes(root: Element, re: RegExp, maxNodes: number): Node[] | null {
  const doc = root.ownerDocument;
  if (!doc || typeof doc.createTreeWalker !== 'function') return null;
  const marked: Node[] = [];
  const walker = doc.createTreeWalker(root, 4);
  let prev = '';
  let size = 0;
  for (let n = walker.nextNode(), i = 0; n !== null && i < maxNodes && size < MAX_TEXT; n = walker.nextNode(), i++) {
    const v = n.nodeValue ?? '';
    size += v.length;
    if (re.test(v)) marked.push(n);
    else if (prev !== '' && v !== '' && wordish(prev.charCodeAt(prev.length - 1)) && wordish(v.charCodeAt(0))) {
      if (re.test(prev.slice(-40) + v.slice(0, 40))) marked.push(n);
    }
    prev = v;
    if (marked.length >= MAX_FOCUS_HITS * 4) break;
  }
  return marked;
}

/** True when `walkReadable(root)` reaches `node` (no skipped ancestor below `root`). */
function readableIn(root: Element, node: Node): boolean {
  for (let p = node.parentNode; p !== root; p = p.parentNode) {
    if (p === null || skipped(p)) return false;
  }
  return true;
}

type Step = (part: string, node: Node | null) => boolean;

/** Which way `readFrom` goes: document order, or backwards from the end. */
interface Direction {
  readonly sibling: 'nextSibling' | 'previousSibling';
  readonly child: 'firstChild' | 'lastChild';
}
const FORWARD: Direction = { sibling: 'nextSibling', child: 'firstChild' };
const BACKWARD: Direction = { sibling: 'previousSibling', child: 'lastChild' };

/**
 * The parts `walkReadable(root)` emits next to the text node `start`, one at a time until
 * `visit` returns true or the walk would leave `root`: FORWARD from `start` on (start
 * included), BACKWARD the parts before it, last first. Costs what it visits.
 */
function readFrom(root: Element, start: Node, dir: Direction, visit: Step): void {
  let cur: Node = start;
  if (dir === FORWARD && visit(start.nodeValue ?? '', start)) return;
  for (let guard = 0; guard < MAX_NODES; guard++) {
    // Leave `cur` and the elements it closes, emitting their separators.
    while (cur[dir.sibling] === null) {
      const up = cur.parentNode;
      if (up === null || up === root) return;
      cur = up;
      const sep = separatorOf(cur as Element);
      if (sep && visit(sep, null)) return;
    }
    cur = cur[dir.sibling]!;
    // Enter the next node down to its first readable part.
    for (; guard < MAX_NODES; guard++) {
      if (cur.nodeType === 3) {
        if (visit(cur.nodeValue ?? '', cur)) return;
        break;
      }
      if (skipped(cur)) break;
      const sep = separatorOf(cur as Element);
      if (sep && visit(sep, null)) return;
      const inner = cur[dir.child];
      if (inner === null) {
        if (sep && visit(sep, null)) return;
        break;
      }
      cur = inner;
    }
  }
}

/** A run of consecutive readable parts, with the position of each text node in it. */
interface Excerpt {
  parts: string[];
  nodes: (Node | null)[];
  at: Map<Node, number>;
}

function excerptOf(parts: string[], nodes: (Node | null)[]): Excerpt {
  const at = new Map<Node, number>();
  nodes.forEach((n, i) => {
    if (n !== null) at.set(n, i);
  });
  return { parts, nodes, at };
}

function excerptText(e: Excerpt): string {
  const out: string[] = [];
  for (let i = 0; i < e.parts.length; i++) out.push(e.nodes[i] !== null ? spaced(e.parts[i]!) : e.parts[i]!);
  return tidy(joinParts(out, (i) => e.nodes[i] !== null));
}

/**
 * How many characters of a text node lie before its first focus match and after its last
 * (`g` global): its own share of the FOCUS_CONTEXT around its mentions. None for a node
 * whose mention began in the node before it.
 */
function mentionMargins(text: string, g: RegExp): { before: number; after: number } {
  g.lastIndex = 0;
  const first = g.exec(text);
  if (first === null) return { before: 0, after: 0 };
  let end = first.index + first[0].length;
  for (let m = g.exec(text); m !== null; m = g.exec(text)) {
    if (m[0].length === 0) g.lastIndex++;
    end = m.index + m[0].length;
  }
  return { before: first.index, after: text.length - end };
}

/** The parts from text node `hit` on, up to `need` characters after it. */
function partsAfter(root: Element, hit: Node, need: number): { parts: string[]; nodes: (Node | null)[] } {
  const parts: string[] = [];
  const nodes: (Node | null)[] = [];
  let n = 0;
  readFrom(root, hit, FORWARD, (part, node) => {
    parts.push(part);
    nodes.push(node);
    if (node !== hit) n += part.length;
    return n >= need;
  });
  return { parts, nodes };
}

/**
 * The readable text around the matches of `focus` only (each with FOCUS_CONTEXT characters
 * either side, merged where they overlap, one excerpt per line), after the start of the
 * text. A text-node walk finds the mentions; each excerpt is then read from its mention
 * outwards, so a long page costs that walk and the excerpts, not a walk of every element.
 */
export function focusedText(root: Element, focus: RegExp, maxNodes = MAX_NODES): string {
  const re = new RegExp(focus.source, focus.flags.replace(/[gy]/g, ''));
  const marked = markedTextNodes(root, re, maxNodes);
  if (marked === null) return focusedByWalk(root, re, maxNodes);
  if (marked.length === 0) return readableText(root, FOCUS_HEAD, maxNodes);
  // The start of the text.
  const headParts: string[] = [];
  const headNodes: (Node | null)[] = [];
  let acc = 0;
  walkReadable(root, maxNodes, (part, isText, node) => {
    if (acc >= FOCUS_HEAD) return true;
    headParts.push(part);
    headNodes.push(isText ? node : null);
    acc += part.length;
    return false;
  });
  const g = new RegExp(re.source, re.flags + 'g');
  const done: string[] = [];
  let covered = 0;
  let cur = excerptOf(headParts, headNodes);
  let hits = 0;
  for (const hit of marked) {
    if (hits >= MAX_FOCUS_HITS || covered >= MAX_CONTEXT) break;
    if (!readableIn(root, hit)) continue;
    hits++;
    // FOCUS_CONTEXT characters either side of the mentions, counting the node's own text.
    const margins = mentionMargins(hit.nodeValue ?? '', g);
    const after = partsAfter(root, hit, FOCUS_CONTEXT - margins.after);
    const i = cur.at.get(hit);
    if (i !== undefined) {
      // Inside the current excerpt: extend it where the mention's context reaches further.
      if (i + after.parts.length > cur.parts.length) {
        cur = excerptOf([...cur.parts.slice(0, i), ...after.parts], [...cur.nodes.slice(0, i), ...after.nodes]);
      }
      continue;
    }
    // Read back from the mention; stop where the current excerpt is reached (then join them).
    const back: string[] = [];
    const backNodes: (Node | null)[] = [];
    let joinAt = -1;
    let n = 0;
    readFrom(root, hit, BACKWARD, (part, node) => {
      const j = node !== null ? cur.at.get(node) : undefined;
      if (j !== undefined) {
        joinAt = j;
        return true;
      }
      back.push(part);
      backNodes.push(node);
      n += part.length;
      return n >= FOCUS_CONTEXT - margins.before;
    });
    back.reverse();
    backNodes.reverse();
    if (joinAt >= 0) {
      cur = excerptOf(
        [...cur.parts.slice(0, joinAt + 1), ...back, ...after.parts],
        [...cur.nodes.slice(0, joinAt + 1), ...backNodes, ...after.nodes],
      );
    } else {
      const text = excerptText(cur);
      if (text !== '') {
        done.push(text);
        covered += windowsInside(text, g);
      }
      cur = excerptOf([...back, ...after.parts], [...backNodes, ...after.nodes]);
    }
  }
  if (covered < MAX_CONTEXT) {
    const text = excerptText(cur);
    if (text !== '') done.push(text);
  }
  return done.join('\n').slice(0, MAX_TEXT);
}

/** `focusedText` on a DOM without a tree walker: one readable walk, testing each text. */
export function focusedByWalk(root: Element, re: RegExp, maxNodes: number): string {
  const parts: string[] = [];
  const texts: boolean[] = [];
  const hits: number[] = [];
  let size = 0;
  walkReadable(root, maxNodes, (part, isText) => {
    parts.push(part);
    texts.push(isText);
    if (!isText) return false;
    size += part.length;
    if (hits.length < MAX_FOCUS_HITS && re.test(part)) hits.push(parts.length - 1);
    return size >= MAX_TEXT;
  });
  const ranges: { start: number; end: number }[] = [];
  let acc = 0;
  let headEnd = 0;
  while (headEnd < parts.length && acc < FOCUS_HEAD) acc += parts[headEnd++]!.length;
  ranges.push({ start: 0, end: headEnd });
  const g = new RegExp(re.source, re.flags.replace(/[gy]/g, '') + 'g');
  for (const h of hits) {
    const margins = mentionMargins(parts[h]!, g);
    // At least one part back, as reading back from the node does (it may reach the last excerpt).
    let start = h;
    for (let n = 0; start > 0 && (n < FOCUS_CONTEXT - margins.before || start === h);) n += parts[--start]!.length;
    let end = h + 1;
    for (let n = 0; end < parts.length && n < FOCUS_CONTEXT - margins.after;) n += parts[end++]!.length;
    const last = ranges[ranges.length - 1]!;
    if (start <= last.end) last.end = Math.max(last.end, end);
    else ranges.push({ start, end });
  }
  const excerpts = ranges.map((r) => {
    const out: string[] = [];
    for (let i = r.start; i < r.end; i++) out.push(texts[i] ? spaced(parts[i]!) : parts[i]!);
    return tidy(joinParts(out, (i) => texts[r.start + i]!));
  });
  return upToContext(excerpts, g).join('\n').slice(0, MAX_TEXT);
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
