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

/**
 * The typing-error distance between `a` and `b`, or `max + 1` when it exceeds `max`
 * (early exit once a whole row is over budget).
 */
export function typoDistance(a: string, b: string, max: number): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const n = b.length;
  let prev2: number[] = new Array<number>(n + 1).fill(0);
  let prev: number[] = Array.from({ length: n + 1 }, (_, j) => j);
  let cur: number[] = new Array<number>(n + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    const ca = a[i - 1]!;
    for (let j = 1; j <= n; j++) {
      const cb = b[j - 1]!;
      const sub = ca === cb ? 0 : NEIGHBOURS.has(ca + cb) ? 1 : 2;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + sub);
      if (i > 1 && j > 1 && ca === b[j - 2] && a[i - 2] === cb) v = Math.min(v, prev2[j - 2]! + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[n]! > max ? max + 1 : prev[n]!;
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
