// The spans of one article by role, for the article view: the roles of its stored event records (actor,
// recipient, claimant, cue, place, evidence, framing) plus the mentions found again by the pipeline (dates,
// counts, places, reporting cues), each a checked span into the untouched text.
import type { Doc } from '../core/doc.js';
import type { EventRecord } from '../core/record.js';

export const ROLES = ['claimant', 'actor', 'recipient', 'cue', 'place', 'date', 'count', 'framing', 'evidence'] as const;
export type Role = (typeof ROLES)[number];

export type Annotation = { role: Role; start: number; end: number; text: string; events: string[] };

export function annotate(text: string, records: EventRecord[], doc?: Doc): Annotation[] {
  const byKey = new Map<string, Annotation>();
  const add = (role: Role, start: number, end: number, eventId?: string) => {
    if (!(start >= 0 && end > start && end <= text.length)) return;
    const key = `${role}:${start}:${end}`;
    let a = byKey.get(key);
    if (!a) {
      a = { role, start, end, text: text.slice(start, end), events: [] };
      byKey.set(key, a);
    }
    if (eventId && !a.events.includes(eventId)) a.events.push(eventId);
  };
  const checked = (s: { start: number; end: number; text: string } | undefined, role: Role, id?: string) => {
    if (s && text.slice(s.start, s.end) === s.text) add(role, s.start, s.end, id);
  };
  for (const r of records) {
    for (const a of r.actor) checked(a.span, 'actor', r.id);
    for (const a of r.recipient) checked(a.span, 'recipient', r.id);
    if (r.claimant !== 'outlet') checked(r.claimant.span, 'claimant', r.id);
    checked(r.cue, 'cue', r.id);
    checked(r.location?.span, 'place', r.id);
    for (const e of r.evidence) checked(e, 'evidence', r.id);
    // framing is kept as words: find them in the sentence around the event's evidence
    const first = r.evidence[0];
    if (first) {
      const lo = Math.max(0, sentenceStart(text, first.start));
      const hi = sentenceEnd(text, first.end);
      for (const words of r.framing) {
        const at = text.indexOf(words, lo);
        if (at >= 0 && at + words.length <= hi) add('framing', at, at + words.length, r.id);
      }
    }
  }
  if (doc && doc.text === text) {
    for (const d of doc.dates) if (d.stated) checked(d.span, 'date');
    for (const c of doc.counts) checked(c.span, 'count', undefined);
    for (const p of doc.places) if (p.place) checked(p.span, 'place', undefined);
    for (const c of doc.cues) checked(c.span, 'cue', undefined);
    // dates and counts belong to the records that took them: link by the record's own words
    for (const r of records) {
      for (const key of ['killed', 'injured', 'arrested'] as const) {
        const c = r.size?.[key];
        if (!c) continue;
        for (const m of doc.counts) if (m.numberSpan.text === c.text || m.span.text.includes(c.text)) linkEvent(byKey, 'count', m.span.start, m.span.end, r.id);
      }
      if (r.date?.text) for (const d of doc.dates) if (d.span.text === r.date.text) linkEvent(byKey, 'date', d.span.start, d.span.end, r.id);
    }
  }
  return [...byKey.values()].sort((a, b) => a.start - b.start || b.end - a.end || ROLES.indexOf(a.role) - ROLES.indexOf(b.role));
}

function linkEvent(byKey: Map<string, Annotation>, role: Role, start: number, end: number, id: string): void {
  const a = byKey.get(`${role}:${start}:${end}`);
  if (a && !a.events.includes(id)) a.events.push(id);
}

function sentenceStart(text: string, at: number): number {
  let i = at;
  while (i > 0 && !/[.!?\n]/.test(text[i - 1]!)) i--;
  return i;
}

function sentenceEnd(text: string, at: number): number {
  let i = at;
  while (i < text.length && !/[.!?\n]/.test(text[i]!)) i++;
  return Math.min(text.length, i + 1);
}
