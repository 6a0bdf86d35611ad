// English numbers, vague quantities and casualty phrases (conventions: src/mentions/numbers/resources.ts).
import type { NumberResources } from '../../mentions/numbers/resources.js';

const V = String.raw`(?:were|was|are|is|have|has|had|been|be|being|got|get|gets|will|would|may|might|reportedly|allegedly|later|also|all|both|each|then|subsequently|eventually|apparently|initially|both|now|who|that|which|had)`;

export const numbers: NumberResources = {
  decimalSeparator: '.',
  words: {
    zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
    eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
    nineteen: 19, twenty: 20, thirty: 30, forty: 40, fourty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80,
    ninety: 90, both: 2,
  },
  hundreds: ['hundred'],
  scales: { thousand: 1000, million: 1e6, millions: 1e6, billion: 1e9 },
  connectors: [{ word: 'and', afterHundred: true }],
  articleNumbers: [],
  singularArticles: ['a', 'an', 'another'],
  vague: [
    { phrase: 'a dozen', best: 12, low: 12, high: 12 },
    { phrase: 'dozens', best: 12, low: 12, high: 99 },
    { phrase: 'several dozen', best: 24, low: 24, high: 99 },
    { phrase: 'a couple of', best: 2, low: 2, high: 2 },
    { phrase: 'a couple', best: 2, low: 2, high: 2 },
    { phrase: 'a handful of', best: 3, low: 2, high: 5 },
    { phrase: 'a few', best: 2, low: 2, high: 5 },
    { phrase: 'several', best: 3, low: 2, high: 9 },
    { phrase: 'many', best: 10, low: 3, high: 99 },
    { phrase: 'numerous', best: 10, low: 3, high: 99 },
    { phrase: 'scores', best: 20, low: 20, high: 99 },
    { phrase: 'scores of', best: 20, low: 20, high: 99 },
    { phrase: 'hundreds', best: 100, low: 100, high: 999 },
    { phrase: 'hundreds of thousands', best: 100000, low: 100000, high: 999999 },
    { phrase: 'tens of thousands', best: 10000, low: 10000, high: 99999 },
    { phrase: 'thousands', best: 1000, low: 1000, high: 9999 },
    { phrase: 'multiple', best: 2, low: 2, high: 9 },
  ],
  qualifiers: {
    exact: ['a total of', 'a combined', 'an estimated'],
    atLeast: ['at least', 'no fewer than', 'no less than', 'a minimum of', 'at a minimum'],
    moreThan: ['more than', 'over', 'upwards of', 'in excess of'],
    upTo: ['up to', 'as many as', 'at most', 'no more than'],
    fewerThan: ['fewer than', 'less than'],
    about: ['about', 'around', 'roughly', 'approximately', 'some', 'an estimated', 'estimated', 'about some'],
    nearly: ['nearly', 'almost', 'close to', 'just under', 'nearly all'],
  },
  range: { openers: ['between'], joiners: ['and'], bareJoiners: ['to', 'or'] },
  nonNumbers: ['no one', 'no one else', 'one another', 'not one', 'the one', 'this one', 'that one', 'no-one'],
  ordinalSuffixes: ['st', 'nd', 'rd', 'th'],
  ordinalWords: {
    first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  },
  units: [
    'year', 'years', 'yr', 'yrs', 'month', 'months', 'week', 'weeks', 'day', 'days', 'hour', 'hours', 'minute',
    'minutes', 'second', 'seconds', 'a . m', 'p . m', 'a . m .', 'p . m .', 'am', 'pm', "o'clock", 'percent', 'per', '%', 'dollars',
    'cents', 'pounds', 'euros', 'miles', 'mile', 'mph', 'feet', 'foot', 'ft', 'inches', 'yards', 'meters', 'metres',
    'kilometers', 'km', 'block', 'blocks', 'times', 'shots', 'rounds', 'bullets', 'caliber', 'calibre', 'mm', 'gauge',
    'counts', 'count', 'degrees', 'points', 'games', 'grams', 'kilograms', 'ounces', 'pounds', 'acres', 'square',
    'stories', 'floors', 'votes', 'and older', 'and up', 'year-old', 'years-old', 'months-old',
  ],
  labels: [
    'route', 'highway', 'hwy', 'interstate', 'state road', 'county road', 'no .', 'number', '#', 'page', 'chapter',
    'section', 'article', 'flight', 'bus', 'apartment', 'apt', 'unit', 'suite', 'room', 'channel', 'ward', 'district',
    'precinct', 'station', 'exit', 'mile marker', 'aged', 'age', 'ages', 'age of', '$', '€', '£', 'us$', 'usd', 'eur',
    'model', 'code', 'grade', 'class of', 'until', 'ak', 'glock', 'dated', 'score', 'scored',
  ],
  counts: {
    predicates: {
      killed: [
        `(?:shot|stabbed|beaten|gunned) (?:and|to) (?:killed|death|dead)`,
        `(?:shot|stabbed|beaten|gunned) dead`,
        `(?:fatally|mortally) (?:shot|wounded|injured|stabbed|struck|hit)`,
        `killed`, `slain`, `murdered`, `died`, `die`, `dead`, `pronounced dead`, `found dead`, `declared dead`,
        `lost (?:their|his|her) lives?`, `succumbed`, `perished`, `executed`, `shot to death`, `stabbed to death`,
        `beaten to death`, `burned to death`, `confirmed dead`, `killed (?:in|by|during|after|when)`,
      ],
      injured: [
        `(?:shot|stabbed) and (?:wounded|injured|hurt)`,
        `(?:critically|seriously|severely|badly|gravely|slightly|non-fatally|nonfatally) (?:wounded|injured|hurt|shot)`,
        `wounded`, `injured`, `hurt`, `hospitalized`, `suffered (?:\S+ ){0,2}(?:wounds?|injuries|injury)`,
        `sustained (?:\S+ ){0,2}(?:wounds?|injuries|injury)`, `treated for (?:\S+ ){0,2}(?:wounds?|injuries)`,
      ],
      arrested: [
        `arrested`, `detained`, `taken into custody`, `in custody`, `apprehended`, `booked`, `jailed`, `captured`,
        `rounded up`, `picked up`, `charged and arrested`,
      ],
    },
    nominals: {
      killed: [`dead`, `killed`, `slain`, `fatalities`, `deaths`],
      injured: [`wounded`, `injured`, `hurt`, `injuries`, `casualties`],
      arrested: [`arrested`, `arrests`, `detained`, `in custody`],
    },
    verbs: {
      killed: [
        `killing`, `killed`, `kills`, `kill`, `claimed the lives? of`, `claiming the lives? of`, `took the lives? of`,
        `taking the lives? of`, `fatally shooting`, `fatally shot`, `shot and killed`, `shooting dead`,
        `murdered`, `murdering`, `slaying`,
      ],
      injured: [`wounding`, `wounded`, `injuring`, `injured`, `hurting`, `shot and wounded`, `shot and injured`],
      arrested: [`arrested`, `arresting`, `detained`, `detaining`, `apprehended`, `arrests? of`],
    },
    tolls: {
      killed: [`death toll`, `death count`, `toll`, `number of dead`, `number of deaths`, `fatalities`],
      injured: [`number of (?:wounded|injured)`],
      arrested: [`number of arrests`],
    },
    fatalAdverbs: ['fatally', 'mortally'],
    partitives: ['of them', 'of those', 'of the victims', 'of whom'],
    none: {
      killed: [
        `(?:no one|nobody|none)(?: else)? (?:${V} )*(?:killed|dead|died|fatally)`,
        `no (?:one|deaths|fatalities) (?:${V} )*(?:reported|killed)`, `no deaths`, `no fatalities`,
      ],
      injured: [
        `(?:no one|nobody|none)(?: else)? (?:${V} )*(?:injured|hurt|wounded|struck|hit)`,
        `no (?:injuries|injury|one) (?:${V} )*(?:reported|injured|hurt)`, `no injuries`, `no other injuries`,
        `no other injuries`, `no one else (?:${V} )*(?:injured|hurt|wounded)`,
      ],
      arrested: [`no arrests`, `no one (?:${V} )*(?:arrested|in custody)`, `nobody (?:${V} )*(?:arrested|in custody)`],
    },
    zeroWords: ['no one else', 'no one', 'nobody', 'none', 'no'],
    fillers: [
      'were', 'was', 'are', 'is', 'have', 'has', 'had', 'been', 'be', 'being', 'got', 'get', 'gets', 'will', 'would',
      'may', 'might', 'reportedly', 'allegedly', 'later', 'also', 'all', 'each', 'then', 'subsequently', 'eventually',
      'apparently', 'initially', 'now', 'both', 'already', 'ultimately', 'quickly', 'immediately', 'confirmed',
      'police say', 'police said', 'authorities said', 'were both', 'critically', 'seriously', 'severely', 'badly',
      'gravely', 'slightly', 'minor', 'who',
    ],
    breakers: [
      'and', 'or', 'but', 'who', 'that', 'which', 'when', 'where', 'while', 'after', 'before', 'since', 'as', 'in', 'at',
      'on', 'from', 'by', 'with', 'for', 'into', 'to', 'during', 'near', 'inside', 'outside', 'than', 'not', "n't", 'never',
      'no', 'said', 'says', 'say', 'told', 'shot', 'fired', 'opened', 'drove', 'went', 'the', 'his', 'her', 'their',
      'its', 'this', 'these', 'those', 'if', 'because', 'what',
    ],
    activeObjects: [
      'his', 'her', 'their', 'its', 'him', 'them', 'the', 'a', 'an', 'one', 'two', 'three', 'four', 'five', 'six',
      'himself', 'herself', 'themselves', 'another', 'each', 'both', '#\\d+', 'my', 'our', 'your', 'someone',
    ],
    singularAuxiliaries: ['was', 'has been', 'had been', 'is', 'was later', 'was also'],
    singularPronouns: ['he', 'she'],
    notSubjects: ['anyone', 'anybody', 'nobody', 'no one', 'if', 'whether', 'none', 'someone', 'everyone', 'not'],
    tails: ['by gunfire', 'in the shooting', 'in the attack', 'in the crash', 'in the blast', 'in the explosion'],
  },
};
