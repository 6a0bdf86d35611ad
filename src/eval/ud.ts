// `sitrep eval ud`: tagger, lemmatizer and parser against a gold CoNLL-U file with gold tokenization,
// scored as the CoNLL 2018 shared task does (UFeats on universal features, LAS on universal relations).
import { existsSync, readFileSync } from 'node:fs';
import type { Io } from '../cli/extract-command.js';
import { sharedPath } from '../core/paths.js';
import { asSitrepError } from '../core/errors.js';
import { readConllu, ConlluError, type UdSentence } from '../linguistics/conllu.js';
import { loadAnnotator, type Annotator } from '../linguistics/model.js';

const UNIVERSAL_FEATURES = new Set([
  'PronType', 'NumType', 'Poss', 'Reflex', 'Foreign', 'Abbr', 'Gender', 'Animacy', 'Number', 'Case', 'Definite',
  'Degree', 'VerbForm', 'Mood', 'Tense', 'Aspect', 'Voice', 'Evident', 'Polarity', 'Person', 'Polite',
]);

export function universalFeats(feats: string): string {
  if (feats === '_' || feats === '') return '_';
  const kept = feats.split('|').filter((f) => UNIVERSAL_FEATURES.has(f.split('=')[0]!));
  return kept.length ? kept.sort().join('|') : '_';
}

export type UdScores = { words: number; upos: number; ufeats: number; lemma: number; uas: number; las: number };

export type UdPrediction = { upos: string[]; feats: string[]; lemma: string[]; head: number[]; deprel: string[] };

export class UdScorer {
  private n = 0;
  private c = { upos: 0, ufeats: 0, lemma: 0, uas: 0, las: 0 };
  add(gold: UdSentence, p: UdPrediction): void {
    gold.words.forEach((g, i) => {
      this.n++;
      if (p.upos[i] === g.upos) this.c.upos++;
      if (universalFeats(p.feats[i]!) === universalFeats(g.feats)) this.c.ufeats++;
      if (g.lemma === '_' || p.lemma[i] === g.lemma) this.c.lemma++;
      if (p.head[i] === g.head) {
        this.c.uas++;
        if (p.deprel[i]!.split(':')[0] === g.deprel.split(':')[0]) this.c.las++;
      }
    });
  }
  get scores(): UdScores {
    const pc = (x: number) => (this.n ? Math.round((10000 * x) / this.n) / 100 : 0);
    return { words: this.n, upos: pc(this.c.upos), ufeats: pc(this.c.ufeats), lemma: pc(this.c.lemma), uas: pc(this.c.uas), las: pc(this.c.las) };
  }
}

/** Runs the annotator over gold sentences; returns scores and words/s (tag + lemma + parse, load excluded). */
export function evaluateUd(annotator: Annotator, gold: UdSentence[]): UdScores & { wordsPerSecond: number } {
  const scorer = new UdScorer();
  const preds: UdPrediction[] = [];
  // warm-up on a few sentences so the JIT is not measured
  for (const s of gold.slice(0, 50)) annotator.analyse(s.words.map((w) => w.form));
  const t0 = performance.now();
  for (const s of gold) preds.push(annotator.analyse(s.words.map((w) => w.form)));
  const seconds = (performance.now() - t0) / 1000;
  gold.forEach((s, i) => scorer.add(s, preds[i]!));
  const sc = scorer.scores;
  return { ...sc, wordsPerSecond: Math.round(sc.words / Math.max(seconds, 1e-9)) };
}

export function defaultUdDev(lang: string): string {
  return lang === 'fr'
    ? sharedPath('data', 'ud', 'ud-fr-sequoia', 'fr_sequoia-ud-dev.conllu')
    : sharedPath('data', 'ud', 'ud-en-ewt', 'en_ewt-ud-dev.conllu');
}

export async function runUdEval(files: string[], opts: Record<string, unknown>, io: Io): Promise<number> {
  const lang = (opts.lang as string | undefined) ?? 'fr';
  if (lang !== 'fr' && lang !== 'en') {
    io.stderr(`E_BAD_OPTION: --lang must be fr or en\n`);
    return 2;
  }
  const goldPath = (opts.gold as string | undefined) ?? files[0] ?? defaultUdDev(lang);
  if (!existsSync(goldPath)) {
    io.stderr(`E_FILE_NOT_FOUND: ${goldPath} (pass --gold FILE.conllu)\n`);
    return 2;
  }
  let gold: UdSentence[];
  try {
    gold = readConllu(readFileSync(goldPath, 'utf8'), { requireTree: true });
  } catch (err) {
    if (err instanceof ConlluError) {
      io.stderr(`${err.code}: ${goldPath}: ${err.message}\n`);
      return 1;
    }
    throw err;
  }
  let annotator: Annotator;
  try {
    const t0 = performance.now();
    annotator = loadAnnotator(lang, opts.model as string | undefined);
    io.stderr(`model loaded in ${Math.round(performance.now() - t0)} ms\n`);
  } catch (err) {
    const e = asSitrepError(err);
    io.stderr(`${e.code}: ${e.message}\n`);
    return 2;
  }
  const r = evaluateUd(annotator, gold);
  io.stdout(`ud ${lang} ${goldPath}\n`);
  io.stdout(`words ${r.words}\n`);
  io.stdout(`UPOS    ${r.upos.toFixed(2)}\nUFeats  ${r.ufeats.toFixed(2)}\nLemma   ${r.lemma.toFixed(2)}\nUAS     ${r.uas.toFixed(2)}\nLAS     ${r.las.toFixed(2)}\n`);
  io.stdout(`words/s ${r.wordsPerSecond}\n`);
  if (opts.json) io.stdout(JSON.stringify({ lang, gold: goldPath, ...r }) + '\n');
  return 0;
}
