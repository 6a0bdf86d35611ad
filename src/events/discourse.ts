// Rules that look beyond one trigger: two triggers of one event in a sentence, a restatement of an event told
// just before, a claim of responsibility, a rejection of a request, counts that belong to an event.
import type { CountMention, Doc, ActorMention } from '../core/doc.js';
import type { Actor, EventRecord } from '../core/record.js';
import type { Span } from '../core/span.js';
import type { EventLexicon } from './lexicon.js';
import { vagueSpan } from './context.js';

/** An event record with the trigger and sentence it was read from. */
export type Told = { rec: EventRecord; trigger: Span; sentence: number };

export const INCIDENT_TYPES = new Set(['ASSAULT', 'ACCIDENT', 'DISASTER', 'FIRE', 'EPIDEMIC', 'CRIME', 'PROTEST', 'COERCE']);
/** how many sentences back an outcome ("three people died") or a claim may belong to the incident just told */
export const OUTCOME_REACH = 6;

export function toActor(a: ActorMention | undefined): Actor[] {
  if (!a) return [];
  const out: Actor = { text: a.text, span: a.span };
  if (a.name) out.name = a.name;
  if (a.country) out.country = a.country;
  if (a.sector) out.sector = a.sector;
  if (a.id) out.id = a.id;
  return [out];
}

/** whether a count may describe the event: victims of an incident, arrests of a coercion or a protest */
function countFits(e: Told, c: CountMention): boolean {
  return INCIDENT_TYPES.has(e.rec.type) && e.rec.status === 'asserted' && (c.category === 'arrested' ? e.rec.type === 'COERCE' || e.rec.type === 'PROTEST' : e.rec.type !== 'COERCE');
}

export function attachCounts(doc: Doc, events: Array<Told>, counts: CountMention[], inherited: boolean): void {
  for (const c of counts) {
    const eligible = events.filter((e) => countFits(e, c));
    if (eligible.length) attachCount(doc, eligible, c, inherited ? 'carried' : 'stated');
  }
}

/**
 * "Teen killed, 2 hurt in drive-by shooting" above the story: a count in the headings before the first incident
 * told is that incident's (headings are no event sentences); as a count of its own sentence, the larger figure wins.
 */
export function attachHeadingCounts(doc: Doc, told: Array<Told>, headingCounts: Array<{ count: CountMention; sentence: number }>, reach = Infinity): void {
  for (const { count: c, sentence } of headingCounts) {
    const lead = told.find((e) => countFits(e, c));
    if (lead && sentence < lead.sentence && lead.sentence - sentence <= reach) attachCount(doc, [lead], c, 'heading');
  }
}

/**
 * Whether an event's victims were told: a figure, or "no one was hurt"; not the none left of people hit who all died
 * ("a boy was shot ... he died", which tells the death only).
 */
function hasVictimFigure(e: Told): boolean {
  const size = e.rec.size;
  if (!size) return false;
  return Object.values(size).some((c) => c.best > 0) || e.rec.provenance.some((p) => p.startsWith('size:count.none'));
}

/**
 * Gives a count to the nearest of the events: `stated` in the event's sentence, `carried` from a later sentence
 * without events ("Two others were wounded."), or from a `heading`; the larger figure wins (a total, not one victim).
 */
function attachCount(doc: Doc, eligible: Array<Told>, c: CountMention, how: 'stated' | 'carried' | 'heading'): void {
  // "Two men were shot dead at a bakery. A suspect was charged with a robbery. Four other people were wounded.": a
  // figure carried from a sentence without events goes to the nearest incident whose victims were told already
  const counted = how === 'carried' ? eligible.filter(hasVictimFigure) : [];
  const pool = counted.length ? counted : eligible;
  const target = pool.reduce((best, e) => (Math.abs(e.trigger.start - c.span.start) < Math.abs(best.trigger.start - c.span.start) ? e : best));
  const size = (target.rec.size ??= {});
  const prev = size[c.category];
  if (prev && prev.best >= c.count.best) return;
  size[c.category] = c.count;
  if (how === 'stated' && doc.sentenceAt(c.span.start) === target.sentence) target.rec.evidence.push(c.span);
  target.rec.provenance.push(`size:${c.rule}${how === 'stated' ? '' : `+${how}`}`);
  // "killing four Afghan soldiers": the victims of the count are the event's recipients
  if (!target.rec.recipient.length && c.who && c.category !== 'arrested') {
    const victims = doc.actors.find((a) => a.sector && a.span.start <= c.who!.start && c.who!.end <= a.span.end);
    if (victims) {
      target.rec.recipient = toActor(victims);
      // "4 people shot" (a headline's passive without its auxiliary): the victims are not also the shooters
      target.rec.actor = target.rec.actor.filter((a) => a.span.start !== victims.span.start);
      target.rec.provenance.push('roles.victims-of-count');
    }
  }
}

/**
 * "A fire ... killed 11 workers. The blaze broke out on the third floor.": a definite noun of the same kind
 * right after an event tells more about it; its words join that event's evidence.
 */
export function foldRestatement(doc: Doc, lex: EventLexicon, e: Told, previous: Told[]): boolean {
  const first = doc.tokenAt(e.trigger.start);
  const det = doc.tokens[first - 1];
  if (!det || !lex.definiteDeterminers.has(det.norm) || e.rec.actor.length) return false;
  const target = previous.find((p) => p.sentence >= e.sentence - 2 && p.rec.type === e.rec.type && (e.rec.mode === undefined || p.rec.mode === e.rec.mode) && p.rec.status === e.rec.status);
  if (!target) return false;
  target.rec.evidence.push(e.trigger);
  target.rec.provenance.push('events.definite-restatement');
  restateDay(target.rec, e.rec);
  return true;
}

/**
 * "... shooting four men last week. [He] faces charges in the shooting early Friday morning": the restatement's own
 * day makes the first telling's vaguer date (a week, a month, the publication day) exact, when it falls inside it.
 */
function restateDay(target: EventRecord, again: EventRecord): void {
  const day = again.date;
  const own = again.provenance.find((r) => r.startsWith('date.'));
  if (!day || !own?.startsWith('date.sentence:') || day.precision !== 'day' || day.start !== day.end || !day.stated) return;
  const d = target.date;
  const span = d ? vagueSpan(d) : undefined;
  const vague = !!span && span.from <= day.start && day.end <= span.to;
  const unstated = !d || (!d.stated && !d.text);
  if (!vague && !unstated) return;
  target.date = { ...day };
  const at = target.provenance.findIndex((r) => r.startsWith('date.'));
  if (at >= 0) target.provenance[at] = 'date.restatement';
  else target.provenance.push('date.restatement');
}

/**
 * "L'attentat a été revendiqué par les shebab", "The Taliban claimed responsibility for the attack": the claimer is
 * the perpetrator of the attack told just before, and the definite "l'attentat" / "the attack" is that attack again.
 * Returns the sentence's events folded into the earlier one.
 */
export function claimResponsibility(
  doc: Doc,
  lex: EventLexicon,
  si: number,
  events: Array<Told>,
  previous: Array<Told>,
): Set<Told> {
  const folded = new Set<Told>();
  const s = doc.sentences[si]!;
  const claim = lex.responsibility.findAll(doc.tokens, s.firstToken, s.endToken)[0];
  if (!claim) return folded;
  const from = doc.tokens[claim.start]!.start;
  const to = doc.tokens[claim.end - 1]!.end;
  const inSentence = doc.actors.filter((a) => a.sector && a.span.start >= s.start && a.span.end <= s.end);
  const claimer =
    claim.value.speaker === 'after'
      ? inSentence.find((a) => a.span.start >= to && a.span.start <= to + 40)
      : inSentence.filter((a) => a.span.end <= from).pop();
  const target = previous.filter((p) => p.rec.type === 'ASSAULT' && p.rec.status === 'asserted' && p.sentence >= si - OUTCOME_REACH).pop();
  if (!claimer || !target) return folded;
  if (!target.rec.actor.some((a) => a.span.start === claimer.span.start)) {
    target.rec.actor = [...target.rec.actor.filter((a) => a.sector === 'UNK'), ...toActor(claimer)].filter((a) => a.sector !== 'UNK' || a.span.start === claimer.span.start);
    target.rec.provenance.push(`roles.claimed-responsibility:${claim.value.id}`);
  }
  for (const e of events) {
    const first = doc.tokenAt(e.trigger.start);
    const det = doc.tokens[first - 1]?.norm ?? '';
    if (e.rec.type === 'ASSAULT' && (lex.definiteDeterminers.has(det) || lex.anaphoricDeterminers.has(det))) {
      target.rec.evidence.push(e.trigger);
      folded.add(e);
    }
  }
  return folded;
}

/** "X were invited ..., but these invitations were rejected": the invited rejected them. */
export function inferRejectingActor(events: EventRecord[]): void {
  for (let i = 0; i < events.length; i++) {
    const e = events[i]!;
    if (e.type !== 'REJECT' || e.actor.length) continue;
    const request = events.slice(0, i).reverse().find((r) => r.type === 'REQUEST' && r.recipient.length);
    if (request) {
      e.actor = request.recipient.map((a) => ({ ...a }));
      if (!e.recipient.length) e.recipient = request.actor.map((a) => ({ ...a }));
      e.provenance.push('roles.rejects-request');
    }
  }
}

/** Two triggers of one type and mode in one sentence with the same participants are one event. */
export function mergeSameSentence<T extends { rec: EventRecord; trigger: Span }>(events: T[]): T[] {
  const out: T[] = [];
  for (const e of events) {
    const same = out.find(
      (o) =>
        o.rec.type === e.rec.type &&
        o.rec.mode === e.rec.mode &&
        o.rec.status === e.rec.status &&
        (!o.rec.actor.length || !e.rec.actor.length || o.rec.actor[0]!.span.start === e.rec.actor[0]!.span.start),
    );
    if (same) {
      same.rec.evidence.push(e.trigger);
      if (!same.rec.actor.length && e.rec.actor.length) same.rec.actor = e.rec.actor;
      if (!same.rec.recipient.length && e.rec.recipient.length) same.rec.recipient = e.rec.recipient;
      same.rec.provenance.push('events.merged-in-sentence');
    } else out.push(e);
  }
  return out;
}
