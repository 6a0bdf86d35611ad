import type { EventResources, TriggerEntry } from '../../events/resources.js';
import triggers from './triggers.json' with { type: 'json' };

const SAY =
  'indiqué|déclaré|affirmé|annoncé|souligné|assuré|rappelé|ajouté|précisé|expliqué|estimé|confirmé|insisté|averti|prévenu|' +
  'rapporté|signalé|révélé|écrit|dit|martelé|répété|reconnu|raconté|témoigné|confié|relaté|déploré|' +
  'indique|déclare|affirme|annonce|souligne|assure|rappelle|ajoute|précise|explique|estime|confirme|avertit|rapporte|signale|révèle|écrit|' +
  'indiquent|déclarent|affirment|annoncent|soulignent|assurent|rappellent|ajoutent|précisent|expliquent|estiment|confirment|rapportent|signalent';
const DENY = 'démenti|nié|dément|nie|démentent|nient|contesté|conteste';
const AUX = 'a|ont|avait|avaient|aurait|auraient';
const CLITIC = '-t-il|-t-elle|-t-ils|-t-elles|-il|-elle|-ils|-elles|-t-on|-on';

export const events: EventResources = {
  triggers: triggers as TriggerEntry[],
  cues: [
    { id: 'fr.cue.selon', pattern: "selon|d'après", speaker: 'after' },
    { id: 'fr.cue.appris-de', pattern: "appris|apprend _? _? de|d'|auprès", speaker: 'after' },
    { id: 'fr.cue.aux-clitic-verb', pattern: `${AUX} ${CLITIC} ${SAY}`, speaker: 'before' },
    { id: 'fr.cue.verb-clitic', pattern: `${SAY} ${CLITIC}`, speaker: 'before' },
    { id: 'fr.cue.aux-verb', pattern: `${AUX} ${SAY}`, speaker: 'either' },
    { id: 'fr.cue.fait-savoir', pattern: `${AUX} fait savoir`, speaker: 'either' },
    { id: 'fr.cue.mis-en-exergue', pattern: `${AUX} mis en exergue|avant|lumière`, speaker: 'before' },
    { id: 'fr.cue.present-verb', pattern: SAY, speaker: 'either' },
    { id: 'fr.cue.deny', pattern: `${AUX}? ${DENY}`, speaker: 'before', denial: true },
  ],
  negators: ['ne', "n'", 'pas', 'jamais', 'aucun', 'aucune', 'nullement', 'sans'],
  conditionals: ['si', "s' il|ils", 'à condition que|qu\'', 'au cas où', 'pourvu que'],
  futureMarkers: ['va', 'vont', 'allait', 'allaient', 'devrait', 'devraient', 'prévoit de', 'compte'],
  futureSuffixes: ['ront', 'rait', 'raient', 'rons', 'rez'],
  hypotheticals: ['pourrait', 'pourraient', 'risque de', 'risquent de', 'éventuel', 'éventuelle', 'possible'],
  endings: ['prendra|prendront|prendrait|prendraient|prend|prennent fin', 'a|ont pris fin', 'cessera|cesseront|cesse|cessent|cessé', "s' achèvera|achèveront|arrêtera|arrêteront"],
  framing: [
    'soi-disant', 'prétendu', 'prétendue', 'prétendus', 'prétendues', 'auto-proclamée', 'auto-proclamé', 'autoproclamée', 'autoproclamé',
    'régime', 'mesures anti-terroristes', 'mesures antiterroristes', 'antiterroristes', 'anti-terroristes', 'terroristes', 'terroriste',
    'illégales', 'illégal', 'illégaux', 'illégale', 'occupant', 'occupants', 'occupation', 'fantoche', 'junte', 'séparatistes',
    'provocations', 'provocation', 'criminels', 'bandits', 'légitimes',
  ],
  clauseOpeners: ['que', "qu'", 'lorsque', "lorsqu'", 'quand', 'parce', 'puisque', 'afin', 'pour', 'dont', 'où'],
  relativeSubjects: ['qui'],
  coordinators: ['et', 'mais', 'puis', 'ou'],
  agentMarkers: ['par'],
  passiveAuxiliaries: ['été', 'est', 'sont', 'était', 'étaient', 'sera', 'seront', 'fut', 'furent'],
  responsibility: [
    { id: 'fr.responsibility.passive', pattern: 'a|ont|avait été revendiqué|revendiquée|revendiqués|revendiquées par', speaker: 'after' },
    { id: 'fr.responsibility.active', pattern: `${AUX} revendiqué`, speaker: 'before' },
    { id: 'fr.responsibility.present', pattern: 'revendique|revendiquent', speaker: 'before' },
  ],
  requestComplements: ['à', 'de', "d'"],
  denialComplements: ['avoir', "d'", 'que', "qu'", 'être'],
  lightVerbs: [
    'utilisé|utilise|utilisent|tiré|tire|tirent|mené|mène|mènent|menait|menaient|mener|lancé|lance|lancent|lançait|lancer|perpétré|perpètre|commis|commet|commettent|organisé|organise|organisent|organiser',
    'conduit|conduisent|effectué|effectue|effectuent|réalisé|réalise|déclenché|déclenche|entamé|entame|entament|poursuivi|poursuit|poursuivent|intensifié|intensifie|multiplié|multiplie',
    'orchestré|tenu|tient|tiennent|repris|reprend|reprennent|engagé|engage|revendiqué|revendique|mobilisé|appelé|appelle|appellent|appeler|observé|observe|observent|déposé|dépose|adressé|adresse|formulé|formule|exprimé|réitéré|réitère|renouvelé|renouvelle|présenté|lancent|porté|porte|portent|infligé|imposé|impose|décrété|décrète|annoncé|annonce|ordonné|ordonne|autorisé|autorise|signé|signe|conclu|accepté|rejeté|refusé|exigé',
  ],
  auxiliaries: ['a', 'ont', 'avait', 'avaient', 'aurait', 'auraient', 'est', 'sont', 'était', 'étaient', 'été', 'se', "s'", 'y', 'en', 'aussi', 'également', 'déjà', 'encore', 'ensuite', 'alors', 'puis', 'avoir'],
  modifiersPrecedeNoun: false,
  definiteDeterminers: ['le', 'la', "l'", 'les'],
  genericModifiers: ['similaires', 'semblables', 'précédentes', 'précédents', 'passées', 'passés', 'telles', 'tels', 'pareilles'],
  anaphoricDeterminers: ['ce', 'cet', 'cette', 'ces'],
  earlierClauseOpeners: ['après'],
  laterStepWords: [
    'inculpé', 'inculpée', 'examen', 'condamné', 'condamnée', 'jugé', 'jugée', 'interpellé', 'interpellée', 'écroué',
    'écrouée', 'déféré', 'déférée', 'identifié', 'identifiée', 'obsèques', 'funérailles', 'procès', 'audience', 'tribunal',
    'annoncé', 'confirmé',
  ],
  speakerPronouns: ['il', 'elle', 'ils', 'elles', '-t-il', '-t-elle', '-il', '-elle', '-t-ils', '-ils', '-elles', '-t-elles'],
};
