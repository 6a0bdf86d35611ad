// Greedy left-to-right UPOS tagger: averaged perceptron over hashed word, affix, shape and context features.
import { FeatureBuffer, PerceptronTrainer, WeightTable, mix, mix3, mix4, hashString } from './weights.js';
import { wordFeatures, type WordFeatures } from './words.js';

export type Scorer = { nClasses: number; score(f: FeatureBuffer, scores: Float32Array): void };

const BOS = hashString('<s>');
const EOS = hashString('</s>');

function at(a: Uint32Array, i: number, n: number): number {
  return i < 0 ? BOS : i >= n ? EOS : a[i]!;
}

/** Features of word i given the tags already chosen (class indices) for earlier words. */
export function taggerFeatures(wf: WordFeatures, i: number, tags: Int32Array, out: FeatureBuffer, amb?: Int32Array): void {
  const n = wf.n;
  out.reset();
  const p1 = i > 0 ? tags[i - 1]! + 1000 : 999;
  const p2 = i > 1 ? tags[i - 2]! + 1000 : 999;
  const w = wf.w[i]!;
  const wm1 = at(wf.w, i - 1, n);
  const wp1 = at(wf.w, i + 1, n);
  out.add(1);
  out.add(mix(2, w));
  out.add(mix(3, wf.raw[i]!));
  out.add(mix(4, wf.suf1[i]!));
  out.add(mix(5, wf.suf2[i]!));
  out.add(mix(6, wf.suf3[i]!));
  out.add(mix(7, wf.suf4[i]!));
  out.add(mix(8, wf.suf5[i]!));
  out.add(mix(9, wf.pre1[i]!));
  out.add(mix(10, wf.pre2[i]!));
  out.add(mix(11, wf.pre3[i]!));
  out.add(mix(12, wf.shape[i]!));
  out.add(mix(13, wm1));
  out.add(mix(14, wp1));
  out.add(mix(15, at(wf.w, i - 2, n)));
  out.add(mix(16, at(wf.w, i + 2, n)));
  out.add(mix(17, at(wf.suf3, i - 1, n)));
  out.add(mix(18, at(wf.suf3, i + 1, n)));
  out.add(mix(19, at(wf.suf2, i + 1, n)));
  out.add(mix(20, p1));
  out.add(mix3(21, p1, p2));
  out.add(mix3(22, p1, w));
  out.add(mix3(23, wm1, w));
  out.add(mix3(24, w, wp1));
  out.add(mix3(25, p1, wf.suf3[i]!));
  out.add(mix(26, at(wf.shape, i + 1, n)));
  out.add(mix(27, at(wf.shape, i - 1, n)));
  out.add(mix3(28, i === 0 ? 1 : 0, wf.shape[i]!));
  out.add(mix3(29, p1, wp1));
  out.add(mix3(30, wm1, wp1));
  out.add(mix3(31, p1, wf.shape[i]!));
  out.add(mix3(32, p2, w));
  out.add(mix(33, at(wf.suf4, i + 1, n)));
  out.add(mix(34, at(wf.suf2, i - 1, n)));
  out.add(mix3(35, i === 0 ? 1 : 0, w));
  if (amb) {
    // the most frequent training tag of the word and of the next two: a look-ahead a greedy tagger lacks
    const a0 = amb[i]!;
    const a1 = i + 1 < n ? amb[i + 1]! : -2;
    const a2 = i + 2 < n ? amb[i + 2]! : -2;
    out.add(mix(36, a0));
    out.add(mix(37, a1));
    out.add(mix(38, a2));
    out.add(mix3(39, p1, a1));
    out.add(mix3(40, a0, a1));
    out.add(mix4(41, p1, a0, a1));
    out.add(mix3(42, w, a1));
  }
}

/** Most frequent training tag of each word (by hashed normalised form), -1 when unknown or rare. */
export function ambiguity(wf: WordFeatures, dict: Map<number, number> | undefined): Int32Array | undefined {
  if (!dict) return undefined;
  const a = new Int32Array(wf.n);
  for (let i = 0; i < wf.n; i++) a[i] = dict.get(wf.w[i]!) ?? -1;
  return a;
}

export function buildTagDict(data: { wf: WordFeatures; gold: Int32Array }[], minCount: number): [number, number][] {
  const counts = new Map<number, Map<number, number>>();
  for (const d of data) {
    for (let i = 0; i < d.wf.n; i++) {
      let c = counts.get(d.wf.w[i]!);
      if (!c) counts.set(d.wf.w[i]!, (c = new Map()));
      c.set(d.gold[i]!, (c.get(d.gold[i]!) ?? 0) + 1);
    }
  }
  const out: [number, number][] = [];
  for (const [w, c] of counts) {
    let best = -1;
    let bn = 0;
    let total = 0;
    for (const [t, k] of c) {
      total += k;
      if (k > bn || (k === bn && t < best)) {
        best = t;
        bn = k;
      }
    }
    if (total >= minCount) out.push([w, best]);
  }
  return out.sort((a, b) => a[0] - b[0]);
}

export function argmax(scores: Float32Array, n: number): number {
  let best = 0;
  for (let c = 1; c < n; c++) if (scores[c]! > scores[best]!) best = c;
  return best;
}

export class Tagger {
  private buf = new FeatureBuffer();
  private scores: Float32Array;
  readonly dict?: Map<number, number>;
  constructor(
    readonly classes: string[],
    readonly weights: Scorer,
    dict?: [number, number][],
  ) {
    this.scores = new Float32Array(classes.length);
    if (dict) this.dict = new Map(dict);
  }

  /** class indices for the words */
  tagIds(wf: WordFeatures): Int32Array {
    const tags = new Int32Array(wf.n);
    const amb = ambiguity(wf, this.dict);
    for (let i = 0; i < wf.n; i++) {
      taggerFeatures(wf, i, tags, this.buf, amb);
      this.weights.score(this.buf, this.scores);
      tags[i] = argmax(this.scores, this.classes.length);
    }
    return tags;
  }

  tag(forms: readonly string[]): string[] {
    return Array.from(this.tagIds(wordFeatures(forms)), (t) => this.classes[t]!);
  }
}

/** Deterministic PRNG (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffle<T>(a: T[], rand: () => number): T[] {
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [a[i], a[j]] = [a[j]!, a[i]!];
  }
  return a;
}

export type TagExample = { forms: string[]; tags: string[] };

export function trainTagger(
  data: TagExample[],
  opts: { iterations: number; seed: number; log?: (s: string) => void; dev?: TagExample[]; dictMinCount?: number },
): { classes: string[]; trainer: PerceptronTrainer; dict?: [number, number][] } {
  const classes = [...new Set(data.flatMap((d) => d.tags))].sort();
  const cid = new Map(classes.map((c, i) => [c, i]));
  const trainer = new PerceptronTrainer(classes.length);
  const prepared = data.map((d) => ({ wf: wordFeatures(d.forms), gold: Int32Array.from(d.tags, (t) => cid.get(t)!) }));
  const rand = rng(opts.seed);
  const buf = new FeatureBuffer();
  const scores = new Float32Array(classes.length);
  const dict = opts.dictMinCount ? buildTagDict(prepared, opts.dictMinCount) : undefined;
  const dictMap = dict ? new Map(dict) : undefined;
  const ambs = prepared.map((p) => ambiguity(p.wf, dictMap));
  for (let it = 0; it < opts.iterations; it++) {
    let right = 0;
    let total = 0;
    const order = shuffle(prepared.map((_, i) => i), rand);
    for (const k of order) {
      const { wf, gold } = prepared[k]!;
      const amb = ambs[k];
      const tags = new Int32Array(wf.n);
      for (let i = 0; i < wf.n; i++) {
        taggerFeatures(wf, i, tags, buf, amb);
        trainer.score(buf, scores);
        const guess = argmax(scores, classes.length);
        trainer.update(buf, gold[i]!, guess);
        tags[i] = guess; // condition on predicted history
        if (guess === gold[i]) right++;
        total++;
      }
    }
    opts.log?.(`tagger iteration ${it + 1}: train acc ${((100 * right) / total).toFixed(2)} features ${trainer.size}`);
  }
  return { classes, trainer, dict };
}

export function taggerFromPacked(classes: string[], table: WeightTable): Tagger {
  return new Tagger(classes, table);
}
