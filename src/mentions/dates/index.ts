// placeholder: the dates stage's owner replaces this file
import type { Stage } from '../../core/stage.js';

export const datesStage: Stage = {
  name: 'dates.v1',
  requires: ['tokens'],
  assigns: ['dates'],
  run() {},
};
