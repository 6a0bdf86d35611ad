// Tokenization inside sentences: words (with inner hyphens), French elisions and clitics,
// English contractions, numbers with thousands separators, punctuation.
import type { Stage } from '../core/stage.js';
import type { Doc, Token, TokenKind } from '../core/doc.js';
import type { TextResources } from './resources.js';

/** Folds typographic apostrophes and dashes to ASCII and lower-cases. */
export function normalize(s: string): string {
  return s.replace(/[’‘ʼ`´]/g, "'").replace(/[‐‑‒–—]/g, '-').toLowerCase();
}

// A raw chunk: a number with separators, a word with inner hyphens/apostrophes, or one other character.
const CHUNK =
  /\d{1,3}(?:[  ]\d{3})+(?:[.,]\d+)?(?!\d)|\d+(?:[.,:]\d+)*(?:-[\p{L}\d]+)*|[\p{L}\p{M}][\p{L}\p{M}\d]*(?:[-'’‐‑][\p{L}\p{M}\d]+)*['’]?|\.{2,}|\S/gu;

type Piece = { start: number; end: number };

function splitWord(text: string, start: number, end: number, res: TextResources, rules: CompiledRules): Piece[] {
  const word = text.slice(start, end);
  const norm = normalize(word);
  const out: Piece[] = [];
  let s = 0;
  let e = norm.length;
  // French elision at the start: l'armée -> l' + armée (possibly twice: "qu'l'..." does not occur, but "jusqu'à" does)
  for (;;) {
    const m = rules.elision.exec(norm.slice(s, e));
    if (!m || rules.keepWhole.has(norm)) break;
    out.push({ start: start + s, end: start + s + m[0].length });
    s += m[0].length;
  }
  // English contraction at the end: Azerbaijan's -> Azerbaijan + 's ; don't -> do + n't
  const tail: Piece[] = [];
  const c = rules.contraction.exec(norm.slice(s, e));
  if (c && c.index > 0) {
    tail.unshift({ start: start + s + c.index, end: start + e });
    e = s + c.index;
  }
  // French clitics at the end: a-t-il -> a + -t-il ; dit-il -> dit + -il
  const k = rules.clitic.exec(norm.slice(s, e));
  if (k && k.index > 0) {
    tail.unshift({ start: start + s + k.index, end: start + e });
    e = s + k.index;
  }
  // A trailing apostrophe that is not an elision (English plural possessive "soldiers'") becomes punctuation.
  if (e > s && norm[e - 1] === "'" && e - s > 1) {
    tail.unshift({ start: start + e - 1, end: start + e });
    e -= 1;
  }
  if (e > s) out.push({ start: start + s, end: start + e });
  return out.concat(tail);
}

type CompiledRules = { elision: RegExp; contraction: RegExp; clitic: RegExp; keepWhole: Set<string> };
const compiled = new WeakMap<TextResources, CompiledRules>();

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function compile(res: TextResources): CompiledRules {
  let c = compiled.get(res);
  if (c) return c;
  const alt = (xs: string[]) => (xs.length ? xs.map((x) => escape(normalize(x))).sort((a, b) => b.length - a.length).join('|') : '(?!)');
  c = {
    // the elided form must be followed by a letter or digit
    elision: new RegExp(`^(?:${alt(res.elisions)})(?=[\\p{L}\\d])`, 'u'),
    contraction: new RegExp(`(?:${alt(res.contractions)})$`, 'u'),
    clitic: new RegExp(`(?:${alt(res.clitics)})$`, 'u'),
    keepWhole: new Set(['aujourd\'hui', 'prud\'hommes', 'presqu\'île', 'quelqu\'un', 'quelqu\'une', 'o\'clock']),
  };
  compiled.set(res, c);
  return c;
}

function kindOf(s: string): TokenKind {
  if (/^\d/.test(s)) return 'number';
  if (/^[\p{L}\p{M}'-]/u.test(s) || /^['’]/.test(s)) return 'word';
  if (/^[\p{P}]/u.test(s)) return 'punct';
  return 'symbol';
}

/** Tokenizes the range [start, end) of `text`. */
export function tokenizeRange(text: string, start: number, end: number, res: TextResources, sentence = 0): Token[] {
  const rules = compile(res);
  const out: Token[] = [];
  const slice = text.slice(start, end);
  CHUNK.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CHUNK.exec(slice))) {
    const s = start + m.index;
    const e = s + m[0].length;
    const pieces = /^[\p{L}\p{M}]/u.test(m[0]) ? splitWord(text, s, e, res, rules) : [{ start: s, end: e }];
    for (const p of pieces) {
      const t = text.slice(p.start, p.end);
      out.push({ start: p.start, end: p.end, text: t, norm: normalize(t), kind: kindOf(t), sentence });
    }
  }
  return out;
}

export const tokensStage: Stage = {
  name: 'tokens.rules.v1',
  requires: ['sentences'],
  assigns: ['tokens'],
  run(doc: Doc, ctx) {
    const tokens: Token[] = [];
    doc.sentences.forEach((s, i) => {
      s.firstToken = tokens.length;
      for (const t of tokenizeRange(doc.text, s.start, s.end, ctx.resources.text, i)) tokens.push(t);
      s.endToken = tokens.length;
    });
    doc.tokens = tokens;
  },
};
