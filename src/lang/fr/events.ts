import type { EventResources } from '../../events/resources.js';

export const events: EventResources = {};
