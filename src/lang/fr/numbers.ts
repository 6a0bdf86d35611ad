import type { NumberResources } from '../../mentions/numbers/resources.js';

export const numbers: NumberResources = {};
