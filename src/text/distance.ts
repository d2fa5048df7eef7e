/** The cost of replacing character `a` with `b` (0 when equal). */
export type SubstitutionCost = (a: string, b: string) => number;

const unitCost: SubstitutionCost = (a, b) => (a === b ? 0 : 1);

/**
 * Optimal-string-alignment distance (insertions, deletions and adjacent transpositions
 * cost 1; substitutions cost `substitution(a, b)`, 1 by default), with an early exit once
 * every cell of a row exceeds `max`. Returns `max + 1` when the distance is larger than `max`.
 */
export function editDistance(a: string, b: string, max = Infinity, substitution = unitCost): number {
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
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + substitution(ca, cb));
      if (i > 1 && j > 1 && ca === b[j - 2] && a[i - 2] === cb) v = Math.min(v, prev2[j - 2]! + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[n]! > max ? max + 1 : prev[n]!;
}
