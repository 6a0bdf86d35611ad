// The places stage: finds toponyms and anaphora, resolves them against the gazetteer with the article's
// evidence (countries its actors carry, other places it names), and fills doc.places in text order.
// Passes, in order: find candidates (detect.ts) -> drop people and organisations (actors layer) ->
// resolve all (src/geo/resolve.ts) -> keep what the cue and the gazetteer support -> resolve the kept
// ones again without the rejected -> point anaphora at the place in focus.
import type { Doc, PlaceMention } from '../../core/doc.js';
import type { Place } from '../../core/record.js';
import type { Stage } from '../../core/stage.js';
import type { Gazetteer, GazetteerEntry } from '../../geo/gazetteer.js';
import { resolveToponyms, MIN_SCORE, type Resolution } from '../../geo/resolve.js';
import { foldName } from '../../geo/fold.js';
import { overlaps } from '../../core/span.js';
import { distanceKm } from '../../geo/distance.js';
import { qualifiesName } from './named-after.js';
import { compilePlaceResources, type CompiledPlaceResources } from './compile.js';
import { findCandidates, type Candidate } from './detect.js';
import type { PlaceResources } from './resources.js';
import type { LanguageResources } from '../../lang/resources.js';
import { foldKey, lexiconFor, type TrieNode } from '../actors/lexicon.js';
export type { PlaceResources } from './resources.js';

/** a settlement must be this large to count as a place without any cue ("Paris" alone) */
const BARE_MIN_POPULATION = 100_000;
/** ... or after a weak cue ("de Bakou", "from Maiduguri") */
const WEAK_MIN_POPULATION = 5_000;
/** ... or this large when other places of the article vouch for it (near it, same division, "X, Y") */
const VOUCHED_MIN_POPULATION = 1_000;
const VOUCHED_INITIAL_MIN_POPULATION = 10_000;
const NEAR_SINGLE_MIN_POPULATION = 20_000;
const SPECIFIC = new Set(['point', 'settlement', 'district']);

function isBig(e: GazetteerEntry): boolean {
  return e.precision === 'country' || e.featureCode === 'ADM1' || e.featureCode === 'RGN' || e.precision === 'region';
}

/** a name nothing announces as a place for sure: the gazetteer must know it well */
const weaklyCued = (c: Candidate): boolean => c.cue === 'bare' || c.cue === 'weak-locative' || c.cue === 'noun-modifier';

/** what other places of the article say for a name: its division named, its parent beside it, towns near it */
const VOUCHING = new Set(['division-in-article', 'parent-named-beside', 'near-other-place']);
const vouched = (r: Resolution) => r.rules.some((x) => VOUCHING.has(x));

/** whether a candidate is kept, given how it was announced and what the gazetteer made of it */
function keep(c: Candidate, r: Resolution): boolean {
  const e = r.entry;
  // "Ohio's method", "and China's economy": a state or a country speaks of its own things; a town may be a surname
  if (c.possessive && weaklyCued(c) && e && e.matched !== 'translit' && isBig(e)) return true;
  switch (c.cue) {
    case 'locative':
    case 'place-noun':
    case 'route-endpoint':
    case 'noun-after':
    case 'dateline':
      return true;
    case 'weak-locative':
    case 'noun-modifier':
      if (c.speaker) return false;
      if (!e || e.matched === 'translit') return false;
      // "Malin boy": a town of any size modifying a noun of people, when the article names its division or towns near it
      if (c.cue === 'noun-modifier' && e.matched === 'name' && vouched(r)) return true;
      return isBig(e) || e.population >= WEAK_MIN_POPULATION;
    case 'bare': {
      if (!e || e.matched === 'translit' || c.speaker) return false;
      // other places of the article vouch for a smaller name: its division or its parent named, or (for a name of
      // several words, or a town of some size: one word is often a surname) its being near them
      const v = r.rules.some((x) => x === 'division-in-article' || x === 'parent-named-beside') ||
        (r.rules.includes('near-other-place') && (!c.single || e.population >= NEAR_SINGLE_MIN_POPULATION));
      if (c.sentenceInitial) return e.precision === 'country' || e.featureCode === 'RGN' || e.population >= 1_000_000 || (v && e.population >= VOUCHED_INITIAL_MIN_POPULATION);
      return isBig(e) || e.population >= BARE_MIN_POPULATION || (v && e.population >= VOUCHED_MIN_POPULATION);
    }
  }
}

function toPlace(c: { text: string; start: number; end: number }, e: GazetteerEntry, doc: Doc, inferred: boolean): Place {
  const p: Place = {
    text: c.text, span: doc.span(c.start, c.end), name: e.name, lat: e.lat, lon: e.lon, country: e.country,
    precision: e.precision, inferred,
  };
  if (e.geonamesId !== undefined) p.geonamesId = e.geonamesId;
  if (e.admin1) p.admin1 = e.admin1;
  if (e.admin2) p.admin2 = e.admin2;
  if (e.city) p.locality = e.city;
  if (e.population > 0 && (e.precision === 'settlement' || e.precision === 'point')) p.population = e.population;
  return p;
}

function confidence(r: Resolution): number {
  const v = 0.5 + 0.04 * (r.score - MIN_SCORE) + 0.05 * Math.min(r.margin, 6);
  return Math.round(Math.max(0.05, Math.min(0.99, v)) * 100) / 100;
}

/** ISO3 -> number of actor mentions carrying that country ("l'armée azerbaïdjanaise" -> AZE) */
function actorCountries(doc: Doc, gazetteer: Gazetteer, candidates: readonly Candidate[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const a of doc.actors) {
    // ("a Lebanon man" in a story from Lebanon, Pa.: an actor known by a place name is no evidence of its own;
    // the name is resolved with the other places)
    if (candidates.some((c) => overlaps(a.span, c))) continue;
    if (a.country && /^[A-Z]{3}$/.test(a.country) && gazetteer.country(a.country)) m.set(a.country, (m.get(a.country) ?? 0) + 1);
  }
  return m;
}

/** people and organisations the actors stage found are not places; a country actor is, when a locative announces it */
function isActorName(doc: Doc, c: Candidate): boolean {
  for (const a of doc.actors) {
    if (!overlaps(a.span, c)) continue;
    if (a.kind === 'person') return true;
    if (c.cue === 'bare' && (a.kind === 'demonym' || a.kind === 'people')) return true;
    if ((a.kind === 'institution' || a.kind === 'group') && (!a.head || overlaps(a.head, c))) return weaklyCued(c);
  }
  return false;
}

/** spans of the language's demonyms (from the actors' country table), longest match first, with their country */
function findDemonyms(doc: Doc, res: LanguageResources): Array<{ start: number; end: number; country: string }> {
  const root = lexiconFor(res).root;
  const tokens = doc.tokens;
  const out: Array<{ start: number; end: number; country: string }> = [];
  for (let i = 0; i < tokens.length; i++) {
    let node: TrieNode | undefined = root;
    let best: { end: number; country: string } | undefined;
    for (let j = i; j < tokens.length && node; j++) {
      node = node.next?.get(foldKey(tokens[j]!.norm));
      if (!node?.items) continue;
      for (const it of node.items) {
        if (it.entry.type !== 'demonym') continue;
        if (it.mode !== 'any' && !/^\p{Lu}/u.test(tokens[i]!.text)) continue;
        best = { end: j, country: it.entry.country };
      }
    }
    if (best) {
      out.push({ start: tokens[i]!.start, end: tokens[best.end]!.end, country: best.country });
      i = best.end;
    }
  }
  return out;
}

/**
 * Demonyms standing for their country ("Syrian troops", "les forces arméniennes"), as toponyms of the
 * country, outside the place mentions already found. The geoparser reports them (geoparsing corpora count
 * them as toponyms), but they are not put in doc.places: a people named is not where an event happened.
 */
export function findDemonymPlaces(doc: Doc, resources: LanguageResources, gazetteer: Gazetteer, existing: readonly PlaceMention[] = doc.places): PlaceMention[] {
  const out: PlaceMention[] = [];
  for (const d of findDemonyms(doc, resources)) {
    if (existing.some((m) => overlaps(m.span, d))) continue;
    const e = gazetteer.country(d.country);
    if (!e) continue;
    out.push({ span: doc.span(d.start, d.end), place: toPlace({ text: doc.text.slice(d.start, d.end), start: d.start, end: d.end }, e, doc, false), rule: 'places.demonym', score: 0.6 });
  }
  return out;
}

/** a news agency's mark right after a dateline: "SEATTLE (AP) —", "BOSTON (Reuters) -", "PARIS, Texas (AP)" */
const AGENCY_AFTER = /^(?:,[^(\n]{1,30})?\s*\((?:AP|Reuters|AFP|UPI|CNN|Bloomberg|dpa|ANSA|EFE|Xinhua)\)/;

/** a news agency's dateline: where the report was filed, not where its story happened */
export function agencyDateline(doc: Doc, m: { rule: string; span: { end: number } }): boolean {
  return m.rule.startsWith('places.dateline') && AGENCY_AFTER.test(doc.text.slice(m.span.end, m.span.end + 40));
}

/** how much a dateline weighs, against one for any other mention, in finding the division an article is about */
const DATELINE_WEIGHT = 3;
/** ... and a local authority the story quotes ("Chicago police said"): the story is of the place it serves */
const AUTHORITY_WEIGHT = 2;
/** a division needs this weight, and more than any other, to be the article's */
const REGION_MIN_WEIGHT = 2;
const LOCAL = new Set(['point', 'settlement', 'district']);

const regionKey = (e: { country: string; admin1?: string }): string | undefined => (e.admin1 ? `${e.country}|${e.admin1}` : undefined);

/**
 * One country and one region per story: local news names the towns of one state or province. When the
 * article's places (its dateline above all) point to one country, or to one first-level division, a town or
 * county resolved elsewhere is taken as its namesake inside them when the gazetteer has one ("Stockton" in a
 * story from California, "Overtown" in one from Florida); one matched only by its transliteration skeleton
 * ("Frayser" -> Fraser, Michigan), or only by another name of a town elsewhere ("Beaverdam" in a story from
 * Virginia -> Beaver Dam, Wisconsin), or announced as a part of a town ("the Austin neighborhood" in a Chicago
 * story), or a town of a division the story never names and with no parent beside it ("in Austin" in a story
 * from Chicago), is left unresolved rather than sent out of the story's region.
 */
function keepToArticleRegion(doc: Doc, resolved: Array<{ c: Candidate; m: PlaceMention; e: GazetteerEntry }>, gazetteer: Gazetteer): void {
  const countryVotes = new Map<string, number>();
  const regionVotes = new Map<string, number>();
  for (const { c, e, m } of resolved) {
    if (c.inName) continue;
    // (an agency's dateline is where the report was filed: it counts as any other mention)
    const w = c.cue === 'dateline' && !agencyDateline(doc, m) ? DATELINE_WEIGHT : c.authority ? AUTHORITY_WEIGHT : 1;
    if (e.precision !== 'country') countryVotes.set(e.country, (countryVotes.get(e.country) ?? 0) + w);
    const key = regionKey(e);
    if (key && e.precision !== 'country') regionVotes.set(key, (regionVotes.get(key) ?? 0) + w);
  }
  const leader = (votes: Map<string, number>): string | undefined => {
    const [top, second] = [...votes.entries()].sort((a, b) => b[1] - a[1]);
    return top && top[1] >= REGION_MIN_WEIGHT && !(second && second[1] >= top[1]) ? top[0] : undefined;
  };
  const country = leader(countryVotes);
  if (!country) return;
  const region = leader(regionVotes);
  const within = region ? (e: GazetteerEntry) => regionKey(e) === region : (e: GazetteerEntry) => e.country === country;
  const sharedName = (r: { c: Candidate }) =>
    gazetteer.lookup(r.c.lookupName ?? r.c.text, { variants: false, translit: false }).filter((e) => e.matched === 'name' && LOCAL.has(e.precision)).length > 1;
  // the first-level divisions the story names itself ("Texas", "Ill.")
  const namedRegions = new Set(resolved.filter((r) => r.e.precision === 'region').map((r) => regionKey(r.e) ?? `${r.e.country}|${r.e.name}`));
  for (const r of resolved) {
    if (!LOCAL.has(r.e.precision) || within(r.e)) continue;
    const inside = gazetteer
      .lookup(r.c.lookupName ?? r.c.text, { variants: false, translit: false })
      .filter((e) => e.matched !== 'translit' && LOCAL.has(e.precision) && within(e))
      .sort((a, b) => b.population - a.population)[0];
    if (inside) {
      r.m.place = toPlace(r.c, inside, doc, false);
      r.m.rule += '+article-region';
    } else if (
      r.e.matched === 'translit' ||
      (r.e.matched === 'alternate' && (r.e.country !== country || (region !== undefined && r.e.population < BARE_MIN_POPULATION))) ||
      r.c.hint === 'point' ||
      // "Austin" in a story from Chicago: a town of a state the story never names, without its state beside it,
      // whose name other towns bear too (a name only one town bears, "Marseille" in a story from Paris, is that town)
      (region !== undefined && r.e.country === country && r.c.cue !== 'dateline' && !r.m.rule.includes('parent-named-beside') && !namedRegions.has(regionKey(r.e)!) && sharedName(r))
    ) {
      // (the capital is known by all its names, wherever the story is: "D.C.")
      if (r.e.featureCode === 'PPLC') continue;
      delete r.m.place;
      delete r.m.score;
      r.m.rule += '+outside-article-region';
    }
  }
}

/**
 * "St. Clair County" in a story about Lowry City, Missouri: a county named like the county of a town the story
 * names is that county (Missouri's St. Clair County, not the more populous one of Illinois).
 */
function agreeCountiesWithTowns(doc: Doc, resolved: Array<{ c: Candidate; m: PlaceMention; e: GazetteerEntry }>, gazetteer: Gazetteer): void {
  const townCounties = new Set(resolved.filter((r) => r.e.precision === 'settlement' && r.e.admin2Code).map((r) => r.e.admin2Code!));
  if (townCounties.size === 0) return;
  for (const r of resolved) {
    if (r.e.featureCode !== 'ADM2' || townCounties.has(r.e.admin2Code ?? '')) continue;
    const same = gazetteer.lookup(r.c.lookupName ?? r.c.text, { variants: false, translit: false }).find((e) => e.featureCode === 'ADM2' && e.matched !== 'translit' && townCounties.has(e.admin2Code ?? ''));
    if (!same) continue;
    r.e = same;
    r.m.place = toPlace(r.c, same, doc, false);
    r.m.rule += '+county-of-town';
  }
}

/** a part of a town lies this close to a town or district the story names, when it names any */
const PART_OF_TOWN_KM = 50;

/**
 * "the Austin neighborhood", "the Bagram air base": a name announced as a part of a town or a site is where the
 * story's other towns are. Resolved far from all of them, it is a namesake (Austin, Texas, in a Chicago story)
 * and stays unresolved; a story that names no other town keeps it.
 */
function keepPartsNearTheirTown(resolved: Array<{ c: Candidate; m: PlaceMention; e: GazetteerEntry }>): void {
  const towns = resolved.filter((r) => r.m.place && r.c.hint !== 'point' && !r.c.inName && !r.m.outlet && (r.m.place.precision === 'settlement' || r.m.place.precision === 'district'));
  if (towns.length === 0) return;
  for (const r of resolved) {
    const p = r.m.place;
    if (r.c.hint !== 'point' || !p || !LOCAL.has(p.precision)) continue;
    if (towns.some((t) => distanceKm(p.lat, p.lon, t.m.place!.lat, t.m.place!.lon) <= PART_OF_TOWN_KM)) continue;
    delete r.m.place;
    delete r.m.score;
    r.m.rule += '+far-from-its-town';
  }
}

/** what separates a page title's headline from the outlet's name after it: "... - KSLA News 12 Shreveport", "... | Dayton, OH" */
const TITLE_SEPARATOR = /\s(?:[-|–—·]|::)\s/;

/** where the tail of the article's page title starts (after its headline), or -1 when the text does not open with a title */
function titleTailStart(doc: Doc): number {
  const title = doc.title?.trim();
  if (!title || !doc.text.startsWith(title)) return -1;
  const m = TITLE_SEPARATOR.exec(title);
  return m ? m.index : -1;
}

/** "IMPD: 8-year-old accidentally shoots self": a police force's acronym names the town it serves */
function authorityAcronyms(doc: Doc, res: CompiledPlaceResources): Candidate[] {
  const table = res.authorityAcronyms;
  if (!table.size) return [];
  const out: Candidate[] = [];
  for (const t of doc.tokens) {
    const place = table.get(t.text);
    if (!place) continue;
    out.push({ start: t.start, end: t.end, text: t.text, lookupName: place, cue: 'locative', sentenceInitial: false, authority: true });
  }
  return out;
}

export function findPlaces(doc: Doc, ctx: { resources: { places: PlaceResources }; gazetteer?: Gazetteer }): PlaceMention[] {
  const res = compilePlaceResources(ctx.resources.places);
  const gazetteer = ctx.gazetteer;
  const tail = titleTailStart(doc);
  const found = findCandidates(doc, res, gazetteer, tail, tail >= 0 ? doc.title!.trim().length : -1);
  const people = new Set(found.personNames);
  for (const a of doc.actors) {
    if (a.kind !== 'person') continue;
    const words = a.span.text.split(/\s+/);
    people.add(foldName(words[words.length - 1]!));
  }
  const acronyms = authorityAcronyms(doc, res);
  const candidates = found.candidates
    .filter((c) => !isActorName(doc, c) && !(weaklyCued(c) && people.has(foldName(c.text))))
    .filter((c) => !acronyms.some((a) => a.start < c.end && c.start < a.end))
    .concat(acronyms)
    .sort((a, b) => a.start - b.start);
  // "Oxford Instruments": a town's name qualifying another proper name is the best-known town of the name
  for (const c of candidates) if (qualifiesName(doc.text, c.end, ctx.resources.places)) c.namedAfter = true;
  const mentions: PlaceMention[] = [];
  if (!gazetteer) {
    for (const c of candidates) if (!weaklyCued(c)) mentions.push({ span: doc.span(c.start, c.end), rule: `places.${c.cue}/no-gazetteer` });
  } else {
    const countries = actorCountries(doc, gazetteer, candidates);
    const first = resolveToponyms(candidates, gazetteer, { text: doc.text, countries, homeCountries: ctx.resources.places.homeCountries });
    const kept = candidates.filter((c, i) => keep(c, first[i]!));
    // (a name the gazetteer lacks stays unresolved: no focusFallback, no guess)
    const final = resolveToponyms(kept, gazetteer, { text: doc.text, countries, homeCountries: ctx.resources.places.homeCountries });
    const resolved: Array<{ c: Candidate; m: PlaceMention; e: GazetteerEntry }> = [];
    kept.forEach((c, i) => {
      const r = final[i]!;
      const m: PlaceMention = { span: doc.span(c.start, c.end), rule: `places.${c.cue}`, ...(c.relative ? { relative: true } : {}), ...(c.inName ? { inName: true } : {}) };
      // a bare or weakly announced name must still hold up once the rejected ones are gone
      if (r.entry && weaklyCued(c) && !keep(c, r)) return;
      if (r.entry) {
        m.place = toPlace(c, r.entry, doc, false);
        m.score = confidence(r);
        if (r.rules.length) m.rule += `/${r.rules.join('+')}`;
        resolved.push({ c, m, e: r.entry });
      }
      mentions.push(m);
    });
    agreeCountiesWithTowns(doc, resolved, gazetteer);
    keepToArticleRegion(doc, resolved, gazetteer);
    keepPartsNearTheirTown(resolved);
  }
  // "Man shot in hand - KSLA News 12 Shreveport, Louisiana": the outlet's town, after the headline
  if (tail >= 0) {
    const end = doc.title!.trim().length;
    for (const m of mentions) if (m.span.start >= tail && m.span.end <= end) m.outlet = true;
  }
  // anaphora: the last specific place before it (a town, a district, a point), else the last non-country place
  for (const a of found.anaphora) {
    let focus: PlaceMention | undefined;
    let fallback: PlaceMention | undefined;
    for (const m of mentions) {
      if (m.span.start >= a.start || !m.place || m.anaphoric || m.outlet || m.inName) continue;
      if (SPECIFIC.has(m.place.precision)) focus = m;
      else if (m.place.precision !== 'country') fallback = m;
    }
    // "the scene", "sur les lieux" name a site: a state or a country is no scene ("there" may be anywhere)
    const site = /\s/.test(doc.text.slice(a.start, a.end).trim());
    const target = focus ?? (site ? undefined : fallback);
    const m: PlaceMention = { span: doc.span(a.start, a.end), rule: a.rule, anaphoric: true };
    if (target?.place) {
      m.place = { ...target.place, text: m.span.text, span: m.span, inferred: true };
      m.score = Math.round((target.score ?? 0.5) * 0.8 * 100) / 100;
      m.rule += `/focus:${target.span.text}`;
    }
    mentions.push(m);
  }
  mentions.sort((x, y) => x.span.start - y.span.start || y.span.end - x.span.end);
  return mentions;
}

export const placesStage: Stage = {
  name: 'places.v1',
  requires: ['tokens', 'actors'],
  assigns: ['places'],
  run(doc, ctx) {
    doc.places = findPlaces(doc, ctx);
    if (ctx.debug) for (const p of doc.places) doc.trace.push(`places: "${p.span.text}" ${p.rule}${p.place ? ` -> ${p.place.name} ${p.place.country} (${p.place.lat}, ${p.place.lon})` : ' (unresolved)'}`);
  },
};
