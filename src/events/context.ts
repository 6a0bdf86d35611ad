// When, where and how many: dates, places and counts attached to an event from its sentence,
// or carried over from context (kept apart as stated: false / inferred: true).
import type { CountMention, DateMention, Doc, PlaceMention } from '../core/doc.js';
import type { EventDate, Place } from '../core/record.js';
import type { EventLexicon } from './lexicon.js';
import { agencyDateline } from '../mentions/places/index.js';

function distance(a: { start: number; end: number }, b: { start: number; end: number }): number {
  if (a.end <= b.start) return b.start - a.end;
  if (b.end <= a.start) return a.start - b.end;
  return 0;
}

function inSentence<T extends { span: { start: number; end: number } }>(doc: Doc, items: T[], sentence: number): T[] {
  const s = doc.sentences[sentence]!;
  return items.filter((x) => x.span.start >= s.start && x.span.end <= s.end);
}

function toEventDate(d: DateMention, stated: boolean): EventDate {
  return { start: d.start, end: d.end, precision: d.precision, stated, text: d.span.text };
}

/** "now", "currently", "in the future" place nothing on a calendar an analyst can use */
function isVague(d: DateMention): boolean {
  return /\.(present|future-ref)(\+|$)/.test(d.rule);
}

/** "Posted: Wednesday, March 12": the page's time stamp */
const isStamp = (d: DateMention): boolean => d.rule.endsWith('+stamp');

/** How much text may stand between a reporting verb and the day it was said ("said late Tuesday", "a déclaré ce mardi"). */
const SAID_ON_GAP = /^[\s,]*(?:\p{L}{1,5}\s+)?$/u;

/** "police said Tuesday": the day of the statement, not of what it tells */
function isStatementDay(doc: Doc, d: DateMention): boolean {
  return doc.cues.some((c) => c.span.end <= d.span.start && d.span.start - c.span.end <= 12 && SAID_ON_GAP.test(doc.text.slice(c.span.end, d.span.start)));
}

/** a date that may say when an event happened: on a calendar, and neither the page's stamp nor a statement's day */
export function isEventDay(doc: Doc, d: DateMention): boolean {
  return !isVague(d) && !isStamp(d) && !isStatementDay(doc, d);
}

const DAY_MS = 86_400_000;

/**
 * The days a vague date may stand for, when it is vaguer than one day: a month, a week, a range of days; a weekend
 * (Saturday and Sunday) begins on Friday evening. Undefined for one day.
 */
export function vagueSpan(d: EventDate): { from: string; to: string } | undefined {
  if (d.precision === 'day' && d.start === d.end) return undefined;
  const weekend = d.precision === 'day' && new Date(d.start).getUTCDay() === 6 && Date.parse(d.end) - Date.parse(d.start) === DAY_MS;
  return { from: weekend ? new Date(Date.parse(d.start) - DAY_MS).toISOString().slice(0, 10) : d.start, to: d.end };
}

/** the rule of a date taken from a clause telling what came after the event: the latest day it can be */
export const LATER_BOUND = 'date.sentence-later-bound';

/** "in critical condition Tuesday after he was shot": the date tells what came after the event */
function isLaterThan(doc: Doc, lex: EventLexicon, d: DateMention, trigger: { start: number }): boolean {
  if (d.span.end > trigger.start) return false;
  for (let k = doc.tokenAt(d.span.end - 1) + 1; k < doc.tokens.length && doc.tokens[k]!.start < trigger.start; k++) {
    if (lex.earlierClauseOpeners.has(doc.tokens[k]!.norm)) return true;
  }
  return false;
}

/** how many tokens from a day its verb may stand ("charged a man with murder Thursday") */
const STEP_REACH = 3;

/** how many tokens before a day the verb of a later step may open its clause, when the incident is named after the day */
const STEP_CLAUSE_REACH = 6;

/** "Rome police charged a man Thursday in the fatal shooting": the day of a later step, not of the incident */
export function isLaterStepDay(doc: Doc, lex: EventLexicon, d: DateMention, trigger: { start: number; end: number } = { start: -1, end: -1 }): boolean {
  const first = doc.tokenAt(d.span.start);
  const last = doc.tokenAt(d.span.end - 1);
  if (first < 0 || last < 0) return false;
  const sentence = doc.tokens[first]!.sentence;
  for (let k = Math.max(0, first - STEP_REACH); k <= Math.min(doc.tokens.length - 1, last + STEP_REACH); k++) {
    const t = doc.tokens[k]!;
    if (t.sentence !== sentence || (k >= first && k <= last) || (t.start >= trigger.start && t.end <= trigger.end)) continue;
    if (lex.laterStepWords.has(t.norm)) return true;
  }
  // "charged a man with murder Thursday in connection with the fatal shooting": the step's clause runs from its
  // verb to the day, and the incident is named after it
  if (trigger.start >= d.span.end) {
    for (let k = first - 1; k >= Math.max(0, first - STEP_CLAUSE_REACH); k--) {
      const t = doc.tokens[k]!;
      if (t.sentence !== sentence || t.norm === ',' || t.norm === ';') break;
      if (lex.laterStepWords.has(t.norm)) return true;
    }
  }
  return false;
}

/**
 * The date nearest the trigger in its sentence; else the last date stated earlier in the paragraph; else the
 * date of the article's last event of the same type (the incident being told); else publication.
 */
export function eventDate(
  doc: Doc,
  lex: EventLexicon,
  sentence: number,
  trigger: { start: number; end: number },
  sameKind?: EventDate,
): { date: EventDate; rule: string } {
  const days = inSentence(doc, doc.dates, sentence)
    .filter((d) => isEventDay(doc, d))
    .sort((a, b) => distance(a.span, trigger) - distance(b.span, trigger));
  const own = days.find((d) => !isLaterThan(doc, lex, d, trigger) && !isLaterStepDay(doc, lex, d, trigger));
  if (own) return { date: toEventDate(own, own.stated), rule: `date.sentence:${own.rule}` };
  // "died Saturday night after he was shot": the event is on that day or before it; a day told nearby may be
  // more exact (see dateToldAfter)
  const bound = days[0];
  if (bound) return { date: toEventDate(bound, bound.stated), rule: `${LATER_BOUND}:${bound.rule}` };
  const paragraph = doc.sentences[sentence]!.paragraph;
  const earlier = doc.dates.filter((d) => {
    const si = doc.sentenceAt(d.span.start);
    return si >= 0 && si < sentence && doc.sentences[si]!.paragraph === paragraph && d.kind === 'point' && isEventDay(doc, d);
  });
  const carried = earlier[earlier.length - 1];
  if (carried) return { date: { ...toEventDate(carried, false), text: undefined }, rule: 'date.paragraph-context' };
  if (sameKind) return { date: { ...sameKind, stated: false, text: undefined }, rule: 'date.same-kind-event' };
  const p = pageDay(doc);
  return { date: { start: p, end: p, precision: 'day', stated: false }, rule: 'date.publication' };
}

/** a page stamp this many days before the publication date given with the article is still the same story's */
const STAMP_MAX_LEAD_DAYS = 7;

/**
 * The day the page was published: its own earliest stamp ("(Published Saturday, May 2, 2015)", "Posted:
 * ...") when that is a little before the publication date given with the article (a crawl's date is often a
 * day late), else that date.
 */
function pageDay(doc: Doc): string {
  const published = doc.published!;
  const oldest = new Date(Date.parse(published) - STAMP_MAX_LEAD_DAYS * 86_400_000).toISOString().slice(0, 10);
  let day = published;
  for (const d of doc.dates) {
    if (d.rule.includes('+stamp') && d.precision === 'day' && d.start === d.end && d.start < day && d.start >= oldest) day = d.start;
  }
  return day;
}


const RANK: Record<Place['precision'], number> = { point: 0, settlement: 1, district: 2, region: 3, country: 4 };

function km(a: Place, b: Place): number {
  const r = Math.PI / 180;
  const dlat = (b.lat - a.lat) * r;
  const dlon = (b.lon - a.lon) * r;
  const h = Math.sin(dlat / 2) ** 2 + Math.cos(a.lat * r) * Math.cos(b.lat * r) * Math.sin(dlon / 2) ** 2;
  return 12742 * Math.asin(Math.sqrt(h));
}

/**
 * The place of the event: among the resolved places of its sentence, the most specific ones, and of those the
 * one closest to the others (a highway's endpoints and its province agree; a stray homonym does not) or
 * nearest the trigger; else an anaphor ("sur les lieux", "there"); else the place in focus, inferred.
 */
export function eventPlace(doc: Doc, sentence: number, trigger: { start: number; end: number }): { place?: Place; rule: string } {
  // "l'administration de Bakou" is an actor standing for a government, not where the event happened
  // and "Kigali has denied", a capital named without a preposition, is the government speaking
  const insideActor = (p: PlaceMention) =>
    doc.actors.some(
      (a) =>
        a.sector &&
        a.span.start <= p.span.start &&
        p.span.end <= a.span.end &&
        (a.span.end - a.span.start > p.span.end - p.span.start || !p.rule.startsWith('places.locative')),
    );
  // the outlet's town in a page title's tail places the story only when nothing else does (focusPlace)
  const mentions = inSentence(doc, doc.places, sentence).filter((p) => p.place && !p.outlet && !p.inName && !insideActor(p));
  // "SEATTLE (AP) — The father of a Marysville school shooter ...": a news agency's dateline is where the report was
  // filed; a place the sentence itself names is where the event was
  const named = mentions.filter((p) => !p.anaphoric);
  const told = named.filter((p) => !agencyDateline(doc, p));
  const direct = told.length ? told : named;
  if (direct.length) {
    const finest = Math.min(...direct.map((p) => RANK[p.place!.precision]));
    // a country named beside a town only frames it
    const specific = direct.filter((p) => RANK[p.place!.precision] === finest || (finest < 3 && RANK[p.place!.precision] < 3));
    let chosen: PlaceMention;
    let rule: string;
    if (specific.length >= 3) {
      const cost = (p: PlaceMention) => specific.reduce((sum, q) => sum + km(p.place!, q.place!), 0);
      chosen = specific.reduce((best, p) => (cost(p) < cost(best) ? p : best));
      rule = 'place.sentence-medoid';
    } else {
      chosen = specific.reduce((best, p) => (distance(p.span, trigger) < distance(best.span, trigger) ? p : best));
      rule = `place.sentence:${chosen.rule}`;
    }
    const town = townInside(doc, chosen.place!) ?? (chosen.relative ? townBeside(doc, chosen) : undefined);
    if (town) return { place: { ...town.place!, text: town.span.text, span: undefined, inferred: true }, rule: `${rule}+${chosen.relative ? 'town-beside' : 'town-inside'}` };
    return { place: { ...chosen.place!, inferred: false }, rule };
  }
  const anaphor = mentions.find((p) => p.anaphoric);
  if (anaphor) return { place: { ...anaphor.place!, inferred: false }, rule: 'place.anaphor' };
  const focus = focusPlace(doc, sentence);
  const town = focus.place && townInside(doc, focus.place);
  if (town) return { place: { ...town.place!, text: town.span.text, span: undefined, inferred: true }, rule: `${focus.rule}+town-inside` };
  return focus;
}

/**
 * A place the story itself tells, resolved: not an anaphor (it repeats another), not the outlet's town in the
 * page title, not the place an organisation is named after.
 */
const told = (m: PlaceMention): m is PlaceMention & { place: Place } => !!m.place && !m.anaphoric && !m.outlet && !m.inName;

/**
 * "Johnson County authorities said ..." in a story datelined FRANKLIN: the county or state a sentence names
 * holds the town the article is about; the event is placed in that town (inferred). The town is the one the
 * article names most, the first of them on a tie.
 */
/**
 * a post-office town the gazetteer took from the zip codes has only a guessed county (its nearest GeoNames
 * town's): it counts as inside a county whose reference point lies this close
 */
const POST_TOWN_COUNTY_KM = 30;

function townInside(doc: Doc, p: Place): PlaceMention | undefined {
  if (p.precision !== 'district' && p.precision !== 'region') return undefined;
  const fold = (s?: string) => (s ?? '').toLowerCase();
  const inside = (q: Place) =>
    (q.precision === 'settlement' || q.precision === 'point') &&
    q.country === p.country &&
    (p.precision === 'district'
      ? fold(q.admin1) === fold(p.admin1) && (fold(q.admin2) === fold(p.name) || (q.geonamesId === undefined && km(q, p) <= POST_TOWN_COUNTY_KM))
      : fold(q.admin1) === fold(p.admin1 ?? p.name));
  const counts = new Map<string, { n: number; m: PlaceMention }>();
  for (const m of doc.places) {
    // (every town the page names counts here, the outlet's and those organisations are named after too: a
    // county story in a local paper is of the paper's town; measured, GVA city -0.4 points without them)
    if (!m.place || m.anaphoric || !inside(m.place)) continue;
    const key = `${m.place.name}|${m.place.lat}|${m.place.lon}`;
    const c = counts.get(key);
    if (c) c.n++;
    else counts.set(key, { n: 1, m });
  }
  let best: { n: number; m: PlaceMention } | undefined;
  for (const c of counts.values()) if (!best || c.n > best.n) best = c;
  return best?.m;
}

/** how far from a town the text puts an event "outside" or "west of" it, at most */
const BESIDE_KM = 40;

/**
 * "DOUGLASVILLE, Ga. (AP) — A man shot six people ... outside Atlanta": an event told beside a town happened in
 * the town the article is datelined in when that one lies close by.
 */
function townBeside(doc: Doc, beside: PlaceMention): PlaceMention | undefined {
  const b = beside.place!;
  const ok = (m: PlaceMention) =>
    told(m) && !m.relative && (m.place.precision === 'settlement' || m.place.precision === 'point') &&
    m.place.name !== b.name && m.place.country === b.country && m.place.admin1 === b.admin1 && km(m.place, b) <= BESIDE_KM;
  return doc.places.find((m) => m.rule.startsWith('places.dateline') && ok(m));
}

/** The last specific place resolved in the paragraph before; else the article's most mentioned place. */
function focusPlace(doc: Doc, sentence: number): { place?: Place; rule: string } {
  const paragraph = doc.sentences[sentence]!.paragraph;
  const sStart = doc.sentences[sentence]!.start;
  const before = doc.places.filter((p) => told(p) && p.span.end <= sStart && doc.sentences[doc.sentenceAt(p.span.start)]?.paragraph === paragraph);
  // the last town or district told, before a country named only to frame it
  const last = before.filter((p) => p.place!.precision !== 'country').pop() ?? before[before.length - 1];
  if (last) return { place: { ...last.place!, text: last.span.text, span: undefined, inferred: true }, rule: 'place.paragraph-focus' };
  const counts = new Map<string, { n: number; p: PlaceMention }>();
  for (const p of doc.places) {
    if (!told(p) || p.place.precision === 'country') continue;
    const key = `${p.place.name}|${p.place.country}`;
    const c = counts.get(key);
    if (c) c.n++;
    else counts.set(key, { n: 1, p });
  }
  const top = [...counts.values()].sort((a, b) => b.n - a.n)[0];
  if (top && top.n >= 2) return { place: { ...top.p.place!, text: top.p.span.text, span: undefined, inferred: true }, rule: 'place.article-focus' };
  // the town the article opens with (its dateline or lead) is where its story happens, as coders assume
  const lead = doc.places.find((p) => told(p) && p.place.precision !== 'country' && p.place.precision !== 'region' && p.span.end <= sStart);
  if (lead) return { place: { ...lead.place!, text: lead.span.text, span: undefined, inferred: true }, rule: 'place.article-lead' };
  // a headline told before any place: the first town or county the story names, after it
  const first = doc.places.find((p) => told(p) && !p.relative && (p.place.precision === 'settlement' || p.place.precision === 'district' || p.place.precision === 'point'));
  if (first) return { place: { ...first.place!, text: first.span.text, span: undefined, inferred: true }, rule: 'place.article-first' };
  const outlet = doc.places.find((p) => p.place && p.outlet && p.place.precision !== 'country');
  if (outlet) return { place: { ...outlet.place!, text: outlet.span.text, span: undefined, inferred: true }, rule: 'place.outlet' };
  return { rule: 'place.none' };
}

/** Counts of the sentence, each attached to the event whose trigger is nearest. */
export function countsOfSentence(doc: Doc, sentence: number): CountMention[] {
  return inSentence(doc, doc.counts, sentence);
}
