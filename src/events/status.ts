// Whether the text asserts the event, denies it, makes it conditional, hypothetical or future.
import type { Doc, ReportingCue } from '../core/doc.js';
import type { EventStatus } from '../core/record.js';
import type { EventLexicon } from './lexicon.js';
import { clauseStart, clauseEnd } from './clauses.js';
import type { PatternSet } from './patterns.js';

function anyMatch(set: PatternSet<true>, doc: Doc, from: number, to: number): boolean {
  for (let k = Math.max(from, 0); k < to; k++) if (set.matchesAt(doc.tokens, k, to).length) return true;
  return false;
}

/** how far before a trigger a modal or future marker reaches: "pourrait appeler à une grève" */
const MODAL_REACH = 5;

export function statusOf(
  doc: Doc,
  lex: EventLexicon,
  site: { start: number; end: number; sentence: number; pos: 'verb' | 'noun' },
  cue: ReportingCue | undefined,
): { status: EventStatus; rule: string } {
  const s = doc.sentences[site.sentence]!;
  const cStart = clauseStart(doc, lex, site.start, s.firstToken);
  const cEnd = clauseEnd(doc, lex, site.end - 1, s.endToken);
  // a negator before the trigger ("ne visait pas", "did not attack", "aucune attaque"); one after a noun trigger
  // negates another verb ("L'attaque n'a pas été revendiquée")
  for (let k = Math.max(cStart, site.start - 3); k < site.start; k++) {
    if (lex.negators.has(doc.tokens[k]!.norm)) return { status: 'negated', rule: 'status.negator' };
  }
  if (cue?.rule.endsWith('+denial')) return { status: 'negated', rule: 'status.denial-cue' };
  if (anyMatch(lex.conditionals, doc, s.firstToken, s.endToken)) return { status: 'conditional', rule: 'status.conditional' };
  if (anyMatch(lex.hypotheticals, doc, Math.max(cStart, site.start - MODAL_REACH), site.start)) return { status: 'hypothetical', rule: 'status.hypothetical' };
  if (anyMatch(lex.futureMarkers, doc, Math.max(cStart, site.start - MODAL_REACH), site.start)) return { status: 'future', rule: 'status.future-marker' };
  if (site.pos === 'verb') {
    const n = doc.tokens[site.start]!.norm;
    if (n.length > 6 && lex.futureSuffixes.some((suf) => n.endsWith(suf))) return { status: 'future', rule: 'status.future-tense' };
  }
  return { status: 'asserted', rule: 'status.default' };
}
