import type { EventResources, TriggerEntry } from '../../events/resources.js';
import triggers from './triggers.json' with { type: 'json' };

const SAY =
  'said|says|say|told|tells|stated|states|announced|announces|claimed|claims|reported|reports|added|adds|noted|notes|' +
  'confirmed|confirms|insisted|insists|stressed|stresses|explained|explains|warned|warns|wrote|writes|declared|declares|' +
  'asserted|asserts|tweeted|alleged|alleges|acknowledged|acknowledges';

export const events: EventResources = {
  triggers: triggers as TriggerEntry[],
  cues: [
    { id: 'en.cue.according-to', pattern: 'according to', speaker: 'after' },
    { id: 'en.cue.deny', pattern: 'denied|denies|deny', speaker: 'before', denial: true },
    { id: 'en.cue.say', pattern: `has|have|had? ${SAY}`, speaker: 'either' },
  ],
  negators: ['not', "n't", 'never', 'no', 'without', 'neither', 'nor'],
  conditionals: ['if', 'unless', 'provided that', 'in case'],
  futureMarkers: ['will', "'ll", 'would', 'shall', 'going to', 'plans to', 'plan to', 'expected to', 'intends to', 'set to'],
  futureSuffixes: [],
  hypotheticals: ['could', 'might', 'may', 'possible', 'possibly', 'potential'],
  endings: ['will|would end|stop|cease|halt', 'ended|ends|stopped|ceased'],
  framing: [
    'so-called', 'self-proclaimed', 'self-styled', 'regime', 'terrorist', 'terrorists', 'anti-terrorist', 'counter-terrorism',
    'illegal', 'occupation', 'occupying', 'occupiers', 'puppet', 'junta', 'thugs', 'bandits', 'separatists', 'provocations',
    'provocation', 'martyrs', 'martyred', 'legitimate', 'criminal',
  ],
  clauseOpeners: ['that', 'which', 'when', 'while', 'because', 'after', 'before', 'as', 'where', 'whose'],
  relativeSubjects: ['who', 'which', 'that'],
  coordinators: ['and', 'but', 'then', 'or'],
  agentMarkers: ['by'],
  passiveAuxiliaries: ['was', 'were', 'been', 'be', 'is', 'are', 'being', 'got', 'get'],
  responsibility: [
    { id: 'en.responsibility.claimed', pattern: 'has|have|had? claimed|claims|claim responsibility|credit', speaker: 'before' },
    { id: 'en.responsibility.passive', pattern: 'was|were|has|have|been claimed by', speaker: 'after' },
  ],
  requestComplements: ['to'],
  denialComplements: ['that', 'having', 'it', 'they', 'to'],
  lightVerbs: [
    'used|use|uses|using|fired|fire|fires|launched|launch|launches|launching|carried|carry|carries|carrying|conducted|conduct|conducts|staged|stage|stages|mounted|mount|mounts|perpetrated|committed|commit|commits|organized|organised|organize|organise|held|hold|holds|led|lead|leads',
    'began|begin|begins|started|start|starts|continued|continue|continues|intensified|intensify|stepped|unleashed|resumed|resume|escalated|waged|wage|initiated|initiate|ordered|order|orders|announced|announce|announces|imposed|impose|declared|declare|called|call|calls|issued|issue|made|make|makes|filed|lodged|renewed|repeated|reiterated|signed|sign|reached|accepted|rejected|refused|went|go|goes|going|took|take|takes|joined|join',
  ],
  auxiliaries: ['has', 'have', 'had', 'is', 'are', 'was', 'were', 'been', 'be', 'being', 'will', 'would', 'also', 'reportedly', 'allegedly', 'then', 'later', 'again', 'had'],
  modifiersPrecedeNoun: true,
  definiteDeterminers: ['the'],
  genericModifiers: ['similar', 'such', 'previous', 'past', 'earlier', 'prior', 'future'],
  anaphoricDeterminers: ['this', 'these', 'that', 'those'],
  earlierClauseOpeners: ['after'],
  laterStepWords: [
    'charged', 'arraigned', 'indicted', 'sentenced', 'convicted', 'pleaded', 'arrested', 'booked', 'jailed', 'extradited',
    'identified', 'released', 'denied', 'filed', 'ruled', 'appeared', 'court', 'hearing', 'trial', 'funeral', 'vigil',
    'searching', 'announced', 'testified', 'confirmed', 'guilty', 'plea', 'sentencing', 'arraignment',
    'indictment',
  ],
  speakerPronouns: ['he', 'she', 'they', 'it'],
};
