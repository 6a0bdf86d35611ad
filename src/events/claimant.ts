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
 * Order of preference inside the trigger's sentence: an inverted cue after it (", a indiqué X", ", said X") unless
 * X is a news agency relaying someone; then a cue before it whose speaker precedes it ("X a souligné que ...",
 * "X a affirmé avoir ..."); then "selon X" before it; then any later cue.
 */
export function governingCue(doc: Doc, lex: EventLexicon, sentence: number, triggerStart: number): ReportingCue | undefined {
  const s = doc.sentences[sentence]!;
  const inSentence = doc.cues.filter((c) => c.span.start >= s.start && c.span.end <= s.end);
  if (inSentence.length === 0) return undefined;
  // "..., a charge Kyiv denied": a denial after the event speaks about it, it does not report it
  const after = inSentence.filter((c) => c.span.start > triggerStart && !c.rule.endsWith('+denial'));
  const before = inSentence.filter((c) => c.span.end <= triggerStart && (!c.rule.endsWith('+denial') || deniesTrigger(doc, lex, c, triggerStart)));
  // ", a indiqué une déclaration de la présidence" names the source of everything the sentence reports; but
  // "Le ministère a affirmé avoir abattu dix drones, a rapporté l'agence TASS": a news agency only relays, and the
  // ministry, whose words lead to the trigger, is the one who claims it
  const inverted = after.find((c) => c.rule.includes('+inverted'));
  const leading = before.filter((c) => c.speaker && c.speaker.span.end <= c.span.start).pop();
  if (inverted && !(leading && inverted.speaker?.sector === 'JRN')) return inverted;
  return leading ?? before[before.length - 1] ?? after[0];
}
