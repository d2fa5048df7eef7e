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
  t = t.toLowerCase().replace(/\s+/g, ' ').trim();
  // Labels padded for alignment ("姓" + two U+3000 + "名"): no spaces between CJK characters.
  if (CJK_GAP.test(t)) t = t.replace(CJK_GAPS, '$1');
  return t.slice(0, max);
}

const CJK_GAP = /[\u3040-\u30ff\u3400-\u9fff] (?=[\u3040-\u30ff\u3400-\u9fff])/;
const CJK_GAPS = /([\u3040-\u30ff\u3400-\u9fff]) (?=[\u3040-\u30ff\u3400-\u9fff])/g;

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
const WORD_RUN = /[\p{L}\p{N}]+/gu;
const SINGLE_WORD = /^[\p{L}\p{N}]+$/u;
// eslint-disable-next-line no-control-regex -- the ASCII range starts at NUL
const ASCII = /^[\x00-\x7f]*$/;

function isWordChar(c: string | undefined): boolean {
  return c !== undefined && c !== '' && WORD_CHAR.test(c);
}

/** A text's words (maximal runs of letters and digits) and where each starts. */
interface Tokens {
  readonly words: readonly string[];
  readonly starts: readonly number[];
  /** The distinct characters of the text (for keywords in other scripts), made on first need. */
  chars: Set<string> | null;
  /** The distinct words, made on first need (long texts look keywords up in it). */
  set: Set<string> | null;
  /** Whether every character is ASCII (then keywords in other scripts cannot occur). */
  readonly ascii: boolean;
}

/** Texts are tested against many keyword sets in a row: tokenise each once (bounded memo). */
const tokenMemo = new Map<string, Tokens>();
const TOKEN_MEMO_MAX = 512;

function tokensOf(text: string): Tokens {
  const hit = tokenMemo.get(text);
  if (hit) return hit;
  const words: string[] = [];
  const starts: number[] = [];
  WORD_RUN.lastIndex = 0;
  for (let m = WORD_RUN.exec(text); m; m = WORD_RUN.exec(text)) {
    words.push(m[0]);
    starts.push(m.index);
  }
  const t: Tokens = { words, starts, chars: null, set: null, ascii: ASCII.test(text) };
  if (tokenMemo.size >= TOKEN_MEMO_MAX) tokenMemo.clear();
  tokenMemo.set(text, t);
  return t;
}

interface Phrase {
  readonly id: number;
  readonly word: string;
  readonly prefix: boolean;
}

interface Loose {
  readonly id: number;
  readonly word: string;
}

interface Index {
  /** Latin single words matched whole: word → entry id. */
  readonly whole: Map<string, number>;
  /** Latin single-word prefixes, by their first two characters (one-character prefixes under ""). */
  readonly prefixes: Map<string, Phrase[]>;
  /** Latin phrases (words with spaces, hyphens, dots, apostrophes), by their first word. */
  readonly phrases: Map<string, Phrase[]>;
  /** Other scripts (CJK, Devanagari …) and odd characters: substrings, by their first character. */
  readonly loose: Map<string, Loose[]>;
  /** The same prefixes and phrases as a list (long texts are searched for each). */
  readonly bounded: readonly Phrase[];
  /** Whether some substring keyword starts with an ASCII character. */
  readonly looseAscii: boolean;
}

function compile(words: readonly string[]): Index {
  const whole = new Map<string, number>();
  const prefixes = new Map<string, Phrase[]>();
  const phrases = new Map<string, Phrase[]>();
  const loose = new Map<string, Loose[]>();
  const bounded: Phrase[] = [];
  const seen = new Set<string>();
  let id = 0;
  for (const raw of words) {
    const w = raw.toLowerCase().normalize('NFKC');
    const prefix = w.endsWith('*');
    const word = prefix ? w.slice(0, -1) : w;
    if (!word || seen.has(w)) continue;
    seen.add(w);
    const entry = id++;
    if (!LATIN.test(word)) {
      const first = String.fromCodePoint(word.codePointAt(0) ?? 0);
      const list = loose.get(first) ?? [];
      list.push({ id: entry, word });
      loose.set(first, list);
    } else if (SINGLE_WORD.test(word) && !prefix) {
      if (!whole.has(word)) whole.set(word, entry);
    } else if (SINGLE_WORD.test(word)) {
      const key = word.length >= 2 ? word.slice(0, 2) : '';
      const list = prefixes.get(key) ?? [];
      list.push({ id: entry, word, prefix });
      prefixes.set(key, list);
      bounded.push({ id: entry, word, prefix });
    } else {
      WORD_RUN.lastIndex = 0;
      const first = WORD_RUN.exec(word)?.[0] ?? word;
      const list = phrases.get(first) ?? [];
      list.push({ id: entry, word, prefix });
      phrases.set(first, list);
      bounded.push({ id: entry, word, prefix });
    }
  }
  return { whole, prefixes, phrases, loose, bounded, looseAscii: [...loose.keys()].some((c) => ASCII.test(c)) };
}

/** Short texts: look each of the text's words up in the tables. True when `hit` asked to stop. */
function scanWords(text: string, tokens: Tokens, idx: Index, hit: (id: number) => boolean): boolean {
  const { words, starts } = tokens;
  const anyPrefix = idx.prefixes.size > 0;
  const short = idx.prefixes.get('');
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const exact = idx.whole.get(w);
    if (exact !== undefined && hit(exact)) return true;
    if (anyPrefix) {
      const pre = idx.prefixes.get(w.length >= 2 ? w.slice(0, 2) : '\u0000');
      if (pre) for (const p of pre) if (w.startsWith(p.word) && hit(p.id)) return true;
      if (short) for (const p of short) if (w.startsWith(p.word) && hit(p.id)) return true;
    }
    const ph = idx.phrases.get(w);
    if (ph) {
      const at = starts[i]!;
      for (const p of ph) {
        if (!text.startsWith(p.word, at)) continue;
        if ((p.prefix || !isWordChar(text[at + p.word.length])) && hit(p.id)) return true;
      }
    }
  }
  return false;
}

/** Long texts: look each keyword up in the text's set of words, or search for it. True when `hit` asked to stop. */
function scanEntries(text: string, tokens: Tokens, idx: Index, hit: (id: number) => boolean): boolean {
  tokens.set ??= new Set(tokens.words);
  for (const [w, id] of idx.whole) if (tokens.set.has(w) && hit(id)) return true;
  for (const p of idx.bounded) {
    for (let i = text.indexOf(p.word), guard = 0; i >= 0 && guard < 50; i = text.indexOf(p.word, i + 1), guard++) {
      if (!isWordChar(text[i - 1]) && (p.prefix || !isWordChar(text[i + p.word.length]))) {
        if (hit(p.id)) return true;
        break;
      }
    }
  }
  return false;
}

/**
 * A keyword set. Latin-script keywords match on word boundaries (a trailing `*`
 * makes a prefix: only the start is bounded); other scripts (CJK, Devanagari)
 * match as substrings. The text is split into words once; Latin keywords are
 * looked up by word (hash maps), so the cost grows with the text, not with the
 * size of the vocabulary, and there is no regular-expression backtracking. The
 * tables are built on first use.
 */
export class Keywords {
  private readonly words: readonly string[];
  private index: Index | null = null;

  constructor(words: readonly string[]) {
    this.words = words;
  }

  private get idx(): Index {
    if (!this.index) this.index = compile(this.words);
    return this.index;
  }

  /** Calls `hit` with the id of each keyword occurrence; stops when `hit` returns true. */
  private scan(text: string, hit: (id: number) => boolean): void {
    const idx = this.idx;
    const tokens = tokensOf(text);
    if (tokens.words.length <= idx.whole.size + idx.bounded.length) {
      if (scanWords(text, tokens, idx, hit)) return;
    } else if (scanEntries(text, tokens, idx, hit)) {
      return;
    }
    if (idx.loose.size === 0 || (tokens.ascii && !idx.looseAscii)) return;
    tokens.chars ??= new Set(text);
    if (tokens.chars.size <= idx.loose.size) {
      for (const c of tokens.chars) {
        const list = idx.loose.get(c);
        if (list) for (const l of list) if (text.includes(l.word) && hit(l.id)) return;
      }
    } else {
      for (const [c, list] of idx.loose) {
        if (!tokens.chars.has(c)) continue;
        for (const l of list) if (text.includes(l.word) && hit(l.id)) return;
      }
    }
  }

  /** Whether any keyword occurs in `text` (already normalised). */
  test(text: string): boolean {
    if (!text) return false;
    let found = false;
    this.scan(text, () => (found = true));
    return found;
  }

  /** How many distinct keywords occur in `text`, up to `cap`. */
  count(text: string, cap = 5): number {
    if (!text) return 0;
    const ids = new Set<number>();
    this.scan(text, (id) => {
      ids.add(id);
      return ids.size >= cap;
    });
    return ids.size;
  }
}
