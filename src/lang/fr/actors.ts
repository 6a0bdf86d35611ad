import type { ActorResources } from '../../mentions/actors/resources.js';

export const actors: ActorResources = {};
