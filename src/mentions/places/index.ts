// placeholder: the places stage's owner replaces this file
import type { Stage } from '../../core/stage.js';

export const placesStage: Stage = {
  name: 'places.v1',
  requires: ['tokens', 'actors'],
  assigns: ['places'],
  run() {},
};
