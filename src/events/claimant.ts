// According to whom: the reporting clause that governs the trigger, or the outlet's own voice.
import type { Doc, ReportingCue } from '../core/doc.js';
import type { EventLexicon } from './lexicon.js';

const DENIAL_REACH = 3;

/**
 * A denial governs what it denies: "a démenti avoir tiré", "denied that it attacked", "denied attacking" — not an
 * event merely named beside it ("ont nié toute implication dans le massacre": the massacre is not denied).
 */
function deniesTrigger(doc: Doc, lex: EventLexicon, cue: ReportingCue, triggerStart: number): boolean {
  const first = doc.tokenAt(cue.span.end - 1) + 1;
  const trigger = doc.tokenAt(triggerStart);
  if (trigger - first <= 1) return true;
  for (let k = first; k < Math.min(trigger, first + DENIAL_REACH); k++) if (lex.denialComplements.has(doc.tokens[k]!.norm)) return true;
  return false;
}

/**
 * Order of preference inside the trigger's sentence: an inverted cue after the trigger (", a indiqué X", ", said X"),
 * then a cue before it whose speaker precedes it ("X a souligné que ..."), then any later cue, then any cue.
 */
export function governingCue(doc: Doc, lex: EventLexicon, sentence: number, triggerStart: number): ReportingCue | undefined {
  const s = doc.sentences[sentence]!;
  const inSentence = doc.cues.filter((c) => c.span.start >= s.start && c.span.end <= s.end);
  if (inSentence.length === 0) return undefined;
  // "..., a charge Kyiv denied": a denial after the event speaks about it, it does not report it
  const after = inSentence.filter((c) => c.span.start > triggerStart && !c.rule.endsWith('+denial'));
  const before = inSentence.filter((c) => c.span.end <= triggerStart && (!c.rule.endsWith('+denial') || deniesTrigger(doc, lex, c, triggerStart)));
  return (
    after.find((c) => c.rule.includes('+inverted')) ??
    before[before.length - 1] ??
    after[0]
  );
}
