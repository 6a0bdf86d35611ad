// placeholder: replaced when the events stage lands
import type { Stage } from '../core/stage.js';

export const cuesStage: Stage = { name: 'cues.v1', requires: ['tokens', 'actors'], assigns: ['cues'], run() {} };
export const eventsStage: Stage = {
  name: 'events.v1',
  requires: ['tokens', 'dates', 'counts', 'actors', 'places', 'cues'],
  assigns: ['events'],
  run() {},
};
