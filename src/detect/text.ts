/**
 * Small, bounded text helpers for detection. Everything here is pure, reads only
 * the nodes it is given and never throws on odd input.
 */

/** Elements whose text never describes a form to a person. */
const SKIP_TEXT = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'OPTION',
  'SELECT',
  'TEXTAREA',
  'DATALIST',
]);

/** Lower-case, NFKC (full-width forms), whitespace collapsed, bounded. */
export function norm(s: string | null | undefined, max = 400): string {
  if (!s) return '';
  let t = s.length > max * 2 ? s.slice(0, max * 2) : s;
  try {
    t = t.normalize('NFKC');
  } catch {
    // keep as is
  }
  return t.toLowerCase().replace(/\s+/g, ' ').trim().slice(0, max);
}

/** `request[anonymous_requester_email]`, `yourEmail`, `hs-form-field` → spaced lower-case words. */
export function identWords(s: string | null | undefined): string {
  if (!s) return '';
  return s
    .slice(0, 200)
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/[[\]_\-.:/#()]+/g, ' ')
    .replace(/\d+/g, (d) => ` ${d} `)
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Visible-ish text under `node`, skipping scripts, styles and the option lists of
 * selects (a country list says nothing about the form), at most `max` characters
 * and at most `maxNodes` nodes visited.
 */
export function boundedText(
  node: Node | null | undefined,
  max = 1500,
  maxNodes = 3000,
  skip?: ReadonlySet<Node>,
): string {
  if (!node) return '';
  const out: string[] = [];
  let len = 0;
  let visited = 0;
  const stack: Node[] = [node];
  while (stack.length > 0 && len < max && visited < maxNodes) {
    const n = stack.pop()!;
    visited++;
    if (skip && skip.has(n)) continue;
    if (n.nodeType === 3) {
      const v = n.nodeValue;
      if (v && v.trim()) {
        out.push(v);
        len += v.length + 1;
      }
      continue;
    }
    if (n.nodeType === 1) {
      const tag = (n as Element).tagName.toUpperCase();
      if (SKIP_TEXT.has(tag)) continue;
      if (tag === 'INPUT') {
        const type = ((n as Element).getAttribute('type') ?? '').toLowerCase();
        if (type === 'submit' || type === 'button') {
          const v = (n as Element).getAttribute('value');
          if (v) {
            out.push(v);
            len += v.length + 1;
          }
        }
        continue;
      }
    } else if (n.nodeType !== 9 && n.nodeType !== 11) {
      continue;
    }
    const sr = n.nodeType === 1 ? (n as Element).shadowRoot : null;
    if (sr) stack.push(sr);
    const kids = n.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) {
      const k = kids[i];
      if (k) stack.push(k);
    }
  }
  return out.join(' ');
}

const LATIN = /^[\p{Script=Latin}0-9][\p{Script=Latin}0-9 '’\-.]*$/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;

function isWordChar(c: string | undefined): boolean {
  return c !== undefined && c !== '' && WORD_CHAR.test(c);
}

interface Entry {
  readonly word: string;
  /** Check word boundaries (Latin script). */
  readonly bounded: boolean;
  /** Prefix: no boundary check at the end. */
  readonly prefix: boolean;
}

/**
 * A keyword set. Latin-script keywords match on word boundaries (a trailing `*`
 * makes a prefix: only the start is bounded); other scripts (CJK, Devanagari)
 * match as substrings. Matching uses `indexOf`, so the cost is linear in the text
 * for each keyword, with no regular-expression backtracking.
 */
export class Keywords {
  private readonly entries: readonly Entry[];

  constructor(words: readonly string[]) {
    const entries: Entry[] = [];
    const seen = new Set<string>();
    for (const raw of words) {
      const w = raw.toLowerCase().normalize('NFKC');
      const prefix = w.endsWith('*');
      const word = prefix ? w.slice(0, -1) : w;
      if (!word || seen.has(w)) continue;
      seen.add(w);
      entries.push({ word, bounded: LATIN.test(word), prefix });
    }
    this.entries = entries;
  }

  private matches(text: string, e: Entry): boolean {
    let from = 0;
    for (let guard = 0; guard < 50; guard++) {
      const i = text.indexOf(e.word, from);
      if (i < 0) return false;
      if (!e.bounded) return true;
      const before = i > 0 ? text[i - 1] : undefined;
      const after = text[i + e.word.length];
      if (!isWordChar(before) && (e.prefix || !isWordChar(after))) return true;
      from = i + 1;
    }
    return false;
  }

  /** Whether any keyword occurs in `text` (already normalised). */
  test(text: string): boolean {
    if (!text) return false;
    for (const e of this.entries) if (this.matches(text, e)) return true;
    return false;
  }

  /** How many distinct keywords occur in `text`, up to `cap`. */
  count(text: string, cap = 5): number {
    if (!text) return 0;
    let n = 0;
    for (const e of this.entries) {
      if (this.matches(text, e)) {
        n++;
        if (n >= cap) break;
      }
    }
    return n;
  }
}
