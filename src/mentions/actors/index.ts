// The actors stage: countries, demonyms, institutions, roles, named people and groups as actor mentions.
// See find-actors.ts for the rules and their order; data comes from src/lang/<code>/actors.ts and
// data/actors/ (built by scripts/build-actors.ts).
import type { Stage } from '../../core/stage.js';
import { findActors } from './find-actors.js';

export { findActors } from './find-actors.js';
export { lexiconFor } from './lexicon.js';

export const actorsStage: Stage = {
  name: 'actors.v1',
  requires: ['tokens'],
  assigns: ['actors'],
  run(doc, ctx) {
    doc.actors = findActors(doc, ctx.resources);
    if (ctx.debug) for (const a of doc.actors) doc.trace.push(`actors.v1: "${a.text}" ${a.country ?? '-'} ${a.sector ?? '-'} ${a.kind} (${a.rule})`);
  },
};
