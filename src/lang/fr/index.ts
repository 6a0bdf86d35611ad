// French resources: everything the shared code needs to know about French.
import type { LanguageResources } from '../resources.js';
import { text } from './text.js';
import { dates } from './dates.js';
import { numbers } from './numbers.js';
import { actors } from './actors.js';
import { places } from './places.js';
import { persons } from './persons.js';
import { events } from './events.js';

export const fr: LanguageResources = { code: 'fr', name: 'French', text, dates, numbers, actors, places, persons, events };
