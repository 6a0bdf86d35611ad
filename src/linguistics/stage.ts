// The syntax stage: tags, lemmatizes and parses each sentence of sitrep's own tokens, filling
// Token.upos, lemma, head (a token index in doc.tokens, -1 for the root) and deprel.
import type { Doc, Token } from '../core/doc.js';
import type { Stage, StageContext } from '../core/stage.js';
import { existsSync } from 'node:fs';
import { loadAnnotator, modelPath, type Analysis, type Annotator } from './model.js';

export type WordSplit = {
  /** syntactic words */
  forms: string[];
  /** for each word, the index of its token in the given list */
  tokenOf: number[];
  /** for each token, its first word */
  firstWord: number[];
};

/** Syntactic words of a token list (contractions such as French "du" split as UD does). */
export function wordsOfTokens(tokens: readonly string[], syntacticWords: Readonly<Record<string, string[]>>): WordSplit {
  const forms: string[] = [];
  const tokenOf: number[] = [];
  const firstWord: number[] = [];
  tokens.forEach((t, i) => {
    firstWord.push(forms.length);
    const split = Object.hasOwn(syntacticWords, t.toLowerCase()) ? syntacticWords[t.toLowerCase()] : undefined;
    if (split && split.length) {
      const cap = t[0] !== t[0]!.toLowerCase();
      split.forEach((w, k) => {
        forms.push(k === 0 && cap ? w[0]!.toUpperCase() + w.slice(1) : w);
        tokenOf.push(i);
      });
    } else {
      forms.push(t);
      tokenOf.push(i);
    }
  });
  return { forms, tokenOf, firstWord };
}

/** Analysis of a token sentence mapped back to tokens: head is a token offset in the sentence, -1 for root. */
export function analyseTokens(annotator: Annotator, tokens: readonly string[], syntacticWords: Readonly<Record<string, string[]>>): { split: WordSplit; analysis: Analysis; tokenHead: number[] } {
  const split = wordsOfTokens(tokens, syntacticWords);
  const analysis = annotator.analyse(split.forms);
  const tokenHead = tokens.map((_, ti) => {
    const w = split.firstWord[ti]!;
    let h = analysis.head[w]!;
    // a head inside the same token (the article of "du") goes one level up
    for (let guard = 0; h > 0 && split.tokenOf[h - 1] === ti && guard < split.forms.length; guard++) h = analysis.head[h - 1]!;
    return h === 0 ? -1 : split.tokenOf[h - 1]!;
  });
  return { split, analysis, tokenHead };
}

export function annotateDoc(doc: Doc, annotator: Annotator, syntacticWords: Readonly<Record<string, string[]>>, only?: (sentence: number) => boolean): void {
  for (const [si, s] of doc.sentences.entries()) {
    if (only && !only(si)) continue;
    const toks: Token[] = doc.tokens.slice(s.firstToken, s.endToken);
    if (toks.length === 0) continue;
    const { split, analysis, tokenHead } = analyseTokens(annotator, toks.map((t) => t.text), syntacticWords);
    toks.forEach((t, i) => {
      const w = split.firstWord[i]!;
      t.upos = analysis.upos[w];
      t.lemma = analysis.lemma[w];
      t.deprel = analysis.deprel[w];
      t.head = tokenHead[i]! < 0 ? -1 : s.firstToken + tokenHead[i]!;
    });
  }
}

/**
 * The syntax stage. Parsing costs more than all the rest of extraction, so a pipeline may pass `only`, a test of
 * which sentences to parse (the events pipeline parses the sentences where an event word occurs).
 */
export function syntaxStageFor(only?: (doc: Doc, ctx: StageContext, sentence: number) => boolean): Stage {
  return {
    name: only ? 'syntax.perceptron.v1+selective' : 'syntax.perceptron.v1',
    requires: ['tokens'],
    assigns: ['syntax'],
    run(doc, ctx) {
      if (!existsSync(modelPath(doc.lang))) return;
      annotateDoc(doc, loadAnnotator(doc.lang), ctx.resources.text.syntacticWords, only && ((si) => only(doc, ctx, si)));
    },
  };
}

export const syntaxStage: Stage = syntaxStageFor();
