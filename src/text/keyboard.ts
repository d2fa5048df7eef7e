import { editDistance } from './distance.ts';
import type { SubstitutionCost } from './distance.ts';
/**
 * Typing-error distance: like Damerau (optimal string alignment) distance, but a substituted
 * letter costs 1 only when its key neighbours the intended one on a QWERTY keyboard (a slip);
 * any other substitution costs 2 (as a deletion plus an insertion would). This keeps "gmial",
 * "gnail", "gmai" one step from "gmail" while "never" stays two steps from "naver".
 */

const ROWS = ['1234567890-', 'qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
const ROW_OFFSET = [0, 0.5, 0.75, 1.25];

/** Pairs of neighbouring keys, as `a + b` (both orders). */
const NEIGHBOURS: ReadonlySet<string> = (() => {
  const pos = new Map<string, [number, number]>();
  ROWS.forEach((row, y) => {
    for (let i = 0; i < row.length; i++) pos.set(row[i]!, [i + ROW_OFFSET[y]!, y]);
  });
  const out = new Set<string>();
  for (const [a, [ax, ay]] of pos) {
    for (const [b, [bx, by]] of pos) {
      if (a !== b && Math.abs(ay - by) <= 1 && Math.abs(ax - bx) <= 1) out.add(a + b);
    }
  }
  return out;
})();

export function areNeighbourKeys(a: string, b: string): boolean {
  return NEIGHBOURS.has(a + b);
}

/** Substituting a key's neighbour is a likelier slip (cost 1) than any other key (cost 2). */
const keyboardCost: SubstitutionCost = (a, b) => (a === b ? 0 : NEIGHBOURS.has(a + b) ? 1 : 2);

/**
 * The typing-error distance between `a` and `b`, or `max + 1` when it exceeds `max`
 * (early exit once a whole row is over budget).
 */
export function typoDistance(a: string, b: string, max: number): number {
  return editDistance(a, b, max, keyboardCost);
}

/** Every string made by deleting up to `depth` characters from `s` (itself included). */
export function deletions(s: string, depth: number, out: Set<string> = new Set()): Set<string> {
  out.add(s);
  if (depth <= 0 || s.length <= 1) return out;
  for (let i = 0; i < s.length; i++) {
    const d = s.slice(0, i) + s.slice(i + 1);
    if (!out.has(d)) deletions(d, depth - 1, out);
  }
  return out;
}
