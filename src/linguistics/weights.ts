// Hashed features and the weights of linear classifiers: an averaged perceptron for training and a compact
// open-addressing table (uint32 feature key -> row of class weights) for running.

/** FNV-1a over UTF-16 code units, 32 bits. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Combines two 32-bit values (murmur3 finalizer style). */
export function mix(a: number, b: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ b;
  h = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

export function mix3(a: number, b: number, c: number): number {
  return mix(mix(a, b), c);
}

export function mix4(a: number, b: number, c: number, d: number): number {
  return mix(mix(mix(a, b), c), d);
}

/** A growable list of feature keys, reused across calls to avoid allocation. */
export class FeatureBuffer {
  keys = new Uint32Array(256);
  n = 0;
  reset(): void {
    this.n = 0;
  }
  add(k: number): void {
    if (this.n === this.keys.length) {
      const g = new Uint32Array(this.keys.length * 2);
      g.set(this.keys);
      this.keys = g;
    }
    this.keys[this.n++] = k === 0 ? 1 : k;
  }
}

/** Runtime weights: an open-addressing table from feature keys to rows of nClasses weights. Narrow
 * tables (the parser's 3 transitions) keep [key, w0, w1, ...] side by side so a lookup touches one cache
 * line; wide ones (tags, labels) keep keys and row numbers in the table and rows densely elsewhere. */
export class WeightTable {
  readonly mask: number;
  private readonly inline: boolean;
  private readonly stride: number;
  private readonly u: Uint32Array;
  private readonly rowOf: Int32Array;
  private readonly f: Float32Array;
  constructor(
    readonly nClasses: number,
    keys: Uint32Array,
    weights: Float32Array | Int16Array,
    scale = 1,
  ) {
    let cap = 16;
    while (cap < keys.length * 1.5) cap *= 2;
    this.mask = cap - 1;
    this.inline = nClasses <= 4;
    if (this.inline) {
      this.stride = nClasses + 1;
      const buf = new ArrayBuffer(cap * this.stride * 4);
      this.u = new Uint32Array(buf);
      this.f = new Float32Array(buf);
      this.rowOf = new Int32Array(0);
    } else {
      this.stride = 1;
      this.u = new Uint32Array(cap);
      this.rowOf = new Int32Array(cap);
      this.f = new Float32Array(keys.length * nClasses);
    }
    const st = this.stride;
    for (let r = 0; r < keys.length; r++) {
      const k = keys[r]!;
      let i = k & this.mask;
      while (this.u[i * st] !== 0 && this.u[i * st] !== k) i = (i + 1) & this.mask;
      this.u[i * st] = k;
      let o: number;
      if (this.inline) o = i * st + 1;
      else {
        this.rowOf[i] = r;
        o = r * nClasses;
      }
      for (let c = 0; c < nClasses; c++) this.f[o + c] = weights[r * nClasses + c]! * scale;
    }
  }

  /** offset of the key's first weight, or -1 */
  row(k: number): number {
    const st = this.stride;
    let i = k & this.mask;
    for (;;) {
      const s = this.u[i * st]!;
      if (s === k) return this.inline ? i * st + 1 : this.rowOf[i]! * this.nClasses;
      if (s === 0) return -1;
      i = (i + 1) & this.mask;
    }
  }

  /** scores[c] = sum of the weights of the given features for class c */
  score(fb: FeatureBuffer, scores: Float32Array): void {
    const nc = this.nClasses;
    scores.fill(0, 0, nc);
    const w = this.f;
    for (let j = 0; j < fb.n; j++) {
      const o = this.row(fb.keys[j]!);
      if (o < 0) continue;
      for (let c = 0; c < nc; c++) scores[c]! += w[o + c]!;
    }
  }
}

/** Quantized serialisation: keys, int16 weights and one scale. */
export type PackedWeights = { nClasses: number; keys: Uint32Array; q: Int16Array; scale: number };

export function unpackWeights(p: PackedWeights): WeightTable {
  return new WeightTable(p.nClasses, p.keys, p.q, p.scale);
}

/** Drops the rows whose largest |weight| is below minAbs (model pruning after training). */
export function pruneWeights(p: PackedWeights, minAbs: number): PackedWeights {
  const nc = p.nClasses;
  const lim = minAbs / p.scale;
  const keep: number[] = [];
  for (let r = 0; r < p.keys.length; r++) {
    let m = 0;
    for (let c = 0; c < nc; c++) m = Math.max(m, Math.abs(p.q[r * nc + c]!));
    if (m >= lim) keep.push(r);
  }
  const keys = new Uint32Array(keep.length);
  const q = new Int16Array(keep.length * nc);
  keep.forEach((r, i) => {
    keys[i] = p.keys[r]!;
    q.set(p.q.subarray(r * nc, (r + 1) * nc), i * nc);
  });
  return { nClasses: nc, keys, q, scale: p.scale };
}

/** Averaged perceptron with lazy averaging (training only). */
export class PerceptronTrainer {
  private index = new Map<number, number>();
  private w: Float32Array;
  private tot: Float64Array;
  private ts: Int32Array;
  private rows = 0;
  /** number of examples seen: the averaging clock */
  t = 0;
  constructor(readonly nClasses: number) {
    this.w = new Float32Array(1024 * nClasses);
    this.tot = new Float64Array(1024 * nClasses);
    this.ts = new Int32Array(1024 * nClasses);
  }

  get size(): number {
    return this.rows;
  }

  private rowOf(k: number, create: boolean): number {
    let r = this.index.get(k);
    if (r !== undefined) return r;
    if (!create) return -1;
    r = this.rows++;
    this.index.set(k, r);
    if (this.rows * this.nClasses > this.w.length) {
      const n = this.w.length * 2;
      const w = new Float32Array(n);
      w.set(this.w);
      this.w = w;
      const tot = new Float64Array(n);
      tot.set(this.tot);
      this.tot = tot;
      const ts = new Int32Array(n);
      ts.set(this.ts);
      this.ts = ts;
    }
    return r;
  }

  score(f: FeatureBuffer, scores: Float32Array): void {
    const nc = this.nClasses;
    scores.fill(0, 0, nc);
    for (let j = 0; j < f.n; j++) {
      const r = this.index.get(f.keys[j]!);
      if (r === undefined) continue;
      const o = r * nc;
      for (let c = 0; c < nc; c++) scores[c]! += this.w[o + c]!;
    }
  }

  /** one example: +1 to the gold class, -1 to the guess (when different) */
  update(f: FeatureBuffer, gold: number, guess: number): void {
    this.t++;
    if (gold === guess) return;
    const nc = this.nClasses;
    for (let j = 0; j < f.n; j++) {
      const r = this.rowOf(f.keys[j]!, true);
      this.bump(r * nc + gold, 1);
      if (guess >= 0) this.bump(r * nc + guess, -1);
    }
  }

  /** adds delta to class cls of every feature (no clock tick) */
  adjust(f: FeatureBuffer, cls: number, delta: number): void {
    const nc = this.nClasses;
    for (let j = 0; j < f.n; j++) this.bump(this.rowOf(f.keys[j]!, true) * nc + cls, delta);
  }

  tick(): void {
    this.t++;
  }

  private bump(i: number, d: number): void {
    this.tot[i]! += (this.t - this.ts[i]!) * this.w[i]!;
    this.ts[i] = this.t;
    this.w[i]! += d;
  }

  /** Averaged weights, rows whose largest |weight| is below minAbs dropped, quantized to int16. */
  pack(minAbs = 0): PackedWeights {
    const nc = this.nClasses;
    const T = Math.max(1, this.t);
    const avg = new Float32Array(this.rows * nc);
    let maxAbs = 1e-9;
    for (let i = 0; i < this.rows * nc; i++) {
      const v = (this.tot[i]! + (T - this.ts[i]!) * this.w[i]!) / T;
      avg[i] = v;
      if (Math.abs(v) > maxAbs) maxAbs = Math.abs(v);
    }
    const scale = maxAbs / 32767;
    const keep: [number, number][] = [];
    for (const [k, r] of this.index) {
      let m = 0;
      for (let c = 0; c < nc; c++) m = Math.max(m, Math.abs(avg[r * nc + c]!));
      if (m > minAbs && Math.round(m / scale) !== 0) keep.push([k, r]);
    }
    keep.sort((a, b) => a[0] - b[0]);
    const keys = new Uint32Array(keep.length);
    const q = new Int16Array(keep.length * nc);
    keep.forEach(([k, r], i) => {
      keys[i] = k;
      for (let c = 0; c < nc; c++) q[i * nc + c] = Math.round(avg[r * nc + c]! / scale);
    });
    return { nClasses: nc, keys, q, scale };
  }
}
