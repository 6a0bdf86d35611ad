// placeholder: the actors stage's owner replaces this file
import type { Stage } from '../../core/stage.js';

export const actorsStage: Stage = {
  name: 'actors.v1',
  requires: ['tokens'],
  assigns: ['actors'],
  run() {},
};
