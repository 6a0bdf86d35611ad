// What an article is mostly about: the record a reader would give as its headline event.
import type { EventRecord } from '../core/record.js';
import { familyOf } from './rules.js';

/** how much an earlier mention counts: the headline and lead state the main incident */
const POSITION_WEIGHT = 2;
const MATERIAL = new Set(['ASSAULT', 'ACCIDENT', 'DISASTER', 'FIRE', 'CRIME', 'PROTEST', 'COERCE', 'EPIDEMIC']);

const IMPLICIT_FIGURE = 'size:count.implicit-death';
const NONE_FIGURE = 'size:count.none';

function score(e: EventRecord, textLength: number): number {
  let s = 0;
  if (MATERIAL.has(e.type)) s += 4;
  if (e.type === 'ASSAULT' || e.type === 'ACCIDENT') s += 1;
  const size = e.size;
  // a figure read from the event's own name ("a fatal shooting") tells no more than the trigger
  const figures = e.provenance.filter((p) => p.startsWith('size:'));
  // "no one was hurt" is a figure; the none left of people hit who all died ("a boy was shot ... he died") adds nothing to the death
  const stated = !!(size?.killed?.best || size?.injured?.best) || figures.some((p) => p.startsWith(NONE_FIGURE));
  if (stated && !figures.every((p) => p.startsWith(IMPLICIT_FIGURE))) s += 3;
  const loc = e.location;
  if (loc) {
    if (loc.precision === 'point' || loc.precision === 'settlement') s += 2;
    else if (loc.precision === 'district') s += 1.5;
    else if (loc.precision === 'region') s += 0.5;
    if (!loc.inferred) s += 0.5;
  }
  if (e.date?.stated) s += 0.5;
  // the lead states the main incident: earlier is better
  const at = e.evidence[0]?.start ?? textLength;
  s += POSITION_WEIGHT * (1 - Math.min(1, at / Math.max(1, Math.min(textLength, 2000))));
  return s;
}

/** the article's main event among its records, or undefined when none takes part in incidents */
export function mainEventOf(events: readonly EventRecord[], textLength: number): EventRecord | undefined {
  let best: EventRecord | undefined;
  let bestScore = -Infinity;
  for (const e of events) {
    if (!familyOf(e)) continue;
    const s = score(e, textLength);
    if (s > bestScore) {
      best = e;
      bestScore = s;
    }
  }
  return best;
}
