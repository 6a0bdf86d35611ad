import type { DateResources } from '../../mentions/dates/resources.js';

export const dates: DateResources = {};
