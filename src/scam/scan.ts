/**
 * The matches of several word-list regexes over one text, found in one pass.
 *
 * Each list regex (a `WordRegExp`) alone scans the whole text for its words; V8 spends about
 * the same time per character whatever the number of words, so eleven lists cost eleven
 * passes. Here one alternation of all their words, longest first, finds every position
 * where some word starts and the longest word there; the words that start there are that
 * word's prefixes that are words, which tells which lists have one there. A list's full
 * pattern is tried (sticky) only at its own positions, when its matches are first asked for.
 * For each list the result is exactly `[...text.matchAll(list)]`.
 */
import { literalAlternation } from './lexicon.ts';
import type { WordRegExp } from './lexicon.ts';

const MAX_LISTS = 31;

export class ListScan {
  readonly #lists: readonly WordRegExp[];
  readonly #flags: string;
  #union: RegExp | null = null;
  /** Per word, bit k set when list k has it. */
  #listsOf: Map<string, number> | null = null;
  /** Per longest word found, the lists of all its prefixes that are words. */
  readonly #prefixes = new Map<string, number>();

  constructor(lists: readonly WordRegExp[]) {
    if (lists.length > MAX_LISTS) throw new RangeError(`at most ${MAX_LISTS} lists`);
    // Words are compared as written: one set of flags for all, without case folding.
    const flags = new Set(lists.map((l) => l.flags.replace(/[gy]/g, '')));
    if (flags.size > 1 || lists.some((l) => l.ignoreCase)) throw new RangeError('lists must share flags, without i');
    this.#lists = lists;
    this.#flags = [...flags][0] ?? 'u';
  }

  /** Built on first use: the alternation of every word, longest first, and each word's lists. */
  #build(): { union: RegExp; listsOf: Map<string, number> } {
    if (this.#union === null || this.#listsOf === null) {
      const listsOf = new Map<string, number>();
      this.#lists.forEach((list, k) => {
        for (const w of list.words) if (w !== '') listsOf.set(w, (listsOf.get(w) ?? 0) | (1 << k));
      });
      this.#union = new RegExp(literalAlternation(listsOf.keys()), `${this.#flags}g`);
      this.#listsOf = listsOf;
    }
    return { union: this.#union, listsOf: this.#listsOf };
  }

  /** The lists that have a word starting where `longest` (the longest word there) starts. */
  #listsAt(longest: string, listsOf: Map<string, number>): number {
    let mask = this.#prefixes.get(longest);
    if (mask === undefined) {
      mask = 0;
      for (let n = 1; n <= longest.length; n++) mask |= listsOf.get(longest.slice(0, n)) ?? 0;
      this.#prefixes.set(longest, mask);
    }
    return mask;
  }

  /** Where each list's words start in `text`; the matches themselves are found on demand. */
  run(text: string): ListMatches {
    const { union, listsOf } = this.#build();
    const starts: number[][] = this.#lists.map(() => []);
    let from = 0;
    while (from <= text.length) {
      union.lastIndex = from;
      const m = union.exec(text);
      if (m === null) break;
      const at = m.index;
      let mask = this.#listsAt(m[0], listsOf);
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
