// The dates stage: every date expression of the text, resolved against the publication date.
// Order of work (DESIGN.md: rules run in an order written down in one place):
//   1. each phrase template of the language (src/lang/<lang>/dates.ts), in its listed order, proposes matches;
//   2. each proposal is resolved by its meaning's resolver (./resolve.ts); unresolvable ones are dropped;
//   3. chrono-node proposes absolute dates the phrases missed (./chrono-fallback.ts);
//   4. phrases win over chrono, then longer proposals, then earlier phrases; no two mentions overlap.
import type { Stage } from '../../core/stage.js';
import type { DateMention, Doc } from '../../core/doc.js';
import type { EventDate } from '../../core/record.js';
import type { Resolved } from './calendar.js';
import { isIsoDate } from './calendar.js';
import { compileDates, type CompiledDates } from './compile.js';
import { resolvePhrase, TENSE_SENSITIVE } from './resolve.js';
import { chronoDates } from './chrono-fallback.js';
import type { DateResources } from './resources.js';

export type { DateResources } from './resources.js';

type Proposal = { start: number; end: number; order: number; value: Resolved; rule: string };

/** The order given to chrono's proposals: after every phrase of the language. */
const CHRONO_ORDER = 1_000_000;

// How much text before a date is searched for a future cue ("aura lieu le 9 octobre").
const FUTURE_WINDOW = 60;
const HARD_CLAUSE_BREAK = /[;:«»"“”()\n]/u;

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
      if (m[0].length === 0) {
        cp.re.lastIndex++;
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
      if (value) proposals.push({ start, end, order: cp.order, value, rule: cp.phrase.rule });
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
