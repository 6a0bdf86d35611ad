import type { PlaceResources } from '../../mentions/places/resources.js';

export const places: PlaceResources = {};
