// English resources: everything the shared code needs to know about English.
import type { LanguageResources } from '../resources.js';
import { text } from './text.js';
import { dates } from './dates.js';
import { numbers } from './numbers.js';
import { actors } from './actors.js';
import { places } from './places.js';
import { persons } from './persons.js';
import { events } from './events.js';

export const en: LanguageResources = { code: 'en', name: 'English', text, dates, numbers, actors, places, persons, events };
