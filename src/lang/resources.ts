// The shape of one language's resources. Each section's type belongs to the stage that reads it.
import type { TextResources } from '../text/resources.js';
import type { DateResources } from '../mentions/dates/resources.js';
import type { NumberResources } from '../mentions/numbers/resources.js';
import type { ActorResources } from '../mentions/actors/resources.js';
import type { PlaceResources } from '../mentions/places/resources.js';
import type { PersonResources } from '../mentions/persons/resources.js';
import type { EventResources } from '../events/resources.js';

export type LanguageResources = {
  /** ISO 639-1 code */
  code: string;
  name: string;
  text: TextResources;
  dates: DateResources;
  numbers: NumberResources;
  actors: ActorResources;
  places: PlaceResources;
  persons: PersonResources;
  events: EventResources;
};
