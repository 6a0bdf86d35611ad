// The events stage: triggers from the lexicon, then roles, status, claimant, framing, date, place and size
// for each, assembled into EventRecords (DESIGN.md). Rules run in the order written here.
import type { ActorMention, CountMention, Doc } from '../core/doc.js';
import type { Actor, EventDate, EventRecord } from '../core/record.js';
import type { Stage, StageContext } from '../core/stage.js';
import { eventLexicon, type EventLexicon } from './lexicon.js';
import type { TriggerEntry } from './resources.js';
import { findRoles, type TriggerSite } from './roles.js';
import { statusOf } from './status.js';
import { governingCue } from './claimant.js';
import { eventDate, eventPlace, countsOfSentence, isEventDay, isLaterStepDay, vagueSpan, LATER_BOUND } from './context.js';
import { acledView } from './acled.js';
import { INCIDENT_TYPES, OUTCOME_REACH, attachCounts, attachHeadingCounts, claimResponsibility, foldRestatement, inferRejectingActor, mergeSameSentence, toActor, type Told } from './discourse.js';

export { cuesStage } from './cues.js';

type Candidate = { entry: TriggerEntry; start: number; end: number; sentence: number; type: string; mode?: string; rules: string[] };

const NATURAL_TYPES = new Set(['ACCIDENT', 'DISASTER', 'FIRE', 'EPIDEMIC']);

/** incidents that follow or surround a harm rather than being one: an arrest, a theft */
const RESPONSE_TYPES: ReadonlySet<string> = new Set(['COERCE', 'CRIME']);

/** A heading (no final punctuation, few words) names a topic; its events are told in the body. */
function isHeading(doc: Doc, sentence: number): boolean {
  const s = doc.sentences[sentence]!;
  return !/[.!?…»"”:)]$/.test(doc.text.slice(s.start, s.end)) && s.endToken - s.firstToken < 14;
}

/**
 * "0:43 Homeless man found dead in Parkland Pause": an entry of a video playlist the page printed into the text (a
 * duration, then a title without final punctuation) tells of other stories; its sentences are skipped, the text kept.
 */
export function playlistParagraphs(doc: Doc): Set<number> {
  const bounds = new Map<number, { start: number; end: number }>();
  for (const s of doc.sentences) {
    const b = bounds.get(s.paragraph);
    if (!b) bounds.set(s.paragraph, { start: s.start, end: s.end });
    else b.end = Math.max(b.end, s.end);
  }
  const out = new Set<number>();
  for (const [p, b] of bounds) {
    const text = doc.text.slice(b.start, b.end);
    if (PLAYLIST_ENTRY.test(text) && !/[.!?…]["”’')]?$/u.test(text)) out.add(p);
  }
  return out;
}
/** a duration (minutes:seconds) then a title: a capital, a digit or a quote, not "10:30 p.m." */
const PLAYLIST_ENTRY = /^\d{1,2}:[0-5]\d\s+["'‘“]?[\p{Lu}\d]/u;

function candidatesOf(doc: Doc, lex: EventLexicon, sentence: number): Candidate[] {
  const s = doc.sentences[sentence]!;
  const found: Candidate[] = lex.triggers.findAll(doc.tokens, s.firstToken, s.endToken).map((m) => ({
    entry: m.value,
    start: m.start,
    end: m.end,
    sentence,
    type: m.value.type,
    mode: m.value.mode,
    rules: [m.value.id],
  }));
  // A noun trigger followed by an ending ("les mesures antiterroristes prendront fin") is the end of that operation.
  for (const c of found) {
    if (c.entry.pos !== 'noun') continue;
    for (let k = c.end; k < Math.min(c.end + 3, s.endToken); k++) {
      const m = lex.endings.matchesAt(doc.tokens, k, s.endToken)[0];
      if (m) {
        c.type = 'RETREAT';
        c.mode = 'end-operation';
        c.end = m.end;
        c.rules.push('events.ending');
        break;
      }
    }
  }
  // "March 6" is a date and "Fort Hood" a place, not a protest or an assault.
  const inside = (c: Candidate, spans: Array<{ span: { start: number; end: number } }>) => {
    const from = doc.tokens[c.start]!.start;
    const to = doc.tokens[c.end - 1]!.end;
    return spans.some((x) => x.span.start <= from && to <= x.span.end);
  };
  // "ces invitations", "this attack": a noun that points back at an event already told is not a new one
  const anaphoric = (c: Candidate) => c.entry.pos === 'noun' && c.start > s.firstToken && lex.anaphoricDeterminers.has(doc.tokens[c.start - 1]!.norm);
  // "has carried out similar attacks", "de telles attaques": a kind of event, not one that happened
  const generic = (c: Candidate) =>
    (c.start > s.firstToken && lex.genericModifiers.has(doc.tokens[c.start - 1]!.norm)) ||
    (c.entry.pos === 'noun' && c.end < s.endToken && lex.genericModifiers.has(doc.tokens[c.end]!.norm));
  const actorPhrases = doc.actors.filter((a) => a.sector);
  // "fire officials", "protest leaders": the noun names who they are, not what happened
  const modifier = (c: Candidate) => {
    const next = doc.tokens[c.end];
    return lex.modifiersPrecedeNoun && c.entry.pos === 'noun' && c.end < s.endToken && next !== undefined && actorPhrases.some((a) => a.span.start === next.start);
  };
  // "according to an arrest warrant": the source of a claim is not an event
  const speakers = doc.cues.flatMap((c) => (c.speaker ? [c.speaker] : []));
  // ", a averti l'ONU": the reporting verb is how the claim is made, not an event of its own
  const cueWords = doc.cues.map((c) => ({ span: c.span }));
  const kept = found.filter(
    (c) => !inside(c, doc.dates) && !inside(c, doc.places) && !inside(c, speakers) && !inside(c, cueWords) && !(c.entry.pos === 'noun' && inside(c, actorPhrases)) && !modifier(c) && !anaphoric(c) && !generic(c),
  );
  const strong = kept.filter((c) => !c.entry.weak);
  return strong.length ? strong : kept;
}

function framingOf(doc: Doc, lex: EventLexicon, sentence: number): string[] {
  const s = doc.sentences[sentence]!;
  const out = new Set<string>();
  for (const m of lex.framing.findAll(doc.tokens, s.firstToken, s.endToken)) {
    out.add(doc.text.slice(doc.tokens[m.start]!.start, doc.tokens[m.end - 1]!.end));
  }
  return [...out];
}

export function extractEvents(doc: Doc, lex: EventLexicon): EventRecord[] {
  const out: EventRecord[] = [];
  const inverted = new Set(doc.cues.filter((c) => c.rule.includes('+inverted') || c.speaker && c.speaker.span.start >= c.span.end).map((c) => c.speaker!));
  const previous: Array<Told> = [];
  const tell = (si: number): void => {
    const sentenceEvents: Array<Told> = [];
    let previousSubject: ActorMention | undefined;
    let candidates = candidatesOf(doc, lex, si);
    // "Trois personnes sont mortes." after a fire: the outcome of the incident told a few sentences ago
    const recent = previous.filter((e) => INCIDENT_TYPES.has(e.rec.type) && e.rec.status === 'asserted' && e.sentence >= si - OUTCOME_REACH).slice(-1);
    if (candidates.length && candidates.every((c) => c.entry.weak) && recent.length) candidates = [];
    for (const c of candidates) {
      const trigger = doc.span(doc.tokens[c.start]!.start, doc.tokens[c.end - 1]!.end);
      const site: TriggerSite = { start: c.start, end: c.end, sentence: si, pos: c.entry.pos, subjectIsRecipient: !!c.entry.subjectIsRecipient, type: c.type };
      const roles = findRoles(doc, lex, site, inverted, previousSubject);
      if (c.entry.needsActor && !roles.actor) continue;
      if (site.pos === 'verb' && !roles.passive && !site.subjectIsRecipient) previousSubject = roles.actor;
      const cue = governingCue(doc, lex, si, trigger.start);
      const status = statusOf(doc, lex, site, cue);
      const kindDate = previous.filter((p) => sameKind(p.rec, c) && p.rec.date?.stated).pop()?.rec.date;
      const when = eventDate(doc, lex, si, trigger, kindDate);
      const where = eventPlace(doc, si, trigger);
      // "called on both sides to respect the ceasefire": what a request asks for has not happened
      if (status.status === 'asserted' && requestedBy(doc, lex, sentenceEvents, c.start)) {
        status.status = 'hypothetical';
        status.rule = 'status.requested';
      }
      // an event dated after the article was written has not happened yet
      if (status.status === 'asserted' && when.date.stated && doc.published && when.date.start > doc.published) {
        status.status = 'future';
        status.rule = 'status.dated-after-publication';
      }
      const rec: EventRecord = {
        id: `${doc.id}:${trigger.start}-${trigger.end}`,
        articleId: doc.id,
        type: c.type,
        ...(c.mode ? { mode: c.mode } : {}),
        status: status.status,
        actor: toActor(roles.actor),
        recipient: toActor(roles.recipient),
        claimant: cue?.speaker ? toActor(cue.speaker)[0]! : 'outlet',
        ...(cue ? { cue: cue.span } : {}),
        ...(where.place ? { location: where.place } : {}),
        date: when.date,
        framing: framingOf(doc, lex, si),
        evidence: [trigger],
        confidence: 0,
        provenance: [...c.rules, roles.rule, status.rule, cue ? cue.rule : 'claimant.outlet', when.rule, where.rule],
      };
      // A flood or a fire has victims, not perpetrators; a country named with it is where it happened.
      if (NATURAL_TYPES.has(rec.type)) {
        const people = (xs: Actor[]) => xs.filter((a) => !doc.actors.some((m) => m.span.start === a.span.start && m.kind === 'country'));
        rec.recipient = people(rec.recipient.length ? rec.recipient : rec.actor);
        rec.actor = [];
      }
      sentenceEvents.push({ rec, trigger, sentence: si });
    }
    inferRejectingActor(sentenceEvents.map((e) => e.rec));
    const claimed = claimResponsibility(doc, lex, si, sentenceEvents, previous);
    const merged = mergeSameSentence(sentenceEvents).filter((e) => !claimed.has(e) && !foldRestatement(doc, lex, e, previous));
    const counts = countsOfSentence(doc, si);
    if (merged.length) attachCounts(doc, merged, counts, false);
    else if (counts.length && !previous.length) for (const count of counts) earlyCounts.push({ count, sentence: si });
    else if (counts.length) attachCounts(doc, previous.filter((e) => e.sentence >= si - OUTCOME_REACH), counts, true);
    for (const e of merged) {
      fillCountriesFromPlace(e.rec);
      e.rec.confidence = confidenceOf(e.rec, !!candidates[0]?.entry.weak);
      const acled = acledView(e.rec);
      if (acled) e.rec.acled = acled;
      out.push(e.rec);
    }
    previous.push(...merged);
  };
  // headings are no event sentences, but a figure they give may be the incident's (attachHeadingCounts)
  const headingCounts: Array<{ count: CountMention; sentence: number }> = [];
  // "Police are investigating after a child was struck by a bullet ... at the time of the shooting": a figure told
  // before the story's first incident, a few sentences before it, is that incident's (attachHeadingCounts)
  const earlyCounts: Array<{ count: CountMention; sentence: number }> = [];
  const playlist = playlistParagraphs(doc);
  const furniture = (si: number) => playlist.has(doc.sentences[si]!.paragraph);
  for (let si = 0; si < doc.sentences.length; si++) {
    if (furniture(si)) continue;
    if (!isHeading(doc, si)) tell(si);
    else for (const count of countsOfSentence(doc, si)) headingCounts.push({ count, sentence: si });
  }
  // a page whose body tells no incident (a paywall, a comment thread, a video page) may still carry it in its
  // headline: "4 people shot in southeast Atlanta"; an arrest or a theft told in the body (another story's, a
  // related video's) is no telling of the headline's shooting
  if (!out.some((e) => INCIDENT_TYPES.has(e.type) && !RESPONSE_TYPES.has(e.type) && e.status === 'asserted')) {
    const body = previous.length;
    for (let si = 0; si < doc.sentences.length; si++) if (isHeading(doc, si) && !furniture(si)) tell(si);
    out.sort((a, b) => (a.evidence[0]?.start ?? 0) - (b.evidence[0]?.start ?? 0));
    // "Victim of accidental shooting identified. ... she was hit in the stomach": the body's figures are the headline's incident's
    const headline = previous.slice(body);
    if (headline.length) attachCounts(doc, headline, earlyCounts.splice(0).map((e) => e.count), true);
  }
  attachHeadingCounts(doc, previous, headingCounts);
  attachHeadingCounts(doc, previous, earlyCounts, OUTCOME_REACH);
  dateToldAfter(doc, lex, previous);
  dayWithinVagueDate(previous);
  return out;
}

/**
 * "shot and killed in February ... the Feb. 6 shooting": an incident dated only by its month (or week, weekend, or
 * year) takes the day another record of the same kind states inside that span, the nearest in the text.
 */
function dayWithinVagueDate(told: Told[]): void {
  for (const e of told) {
    const d = e.rec.date;
    const span = d ? vagueSpan(d) : undefined;
    if (!span || !INCIDENT_TYPES.has(e.rec.type) || e.rec.status !== 'asserted') continue;
    let best: Told | undefined;
    for (const t of told) {
      const td = t.rec.date;
      if (t === e || !sameKind(t.rec, e.rec) || !td?.stated || td.precision !== 'day' || td.start !== td.end || td.start < span.from || td.end > span.to) continue;
      if (t.rec.provenance.some((r) => r.startsWith(LATER_BOUND))) continue;
      if (!best || Math.abs(t.sentence - e.sentence) < Math.abs(best.sentence - e.sentence)) best = t;
    }
    if (!best) continue;
    e.rec.date = { ...best.rec.date!, stated: false };
    const at = e.rec.provenance.findIndex((r) => r.startsWith('date.'));
    if (at >= 0) e.rec.provenance[at] = 'date.day-within';
    else e.rec.provenance.push('date.day-within');
  }
}

/** how many sentences after an undated incident a sentence without events may tell its day ("Four men were shot. ... It happened Sunday.") */
const STORY_DATE_REACH = 8;
/** how many days before publication the day of such a sentence may lie ... */
const STORY_DATE_MAX_AGE = 7;
/** ... unless it names its month and day ("on January 11th", "Feb. 26", "le 3 mars", "1/11/2015"): a follow-up's recall */
const CALENDAR_DAY = /^(?:[a-z]+\.(?:month-day|day-month|day-month-yy|weekday-day)|chrono\.[a-z-]+)(?:\+|$)/i;

/**
 * An incident told without a day ("Buffalo police are looking for a shooter who opened fire on four men."), or
 * only with the day of what followed it ("in critical condition Tuesday after he was shot"), takes the day the
 * story gives it later (not after that later day): a later record of the same type with a stated day, or a sentence without
 * any event that states one ("It happened just after 10 p.m. Sunday"). A sentence about another kind of event
 * (an arrest, a funeral) keeps its day to itself.
 */
/** two records of one kind of happening: the same type, or a shooting told once as an accident, once as an attack */
function sameKind(a: Pick<EventRecord, 'type' | 'mode'>, b: Pick<EventRecord, 'type' | 'mode'>): boolean {
  const shooting = (e: Pick<EventRecord, 'type' | 'mode'>) => e.type === 'ASSAULT' || (e.type === 'ACCIDENT' && e.mode === 'firearms');
  return a.type === b.type || (shooting(a) && shooting(b));
}

function dateToldAfter(doc: Doc, lex: EventLexicon, told: Told[]): void {
  const published = doc.published;
  if (!published) return;
  const oldest = new Date(Date.parse(published) - STORY_DATE_MAX_AGE * 86_400_000).toISOString().slice(0, 10);
  // a record of the same kind stating its day may recall an incident of weeks ago ("charged ... in connection with
  // the March 18th shooting"): its day holds however old
  const anyDay = (d: { start: string; end: string; precision: string }) => d.precision === 'day' && d.start === d.end && d.start <= published;
  const usable = (d: { start: string; end: string; precision: string }) => anyDay(d) && d.start >= oldest;
  for (const e of told) {
    const at = e.rec.provenance.findIndex((r) => r === 'date.publication' || r.startsWith(LATER_BOUND));
    if (at < 0 || !INCIDENT_TYPES.has(e.rec.type) || e.rec.status !== 'asserted') continue;
    const latest = e.rec.date?.start ?? published;
    const last = Math.min(e.sentence + STORY_DATE_REACH, doc.sentences.length - 1);
    // a later record of the same kind with its own day first, anywhere in the story ("The shooting happened
    // Wednesday night"; a follow-up's "in connection with the March 18th shooting"), then the first sentence
    // without any event that states a day, near it (the court appearance on Friday is no shooting)
    let found: EventDate | undefined;
    for (let si = e.sentence + 1; si < doc.sentences.length && !found; si++) {
      const same = told.find(
        (t) =>
          t.sentence === si &&
          sameKind(t.rec, e.rec) &&
          t.rec.date?.stated &&
          !t.rec.provenance.some((r) => r.startsWith(LATER_BOUND)) &&
          anyDay(t.rec.date) &&
          t.rec.date.start <= latest,
      );
      if (same) found = same.rec.date;
    }
    for (let si = e.sentence + 1; si <= last && !found; si++) {
      if (told.some((t) => t.sentence === si)) continue;
      const s = doc.sentences[si]!;
      const d = doc.dates.find(
        (d) => d.span.start >= s.start && d.span.end <= s.end && d.kind === 'point' && (usable(d) || (anyDay(d) && CALENDAR_DAY.test(d.rule))) && isEventDay(doc, d) && !isLaterStepDay(doc, lex, d),
      );
      if (d && d.start <= latest) found = { start: d.start, end: d.end, precision: d.precision, stated: false, text: d.span.text };
    }
    // last, a later record of the same kind whose day only bounds it ("were called Wednesday after a shooting")
    for (let si = e.sentence + 1; si <= last && !found; si++) {
      const bound = told.find((t) => t.sentence === si && sameKind(t.rec, e.rec) && t.rec.date?.stated && usable(t.rec.date) && t.rec.date.start <= latest);
      if (bound) found = bound.rec.date;
    }
    if (found) {
      // the date no longer comes from the event's own sentence: it counts no more towards confidence
      if (e.rec.date?.stated) e.rec.confidence = Math.round((e.rec.confidence - STATED_DATE_CONFIDENCE) * 100) / 100;
      e.rec.date = { ...found, stated: false };
      e.rec.provenance[at] = 'date.told-after';
    }
  }
}

/**
 * Nobody's country is stated: the place where it happened tells it. A government named without its country
 * takes first the country of another government in the same record ("Le ministre turc ..., a indiqué un
 * communiqué du ministère" is the Turkish ministry, whatever the place).
 */
function fillCountriesFromPlace(rec: EventRecord): void {
  const claimant = rec.claimant === 'outlet' ? [] : [rec.claimant];
  const people = [...rec.actor, ...rec.recipient, ...claimant];
  const governments = new Set(people.filter((a) => a.sector === 'GOV' && a.country).map((a) => a.country!));
  for (const a of people) {
    if (a.country || !a.sector || a.sector === 'UNK') continue;
    if (a.sector === 'GOV' && governments.size === 1) {
      a.country = [...governments][0]!;
      rec.provenance.push('actor.country-from-government');
    } else if (rec.location) {
      a.country = rec.location.country;
      rec.provenance.push('actor.country-from-place');
    }
  }
}

/** what a date stated in the event's own sentence adds to its confidence */
const STATED_DATE_CONFIDENCE = 0.1;

function confidenceOf(e: EventRecord, weak: boolean): number {
  let c = weak ? 0.4 : 0.6;
  if (e.actor.length || e.recipient.length) c += 0.1;
  if (e.location && !e.location.inferred) c += 0.1;
  if (e.date?.stated) c += STATED_DATE_CONFIDENCE;
  if (e.claimant !== 'outlet') c += 0.05;
  return Math.min(1, Math.round(c * 100) / 100);
}

const REQUEST_REACH = 12;

/** An earlier request of the sentence whose complement ("to ...", "à ...") runs, unbroken, to token `at`. */
function requestedBy(doc: Doc, lex: EventLexicon, earlier: Told[], at: number): boolean {
  return earlier.some((e) => {
    if (e.rec.type !== 'REQUEST') return false;
    const end = doc.tokenAt(e.trigger.end - 1) + 1;
    if (at - end > REQUEST_REACH || at < end) return false;
    // "to demand the resignation": the request's direct object (an article at most between) is what it asks for
    let marked = at - end <= 1 || (at - end === 2 && lex.definiteDeterminers.has(doc.tokens[end]!.norm));
    for (let k = end; k < at; k++) {
      const t = doc.tokens[k]!;
      if (t.kind === 'punct') return false;
      if (lex.requestComplements.has(t.norm)) marked = true;
    }
    return marked;
  });
}

/** Whether a sentence holds a word of the trigger lexicon: the sentences worth parsing. */
export function hasEventWord(doc: Doc, ctx: StageContext, sentence: number): boolean {
  const s = doc.sentences[sentence]!;
  return eventLexicon(ctx.resources.events).triggers.findAll(doc.tokens, s.firstToken, s.endToken).length > 0;
}

export const eventsStage: Stage = {
  name: 'events.v1',
  requires: ['tokens', 'dates', 'counts', 'actors', 'places', 'cues'],
  assigns: ['events'],
  run(doc, ctx) {
    doc.events = extractEvents(doc, eventLexicon(ctx.resources.events));
  },
};
