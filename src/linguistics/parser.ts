// Greedy arc-hybrid dependency parser (Kuhlmann et al. 2011) with an averaged perceptron over rich
// Zhang & Nivre-style features, trained with the dynamic oracle of Goldberg & Nivre (2013) on
// projectivized gold trees; arcs are labelled afterwards by a second perceptron over the finished tree.
import { FeatureBuffer, PerceptronTrainer, hashString, mix, mix3, mix4 } from './weights.js';
import { argmax, rng, shuffle, type Scorer } from './tagger.js';
import { normForm } from './words.js';

export const SHIFT = 0;
export const LEFT = 1;
export const RIGHT = 2;

/** One sentence as the parser sees it; index 0 is the root. */
export type ParseInput = {
  n: number;
  w: Uint32Array;
  t: Uint32Array;
  f: Uint32Array;
  /** lemma hashes */
  l: Uint32Array;
  /** UPOS strings, index 0 = "ROOT" */
  upos: string[];
};

const NONE = 1;
const ROOT_W = hashString('<root>');
const ROOT_T = hashString('T<root>');

export function parseInput(forms: readonly string[], upos: readonly string[], feats: readonly string[], lemmas?: readonly string[]): ParseInput {
  const n = forms.length;
  const w = new Uint32Array(n + 1);
  const t = new Uint32Array(n + 1);
  const f = new Uint32Array(n + 1);
  const l = new Uint32Array(n + 1);
  w[0] = ROOT_W;
  l[0] = ROOT_W;
  t[0] = ROOT_T;
  f[0] = ROOT_T;
  for (let i = 0; i < n; i++) {
    w[i + 1] = hashString(normForm(forms[i]!));
    t[i + 1] = hashString('T' + upos[i]!);
    f[i + 1] = hashString('F' + feats[i]!);
    l[i + 1] = lemmas ? hashString('L' + lemmas[i]!) : w[i + 1]!;
  }
  return { n, w, t, f, l, upos: ['ROOT', ...upos] };
}

class State {
  stack: Int32Array;
  sp = 0;
  b = 1;
  heads: Int32Array;
  lc1: Int32Array;
  lc2: Int32Array;
  rc1: Int32Array;
  rc2: Int32Array;
  nl: Int32Array;
  nr: Int32Array;
  constructor(readonly n: number) {
    const m = n + 1;
    this.stack = new Int32Array(m);
    this.heads = new Int32Array(m).fill(-1);
    this.lc1 = new Int32Array(m).fill(-1);
    this.lc2 = new Int32Array(m).fill(-1);
    this.rc1 = new Int32Array(m).fill(-1);
    this.rc2 = new Int32Array(m).fill(-1);
    this.nl = new Int32Array(m);
    this.nr = new Int32Array(m);
    this.stack[this.sp++] = 0;
  }
  get done(): boolean {
    return this.b > this.n && this.sp === 1;
  }
  valid(a: number): boolean {
    const s0 = this.stack[this.sp - 1]!;
    if (a === SHIFT) return this.b <= this.n;
    if (a === LEFT) return s0 !== 0 && this.b <= this.n;
    // RIGHT
    if (s0 === 0 || this.sp < 2) return false;
    return this.stack[this.sp - 2] !== 0 || this.b > this.n;
  }
  private attach(h: number, d: number): void {
    this.heads[d] = h;
    if (d < h) {
      if (this.lc1[h]! < 0 || d < this.lc1[h]!) {
        this.lc2[h] = this.lc1[h]!;
        this.lc1[h] = d;
      } else if (this.lc2[h]! < 0 || d < this.lc2[h]!) this.lc2[h] = d;
      this.nl[h]!++;
    } else {
      if (this.rc1[h]! < 0 || d > this.rc1[h]!) {
        this.rc2[h] = this.rc1[h]!;
        this.rc1[h] = d;
      } else if (this.rc2[h]! < 0 || d > this.rc2[h]!) this.rc2[h] = d;
      this.nr[h]!++;
    }
  }
  apply(a: number): void {
    if (a === SHIFT) {
      this.stack[this.sp++] = this.b++;
    } else if (a === LEFT) {
      const s0 = this.stack[--this.sp]!;
      this.attach(this.b, s0);
    } else {
      const s0 = this.stack[--this.sp]!;
      this.attach(this.stack[this.sp - 1]!, s0);
    }
  }
}

function dist(a: number, b: number): number {
  const d = b - a;
  return d > 6 ? (d > 10 ? 8 : 7) : d;
}

function gv(a: Uint32Array, i: number): number {
  return i < 0 ? NONE : a[i]!;
}

function gc(a: Int32Array, i: number): number {
  return i < 0 ? -1 : a[i]!;
}

function parserFeatures(x: ParseInput, s: State, out: FeatureBuffer): void {
  out.reset();
  const n = x.n;
  const sp = s.sp;
  const s0 = sp >= 1 ? s.stack[sp - 1]! : -1;
  const s1 = sp >= 2 ? s.stack[sp - 2]! : -1;
  const s2 = sp >= 3 ? s.stack[sp - 3]! : -1;
  const b0 = s.b <= n ? s.b : -1;
  const b1 = s.b + 1 <= n ? s.b + 1 : -1;
  const b2 = s.b + 2 <= n ? s.b + 2 : -1;
  const s0w = gv(x.w, s0), s0t = gv(x.t, s0), s1w = gv(x.w, s1), s1t = gv(x.t, s1), b0w = gv(x.w, b0), b0t = gv(x.t, b0);
  const b1w = gv(x.w, b1), b1t = gv(x.t, b1), b2t = gv(x.t, b2), s2t = gv(x.t, s2);
  const s0l = gc(s.lc1, s0), s0r = gc(s.rc1, s0), s0l2 = gc(s.lc2, s0), s0r2 = gc(s.rc2, s0);
  const b0l = gc(s.lc1, b0), b0l2 = gc(s.lc2, b0);
  const s1r = gc(s.rc1, s1), s1l = gc(s.lc1, s1);
  const s0lt = gv(x.t, s0l), s0rt = gv(x.t, s0r), b0lt = gv(x.t, b0l), s1rt = gv(x.t, s1r);
  const d = s0 >= 0 && b0 >= 0 ? dist(s0, b0) : 0;
  const d1 = s1 >= 0 && s0 >= 0 ? dist(s1, s0) : 0;
  out.add(mix(1, s0w));
  out.add(mix(2, s0t));
  out.add(mix3(3, s0w, s0t));
  out.add(mix(4, s1w));
  out.add(mix(5, s1t));
  out.add(mix3(6, s1w, s1t));
  out.add(mix(7, b0w));
  out.add(mix(8, b0t));
  out.add(mix3(9, b0w, b0t));
  out.add(mix(10, b1w));
  out.add(mix(11, b1t));
  out.add(mix3(12, b1w, b1t));
  out.add(mix(13, b2t));
  out.add(mix(14, gv(x.w, b2)));
  out.add(mix(15, s2t));
  out.add(mix(mix4(16, s0w, s0t, b0w), b0t));
  out.add(mix4(17, s0w, s0t, b0w));
  out.add(mix4(18, s0w, b0w, b0t));
  out.add(mix4(19, s0w, s0t, b0t));
  out.add(mix4(20, s0t, b0w, b0t));
  out.add(mix3(21, s0w, b0w));
  out.add(mix3(22, s0t, b0t));
  out.add(mix3(23, b0t, b1t));
  out.add(mix4(24, b0t, b1t, b2t));
  out.add(mix4(25, s0t, b0t, b1t));
  out.add(mix4(26, s1t, s0t, b0t));
  out.add(mix3(27, s1t, s0t));
  out.add(mix4(28, s2t, s1t, s0t));
  out.add(mix4(29, s1t, s0t, s0lt));
  out.add(mix4(30, s0t, s0lt, b0t));
  out.add(mix4(31, s0t, s0rt, b0t));
  out.add(mix4(32, s0t, b0t, b0lt));
  out.add(mix4(33, s1t, s1rt, s0t));
  out.add(mix4(34, s1t, s0t, s0rt));
  out.add(mix3(35, s0w, d));
  out.add(mix3(36, s0t, d));
  out.add(mix3(37, b0w, d));
  out.add(mix3(38, b0t, d));
  out.add(mix4(39, s0t, b0t, d));
  out.add(mix4(40, s0w, b0w, d));
  out.add(mix4(41, s1t, s0t, d1));
  out.add(mix3(42, s1w, d1));
  out.add(mix3(43, s0w, s.nr[s0] ?? 0));
  out.add(mix3(44, s0t, s0 >= 0 ? s.nr[s0]! : 0));
  out.add(mix3(45, s0w, s0 >= 0 ? s.nl[s0]! : 0));
  out.add(mix3(46, s0t, s0 >= 0 ? s.nl[s0]! : 0));
  out.add(mix3(47, b0w, b0 >= 0 ? s.nl[b0]! : 0));
  out.add(mix3(48, b0t, b0 >= 0 ? s.nl[b0]! : 0));
  out.add(mix3(49, s1t, s1 >= 0 ? s.nr[s1]! : 0));
  out.add(mix(50, gv(x.w, s0l)));
  out.add(mix(51, gv(x.w, s0r)));
  out.add(mix(52, gv(x.w, b0l)));
  out.add(mix(53, gv(x.w, s1r)));
  out.add(mix(54, s0lt));
  out.add(mix(55, s0rt));
  out.add(mix(56, b0lt));
  out.add(mix(57, s1rt));
  out.add(mix4(58, s0t, s0lt, gv(x.t, s0l2)));
  out.add(mix4(59, s0t, s0rt, gv(x.t, s0r2)));
  out.add(mix4(60, b0t, b0lt, gv(x.t, b0l2)));
  out.add(mix3(61, gv(x.f, s0), s0t));
  out.add(mix3(62, gv(x.f, b0), b0t));
  out.add(mix3(63, gv(x.f, s1), s1t));
  out.add(mix4(64, gv(x.f, s0), b0t, s0t));
  out.add(mix4(65, gv(x.f, b0), s0t, b0t));
  out.add(mix4(66, s1t, gv(x.t, s1l), s0t));
  out.add(mix4(67, s0w, s0t, b1t));
  out.add(mix4(68, b0w, b0t, b1t));
  out.add(mix4(69, s1w, s0t, b0t));
  out.add(mix4(70, s0t, b0t, s.sp));
  out.add(mix3(71, s0t, b1w));
  out.add(mix4(72, s1w, s1t, s0w));
  out.add(mix4(73, s1t, s0w, s0t));
  out.add(mix3(74, gv(x.w, s0l2) , s0t));
  out.add(mix4(75, s0t, b0t, gv(x.t, b0 > 0 ? b0 - 1 : -1)));
  out.add(mix4(76, s0t, b0t, gv(x.t, s0 >= 0 && s0 < n ? s0 + 1 : -1)));
  const s0L = gv(x.l, s0), b0L = gv(x.l, b0);
  out.add(mix(77, s0L));
  out.add(mix(78, b0L));
  out.add(mix3(79, s0L, b0L));
  out.add(mix3(80, s0L, b0t));
  out.add(mix3(81, s0t, b0L));
  out.add(mix3(82, gv(x.l, s1), s0t));
  out.add(mix4(83, gv(x.w, s0r), gv(x.t, s0r), b0t));
  out.add(mix3(84, gv(x.l, b1), b0t));
}

/** Dynamic-oracle costs of the three transitions against gold heads (projective). */
function costs(s: State, gold: Int32Array, kids: number[][], inStack: Uint8Array, out: Int32Array): void {
  const sp = s.sp;
  const s0 = s.stack[sp - 1]!;
  const b = s.b;
  out[0] = out[1] = out[2] = 1 << 20;
  if (s.valid(SHIFT)) {
    let c = 0;
    for (const k of kids[b]!) if (inStack[k]) c++;
    const g = gold[b]!;
    if (inStack[g] && g !== s0) c++;
    out[SHIFT] = c;
  }
  let depsInBuffer = 0;
  if (s0 > 0) for (const k of kids[s0]!) if (k >= b) depsInBuffer++;
  if (s.valid(LEFT)) {
    const g = gold[s0]!;
    const s1 = s.stack[sp - 2]!;
    out[LEFT] = depsInBuffer + ((g === s1 || g > b) ? 1 : 0);
  }
  if (s.valid(RIGHT)) {
    const g = gold[s0]!;
    out[RIGHT] = depsInBuffer + (g >= b ? 1 : 0);
  }
}

/** Lifts non-projective arcs (shortest first) to the grandparent until the tree is projective. */
export function projectivize(heads: Int32Array): Int32Array {
  const h = Int32Array.from(heads);
  const n = h.length - 1;
  const isAncestor = (a: number, d: number) => {
    let x = d;
    let steps = 0;
    while (x > 0 && steps++ <= n) {
      x = h[x]!;
      if (x === a) return true;
    }
    return a === 0;
  };
  for (let guard = 0; guard < n * 4; guard++) {
    let best = -1;
    let bestLen = Infinity;
    for (let d = 1; d <= n; d++) {
      const hd = h[d]!;
      const lo = Math.min(hd, d);
      const hi = Math.max(hd, d);
      if (hi - lo >= bestLen) continue;
      for (let k = lo + 1; k < hi; k++) {
        if (!isAncestor(hd, k)) {
          best = d;
          bestLen = hi - lo;
          break;
        }
      }
    }
    if (best < 0) break;
    h[best] = h[h[best]!]!;
  }
  return h;
}

export class ArcParser {
  private buf = new FeatureBuffer();
  private scores = new Float32Array(3);
  constructor(readonly weights: Scorer) {}

  /** heads (index 0 unused) of a well-formed tree with exactly one word on the root */
  parse(x: ParseInput): Int32Array {
    const s = new State(x.n);
    while (!s.done) {
      parserFeatures(x, s, this.buf);
      this.weights.score(this.buf, this.scores);
      let best = -1;
      for (let a = 0; a < 3; a++) if (s.valid(a) && (best < 0 || this.scores[a]! > this.scores[best]!)) best = a;
      s.apply(best);
    }
    return s.heads;
  }
}

export type ParseExample = { x: ParseInput; heads: Int32Array };

export function trainParser(
  data: ParseExample[],
  opts: { iterations: number; seed: number; explore?: number; log?: (s: string) => void },
): PerceptronTrainer {
  const trainer = new PerceptronTrainer(3);
  const rand = rng(opts.seed);
  const buf = new FeatureBuffer();
  const scores = new Float32Array(3);
  const cost = new Int32Array(3);
  const prepared = data.map((d) => {
    const gold = projectivize(d.heads);
    const kids: number[][] = Array.from({ length: d.x.n + 1 }, () => []);
    for (let i = 1; i <= d.x.n; i++) kids[gold[i]!]!.push(i);
    return { x: d.x, gold, kids };
  });
  for (let it = 0; it < opts.iterations; it++) {
    let right = 0;
    let total = 0;
    const order = shuffle(prepared.map((_, i) => i), rand);
    for (const k of order) {
      const { x, gold, kids } = prepared[k]!;
      const s = new State(x.n);
      const inStack = new Uint8Array(x.n + 1);
      inStack[0] = 1;
      while (!s.done) {
        parserFeatures(x, s, buf);
        trainer.score(buf, scores);
        costs(s, gold, kids, inStack, cost);
        let guess = -1;
        let bestGold = -1;
        const minCost = Math.min(cost[0]!, cost[1]!, cost[2]!);
        for (let a = 0; a < 3; a++) {
          if (!s.valid(a)) continue;
          if (guess < 0 || scores[a]! > scores[guess]!) guess = a;
          if (cost[a] === minCost && (bestGold < 0 || scores[a]! > scores[bestGold]!)) bestGold = a;
        }
        if (cost[guess] === minCost) {
          trainer.tick();
          right++;
        } else trainer.update(buf, bestGold, guess);
        total++;
        const explore = it > 0 && rand() < (opts.explore ?? 0.9);
        const a = explore ? guess : bestGold;
        if (a === SHIFT) inStack[s.b] = 1;
        else inStack[s.stack[s.sp - 1]!] = 0;
        s.apply(a);
      }
    }
    opts.log?.(`parser iteration ${it + 1}: train transitions ${((100 * right) / total).toFixed(2)} features ${trainer.size}`);
  }
  return trainer;
}

// ---------------------------------------------------------------- labeller

const FUNC_TAGS = new Set(['ADP', 'SCONJ', 'AUX', 'PART', 'PRON', 'DET', 'CCONJ', 'PUNCT']);

function labelFeatures(x: ParseInput, heads: Int32Array, kids: number[][], labels: Int32Array, d: number, out: FeatureBuffer): void {
  out.reset();
  const h = heads[d]!;
  const dw = x.w[d]!, dt = x.t[d]!, hw = x.w[h]!, ht = x.t[h]!;
  const dir = h < d ? 1 : 2;
  const ds = Math.min(Math.abs(h - d), 8);
  const g = h > 0 ? heads[h]! : -1;
  const gt = g >= 0 ? x.t[g]! : NONE;
  out.add(1);
  out.add(mix(2, dt));
  out.add(mix(3, dw));
  out.add(mix(4, ht));
  out.add(mix(5, hw));
  out.add(mix3(6, dt, ht));
  out.add(mix4(7, dw, dt, ht));
  out.add(mix4(8, dt, hw, ht));
  out.add(mix4(9, dw, hw, dir));
  out.add(mix4(10, dt, ht, dir));
  out.add(mix(mix4(11, dt, ht, dir), ds));
  out.add(mix3(12, x.f[d]!, dt));
  out.add(mix4(13, x.f[d]!, dt, ht));
  out.add(mix3(14, x.f[h]!, ht));
  out.add(mix4(15, x.f[h]!, dt, dir));
  out.add(mix4(16, gt, ht, dt));
  out.add(mix3(17, kids[d]!.length > 0 ? 1 : 0, dt));
  // the words that mark the dependent (case, mark, determiners, auxiliaries)
  for (const k of kids[d]!) {
    const kt = x.t[k]!;
    const fn = FUNC_TAGS.has(x.upos[k]!);
    out.add(mix4(18, kt, fn ? x.w[k]! : 0, dt));
    if (fn) out.add(mix4(19, x.w[k]!, dt, ht));
  }
  // the head's other dependents (passive auxiliaries, objects already there)
  let prevLabel = 999;
  for (const k of kids[h]!) {
    if (k === d) continue;
    const kt = x.t[k]!;
    const fn = FUNC_TAGS.has(x.upos[k]!);
    const side = k < d ? 1 : 2;
    out.add(mix4(20, kt, fn ? x.w[k]! : 0, mix(dt, side)));
    if (k < d) prevLabel = labels[k]!;
  }
  out.add(mix4(21, prevLabel, dt, dir));
  out.add(mix4(22, prevLabel, dt, ht));
  out.add(mix4(23, x.t[d - 1] ?? NONE, dt, ht));
  out.add(mix4(24, d < x.n ? x.t[d + 1]! : NONE, dt, ht));
  out.add(mix3(25, h === 0 ? 1 : 0, dt));
  out.add(mix(26, x.l[d]!));
  out.add(mix3(27, x.l[d]!, ht));
  out.add(mix3(28, x.l[h]!, dt));
  out.add(mix4(29, x.l[d]!, x.l[h]!, dir));
}

function kidsOf(heads: Int32Array, n: number): number[][] {
  const kids: number[][] = Array.from({ length: n + 1 }, () => []);
  for (let i = 1; i <= n; i++) if (heads[i]! >= 0) kids[heads[i]!]!.push(i);
  return kids;
}

export class Labeller {
  private buf = new FeatureBuffer();
  private scores: Float32Array;
  private rootId: number;
  constructor(
    readonly labels: string[],
    readonly weights: Scorer,
  ) {
    this.scores = new Float32Array(labels.length);
    this.rootId = labels.indexOf('root');
  }
  label(x: ParseInput, heads: Int32Array): Int32Array {
    const kids = kidsOf(heads, x.n);
    const out = new Int32Array(x.n + 1);
    for (let d = 1; d <= x.n; d++) {
      if (heads[d] === 0 && this.rootId >= 0) {
        out[d] = this.rootId;
        continue;
      }
      labelFeatures(x, heads, kids, out, d, this.buf);
      this.weights.score(this.buf, this.scores);
      let best = -1;
      for (let c = 0; c < this.labels.length; c++) if (c !== this.rootId && (best < 0 || this.scores[c]! > this.scores[best]!)) best = c;
      out[d] = best;
    }
    return out;
  }
}

export function trainLabeller(
  data: { x: ParseInput; heads: Int32Array; labels: string[] }[],
  opts: { iterations: number; seed: number; log?: (s: string) => void },
): { labels: string[]; trainer: PerceptronTrainer } {
  const labels = [...new Set(data.flatMap((d) => d.labels))].sort();
  const lid = new Map(labels.map((l, i) => [l, i]));
  const trainer = new PerceptronTrainer(labels.length);
  const rand = rng(opts.seed);
  const buf = new FeatureBuffer();
  const scores = new Float32Array(labels.length);
  const prepared = data.map((d) => ({ x: d.x, heads: d.heads, kids: kidsOf(d.heads, d.x.n), gold: Int32Array.from([0, ...d.labels.map((l) => lid.get(l)!)]) }));
  for (let it = 0; it < opts.iterations; it++) {
    let right = 0;
    let total = 0;
    for (const k of shuffle(prepared.map((_, i) => i), rand)) {
      const { x, heads, kids, gold } = prepared[k]!;
      const out = new Int32Array(x.n + 1);
      for (let d = 1; d <= x.n; d++) {
        labelFeatures(x, heads, kids, out, d, buf);
        trainer.score(buf, scores);
        const guess = argmax(scores, labels.length);
        trainer.update(buf, gold[d]!, guess);
        out[d] = guess;
        if (guess === gold[d]) right++;
        total++;
      }
    }
    opts.log?.(`labeller iteration ${it + 1}: train acc ${((100 * right) / total).toFixed(2)} features ${trainer.size}`);
  }
  return { labels, trainer };
}
