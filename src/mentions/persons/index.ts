// The persons stage: assigns `doc.persons`, the private persons a report names as the people of its story
// (with an age, or as identified by the police). Rules: ./find-persons.ts; words: lang/<code>/persons.ts.
import type { Stage } from '../../core/stage.js';
import { findPersons } from './find-persons.js';

export { findPersons, personKey } from './find-persons.js';
export type { PersonResources } from './resources.js';

export const personsStage: Stage = {
  name: 'persons.v1',
  requires: ['tokens', 'places'],
  assigns: ['persons'],
  run(doc, ctx) {
    doc.persons = findPersons(doc, ctx.resources.persons);
    if (ctx.debug) for (const p of doc.persons) doc.trace.push(`persons.v1: ${p.rule} "${p.name}" -> ${p.key}`);
  },
};
