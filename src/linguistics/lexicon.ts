// Lemmas and morphological features from the training words: an exact (form, UPOS) lexicon, then, for
// unseen words, the most frequent edit script / FEATS of training words with the same UPOS and suffix.

export type EditScript = string; // "L2|er": lower-case?, cut 2 chars, append "er"; "K0|": keep as is

export function editScript(form: string, lemma: string): EditScript {
  const best = (base: string, flag: string) => {
    let p = 0;
    while (p < base.length && p < lemma.length && base[p] === lemma[p]) p++;
    return { s: `${flag}${base.length - p}|${lemma.slice(p)}`, cost: base.length - p + lemma.length - p };
  };
  // a lower-case lemma is made from the lower-cased form, so "La" and "la" share the script of "le"
  if (lemma === lemma.toLowerCase()) return best(form.toLowerCase(), 'L').s;
  const k = best(form, 'K');
  const l = best(form.toLowerCase(), 'L');
  return l.cost < k.cost ? l.s : k.s;
}

export function applyScript(form: string, script: EditScript): string {
  const bar = script.indexOf('|');
  const base = script[0] === 'L' ? form.toLowerCase() : form;
  const cut = Number(script.slice(1, bar));
  if (cut > base.length) return base;
  return base.slice(0, base.length - cut) + script.slice(bar + 1);
}

export type LexiconData = {
  scripts: string[];
  feats: string[];
  /** "lowerform\tUPOS" -> [script index, feats index] */
  words: [string, number, number][];
  /** "UPOS\tsuffix" -> [script index, feats index] */
  suffixes: [string, number, number][];
  maxSuffix: number;
  /** "lowerform\tUPOS" -> the FEATS indices seen, when more than one (chosen in context by the FEATS model) */
  ambiguous?: [string, number[]][];
};

const MAX_SUFFIX = 6;
const MIN_TYPES = 2;

class Counter {
  m = new Map<string, Map<number, number>>();
  add(k: string, v: number, by = 1) {
    let c = this.m.get(k);
    if (!c) this.m.set(k, (c = new Map()));
    c.set(v, (c.get(v) ?? 0) + by);
  }
  best(k: string): { v: number; n: number; total: number } | undefined {
    const c = this.m.get(k);
    if (!c) return undefined;
    let v = -1;
    let n = -1;
    let total = 0;
    for (const [x, y] of c) {
      total += y;
      if (y > n || (y === n && x < v)) {
        v = x;
        n = y;
      }
    }
    return { v, n, total };
  }
}

export function buildLexicon(words: Iterable<{ form: string; upos: string; lemma: string; feats: string }>): LexiconData {
  const scripts: string[] = [];
  const sIdx = new Map<string, number>();
  const feats: string[] = [];
  const fIdx = new Map<string, number>();
  const intern = (arr: string[], idx: Map<string, number>, s: string) => {
    let i = idx.get(s);
    if (i === undefined) {
      i = arr.length;
      arr.push(s);
      idx.set(s, i);
    }
    return i;
  };
  const wS = new Counter();
  const sufScript = new Counter();
  const wF = new Counter();
  const types = new Map<string, { form: string; upos: string; s: Counter; f: Counter }>();
  for (const w of words) {
    if (w.lemma === '_' && w.form !== '_') continue;
    const key = `${w.form.toLowerCase()}\t${w.upos}`;
    const s = intern(scripts, sIdx, editScript(w.form, w.lemma));
    const f = intern(feats, fIdx, w.feats);
    wS.add(key, w.form === w.form.toLowerCase() ? s : intern(scripts, sIdx, editScript(w.form.toLowerCase(), w.lemma)));
    wF.add(key, f);
    sufScript.add(key, s);
    // forms with capitals also get an exact entry ("I" -> "I" while "i" would be "i")
    if (w.form !== w.form.toLowerCase()) {
      wS.add(`=${w.form}\t${w.upos}`, s);
      wF.add(`=${w.form}\t${w.upos}`, f);
    }
    if (!types.has(key)) types.set(key, { form: w.form.toLowerCase(), upos: w.upos, s: new Counter(), f: new Counter() });
  }
  const out: LexiconData = { scripts, feats, words: [], suffixes: [], maxSuffix: MAX_SUFFIX };
  for (const key of [...wS.m.keys()].sort()) out.words.push([key, wS.best(key)!.v, wF.best(key)!.v]);
  out.ambiguous = [];
  for (const key of [...wF.m.keys()].sort()) {
    const c = wF.m.get(key)!;
    if (key.startsWith('=') || c.size < 2) continue;
    out.ambiguous.push([key, [...c.keys()].sort((a, b) => a - b)]);
  }
  // suffix tables count word types, each with its most frequent script and feats
  const sufS = new Counter();
  const sufF = new Counter();
  for (const [key, t] of types) {
    const s = sufScript.best(key)!.v;
    const f = wF.best(key)!.v;
    for (let k = 0; k <= Math.min(MAX_SUFFIX, t.form.length); k++) {
      const sk = `${t.upos}\t${t.form.slice(t.form.length - k)}`;
      sufS.add(sk, s);
      sufF.add(sk, f);
    }
  }
  for (const key of [...sufS.m.keys()].sort()) {
    const bs = sufS.best(key)!;
    if (bs.total < MIN_TYPES && key.split('\t')[1] !== '') continue;
    out.suffixes.push([key, bs.v, sufF.best(key)!.v]);
  }
  return out;
}

export class Lexicon {
  private words = new Map<string, number>();
  private suffixes = new Map<string, number>();
  private ambiguous = new Map<string, number[]>();
  constructor(readonly data: LexiconData) {
    for (const [k, c] of data.ambiguous ?? []) this.ambiguous.set(k, c);
    for (const [k, s, f] of data.words) this.words.set(k, s * 65536 + f);
    for (const [k, s, f] of data.suffixes) this.suffixes.set(k, s * 65536 + f);
  }

  private entry(form: string, upos: string): number {
    const lower = form.toLowerCase();
    const e = (lower !== form ? this.words.get(`=${form}\t${upos}`) : undefined) ?? this.words.get(`${lower}\t${upos}`);
    if (e !== undefined) return e;
    for (let k = Math.min(this.data.maxSuffix, lower.length); k >= 0; k--) {
      const s = this.suffixes.get(`${upos}\t${lower.slice(lower.length - k)}`);
      if (s !== undefined) {
        const script = this.data.scripts[Math.floor(s / 65536)]!;
        const cut = Number(script.slice(1, script.indexOf('|')));
        if (cut <= lower.length) return s;
      }
    }
    return -1;
  }

  /** the FEATS indices a known word has been seen with, when more than one */
  featCandidates(form: string, upos: string): number[] | undefined {
    return this.ambiguous.get(`${form.toLowerCase()}\t${upos}`);
  }

  private featsIdx?: Map<string, number>;
  featsIndex(feats: string): number {
    this.featsIdx ??= new Map(this.data.feats.map((f, i) => [f, i]));
    return this.featsIdx.get(feats) ?? -1;
  }

  /** lemma and FEATS of a word with its UPOS */
  analyse(form: string, upos: string): { lemma: string; feats: string } {
    const e = this.entry(form, upos);
    if (e < 0) return { lemma: form, feats: '_' };
    return { lemma: applyScript(form, this.data.scripts[Math.floor(e / 65536)]!) || form, feats: this.data.feats[e % 65536]! };
  }
}
