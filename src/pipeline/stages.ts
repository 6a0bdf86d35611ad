// The order the stages run in, written down in one place (DESIGN.md: stages are registered explicitly).
import type { Stage } from '../core/stage.js';
import { languageStage } from '../text/language.js';
import { sentencesStage } from '../text/sentences.js';
import { tokensStage } from '../text/tokens.js';
import { datesStage } from '../mentions/dates/index.js';
import { numbersStage } from '../mentions/numbers/index.js';
import { actorsStage } from '../mentions/actors/index.js';
import { placesStage } from '../mentions/places/index.js';
import { personsStage } from '../mentions/persons/index.js';
import { cuesStage, eventsStage, hasEventWord } from '../events/index.js';
import { syntaxStageFor } from '../linguistics/stage.js';

/**
 * The stages in order. With `syntax`, sitrep's dependency parser runs on the sentences that hold an event word
 * and the events stage reads subjects, objects and agents from the tree before its surface rules (about three
 * times slower; the default keeps extraction at hundreds of articles per second).
 */
export function pipelineStages(options: { syntax?: boolean } = {}): readonly Stage[] {
  return [
    languageStage,
    sentencesStage,
    tokensStage,
    ...(options.syntax ? [syntaxStageFor(hasEventWord)] : []),
    datesStage,
    numbersStage,
    actorsStage,
    placesStage,
    personsStage,
    cuesStage,
    eventsStage,
  ];
}

export const defaultStages: readonly Stage[] = pipelineStages();
