// Compiles a language's event resources once: pattern sets for triggers, cues and markers,
// checked against the taxonomy so a lexicon typo fails at load, not silently.
import { SitrepError } from '../core/errors.js';
import { isKnownMode, isKnownType } from '../taxonomy/index.js';
import { normalize } from '../text/tokens.js';
import { PatternSet, wordSet } from './patterns.js';
import type { CueEntry, EventResources, TriggerEntry } from './resources.js';

export type EventLexicon = {
  triggers: PatternSet<TriggerEntry>;
  cues: PatternSet<CueEntry>;
  negators: Set<string>;
  conditionals: PatternSet<true>;
  futureMarkers: PatternSet<true>;
  futureSuffixes: string[];
  hypotheticals: PatternSet<true>;
  endings: PatternSet<true>;
  framing: PatternSet<true>;
  clauseOpeners: Set<string>;
  relativeSubjects: Set<string>;
  coordinators: Set<string>;
  agentMarkers: Set<string>;
  passiveAuxiliaries: Set<string>;
  responsibility: PatternSet<CueEntry>;
  requestComplements: Set<string>;
  denialComplements: Set<string>;
  lightVerbs: PatternSet<true>;
  auxiliaries: Set<string>;
  modifiersPrecedeNoun: boolean;
  definiteDeterminers: Set<string>;
  genericModifiers: Set<string>;
  anaphoricDeterminers: Set<string>;
  speakerPronouns: Set<string>;
  earlierClauseOpeners: Set<string>;
  laterStepWords: Set<string>;
};

const cache = new WeakMap<EventResources, EventLexicon>();

export function validateTriggers(triggers: TriggerEntry[]): void {
  const ids = new Set<string>();
  for (const t of triggers) {
    if (ids.has(t.id)) throw new SitrepError('E_DATA_MISSING', `trigger lexicon: duplicate id ${t.id}`);
    ids.add(t.id);
    if (!isKnownType(t.type)) throw new SitrepError('E_DATA_MISSING', `trigger ${t.id}: unknown type ${t.type}`);
    if (t.mode && !isKnownMode(t.type, t.mode)) throw new SitrepError('E_DATA_MISSING', `trigger ${t.id}: unknown mode ${t.type}/${t.mode}`);
    if (!Array.isArray(t.pattern) || t.pattern.length === 0) throw new SitrepError('E_DATA_MISSING', `trigger ${t.id}: no pattern`);
  }
}

const set = (xs: string[]) => new Set(xs.map(normalize));

export function eventLexicon(res: EventResources): EventLexicon {
  let lex = cache.get(res);
  if (lex) return lex;
  validateTriggers(res.triggers);
  lex = {
    triggers: new PatternSet(res.triggers.flatMap((t) => t.pattern.map((pattern) => ({ pattern, value: t })))),
    cues: new PatternSet(res.cues.map((c) => ({ pattern: c.pattern, value: c }))),
    negators: set(res.negators),
    conditionals: wordSet(res.conditionals),
    futureMarkers: wordSet(res.futureMarkers),
    futureSuffixes: res.futureSuffixes,
    hypotheticals: wordSet(res.hypotheticals),
    endings: wordSet(res.endings),
    framing: wordSet(res.framing),
    clauseOpeners: set(res.clauseOpeners),
    relativeSubjects: set(res.relativeSubjects),
    coordinators: set(res.coordinators),
    agentMarkers: set(res.agentMarkers),
    passiveAuxiliaries: set(res.passiveAuxiliaries),
    responsibility: new PatternSet(res.responsibility.map((c) => ({ pattern: c.pattern, value: c }))),
    requestComplements: set(res.requestComplements),
    denialComplements: set(res.denialComplements),
    lightVerbs: wordSet(res.lightVerbs),
    auxiliaries: set(res.auxiliaries),
    modifiersPrecedeNoun: res.modifiersPrecedeNoun,
    definiteDeterminers: set(res.definiteDeterminers),
    genericModifiers: set(res.genericModifiers),
    anaphoricDeterminers: set(res.anaphoricDeterminers),
    speakerPronouns: set(res.speakerPronouns),
    earlierClauseOpeners: set(res.earlierClauseOpeners),
    laterStepWords: set(res.laterStepWords),
  };
  cache.set(res, lex);
  return lex;
}
