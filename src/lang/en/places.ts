// English words for the places stage: where a place name is announced, and what points back to one.
import type { PlaceResources } from '../../mentions/places/resources.js';

export const places: PlaceResources = {
  homeCountries: ['USA', 'GBR', 'CAN', 'AUS', 'NZL', 'IRL'],
  locatives: [
    'in', 'at', 'near', 'outside', 'inside', 'across', 'around', 'throughout', 'toward', 'towards', 'into', 'via', 'through',
    'within', 'between', 'near to', 'close to', 'outside of', 'off the coast of', 'on the outskirts of', 'in the outskirts of',
    'on the border of', 'along', 'north of', 'south of', 'east of', 'west of', 'northeast of', 'northwest of', 'southeast of',
    'southwest of', 'north-east of', 'north-west of', 'south-east of', 'south-west of', 'in northern', 'in southern', 'in eastern',
    'in western', 'in central', 'in north', 'in south', 'based in', 'located in', 'native of', 'headed for', 'on the road to',
  ],
  weakLocatives: ['from', 'of', 'to', 'and', 'by', 'for', 'against', 'on'],
  determiners: ['the'],
  regionalModifiers: ['northern', 'southern', 'eastern', 'western', 'central', 'northeastern', 'northwestern', 'southeastern', 'southwestern', 'north-eastern', 'north-western', 'south-eastern', 'south-western', 'rural', 'coastal', 'neighbouring', 'neighboring'],
  placeNouns: [
    { words: ['city', 'town', 'village', 'hamlet', 'township', 'suburb', 'settlement', 'municipality', 'capital', 'borough'], precision: 'settlement' },
    { words: ['neighborhood', 'neighbourhood', 'camp', 'base', 'airport', 'port', 'bridge', 'border crossing', 'checkpoint'], precision: 'point' },
    { words: ['district', 'county', 'parish', 'prefecture', 'commune', 'local government area', 'lga', 'municipal district'], precision: 'district' },
    { words: ['province', 'region', 'state', 'territory', 'governorate', 'oblast', 'enclave', 'strip', 'valley', 'area', 'island', 'peninsula'], precision: 'region' },
    { words: ['country', 'republic'], precision: 'country' },
  ],
  nounLinkers: ['of'],
  routeNouns: ['highway', 'road', 'route', 'motorway', 'corridor', 'railway', 'line'],
  nameConnectors: ['of', 'de', 'del', 'da', 'do', 'la', 'le', 'upon', 'on', 'al', 'el', 'al-', 'el-', 'and', 'dos', 'das', 'di', 'della', 'van', 'von', 'der', 'den'],
  anaphora: ['there', 'the scene', 'the site', 'the area', 'the spot', 'the location'],
  anaphoraBlockers: {
    there: ['is', 'are', 'was', 'were', 'be', 'been', 'will', 'would', 'have', 'has', 'had', 'may', 'might', 'must', 'could', 'should',
      'can', 'seems', 'seemed', 'appears', 'appeared', 'remain', 'remains', 'remained', "'s", 'exists', 'existed', 'came', 'comes',
      'used', 'need', 'needs', 'ought', 'isn', 'aren', 'wasn', 'weren'],
  },
  compassAbbreviations: ['N', 'S', 'E', 'W', 'NE', 'NW', 'SE', 'SW', 'N.', 'S.', 'E.', 'W.'],
  // capitalised words after a town's name that keep it the town ("Houston Public Library", "Leeds High School",
  // "Dallas County"), unlike those that make it the name of something called after it ("Oxford Instruments")
  wordsKeepingTheTown: [
    'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'middle', 'upper', 'lower', 'new', 'old',
    'great', 'greater', 'grand', 'little', 'big', 'university', 'college', 'school', 'center', 'centre', 'park', 'house', 'street', 'road',
    'avenue', 'square', 'station', 'airport', 'metro', 'district', 'county', 'state', 'city', 'town', 'village', 'peninsula', 'gulf',
    'coast', 'island', 'islands', 'bay', 'lake', 'river', 'mountain', 'mountains', 'valley', 'hills', 'beach', 'point', 'rock', 'estate',
    'church', 'hall', 'bank', 'court', 'castle', 'capitol', 'parish', 'borough', 'township', 'twp', 'province', 'region', 'public', 'high',
    'library', 'elementary', 'junior', 'community', 'memorial', 'regional', 'municipal', 'general', 'area', 'medical', 'fire', 'police',
    'chamber', 'board', 'zoo', 'courthouse', 'heights', 'planning',
  ],
  nameAbbreviations: ['st', 'ste', 'mt', 'ft', 'pt'],
  notPlaces: [
    'northeast', 'northwest', 'southeast', 'southwest', 'north-east', 'north-west', 'south-east', 'south-west', 'downtown', 'metro',
    'greater', 'upstate', 'rural', 'interstate', 'route', 'highway', 'exit', 'exits', 'house', 'senate', 'congress', 'university', 'christmas', 'easter', 'north',
    // the sides of a town ("on the West Side", "Southside"): the story's own town, never another town's other name
    'side', 'northside', 'southside', 'eastside', 'westside', 'far', 'near',
    'south', 'east', 'west', 'eastern', 'western', 'northern', 'southern', 'central', 'free', 'swat', 'county', 'city', 'state',
    'the', 'a', 'an', 'this', 'that', 'these', 'those', 'he', 'she', 'it', 'they', 'we', 'you', 'i', 'his', 'her', 'their', 'its',
    'but', 'and', 'or', 'so', 'then', 'after', 'before', 'when', 'while', 'since', 'as', 'in', 'on', 'at', 'for', 'from', 'by',
    'according', 'however', 'meanwhile', 'also', 'yesterday', 'today', 'tomorrow', 'monday', 'tuesday', 'wednesday', 'thursday',
    'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
    'november', 'december', 'god', 'mr', 'mrs', 'ms', 'president', 'minister', 'government', 'army', 'police', 'state', 'officials',
    'all', 'some', 'many', 'several', 'each', 'every', 'no', 'there', 'here', 'where', 'what', 'who', 'why', 'how',
    // numbers opening a sentence ("Five Kissimmee victims")
    'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'dozens', 'hundreds',
    // words of a title-case headline ("In Early Morning N.J. Shooting", "Deadly Double Shooting")
    'early', 'late', 'morning', 'afternoon', 'evening', 'night', 'overnight', 'weekend', 'deadly', 'fatal', 'double', 'triple', 'quadruple', 'multiple',
    // makes and models of cars ("inside a black Honda Accord")
    'honda', 'toyota', 'nissan', 'chevrolet', 'chevy', 'hyundai', 'kia', 'mazda', 'lexus', 'acura', 'buick', 'jeep', 'bmw', 'subaru', 'volkswagen',
    'audi', 'infiniti', 'gmc', 'mitsubishi', 'chrysler', 'impala', 'camry', 'altima', 'malibu', 'tahoe', 'corolla', 'sentra', 'civic',
  ],
  speakerVerbs: ['said', 'says', 'told', 'added', 'stated', 'noted', 'explained', 'wrote', 'asked', 'argued', 'announced', 'claimed', 'insisted', 'warned', 'replied', 'testified', 'tweeted', 'has said', 'had said', 'has told', 'will', 'would', "'s"],
  personTitles: [
    'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'dr', 'dr.', 'president', 'minister', 'prime minister', 'gen.', 'general', 'col.', 'colonel',
    'capt.', 'captain', 'lt.', 'lieutenant', 'sgt.', 'sergeant', 'maj.', 'major', 'gov.', 'governor', 'sen.', 'senator', 'rep.',
    'representative', 'mayor', 'judge', 'justice', 'secretary', 'spokesman', 'spokeswoman', 'sheikh', 'imam', 'emir', 'king', 'queen',
    'prince', 'princess', 'pope', 'father', 'rev.', 'reverend', 'sister', 'brother', 'saint', 'st.', 'officer', 'chief', 'sheriff',
    'deputy', 'detective', 'professor', 'prof.', 'coach',
  ],
  regionDemonyms: {
    European: 'Europe', Europeans: 'Europe', African: 'Africa', Africans: 'Africa', Asian: 'Asia', Asians: 'Asia',
    'Latin American': 'Latin America', 'Latin Americans': 'Latin America', 'Middle Eastern': 'Middle East', 'Central American': 'Central America',
    'North African': 'North Africa', 'West African': 'West Africa', 'East African': 'East Africa', 'South Asian': 'South Asia',
    'Southeast Asian': 'Southeast Asia', 'Central Asian': 'Central Asia', 'East Asian': 'East Asia', 'Scandinavian': 'Scandinavia',
    'Balkan': 'Balkans', 'Caribbean': 'Caribbean', 'Mediterranean': 'Mediterranean Sea', 'Kurdish': 'Kurdistan', 'Kurds': 'Kurdistan',
    'Sub-Saharan': 'Sub-Saharan Africa', 'Arctic': 'Arctic Ocean', 'Atlantic': 'Atlantic Ocean', 'Pacific': 'Pacific Ocean',
    // peoples of a part of a country: English is of England, not the whole United Kingdom
    English: 'England', Scottish: 'Scotland', Scots: 'Scotland', Welsh: 'Wales', Korean: 'Korea', Koreans: 'Korea',
    Siberian: 'Siberia', Tamil: 'Tamil Nadu', Tamils: 'Tamil Nadu', Tibetan: 'Tibet', Tibetans: 'Tibet', Kashmiri: 'Kashmir', Kashmiris: 'Kashmir',
    Chechen: 'Chechnya', Chechens: 'Chechnya', Catalan: 'Catalonia', Catalans: 'Catalonia', Bavarian: 'Bavaria', Sicilian: 'Sicily',
    Texan: 'Texas', Texans: 'Texas', Californian: 'California', Californians: 'California', Floridian: 'Florida', Hawaiian: 'Hawaii', Alaskan: 'Alaska',
    Punjabi: 'Punjab', Sindhi: 'Sindh', Bengali: 'Bengal', Quebecois: 'Quebec', 'Québécois': 'Quebec', Patagonian: 'Patagonia', Saharan: 'Sahara',
    Andean: 'Andes', Himalayan: 'Himalayas', Alpine: 'Alps', Amazonian: 'Amazon rainforest', Anatolian: 'Anatolia', Baltic: 'Baltic states',
    // combining forms before a hyphen ("Austro-Hungarian", "Sino-Indian", "Franco-German")
    Arab: 'Arab world', Arabs: 'Arab world', Western: 'Western Europe',
    Austro: 'Austria', Franco: 'France', Sino: 'China', Russo: 'Russia', Italo: 'Italy', Greco: 'Greece', Serbo: 'Serbia',
  },
  modifiedNouns: [
    'man', 'men', 'woman', 'women', 'boy', 'boys', 'girl', 'girls', 'teen', 'teens', 'teenager', 'teenagers', 'toddler', 'child', 'children',
    'resident', 'residents', 'family', 'families', 'couple', 'native', 'student', 'students', 'mother', 'father', 'police', 'officers',
    'officer', 'authorities', 'officials', 'firefighters', 'deputies', 'detectives', 'mayor', 'community', 'neighborhood', 'neighbourhood',
    'shooting', 'shootings', 'homicide', 'homicides', 'murder', 'murders', 'slaying', 'stabbing', 'standoff', 'rampage', 'victim', 'victims',
  ],
  councilHeads: ['council', 'councils'],
  // (US police forces known by their acronyms; one several towns share, APD or HPD, is left out)
  authorityAcronyms: {
    NYPD: 'New York City', LAPD: 'Los Angeles', NOPD: 'New Orleans', LMPD: 'Louisville', IMPD: 'Indianapolis', CMPD: 'Charlotte',
    SFPD: 'San Francisco', SCMPD: 'Savannah', BRPD: 'Baton Rouge', LVMPD: 'Las Vegas', NLVPD: 'North Las Vegas', KCPD: 'Kansas City',
    SLMPD: 'St. Louis', SDPD: 'San Diego', MNPD: 'Nashville', SAPD: 'San Antonio', CSPD: 'Colorado Springs', LRPD: 'Little Rock',
    SJPD: 'San Jose', GRPD: 'Grand Rapids', DCPD: 'Washington', MDPD: 'Miami-Dade County', PGPD: "Prince George's County",
  },
  authorityHeads: ['police', 'sheriff', "sheriff's", 'sheriffs', 'pd', 'fire', 'marshal', "marshal's", 'constable', "constable's"],
  relativeLocatives: [
    'near', 'outside', 'outside of', 'near to', 'close to', 'on the outskirts of', 'in the outskirts of', 'north of', 'south of', 'east of',
    'west of', 'northeast of', 'northwest of', 'southeast of', 'southwest of', 'north-east of', 'north-west of', 'south-east of', 'south-west of',
  ],
  streetOpeners: ['block of', 'blocks of', 'hundred block of'],
  streetNouns: ['street', 'streets', 'avenue', 'avenues', 'boulevard', 'drive', 'lane', 'parkway', 'st.', 'ave.', 'blvd.'],
  possessive: {
    markers: ["'s", '’s', "'", '’'],
    parts: ['side', 'west', 'east', 'north', 'south', 'northwest', 'northeast', 'southwest', 'southeast', 'far', 'near', 'lower', 'upper',
      'inner', 'downtown', 'outskirts', 'suburbs', 'streets', 'neighborhood', 'neighbourhood', 'neighborhoods', 'neighbourhoods', 'eastside', 'westside'],
    people: ['death', 'killing', 'slaying', 'funeral', 'family', 'body', 'attorney', 'lawyer', 'killer', 'girlfriend', 'boyfriend', 'wife', 'husband',
      'son', 'daughter', 'mother', 'father', 'brother', 'sister', 'relatives', 'grandmother', 'uncle', 'aunt', 'cousin', 'fiance', 'fiancee',
      'ex-wife', 'ex-girlfriend', 'ex-boyfriend', 'ex-husband', 'apartment', 'bedroom', 'arrest', 'sentencing', 'condition', 'injuries',
      'restaurant', 'bar', 'store', 'shop', 'lounge', 'tavern', 'grill', 'cafe', 'diner', 'home', 'house', 'residence', 'car', 'truck', 'vehicle'],
  },
  organisationHeads: ['university', 'college', 'school', 'hospital', 'inc', 'inc.', 'corp', 'corp.', 'company', 'airlines', 'fc', 'united', 'times', 'post', 'news', 'herald', 'tribune', 'council', 'department', 'office', 'police', 'church', 'club', 'bank', 'party', 'street', 'st.', 'road', 'avenue', 'ave.', 'boulevard', 'blvd.', 'drive', 'lane', 'high', 'center', 'centre', 'park', 'mall', 'county jail', 'jail'],
};
