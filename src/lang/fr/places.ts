// French words for the places stage: where a place name is announced, and what points back to one.
import type { PlaceResources } from '../../mentions/places/resources.js';

export const places: PlaceResources = {
  homeCountries: ['FRA', 'BEL', 'CHE', 'LUX', 'MCO', 'CAN'],
  locatives: [
    'à', 'au', 'aux', 'en', 'dans', 'vers', 'depuis', 'via', "jusqu'à", "jusqu'au", 'entre',
    'près de', "près d'", 'non loin de', "non loin d'", 'à proximité de', "à proximité d'", 'aux environs de', "aux abords de",
    'en périphérie de', 'à la périphérie de', 'au large de', "au large d'", 'à la frontière de', 'le long de',
    'au nord de', 'au sud de', "à l'est de", "à l'ouest de", 'au nord-est de', 'au nord-ouest de', 'au sud-est de', 'au sud-ouest de',
    "au nord d'", "au sud d'", "à l'est d'", "à l'ouest d'", 'dans le nord de', 'dans le sud de', "dans l'est de", "dans l'ouest de",
    'dans le centre de', 'au nord du', 'au sud du', "à l'est du", "à l'ouest du", 'au nord-est du', 'au nord-ouest du', 'au sud-est du',
    'au sud-ouest du', 'dans le nord du', 'dans le sud du', "dans l'est du", "dans l'ouest du", 'dans le centre du', 'dans le nord-est du',
    'dans le nord-ouest du', 'dans le sud-est du', 'dans le sud-ouest du', 'près du', 'non loin du', 'au large du', 'à la frontière du',
    'en direction du', 'dans la région de', "à l'intérieur de", 'à travers', 'partout en', 'ailleurs en', 'originaire de', "originaire d'", 'en direction de', "en direction d'", 'basé à', 'basée à', 'situé à', 'située à',
  ],
  weakLocatives: ['de', "d'", 'du', 'des', 'et', 'par', 'pour', 'contre', 'sur'],
  determiners: ['le', 'la', "l'", 'les'],
  placeNouns: [
    { words: ['ville', 'village', 'localité', 'commune', 'bourg', 'bourgade', 'cité', 'agglomération', 'municipalité', 'hameau', 'capitale'], precision: 'settlement' },
    { words: ['quartier', 'camp', 'base', 'aéroport', 'port', 'pont', 'poste-frontière', 'point de passage'], precision: 'point' },
    { words: ['district', 'canton', 'arrondissement', 'comté', 'département', 'préfecture', 'cercle', 'commune rurale', 'raïon'], precision: 'district' },
    { words: ['province', 'région', 'état', 'territoire', 'gouvernorat', 'wilaya', 'oblast', 'enclave', 'bande', 'vallée', 'zone', 'île', 'péninsule'], precision: 'region' },
    { words: ['pays', 'république'], precision: 'country' },
  ],
  nounLinkers: ['de', "d'", 'du', 'des'],
  routeNouns: ['autoroute', 'route', 'axe', 'voie', 'corridor', 'nationale', 'ligne'],
  nameConnectors: ['de', "d'", 'du', 'des', 'la', 'le', 'les', 'sur', 'en', 'et', 'al', 'el', 'al-', 'el-'],
  anaphora: ['sur les lieux', 'sur place', 'là-bas', 'sur le site', "à l'endroit", 'dans la zone', 'dans le secteur'],
  anaphoraBlockers: {},
  nameAbbreviations: ['st', 'ste'],
  notPlaces: [
    'le', 'la', 'les', "l'", 'un', 'une', 'des', 'ce', 'cette', 'ces', 'il', 'elle', 'ils', 'elles', 'on', 'nous', 'vous', 'je',
    'enfin', 'après', 'avant', 'selon', 'mais', 'et', 'ou', 'or', 'donc', 'puis', 'alors', 'ainsi', 'depuis', 'dans', 'pour', 'par',
    'au', 'aux', 'en', 'sur', 'sous', 'lors', 'cependant', 'toutefois', 'néanmoins', 'pourtant', 'aussi', 'encore', 'déjà', 'hier',
    "aujourd'hui", 'demain', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'janvier', 'février', 'mars',
    'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre', 'etat', 'état', 'dieu', 'monsieur',
    'madame', 'président', 'ministre', 'gouvernement', 'armée', 'police', 'mesures', 'selon', 'ces', 'cet', 'son', 'sa', 'ses',
    'leur', 'leurs', 'tous', 'toutes', 'plusieurs', 'certains', 'quelques', 'chaque', 'aucun', 'aucune',
  ],
  speakerVerbs: ['a déclaré', 'a dit', 'a affirmé', 'a indiqué', 'a ajouté', 'a expliqué', 'a annoncé', 'a souligné', 'a assuré', 'a estimé', 'a rappelé', 'a précisé', 'a averti', 'déclare', 'affirme', 'estime', 'explique', 'souligne'],
  personTitles: [
    'm.', 'mme', 'mlle', 'dr', 'me', 'mgr', 'président', 'présidente', 'ministre', 'général', 'colonel', 'capitaine', 'commandant',
    'lieutenant', 'sergent', 'maréchal', 'premier ministre', 'secrétaire', 'porte-parole', 'chef', 'cheikh', 'imam', 'émir', 'roi',
    'reine', 'prince', 'princesse', 'pape', 'abbé', 'père', 'frère', 'sœur', 'soeur', 'maire', 'député', 'sénateur', 'gouverneur',
    'juge', 'procureur', 'avocat', 'professeur', 'docteur', 'saint', 'sainte',
  ],
  organisationHeads: ['université', 'fc', 'football', 'club', 'airlines', 'groupe', 'holding', 'sa', 'sarl'],
};
