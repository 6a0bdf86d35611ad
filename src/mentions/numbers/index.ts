// placeholder: the numbers stage's owner replaces this file
import type { Stage } from '../../core/stage.js';

export const numbersStage: Stage = {
  name: 'numbers.v1',
  requires: ['tokens'],
  assigns: ['numbers', 'counts'],
  run() {},
};
