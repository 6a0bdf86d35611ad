// Coreference-style clustering scores: MUC, B³, CEAF-e, and CoNLL F1 (their mean). Items are strings, a
// clustering maps each item to a cluster key; both clusterings must cover the same items.

export type Prf = { precision: number; recall: number; f1: number };

const prf = (p: number, r: number): Prf => ({ precision: p, recall: r, f1: p + r > 0 ? (2 * p * r) / (p + r) : 0 });

function groups(assign: Map<string, string>): Map<string, string[]> {
  const g = new Map<string, string[]>();
  for (const [item, key] of assign) {
    const list = g.get(key);
    if (list) list.push(item);
    else g.set(key, [item]);
  }
  return g;
}

export function bcubed(gold: Map<string, string>, response: Map<string, string>): Prf {
  const gg = groups(gold);
  const rg = groups(response);
  let p = 0;
  let r = 0;
  let n = 0;
  for (const [item, gk] of gold) {
    const rk = response.get(item);
    if (rk === undefined) continue;
    const gs = gg.get(gk)!;
    const rs = new Set(rg.get(rk)!);
    let common = 0;
    for (const x of gs) if (rs.has(x)) common++;
    p += common / rs.size;
    r += common / gs.length;
    n++;
  }
  return prf(n ? p / n : 0, n ? r / n : 0);
}

/** MUC: links needed to join each key cluster, counted over the partitions the other clustering cuts it into */
function mucRecall(key: Map<string, string>, other: Map<string, string>): number {
  let num = 0;
  let den = 0;
  for (const items of groups(key).values()) {
    const parts = new Set(items.map((x) => other.get(x) ?? `\u0000${x}`));
    num += items.length - parts.size;
    den += items.length - 1;
  }
  return den ? num / den : 0;
}

export function muc(gold: Map<string, string>, response: Map<string, string>): Prf {
  return prf(mucRecall(response, gold), mucRecall(gold, response));
}

/** maximum-weight assignment (Hungarian algorithm on the negated matrix), rows <= columns after transposing */
export function maxAssignment(w: number[][]): number {
  let rows = w.length;
  if (rows === 0) return 0;
  let cols = w[0]!.length;
  let m = w;
  if (rows > cols) {
    m = Array.from({ length: cols }, (_, j) => Array.from({ length: rows }, (_, i) => w[i]![j]!));
    [rows, cols] = [cols, rows];
  }
  const INF = Number.POSITIVE_INFINITY;
  const u = new Array<number>(rows + 1).fill(0);
  const v = new Array<number>(cols + 1).fill(0);
  const p = new Array<number>(cols + 1).fill(0);
  const way = new Array<number>(cols + 1).fill(0);
  for (let i = 1; i <= rows; i++) {
    p[0] = i;
    let j0 = 0;
    const minv = new Array<number>(cols + 1).fill(INF);
    const used = new Array<boolean>(cols + 1).fill(false);
    do {
      used[j0] = true;
      const i0 = p[j0]!;
      let delta = INF;
      let j1 = 0;
      for (let j = 1; j <= cols; j++) {
        if (used[j]) continue;
        const cur = -m[i0 - 1]![j - 1]! - u[i0]! - v[j]!;
        if (cur < minv[j]!) {
          minv[j] = cur;
          way[j] = j0;
        }
        if (minv[j]! < delta) {
          delta = minv[j]!;
          j1 = j;
        }
      }
      for (let j = 0; j <= cols; j++) {
        if (used[j]) {
          u[p[j]!] = u[p[j]!]! + delta;
          v[j] = v[j]! - delta;
        } else minv[j] = minv[j]! - delta;
      }
      j0 = j1;
    } while (p[j0] !== 0);
    do {
      const j1 = way[j0]!;
      p[j0] = p[j1]!;
      j0 = j1;
    } while (j0);
  }
  let total = 0;
  for (let j = 1; j <= cols; j++) if (p[j]! > 0) total += m[p[j]! - 1]![j - 1]!;
  return total;
}

/** CEAF-e: one-to-one alignment of clusters maximizing φ4 = 2|K∩R|/(|K|+|R|), solved per connected component */
export function ceafe(gold: Map<string, string>, response: Map<string, string>): Prf {
  const gg = groups(gold);
  const rg = groups(response);
  // bipartite overlap graph between gold and response clusters
  const overlap = new Map<string, Map<string, number>>();
  for (const [item, gk] of gold) {
    const rk = response.get(item);
    if (rk === undefined) continue;
    const row = overlap.get(gk) ?? new Map<string, number>();
    row.set(rk, (row.get(rk) ?? 0) + 1);
    overlap.set(gk, row);
  }
  const rToG = new Map<string, Set<string>>();
  for (const [gk, row] of overlap) for (const rk of row.keys()) (rToG.get(rk) ?? rToG.set(rk, new Set()).get(rk)!).add(gk);
  const seenG = new Set<string>();
  let total = 0;
  for (const start of overlap.keys()) {
    if (seenG.has(start)) continue;
    const gs: string[] = [];
    const rs = new Set<string>();
    const stack = [start];
    seenG.add(start);
    while (stack.length) {
      const g = stack.pop()!;
      gs.push(g);
      for (const r of overlap.get(g)!.keys()) {
        if (rs.has(r)) continue;
        rs.add(r);
        for (const g2 of rToG.get(r)!) if (!seenG.has(g2)) {
          seenG.add(g2);
          stack.push(g2);
        }
      }
    }
    const rl = [...rs];
    const w = gs.map((g) => rl.map((r) => {
      const c = overlap.get(g)!.get(r) ?? 0;
      return c ? (2 * c) / (gg.get(g)!.length + rg.get(r)!.length) : 0;
    }));
    total += gs.length === 1 || rl.length === 1 ? Math.max(...w.flat()) : maxAssignment(w);
  }
  return prf(rg.size ? total / rg.size : 0, gg.size ? total / gg.size : 0);
}

export type ClusteringScores = { muc: Prf; bcubed: Prf; ceafe: Prf; conllF1: number };

export function scoreClustering(gold: Map<string, string>, response: Map<string, string>): ClusteringScores {
  const m = muc(gold, response);
  const b = bcubed(gold, response);
  const c = ceafe(gold, response);
  return { muc: m, bcubed: b, ceafe: c, conllF1: (m.f1 + b.f1 + c.f1) / 3 };
}
