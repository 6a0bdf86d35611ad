// The order the stages run in, written down in one place (DESIGN.md: stages are registered explicitly).
import type { Stage } from '../core/stage.js';
import { languageStage } from '../text/language.js';
import { sentencesStage } from '../text/sentences.js';
import { tokensStage } from '../text/tokens.js';
import { datesStage } from '../mentions/dates/index.js';
import { numbersStage } from '../mentions/numbers/index.js';
import { actorsStage } from '../mentions/actors/index.js';
import { placesStage } from '../mentions/places/index.js';
import { cuesStage, eventsStage } from '../events/index.js';

export const defaultStages: readonly Stage[] = [
  languageStage,
  sentencesStage,
  tokensStage,
  datesStage,
  numbersStage,
  actorsStage,
  placesStage,
  cuesStage,
  eventsStage,
];
