// The dates stage: every date expression of the text, resolved against the publication date.
// Order of work (DESIGN.md: rules run in an order written down in one place):
//   1. each phrase template of the language (src/lang/<lang>/dates.ts), in its listed order, proposes
//      matches at word starts; the language's future cues in the clause before a match make an
//      underspecified date (weekday, day and month, month, season) look forward instead of back;
//   2. each proposal is resolved by its meaning's resolver (./resolve.ts); unresolvable ones are dropped;
//   3. chrono-node reads the numeric dates (20/09/2023) in each locale's order (./chrono-fallback.ts);
//   4. phrases win over chrono, then longer proposals, then earlier phrases; no two mentions overlap;
//   5. post-pass "weekday anchor": a bare weekday takes the full date given elsewhere for that weekday;
//   6. post-pass "quarter context": "a year ago" in an article about quarters is a quarter a year back;
//   7. post-pass "stamp": a date after "Posted:", "Updated on", "Publié le" is the page's time stamp.
// The rule id of each mention is its phrase's id (e.g. 'fr.weekday'), 'chrono.<locale>', plus
// '+weekday-anchor' / '+quarter-context' when a post-pass changed its value and '+stamp' for a page stamp.
import type { Stage } from '../../core/stage.js';
import type { DateMention, Doc } from '../../core/doc.js';
import type { EventDate } from '../../core/record.js';
import { dayNumber, isIsoDate, shift, unitAround, weekdayOf, type Resolved } from './calendar.js';
import { compileDates, lexKey, startsWord, type CompiledDates } from './compile.js';
import { resolvePhrase, TENSE_SENSITIVE } from './resolve.js';
import { chronoDates } from './chrono-fallback.js';
import type { DatePhrase, DateResources } from './resources.js';

export type { DateResources } from './resources.js';

type Proposal = {
  start: number;
  end: number;
  order: number;
  value: Resolved;
  rule: string;
  phrase?: DatePhrase;
  groups?: Record<string, string | undefined>;
};

/** The order given to chrono's proposals: after every phrase of the language. */
const CHRONO_ORDER = 1_000_000;

// How much text before a date is searched for a future cue ("aura lieu le 9 octobre").
const FUTURE_WINDOW = 60;
const HARD_CLAUSE_BREAK = /[;:()\n]/u;

function futureTester(doc: Doc, c: CompiledDates): (offset: number) => boolean {
  const memo = new Map<number, boolean>();
  return (offset) => {
    let hit = memo.get(offset);
    if (hit !== undefined) return hit;
    const si = doc.sentenceAt(offset);
    const from = Math.max(si >= 0 ? doc.sentences[si]!.start : 0, offset - FUTURE_WINDOW);
    let window = doc.text.slice(from, offset);
    const pieces = window.split(HARD_CLAUSE_BREAK);
    window = pieces[pieces.length - 1]!;
    if (c.clauseBreak) {
      const ps = window.split(c.clauseBreak);
      window = ps[ps.length - 1]!;
    }
    hit = c.future.test(window);
    memo.set(offset, hit);
    return hit;
  };
}

/** Finds and resolves the date expressions of `text` (the stage's work, usable without a Doc pipeline). */
export function findDates(doc: Doc, res: DateResources, published: string): DateMention[] {
  const c = compileDates(res);
  const text = doc.text;
  const isFuture = futureTester(doc, c);
  const proposals: Proposal[] = [];
  for (const cp of c.phrases) {
    cp.re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = cp.re.exec(text))) {
      if (m[0].length === 0 || !startsWord(text, m.index)) {
        // a match inside a word: try again from the next character
        cp.re.lastIndex = m.index + 1;
        continue;
      }
      const start = m.index;
      const end = start + m[0].length;
      const value = resolvePhrase({
        groups: m.groups ?? {},
        phrase: cp.phrase,
        published,
        future: TENSE_SENSITIVE.has(cp.phrase.meaning) ? isFuture(start) : false,
        c,
      });
      if (value) proposals.push({ start, end, order: cp.order, value, rule: cp.phrase.rule, phrase: cp.phrase, groups: m.groups });
    }
  }
  for (const h of chronoDates(text, published, c, isFuture)) {
    proposals.push({ start: h.start, end: h.end, order: CHRONO_ORDER, value: h.value, rule: `chrono.${c.res.chronoLocale}` });
  }
  // phrases before chrono, then longest, then the earlier phrase
  proposals.sort(
    (a, b) => +(a.order === CHRONO_ORDER) - +(b.order === CHRONO_ORDER) || b.end - b.start - (a.end - a.start) || a.order - b.order || a.start - b.start,
  );
  const chosen: Proposal[] = [];
  for (const p of proposals) {
    if (chosen.some((q) => q.start < p.end && p.start < q.end)) continue;
    chosen.push(p);
  }
  chosen.sort((a, b) => a.start - b.start);
  anchorWeekdays(chosen, published, c);
  quarterContext(chosen, doc, published, c);
  markStamps(chosen, text, c);
  return chosen.map((p) => ({
    span: doc.span(p.start, p.end),
    start: p.value.start,
    end: p.value.end,
    precision: p.value.precision,
    kind: p.value.kind,
    stated: true,
    rule: p.rule,
  }));
}

/** How much text before a date is searched for a page stamp cue ("Posted on:"). */
const STAMP_WINDOW = 24;

/** "INDIANAPOLIS, Ind. (Feb. 20, 2014) —": a date in brackets after the capitalised dateline that opens a paragraph */
const DATELINE_BEFORE = /(?:^|\n)[ \t]*\p{Lu}{2}[\p{Lu}\s.'’-]*(?:,[^\n(),]{1,25})?\s*\($/u;

/**
 * Post-pass "stamp": "Posted: Wednesday, March 12, 2014" and the bracketed date of a dateline are when the page
 * was written, not the date of anything it tells.
 */
function markStamps(chosen: Proposal[], text: string, c: CompiledDates): void {
  for (const p of chosen) {
    const before = text.slice(Math.max(0, p.start - STAMP_WINDOW * 2), p.start);
    const dateline = text[p.end] === ')' && DATELINE_BEFORE.test(before);
    if (dateline || c.stamp?.test(before.slice(-STAMP_WINDOW))) p.rule += '+stamp';
  }
}

function isQuarter(v: Resolved): boolean {
  return v.kind === 'range' && v.start.endsWith('-01') && /-(01|04|07|10)-/.test(v.start) && unitAround(v.start, 'quarter').end === v.end;
}

/**
 * Post-pass "weekday anchor": a bare weekday ("samedi") names the same day as a full date with that weekday
 * within a week of publication elsewhere in the article ("samedi 29 mai").
 */
function anchorWeekdays(chosen: Proposal[], published: string, c: CompiledDates): void {
  const pub = dayNumber(published);
  const anchors = chosen.filter((q) => q.groups?.weekday !== undefined && q.groups.day !== undefined && Math.abs(dayNumber(q.value.start) - pub) <= 7);
  if (anchors.length === 0) return;
  for (const p of chosen) {
    const g = p.groups;
    if (!g || g.weekday === undefined || g.day !== undefined || g.month !== undefined || g.past !== undefined || g.next !== undefined) continue;
    const wd = c.weekdays.get(lexKey(g.weekday));
    const a = anchors.find((q) => weekdayOf(q.value.start) === wd);
    if (a && a.value.start !== p.value.start) {
      p.value = { ...a.value };
      p.rule += '+weekday-anchor';
    }
  }
}

/**
 * Post-pass "quarter context": in an article about quarterly results, "a year ago" / "last year" compares
 * with the quarter in focus ("net rose to $94 million from $85 million a year ago"): that quarter one year
 * back. The quarter in focus is the last quarter mention before (or in the same sentence), else the last
 * completed quarter when the sentence or an earlier one speaks of quarters.
 */
function quarterContext(chosen: Proposal[], doc: Doc, published: string, c: CompiledDates): void {
  for (const p of chosen) {
    if (!p.phrase?.quarterContext || p.value.precision !== 'year') continue;
    const pub = dayNumber(published);
    const years = +published.slice(0, 4) - +p.value.start.slice(0, 4);
    const si = doc.sentenceAt(p.start);
    const sentenceEnd = si >= 0 ? doc.sentences[si]!.end : p.end;
    let q: Proposal | undefined;
    // the quarter in focus is a recent one (a year-ago quarter is the comparison, not the focus)
    for (const o of chosen) if (o !== p && o.start < sentenceEnd && isQuarter(o.value) && pub - dayNumber(o.value.start) < 366 && o.value.start <= published) q = o;
    let base: string | undefined = q?.value.start;
    if (!base && c.quarterWord.test(doc.text.slice(0, sentenceEnd))) base = shift(published, 'quarter', -1);
    if (!base) continue;
    p.value = unitAround(shift(base, 'year', -years), 'quarter');
    p.rule += '+quarter-context';
  }
}

/** a stamp this many days before the publication date given is the same story's, published then or crawled a little late */
const STAMP_LEAD_DAYS = 7;
/** a stamp that states its year: "Updated: 08/26/2015 6:53 PM", "(Published Monday, Sept. 23, 2013)" */
const FULL_DATE = /\b(?:1[89]|20)\d\d\b|\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b/;

/** the page's own full-dated stamp, when it lies more than a week before the publication date given */
function pageStamp(dates: DateMention[], published: string): string | undefined {
  let day: string | undefined;
  for (const d of dates) {
    if (!d.rule.includes('+stamp') || d.precision !== 'day' || d.start !== d.end || !FULL_DATE.test(d.span.text)) continue;
    if (dayNumber(published) - dayNumber(d.start) <= STAMP_LEAD_DAYS) continue;
    if (!day || d.start < day) day = d.start;
  }
  return day;
}

export const datesStage: Stage = {
  name: 'dates.v1',
  requires: ['tokens'],
  assigns: ['dates'],
  run(doc, ctx) {
    if (!isIsoDate(doc.published)) {
      doc.issues.push({ code: 'W_NO_PUBLICATION_DATE', message: 'no valid publication date: relative dates are not resolved', stage: 'dates.v1' });
      doc.dates = [];
      return;
    }
    doc.dates = findDates(doc, ctx.resources.dates, doc.published);
    // a page stamped with a full date well before the date given with it was crawled late: its words ("Wednesday
    // morning") speak from the stamp's day
    const stamp = pageStamp(doc.dates, doc.published);
    if (stamp) {
      doc.issues.push({
        code: 'W_PAGE_STAMP',
        message: `the page is stamped ${stamp}, before the publication date given (${doc.published}): relative dates resolved against the stamp`,
        stage: 'dates.v1',
      });
      doc.published = stamp;
      doc.dates = findDates(doc, ctx.resources.dates, stamp);
    }
    if (ctx.debug) for (const d of doc.dates) doc.trace.push(`dates.v1: "${d.span.text}" -> ${d.start}..${d.end} ${d.precision} (${d.rule})`);
  },
};

/**
 * The date an event inherits when its words give none: the publication day, `stated: false`.
 * For an event whose sentence holds a date mention, use `eventDateOf(mention)` instead.
 */
export function publicationDate(doc: Doc): EventDate | undefined {
  if (!isIsoDate(doc.published)) return undefined;
  return { start: doc.published, end: doc.published, precision: 'day', stated: false };
}

/** The EventDate of a date mention (stated, with its words). */
export function eventDateOf(m: DateMention): EventDate {
  return { start: m.start, end: m.end, precision: m.precision, stated: m.stated, text: m.span.text };
}
