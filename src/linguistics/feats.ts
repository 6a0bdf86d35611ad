// FEATS of known words seen with several feature sets ("walked": past or participle; "her": possessive
// or not), chosen in context by an averaged perceptron whose weights are keyed by (feature, candidate).
import { FeatureBuffer, PerceptronTrainer, mix, mix3, hashString } from './weights.js';
import type { Scorer } from './tagger.js';
import type { Lexicon } from './lexicon.js';
import type { WordFeatures } from './words.js';

const BOS = hashString('<s>');

function base(wf: WordFeatures, tags: Uint32Array, i: number, best: number, out: FeatureBuffer): void {
  out.reset();
  const n = wf.n;
  const W = (j: number) => (j < 0 || j >= n ? BOS : wf.w[j]!);
  const T = (j: number) => (j < 0 || j >= n ? BOS : tags[j]!);
  out.add(mix(1, best));
  out.add(mix(2, wf.w[i]!));
  out.add(mix(3, W(i - 1)));
  out.add(mix(4, W(i + 1)));
  out.add(mix(5, W(i - 2)));
  out.add(mix(6, T(i - 1)));
  out.add(mix(7, T(i + 1)));
  out.add(mix3(8, T(i - 1), T(i - 2)));
  out.add(mix3(9, T(i - 1), T(i + 1)));
  out.add(mix3(10, wf.w[i]!, W(i - 1)));
  out.add(mix3(11, wf.w[i]!, T(i + 1)));
  out.add(mix3(12, wf.w[i]!, T(i - 1)));
  out.add(mix(13, W(i + 2)));
  out.add(mix(14, T(i + 2)));
  out.add(mix(15, T(i - 2)));
  out.add(mix(16, wf.raw[i]!));
}

function keyed(b: FeatureBuffer, c: number, out: FeatureBuffer): void {
  out.reset();
  for (let j = 0; j < b.n; j++) out.add(mix(b.keys[j]!, c + 7));
}

export class FeatsChooser {
  private b = new FeatureBuffer();
  private k = new FeatureBuffer();
  private s = new Float32Array(1);
  constructor(readonly weights: Scorer) {}

  /** the index of the chosen FEATS among the candidates */
  choose(wf: WordFeatures, tags: Uint32Array, i: number, cands: number[], best: number): number {
    base(wf, tags, i, best, this.b);
    let bi = -1;
    let bs = -Infinity;
    for (const c of cands) {
      keyed(this.b, c, this.k);
      this.weights.score(this.k, this.s);
      const v = this.s[0]! + (c === best ? 1e-3 : 0);
      if (v > bs) {
        bs = v;
        bi = c;
      }
    }
    return bi;
  }
}

export type FeatsExample = { wf: WordFeatures; tags: Uint32Array; upos: string[]; forms: string[]; gold: number[] };

export function trainFeats(data: FeatsExample[], lexicon: Lexicon, opts: { iterations: number; log?: (s: string) => void }): PerceptronTrainer {
  const trainer = new PerceptronTrainer(1);
  const chooser = new FeatsChooser(trainer);
  const b = new FeatureBuffer();
  const kg = new FeatureBuffer();
  const kp = new FeatureBuffer();
  for (let it = 0; it < opts.iterations; it++) {
    let right = 0;
    let total = 0;
    for (const d of data) {
      for (let i = 0; i < d.wf.n; i++) {
        const cands = lexicon.featCandidates(d.forms[i]!, d.upos[i]!);
        if (!cands || !cands.includes(d.gold[i]!)) continue;
        const best = lexicon.featsIndex(lexicon.analyse(d.forms[i]!, d.upos[i]!).feats);
        const guess = chooser.choose(d.wf, d.tags, i, cands, best);
        total++;
        trainer.tick();
        if (guess === d.gold[i]) {
          right++;
          continue;
        }
        base(d.wf, d.tags, i, best, b);
        keyed(b, d.gold[i]!, kg);
        keyed(b, guess, kp);
        trainer.adjust(kg, 0, 1);
        trainer.adjust(kp, 0, -1);
      }
    }
    opts.log?.(`feats iteration ${it + 1}: train acc on ambiguous words ${((100 * right) / Math.max(1, total)).toFixed(2)} (${total})`);
  }
  return trainer;
}
