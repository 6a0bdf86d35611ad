// What an incident says, from all the reports merged into it: where the sources agree and where they differ.
import type { Count, EventRecord, Place } from '../core/record.js';
import { familyOf } from './rules.js';

export type SourceClaim = {
  articleId: string;
  published?: string;
  claimant: string; // claimant text or 'outlet'
  killed?: number;
  injured?: number;
  date?: string;
  location?: string;
};

export type IncidentSummary = {
  family: string;
  type: string;
  date?: string;
  dateStart?: string;
  dateEnd?: string;
  location?: Place;
  killed?: Count;
  injured?: Count;
  firstReport?: string;
  lastReport?: string;
  sources: string[];
  claimants: SourceClaim[];
  /** ACLED event type / sub-event type of the record most sources give */
  acled?: { eventType: string; subEventType: string };
  /** distinct actor and recipient texts over the reports, most reported first */
  actors: string[];
  recipients: string[];
  /** the evidence words of one record per source */
  evidence: string[];
  eventCount: number;
};

/** a record of the incident; `isMain` when it is its article's headline event */
export type Member = { record: EventRecord; published?: string; isMain?: boolean };

const PRECISION_RANK = { point: 0, settlement: 1, district: 2, region: 3, country: 4 } as const;

function mostVoted<T>(votes: Map<string, { value: T; n: number; rank: number }>): T | undefined {
  let best: { value: T; n: number; rank: number } | undefined;
  for (const v of votes.values()) if (!best || v.n > best.n || (v.n === best.n && v.rank < best.rank)) best = v;
  return best?.value;
}

/** the count a report gives: its largest figure (a total, not one victim), ranges kept */
function sourceCount(events: EventRecord[], key: 'killed' | 'injured'): Count | undefined {
  let best: Count | undefined;
  for (const e of events) {
    const c = e.size?.[key];
    if (c && (!best || c.best > best.best)) best = c;
  }
  return best;
}

/** one report's figure, whether the incident is what the report is about (its headline event is one of the incident's), and when it was published */
type Reported = { count: Count; main: boolean; published?: string };

/** a report published this many days after the incident's day follows it (the charge, the trial): its figures are of the people it follows */
const FOLLOW_UP_AFTER_DAYS = 7;

/**
 * Counts over sources follow ACLED: when reports differ the best figure is the lowest reported one. Only the
 * reports about the incident count for it when there are any: an article that tells it in passing (a roundup,
 * the background of another story) gives an early or partial figure. Low and high span every report.
 */
function combineCounts(reported: Reported[], day?: string): Count | undefined {
  if (reported.length === 0) return undefined;
  let about = reported.filter((r) => r.main);
  // the reports of the incident itself, when there are any, rather than the follow-ups told weeks later
  if (day) {
    const limit = new Date(Date.parse(day) + FOLLOW_UP_AFTER_DAYS * 86_400_000).toISOString().slice(0, 10);
    const told = about.filter((r) => !r.published || r.published <= limit);
    if (told.length) about = told;
  }
  const best = Math.min(...(about.length ? about : reported).map((r) => r.count.best));
  const perSource = reported.map((r) => r.count);
  const low = Math.min(...perSource.map((c) => c.low));
  const high = Math.max(...perSource.map((c) => c.high));
  return { best, low: Math.min(low, best), high: Math.max(high, best), text: perSource.map((c) => c.text).join(' | ') };
}

/** what a source's headline event adds to the vote for its day: less than a vote, so only ties turn on it */
const MAIN_DAY_BONUS = 0.5;

/**
 * The incident's day: the day most sources give, among the days no later than its first report (a report cannot
 * tell of an incident before it happened; a later day is a follow-up's: the hearing, the funeral).
 */
function incidentDay(votes: Map<string, { value: string; n: number; rank: number }>, firstReport?: string): string | undefined {
  if (firstReport) {
    const possible = new Map([...votes].filter(([day]) => day <= firstReport));
    if (possible.size > 0) return mostVoted(possible);
  }
  return mostVoted(votes);
}

export function summarize(unordered: Member[]): IncidentSummary {
  // sorted so that the summary does not depend on the order reports arrived in
  const members = [...unordered].sort((a, b) => (a.record.id < b.record.id ? -1 : a.record.id > b.record.id ? 1 : 0));
  const bySource = new Map<string, Member[]>();
  for (const m of members) {
    const list = bySource.get(m.record.articleId) ?? [];
    list.push(m);
    bySource.set(m.record.articleId, list);
  }
  const sources = [...bySource.keys()].sort();
  const typeVotes = new Map<string, { value: string; n: number; rank: number }>();
  const dateVotes = new Map<string, { value: string; n: number; rank: number }>();
  const placeVotes = new Map<string, { value: Place; n: number; rank: number }>();
  const killed: Reported[] = [];
  const injured: Reported[] = [];
  const claimants: SourceClaim[] = [];
  let dateStart: string | undefined;
  let dateEnd: string | undefined;
  let firstReport: string | undefined;
  let lastReport: string | undefined;
  for (const id of sources) {
    const ms = bySource.get(id)!;
    const events = ms.map((m) => m.record);
    const published = ms[0]!.published;
    if (published) {
      if (!firstReport || published < firstReport) firstReport = published;
      if (!lastReport || published > lastReport) lastReport = published;
    }
    // one vote per source for each value it gives; between two days a source states, its headline event's breaks the tie
    const seen = new Set<string>();
    const mainDay = ms.find((m) => m.isMain)?.record.date;
    for (const e of events) {
      if (!seen.has('t' + e.type)) {
        seen.add('t' + e.type);
        const v = typeVotes.get(e.type) ?? { value: e.type, n: 0, rank: 0 };
        v.n++;
        typeVotes.set(e.type, v);
      }
      if (e.date) {
        if (!dateStart || e.date.start < dateStart) dateStart = e.date.start;
        if (!dateEnd || e.date.end > dateEnd) dateEnd = e.date.end;
        if (e.date.precision === 'day' && !seen.has('d' + e.date.start)) {
          seen.add('d' + e.date.start);
          // a date in the words (in its sentence or told nearby) outweighs a publication day filled in
          const v = dateVotes.get(e.date.start) ?? { value: e.date.start, n: 0, rank: Date.parse(e.date.start) };
          v.n += (e.date.stated || e.date.text ? 2 : 1) + (mainDay?.precision === 'day' && mainDay.start === e.date.start ? MAIN_DAY_BONUS : 0);
          dateVotes.set(e.date.start, v);
        }
      }
      if (e.location) {
        const key = `${e.location.name}|${e.location.admin1 ?? ''}|${e.location.country}`;
        if (!seen.has('p' + key)) {
          seen.add('p' + key);
          const v = placeVotes.get(key) ?? { value: e.location, n: 0, rank: PRECISION_RANK[e.location.precision] };
          v.n += e.location.inferred ? 1 : 2;
          placeVotes.set(key, v);
        }
      }
    }
    const k = sourceCount(events, 'killed');
    const i = sourceCount(events, 'injured');
    const main = ms.some((m) => m.isMain);
    if (k) killed.push({ count: k, main, published });
    if (i) injured.push({ count: i, main, published });
    const byClaimant = new Map<string, EventRecord[]>();
    for (const e of events) {
      const c = e.claimant === 'outlet' ? 'outlet' : e.claimant.text;
      byClaimant.set(c, [...(byClaimant.get(c) ?? []), e]);
    }
    for (const [claimant, es] of byClaimant) {
      const first = es[0]!;
      claimants.push({
        articleId: id,
        published,
        claimant,
        killed: sourceCount(es, 'killed')?.best,
        injured: sourceCount(es, 'injured')?.best,
        date: first.date?.start,
        location: first.location?.name,
      });
    }
  }
  const first = members[0]!.record;
  const type = mostVoted(typeVotes) ?? first.type;
  const ranked = (pick: (e: EventRecord) => string[]): string[] => {
    const n = new Map<string, number>();
    for (const m of members) for (const t of new Set(pick(m.record))) n.set(t, (n.get(t) ?? 0) + 1);
    return [...n.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([t]) => t);
  };
  const acled = members.find((m) => m.record.type === type && m.record.acled)?.record.acled;
  const evidence = sources.map((id) => bySource.get(id)![0]!.record.evidence.map((e) => e.text).join(' … '));
  const date = incidentDay(dateVotes, firstReport) ?? dateStart;
  return {
    family: familyOf(first) ?? first.type.toLowerCase(),
    type,
    acled,
    actors: ranked((e) => e.actor.map((a) => a.text)),
    recipients: ranked((e) => e.recipient.map((a) => a.text)),
    evidence,
    date,
    dateStart,
    dateEnd,
    location: mostVoted(placeVotes),
    killed: combineCounts(killed, date),
    injured: combineCounts(injured, date),
    firstReport,
    lastReport,
    sources,
    claimants,
    eventCount: members.length,
  };
}
