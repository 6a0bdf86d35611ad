// Per-word hashed properties shared by the tagger, the lemmatizer and the parser.
import { hashString } from './weights.js';

export type WordFeatures = {
  n: number;
  /** lower-cased form with digits folded to 0 */
  norm: string[];
  w: Uint32Array;
  /** original-case form */
  raw: Uint32Array;
  suf1: Uint32Array;
  suf2: Uint32Array;
  suf3: Uint32Array;
  suf4: Uint32Array;
  suf5: Uint32Array;
  pre1: Uint32Array;
  pre2: Uint32Array;
  pre3: Uint32Array;
  shape: Uint32Array;
};

export function normForm(form: string): string {
  return form.toLowerCase().replace(/[0-9]/g, '0').replace(/[’‘ʼ]/g, "'");
}

export function shapeOf(form: string): string {
  let out = '';
  let last = '';
  let run = 0;
  for (const ch of form) {
    let c: string;
    if (ch >= '0' && ch <= '9') c = 'd';
    else if (ch !== ch.toLowerCase()) c = 'X';
    else if (ch !== ch.toUpperCase()) c = 'x';
    else c = ch;
    if (c === last) {
      if (++run > 2) continue;
    } else run = 1;
    last = c;
    out += c;
    if (out.length > 12) break;
  }
  return out;
}

const cache = new Map<string, number>();
function h(s: string): number {
  let v = cache.get(s);
  if (v === undefined) {
    v = hashString(s);
    if (cache.size < 500_000) cache.set(s, v);
  }
  return v;
}

export function wordFeatures(forms: readonly string[]): WordFeatures {
  const n = forms.length;
  const mk = () => new Uint32Array(n);
  const f: WordFeatures = {
    n,
    norm: new Array<string>(n),
    w: mk(),
    raw: mk(),
    suf1: mk(),
    suf2: mk(),
    suf3: mk(),
    suf4: mk(),
    suf5: mk(),
    pre1: mk(),
    pre2: mk(),
    pre3: mk(),
    shape: mk(),
  };
  for (let i = 0; i < n; i++) {
    const form = forms[i]!;
    const norm = normForm(form);
    f.norm[i] = norm;
    f.w[i] = h(norm);
    f.raw[i] = h(form);
    const L = norm.length;
    f.suf1[i] = h('s' + norm.slice(Math.max(0, L - 1)));
    f.suf2[i] = h('s' + norm.slice(Math.max(0, L - 2)));
    f.suf3[i] = h('s' + norm.slice(Math.max(0, L - 3)));
    f.suf4[i] = h('s' + norm.slice(Math.max(0, L - 4)));
    f.suf5[i] = h('s' + norm.slice(Math.max(0, L - 5)));
    f.pre1[i] = h('p' + norm.slice(0, 1));
    f.pre2[i] = h('p' + norm.slice(0, 2));
    f.pre3[i] = h('p' + norm.slice(0, 3));
    f.shape[i] = h('h' + shapeOf(form));
  }
  return f;
}
