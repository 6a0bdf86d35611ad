// The model file of one language: gzip of [uint32 header length][JSON header][weight sections].
// Each section is uint32 feature keys then int16 weights (row-major, nClasses per key), 4-byte aligned.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { packageRoot } from '../core/paths.js';
import { SitrepError } from '../core/errors.js';
import { unpackWeights, hashString, type PackedWeights } from './weights.js';
import { FeatsChooser } from './feats.js';
import { Tagger } from './tagger.js';
import { Lexicon, type LexiconData } from './lexicon.js';
import { ArcParser, Labeller, parseInput } from './parser.js';
import { wordFeatures } from './words.js';

export const MODEL_FORMAT = 1;

export type ModelHeader = {
  format: number;
  lang: string;
  version: string;
  upos: string[];
  labels: string[];
  lexicon: LexiconData;
  tagDict?: [number, number][];
  sections: { name: string; nClasses: number; count: number; scale: number }[];
  meta?: Record<string, unknown>;
};

export type ModelParts = {
  lang: string;
  version: string;
  upos: string[];
  labels: string[];
  lexicon: LexiconData;
  /** most frequent tag of frequent training words (hashed form -> tag index), look-ahead for the tagger */
  tagDict?: [number, number][];
  tagger: PackedWeights;
  parser: PackedWeights;
  labeller: PackedWeights;
  /** contextual FEATS choice for ambiguous known words (optional) */
  feats?: PackedWeights;
  meta?: Record<string, unknown>;
};

export function encodeModel(m: ModelParts): Buffer {
  const packs: [string, PackedWeights][] = [
    ['tagger', m.tagger],
    ['parser', m.parser],
    ['labeller', m.labeller],
  ];
  if (m.feats) packs.push(['feats', m.feats]);
  const header: ModelHeader = {
    format: MODEL_FORMAT,
    lang: m.lang,
    version: m.version,
    upos: m.upos,
    labels: m.labels,
    lexicon: m.lexicon,
    tagDict: m.tagDict,
    sections: packs.map(([name, p]) => ({ name, nClasses: p.nClasses, count: p.keys.length, scale: p.scale })),
    meta: m.meta,
  };
  const hbuf = Buffer.from(JSON.stringify(header), 'utf8');
  const parts: Buffer[] = [];
  const len = Buffer.alloc(4);
  len.writeUInt32LE(hbuf.length);
  parts.push(len, hbuf, Buffer.alloc((4 - (hbuf.length % 4)) % 4));
  for (const [, p] of packs) {
    parts.push(Buffer.from(p.keys.buffer, p.keys.byteOffset, p.keys.byteLength));
    const qb = Buffer.from(p.q.buffer, p.q.byteOffset, p.q.byteLength);
    parts.push(qb, Buffer.alloc((4 - (qb.length % 4)) % 4));
  }
  return gzipSync(Buffer.concat(parts), { level: 9 });
}

export function decodeModel(gz: Buffer): ModelParts {
  const raw = gunzipSync(gz);
  // typed views need 4-byte alignment: use the inflated buffer in place when it allows, else copy
  let buf: ArrayBuffer;
  let base = 0;
  if (raw.byteOffset % 4 === 0 && raw.buffer instanceof ArrayBuffer) {
    buf = raw.buffer;
    base = raw.byteOffset;
  } else {
    buf = new ArrayBuffer(raw.length);
    new Uint8Array(buf).set(raw);
  }
  const hlen = new DataView(buf, base).getUint32(0, true);
  const header = JSON.parse(Buffer.from(buf, base + 4, hlen).toString('utf8')) as ModelHeader;
  if (header.format !== MODEL_FORMAT) throw new SitrepError('E_INTERNAL', `model format ${header.format}, expected ${MODEL_FORMAT}`);
  let off = base + 4 + hlen;
  off += (4 - (hlen % 4)) % 4;
  if (off + header.sections.reduce((a, x) => a + x.count * 4 + x.count * x.nClasses * 2 + 3, 0) > base + raw.length + 12) {
    throw new SitrepError('E_INTERNAL', 'model file is truncated');
  }
  const packs: Record<string, PackedWeights> = {};
  for (const s of header.sections) {
    const keys = new Uint32Array(buf, off, s.count);
    off += s.count * 4;
    const q = new Int16Array(buf, off, s.count * s.nClasses);
    off += s.count * s.nClasses * 2;
    off += (4 - (off % 4)) % 4;
    packs[s.name] = { nClasses: s.nClasses, keys, q, scale: s.scale };
  }
  return {
    lang: header.lang,
    version: header.version,
    upos: header.upos,
    labels: header.labels,
    lexicon: header.lexicon,
    tagDict: header.tagDict,
    tagger: packs.tagger!,
    parser: packs.parser!,
    labeller: packs.labeller!,
    feats: packs.feats,
    meta: header.meta,
  };
}

export type Analysis = { upos: string[]; feats: string[]; lemma: string[]; head: number[]; deprel: string[] };

/** Tagger, lemmatizer and parser of one language, ready to run. */
export class Annotator {
  readonly tagger: Tagger;
  readonly lexicon: Lexicon;
  readonly parser: ArcParser;
  readonly labeller: Labeller;
  readonly feats?: FeatsChooser;
  private tagHash: Uint32Array;
  /** the model without its packed weights (those live on in the tables only) */
  readonly parts: Omit<ModelParts, 'tagger' | 'parser' | 'labeller' | 'feats'>;
  constructor(model: ModelParts) {
    const { tagger, parser, labeller, feats, ...rest } = model;
    this.parts = rest;
    if (feats) this.feats = new FeatsChooser(unpackWeights(feats));
    this.tagHash = Uint32Array.from(rest.upos, (u) => hashString('T' + u));
    this.tagger = new Tagger(rest.upos, unpackWeights(tagger), rest.tagDict);
    this.lexicon = new Lexicon(rest.lexicon);
    this.parser = new ArcParser(unpackWeights(parser));
    this.labeller = new Labeller(rest.labels, unpackWeights(labeller));
  }

  /** Tags, lemmatizes and parses one sentence of words. An empty sentence gives empty arrays. */
  analyse(forms: readonly string[], opts: { parse?: boolean } = {}): Analysis {
    const n = forms.length;
    const wf = wordFeatures(forms);
    const ids = this.tagger.tagIds(wf);
    const upos = Array.from(ids, (t) => this.parts.upos[t]!);
    const feats = new Array<string>(n);
    const lemma = new Array<string>(n);
    const tags = this.feats ? Uint32Array.from(ids, (t) => this.tagHash[t]!) : undefined;
    for (let i = 0; i < n; i++) {
      const a = this.lexicon.analyse(forms[i]!, upos[i]!);
      feats[i] = a.feats;
      lemma[i] = a.lemma;
      if (this.feats) {
        const cands = this.lexicon.featCandidates(forms[i]!, upos[i]!);
        if (cands) feats[i] = this.lexicon.data.feats[this.feats.choose(wf, tags!, i, cands, this.lexicon.featsIndex(a.feats))]!;
      }
    }
    const head = new Array<number>(n).fill(0);
    const deprel = new Array<string>(n).fill('_');
    if (opts.parse !== false && n > 0) {
      const x = parseInput(forms, upos, feats, lemma);
      const heads = this.parser.parse(x);
      const labels = this.labeller.label(x, heads);
      for (let i = 0; i < n; i++) {
        head[i] = heads[i + 1]!;
        deprel[i] = this.parts.labels[labels[i + 1]!]!;
      }
    }
    return { upos, feats, lemma, head, deprel };
  }
}

export function modelPath(lang: string): string {
  return join(packageRoot, 'models', `ud-${lang}.bin.gz`);
}

const loaded = new Map<string, Annotator>();

/** The committed model of a language, loaded once. */
export function loadAnnotator(lang: string, path = modelPath(lang)): Annotator {
  const key = `${lang}:${path}`;
  let a = loaded.get(key);
  if (a) return a;
  if (!existsSync(path)) throw new SitrepError('E_DATA_MISSING', `no linguistic model for "${lang}" at ${path} (run npm run train -- --lang ${lang})`);
  try {
    a = new Annotator(decodeModel(readFileSync(path)));
  } catch (err) {
    if (err instanceof SitrepError) throw err;
    throw new SitrepError('E_INTERNAL', `linguistic model ${path} is unreadable: ${(err as Error).message}`);
  }
  loaded.set(key, a);
  return a;
}

export function saveModel(path: string, m: ModelParts): number {
  const b = encodeModel(m);
  writeFileSync(path, b);
  return b.length;
}
