/**
 * The matches of several word-list regexes over one text, found in one pass.
 *
 * Each list regex (a `WordRegExp`) alone scans the whole text for its words; V8 spends about
 * the same time per character whatever the number of words, so eleven lists cost eleven
 * passes. Here one alternation of all their words finds every position where some word
 * starts, a trie of the words tells which lists have one there, and a list's full pattern is
 * tried (sticky) only at its own positions, when its matches are first asked for. For each
 * list the result is exactly `[...text.matchAll(list)]`.
 */
import type { WordRegExp } from './lexicon.ts';

interface TrieNode {
  /** Bit k set: a word of list k ends here. */
  mask: number;
  readonly next: Map<number, TrieNode>;
}

const ESCAPE = /[.*+?^${}()|[\]\\/]/g;
const MAX_LISTS = 31;

export class ListScan {
  readonly #lists: readonly WordRegExp[];
  readonly #flags: string;
  #union: RegExp | null = null;
  #root: TrieNode | null = null;

  constructor(lists: readonly WordRegExp[]) {
    if (lists.length > MAX_LISTS) throw new RangeError(`at most ${MAX_LISTS} lists`);
    // The trie compares code units: one set of flags for all, without case folding.
    const flags = new Set(lists.map((l) => l.flags.replace(/[gy]/g, '')));
    if (flags.size > 1 || lists.some((l) => l.ignoreCase)) throw new RangeError('lists must share flags, without i');
    this.#lists = lists;
    this.#flags = [...flags][0] ?? 'u';
  }

  /** Built on first use: the alternation of every word, and the trie of their code units. */
  #build(): { union: RegExp; root: TrieNode } {
    if (this.#union === null || this.#root === null) {
      const root: TrieNode = { mask: 0, next: new Map() };
      const words = new Set<string>();
      this.#lists.forEach((list, k) => {
        for (const w of list.words) {
          if (w === '') continue;
          words.add(w);
          let node = root;
          for (let i = 0; i < w.length; i++) {
            const c = w.charCodeAt(i);
            let child = node.next.get(c);
            if (child === undefined) {
              child = { mask: 0, next: new Map() };
              node.next.set(c, child);
            }
            node = child;
          }
          node.mask |= 1 << k;
        }
      });
      const source = [...words]
        .sort((a, b) => b.length - a.length)
        .map((w) => w.replace(ESCAPE, '\\$&'))
        .join('|');
      this.#union = new RegExp(source || '(?!)', `${this.#flags}g`);
      this.#root = root;
    }
    return { union: this.#union, root: this.#root };
  }

  /** Where each list's words start in `text`; the matches themselves are found on demand. */
  run(text: string): ListMatches {
    const { union, root } = this.#build();
    const starts: number[][] = this.#lists.map(() => []);
    let from = 0;
    while (from <= text.length) {
      union.lastIndex = from;
      const m = union.exec(text);
      if (m === null) break;
      const at = m.index;
      let mask = 0;
      let node: TrieNode | undefined = root;
      for (let i = at; i < text.length; i++) {
        node = node.next.get(text.charCodeAt(i));
        if (node === undefined) break;
        mask |= node.mask;
      }
      for (let k = 0; mask !== 0; k++, mask >>>= 1) if (mask & 1) starts[k]!.push(at);
      const c = text.charCodeAt(at);
      from = at + (c >= 0xd800 && c <= 0xdbff ? 2 : 1);
    }
    return new ListMatches(text, this.#lists, starts);
  }
}

/** The result of `ListScan.run`: each list's matches in the text, computed when first asked for. */
export class ListMatches {
  readonly #text: string;
  readonly #lists: readonly WordRegExp[];
  readonly #starts: readonly (readonly number[])[];
  readonly #found = new Map<RegExp, readonly RegExpExecArray[]>();

  constructor(text: string, lists: readonly WordRegExp[], starts: readonly (readonly number[])[]) {
    this.#text = text;
    this.#lists = lists;
    this.#starts = starts;
  }

  /** `[...text.matchAll(list)]`; for a regex the scan was not built with, that very call. */
  of(list: RegExp): readonly RegExpExecArray[] {
    let out = this.#found.get(list);
    if (out !== undefined) return out;
    const k = this.#lists.indexOf(list as WordRegExp);
    if (k < 0) {
      const global = list.flags.includes('g') ? list : new RegExp(list.source, `${list.flags}g`);
      out = [...this.#text.matchAll(global)];
    } else {
      const found: RegExpExecArray[] = [];
      const re = this.#lists[k]!;
      // As matchAll: the next search starts where the last match ended.
      let from = 0;
      for (const at of this.#starts[k]!) {
        if (at < from) continue;
        const m = re.matchAt(this.#text, at);
        if (m === null) continue;
        found.push(m);
        from = at + Math.max(1, m[0].length);
      }
      out = found;
    }
    this.#found.set(list, out);
    return out;
  }
}
