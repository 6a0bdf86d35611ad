// Reporting cues: "selon X", "X a souligné que", ", a indiqué X", "a-t-il ajouté", "X said", "according to X".
// Each cue gets its speaker (an actor mention) or, for a pronoun, the last speaker named before it.
import type { ActorMention, Doc, ReportingCue } from '../core/doc.js';
import type { Stage } from '../core/stage.js';
import { eventLexicon, type EventLexicon } from './lexicon.js';
import type { CueEntry } from './resources.js';

/** how far from its verb a speaker may stand: "Le porte-parole de la police, Nahum Daso, a précisé" */
const SPEAKER_WINDOW = 12;

function actorAfter(doc: Doc, endChar: number, maxChar: number): ActorMention | undefined {
  return doc.actors.find((a) => a.span.start >= endChar && a.span.start <= maxChar);
}

/**
 * The speaker right before the verb: only an apposition (", Nahum Daso,"), auxiliaries or adverbs may stand
 * between them ("witnesses said" after "the crowd" is not the crowd speaking).
 */
function actorBefore(doc: Doc, lex: EventLexicon, startChar: number, minChar: number): ActorMention | undefined {
  const cue = doc.tokenAt(startChar);
  for (let i = doc.actors.length - 1; i >= 0; i--) {
    const a = doc.actors[i]!;
    if (a.span.end > startChar) continue;
    if (a.span.start < minChar) return undefined;
    let adjacent = true;
    for (let k = doc.tokenAt(a.span.end - 1) + 1; k < cue; k++) {
      const t = doc.tokens[k]!;
      if (!(t.text === ',' || /^\p{Lu}/u.test(t.text) || lex.auxiliaries.has(t.norm) || t.norm.endsWith('ly') || t.norm.endsWith('ment'))) adjacent = false;
    }
    return adjacent ? a : undefined;
  }
  return undefined;
}

function usesPronoun(doc: Doc, lex: EventLexicon, first: number, end: number): boolean {
  for (let k = first; k < end; k++) if (lex.speakerPronouns.has(doc.tokens[k]!.norm)) return true;
  const prev = doc.tokens[first - 1];
  return prev !== undefined && lex.speakerPronouns.has(prev.norm) && prev.sentence === doc.tokens[first]!.sentence;
}

const NAME_WORDS = 4;
const PHRASE_WORDS = 8;

/** "Williams said", "Sgt. Chris Estes said": the capitalised name right before the verb */
function nameBefore(doc: Doc, cueStart: number, floor: number): ActorMention | undefined {
  let k = cueStart - 1;
  // "Nahum Daso, a précisé": an apposition's closing comma
  if (k > floor && doc.tokens[k]!.text === ',') k--;
  const end = k;
  while (k >= floor && end - k < NAME_WORDS && /^\p{Lu}/u.test(doc.tokens[k]!.text) && doc.tokens[k]!.kind === 'word') k--;
  if (k === end) return undefined;
  const first = doc.tokens[k + 1]!;
  const last = doc.tokens[end]!;
  const span = doc.span(first.start, last.end);
  return { text: span.text, span, kind: 'person', rule: 'cue.named-speaker' };
}

/** "according to the Cook County medical examiner's office": the phrase up to the next punctuation */
function phraseAfter(doc: Doc, from: number, end: number): ActorMention | undefined {
  let k = from;
  while (k < end && k - from < PHRASE_WORDS && doc.tokens[k]!.kind !== 'punct') k++;
  if (k === from) return undefined;
  const span = doc.span(doc.tokens[from]!.start, doc.tokens[k - 1]!.end);
  return { text: span.text, span, kind: 'people', rule: 'cue.phrase-speaker' };
}

export function findCues(doc: Doc, lex: EventLexicon): ReportingCue[] {
  const cues: ReportingCue[] = [];
  let lastSpeaker: ActorMention | undefined;
  doc.sentences.forEach((s) => {
    for (const m of lex.cues.findAll(doc.tokens, s.firstToken, s.endToken)) {
      const entry: CueEntry = m.value;
      const first = doc.tokens[m.start]!;
      const last = doc.tokens[m.end - 1]!;
      const span = doc.span(first.start, last.end);
      const windowEnd = doc.tokens[Math.min(m.end + SPEAKER_WINDOW, s.endToken) - 1]!.end;
      const windowStart = doc.tokens[Math.max(m.start - SPEAKER_WINDOW, s.firstToken)]!.start;
      let speaker: ActorMention | undefined;
      let rule = entry.id;
      if (usesPronoun(doc, lex, m.start, m.end)) {
        speaker = lastSpeaker;
        rule += '+last-speaker';
      } else if (entry.speaker === 'after') {
        speaker = actorAfter(doc, span.end, windowEnd);
      } else if (entry.speaker === 'before') {
        speaker = actorBefore(doc, lex, span.start, windowStart);
      } else {
        const prev = doc.tokens[m.start - 1];
        const next = doc.tokens[m.end];
        // "Le porte-parole, Nahum Daso, a précisé que ...": a cue opening a "que" clause has its speaker before it
        const opensClause = next !== undefined && next.sentence === first.sentence && lex.clauseOpeners.has(next.norm);
        const inverted = !opensClause && (!prev || prev.sentence !== first.sentence || prev.kind === 'punct');
        speaker = inverted ? (actorAfter(doc, span.end, windowEnd) ?? actorBefore(doc, lex, span.start, windowStart)) : actorBefore(doc, lex, span.start, windowStart);
        if (inverted && speaker && speaker.span.start >= span.end) rule += '+inverted';
      }
      // A speaker the actors stage does not know ("Williams said", "according to an arrest warrant")
      if (!speaker && !rule.includes('+last-speaker')) {
        speaker = entry.speaker === 'after' ? phraseAfter(doc, m.end, s.endToken) : nameBefore(doc, m.start, s.firstToken);
        if (speaker) rule += '+unlisted-speaker';
      }
      // A bare verb with nobody saying it is not a reporting clause ("les mesures prises").
      if (!speaker) continue;
      lastSpeaker = speaker;
      cues.push({ span, speaker, scope: { start: s.start, end: s.end }, rule: entry.denial ? rule + '+denial' : rule });
    }
  });
  return cues;
}

export const cuesStage: Stage = {
  name: 'cues.v1',
  requires: ['tokens', 'actors'],
  assigns: ['cues'],
  run(doc, ctx) {
    doc.cues = findCues(doc, eventLexicon(ctx.resources.events));
  },
};
