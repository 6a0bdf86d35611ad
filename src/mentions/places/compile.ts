// Turns a language's PlaceResources into token-sequence lookups, once per resources object.
import { normalize } from '../../text/tokens.js';
import type { PlacePrecision } from '../../core/record.js';
import type { PlaceResources } from './resources.js';

const ELIDED = /^(l'|d'|j'|n'|s'|c'|m'|t'|qu'|jusqu'|lorsqu'|puisqu')(.+)$/;

/** "près d'" -> ["près", "d'"]; "à l'est de" -> ["à", "l'", "est", "de"] (the tokenizer's way of splitting) */
export function phraseTokens(phrase: string): string[] {
  const out: string[] = [];
  for (const w of normalize(phrase).split(/\s+/)) {
    if (!w) continue;
    const m = ELIDED.exec(w);
    if (m) out.push(m[1]!, m[2]!);
    else out.push(w);
  }
  return out;
}

/** Phrases indexed by their last word, longest first, for matching backwards from a position. */
export type PhraseIndex = Map<string, string[][]>;

function index(phrases: string[]): PhraseIndex {
  const m: PhraseIndex = new Map();
  for (const p of phrases) {
    const toks = phraseTokens(p);
    if (!toks.length) continue;
    const last = toks[toks.length - 1]!;
    const list = m.get(last) ?? [];
    list.push(toks);
    m.set(last, list);
  }
  for (const list of m.values()) list.sort((a, b) => b.length - a.length);
  return m;
}

/** Phrases indexed by their first word, longest first, for matching forwards. */
function indexForward(phrases: string[]): PhraseIndex {
  const m: PhraseIndex = new Map();
  for (const p of phrases) {
    const toks = phraseTokens(p);
    if (!toks.length) continue;
    const list = m.get(toks[0]!) ?? [];
    list.push(toks);
    m.set(toks[0]!, list);
  }
  for (const list of m.values()) list.sort((a, b) => b.length - a.length);
  return m;
}

export type CompiledPlaceResources = {
  locatives: PhraseIndex;
  weakLocatives: PhraseIndex;
  placeNouns: PhraseIndex;
  nounPrecision: Map<string, PlacePrecision>;
  nounLinkers: Set<string>;
  routeNouns: Set<string>;
  connectors: Set<string>;
  anaphora: PhraseIndex;
  anaphoraBlockers: Map<string, Set<string>>;
  notPlaces: Set<string>;
  nameAbbreviations: Set<string>;
  personTitles: PhraseIndex;
  speakerVerbs: PhraseIndex;
  organisationHeads: Set<string>;
  possessiveMarkers: Set<string>;
  possessiveParts: Set<string>;
  possessivePeople: Set<string>;
  modifiedNouns: Set<string>;
  authorityHeads: Set<string>;
  councilHeads: Set<string>;
  streetNouns: Set<string>;
  relativeLocatives: Set<string>;
  determiners: Set<string>;
  regionalModifiers: Set<string>;
  compassAbbreviations: Set<string>;
  streetOpeners: PhraseIndex;
  /** police forces' acronyms -> the town each serves (a Map: looked up with every token of the text) */
  authorityAcronyms: Map<string, string>;
};

const cache = new WeakMap<PlaceResources, CompiledPlaceResources>();

export function compilePlaceResources(res: PlaceResources): CompiledPlaceResources {
  let c = cache.get(res);
  if (c) return c;
  const nounPrecision = new Map<string, PlacePrecision>();
  for (const n of res.placeNouns) for (const w of n.words) nounPrecision.set(phraseTokens(w).join(' '), n.precision);
  c = {
    locatives: index(res.locatives),
    weakLocatives: index(res.weakLocatives),
    placeNouns: index(res.placeNouns.flatMap((n) => n.words)),
    nounPrecision,
    nounLinkers: new Set(res.nounLinkers.flatMap(phraseTokens)),
    routeNouns: new Set(res.routeNouns.map((w) => normalize(w))),
    connectors: new Set(res.nameConnectors.map((w) => normalize(w))),
    anaphora: indexForward(res.anaphora),
    anaphoraBlockers: new Map(Object.entries(res.anaphoraBlockers).map(([k, v]) => [phraseTokens(k).join(' '), new Set(v.map((w) => normalize(w)))])),
    notPlaces: new Set(res.notPlaces.map((w) => normalize(w))),
    nameAbbreviations: new Set(res.nameAbbreviations.map((w) => normalize(w))),
    // "Mr." is written with its dot; the tokenizer may give the dot its own token: index both
    personTitles: index([...res.personTitles, ...res.personTitles.filter((t) => t.endsWith('.')).map((t) => t.slice(0, -1))]),
    speakerVerbs: indexForward(res.speakerVerbs),
    organisationHeads: new Set(res.organisationHeads.map((w) => normalize(w))),
    possessiveMarkers: new Set((res.possessive?.markers ?? []).map((w) => normalize(w))),
    possessiveParts: new Set((res.possessive?.parts ?? []).map((w) => normalize(w))),
    possessivePeople: new Set((res.possessive?.people ?? []).map((w) => normalize(w))),
    modifiedNouns: new Set((res.modifiedNouns ?? []).map((w) => normalize(w))),
    authorityHeads: new Set((res.authorityHeads ?? []).map((w) => normalize(w))),
    councilHeads: new Set((res.councilHeads ?? []).map((w) => normalize(w))),
    streetNouns: new Set((res.streetNouns ?? []).map((w) => normalize(w))),
    relativeLocatives: new Set((res.relativeLocatives ?? []).map((w) => phraseTokens(w).join(' '))),
    determiners: new Set(res.determiners.flatMap(phraseTokens)),
    regionalModifiers: new Set(res.regionalModifiers.flatMap(phraseTokens)),
    compassAbbreviations: new Set(res.compassAbbreviations ?? []),
    streetOpeners: index(res.streetOpeners ?? []),
    authorityAcronyms: new Map(Object.entries(res.authorityAcronyms ?? {})),
  };
  cache.set(res, c);
  return c;
}

/** Length of the longest phrase of `idx` that ends at token `end - 1`, 0 when none. */
export function matchBackward(idx: PhraseIndex, norms: readonly string[], end: number, floor: number): number {
  if (end - 1 < floor) return 0;
  const list = idx.get(norms[end - 1]!);
  if (!list) return 0;
  outer: for (const p of list) {
    if (end - p.length < floor) continue;
    for (let k = 0; k < p.length; k++) if (norms[end - p.length + k] !== p[k]) continue outer;
    return p.length;
  }
  return 0;
}

/** Length of the longest phrase of `idx` that starts at token `start`, 0 when none. */
export function matchForward(idx: PhraseIndex, norms: readonly string[], start: number, ceil: number): number {
  if (start >= ceil) return 0;
  const list = idx.get(norms[start]!);
  if (!list) return 0;
  outer: for (const p of list) {
    if (start + p.length > ceil) continue;
    for (let k = 0; k < p.length; k++) if (norms[start + k] !== p[k]) continue outer;
    return p.length;
  }
  return 0;
}
