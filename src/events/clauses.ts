// Clause-level helpers over the token stream: where a clause starts, whether a span is inside one.
import type { Doc, Token } from '../core/doc.js';
import type { EventLexicon } from './lexicon.js';

const HARD_BREAK = new Set([';', ':', '«', '»', '"', '“', '”', '(', ')', '—']);

export function isHardBreak(t: Token): boolean {
  return HARD_BREAK.has(t.text);
}

/** First token of the clause holding token `i`: after a clause opener (que, that) or a hard break. */
export function clauseStart(doc: Doc, lex: EventLexicon, i: number, sentenceStart: number): number {
  for (let k = i - 1; k >= sentenceStart; k--) {
    const t = doc.tokens[k]!;
    // "Les Forces de soutien rapide (FSR) ont nié": a short parenthesis does not end the clause
    if (t.text === ')') {
      const open = shortParenthesisStart(doc, k, sentenceStart);
      if (open >= 0) {
        k = open;
        continue;
      }
    }
    if (isHardBreak(t) || lex.clauseOpeners.has(t.norm)) return k + 1;
  }
  return sentenceStart;
}

const SHORT_PARENTHESIS = 6;

function shortParenthesisStart(doc: Doc, close: number, floor: number): number {
  for (let k = close - 1; k >= Math.max(floor, close - SHORT_PARENTHESIS); k--) if (doc.tokens[k]!.text === '(') return k;
  return -1;
}

/** One past the last token of the clause holding token `i`. */
export function clauseEnd(doc: Doc, lex: EventLexicon, i: number, sentenceEnd: number): number {
  for (let k = i + 1; k < sentenceEnd; k++) {
    const t = doc.tokens[k]!;
    if (isHardBreak(t) || lex.clauseOpeners.has(t.norm)) return k;
  }
  return sentenceEnd;
}

/** Token index range [first, end) covered by a character span. */
export function tokenRange(doc: Doc, span: { start: number; end: number }): [number, number] {
  const first = doc.tokenAt(span.start);
  let last = doc.tokenAt(span.end - 1);
  if (last < 0) last = first;
  return [first, last + 1];
}
