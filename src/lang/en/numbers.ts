// English numbers, vague quantities and casualty phrases (conventions: src/mentions/numbers/resources.ts).
import type { NumberResources } from '../../mentions/numbers/resources.js';

const V = String.raw`(?:were|was|are|is|have|has|had|been|be|being|got|get|gets|will|would|may|might|reportedly|allegedly|later|also|all|both|each|then|subsequently|eventually|apparently|initially|both|now|who|that|which|had)`;

/** a wound suffered, not a fatal one ("suffered a fatal gunshot wound" is a death) nor "suffering from" (said of the dead too) */
const WOUND = `(?:suffered|sustained|received) (?!from )(?:(?!fatal |mortal |deadly )[^ ]+ ){0,3}?(?:wounds?|injuries|injury)`;

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
    // a day of a month: "shot on October 27 has died" ("may" is left out: a modal verb too)
    'january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
    'jan .', 'feb .', 'aug .', 'sept .', 'sep .', 'oct .', 'nov .', 'dec .', 'jan', 'feb', 'aug', 'sept', 'oct', 'nov', 'dec',
  ],
  apposedAgeFollowers: ['and', 'who'],
  counts: {
    triggers: [
      'kill', 'dead', 'die', 'death', 'fatal', 'slain', 'murder', 'homicide', 'li[fv]e', 'succumb', 'perish', 'execut', 'passe',
      'wound', 'injur', 'hurt', 'hospital', 'shot', 'shoot', 'struck', 'strik', 'hit', 'arrest', 'detain', 'custody',
      'apprehend', 'booked', 'jail', 'captur', 'rounded up', 'picked up', 'toll', 'casualt', 'slay', 'suicide', 'graze', 'condition', 'recover',
      '(?:him|her)self',
    ],
    hit: {
      predicates: [
        `shot`, `struck`, `hit by (?:gunfire|bullets?|a bullet|stray bullets?)`, `struck by (?:gunfire|bullets?|a bullet)`,
        `(?:hit|struck|grazed) in the`, `grazed`,
        // "a girl showed up at a hospital emergency room with a gunshot wound"
        `(?:showed up|shows up|turned up|arrived|arrives|walked|walk|walks|came) (?:at|to|in|into) (?:[^ ]+ ){0,8}?with (?:a )?(?:gunshot|gun shot|bullet) wounds?`,
        `(?:taken|transported|rushed|sent|airlifted|air lifted|air-lifted|flown) to (?:the |an? )?(?:[^ ]+ ){0,3}?(?:hospitals?|medical cent(?:er|re)|trauma cent(?:er|re))`, `gunshot victims`,
      ],
      nominals: [`shot`, `people shot`, `gunshot victims`, `shooting victims`, `victims shot`],
      // "a stray bullet hits a girl"
      verbs: [`shooting`, `shot`, `shoots`, `striking`, `hitting`, `hits`, `strikes`, `(?:the )?shootings? of`],
      selfPhrases: [
        `(?:shot|shooting|shoots|shoot) (?:himself|herself)`, `(?:injured|wounded|hurt|injuring|wounding) (?:himself|herself)`,
        // a headline's "Boy, 4, shoots self in leg", "man shoots own foot"
        `(?:shot|shooting|shoots|shoot) (?:self|(?:his |her )?own (?:leg|foot|hand|arm|thigh|knee|finger|head|chest|stomach|abdomen))`,
      ],
      phrases: [
        `(?:sent|sending|sends|leaving|left) {num}to (?:the |an? )?(?:[^ ]+ ){0,3}?hospitals?`,
        `{num}(?:were |are |have been )?(?:taken|transported|rushed|sent) to (?:the |an? )?(?:[^ ]+ ){0,3}?hospitals?`,
        // "a shooting lands four men in hospital"
        `(?:lands?|landed|landing|puts?|putting) {num}in (?:the )?hospitals?`,
        // "officers found three victims suffering from gunshot wounds", "two others arrived at a hospital with gunshot wounds"
        // (said of the dead too: people hit)
        `{num}(?:who )?(?:were |are |had been |have been )?(?:(?:found|located|discovered) )?(?:(?:showed up|turned up|arrived|walked in) (?:at |to )?(?:[^ ]+ ){0,4}?)?(?:suffering(?: from)?|with) (?:(?:[^ ]+ ){0,3}?(?:gunshot|gun shot|bullet) wounds?|(?:non-life-threatening|minor|serious) injur(?:y|ies))`,
      ],
      // "17-year-old shot, killed inside house" (a headline's comma for "and")
      diedAfter: [`(?:and|but) (?:later |eventually |then |subsequently )?(?:died|succumbed|passed away|(?:was|were) (?:later )?pronounced dead)`, `, killed`],
      multipleShootings: [
        { phrase: `double(?:-| )shootings?`, hit: 2 }, { phrase: `triple(?:-| )shootings?`, hit: 3 }, { phrase: `quadruple(?:-| )shootings?`, hit: 4 },
      ],
    },
    predicates: {
      killed: [
        `(?:shot|stabbed|beaten|gunned) (?:and|to) (?:killed|death|dead)`,
        `(?:shot|stabbed|beaten|gunned) dead`,
        `(?:fatally|mortally) (?:shot|wounded|injured|stabbed|struck|hit)`,
        `killed`, `slain`, `murdered`, `died`, `dies`, `die`, `dead`, `has died`, `passed away`, `passes away`,
        `later died`, `died later`, `pronounced dead`, `found dead`, `declared dead`,
        `lost (?:their|his|her) lives?`, `succumbed`, `perished`, `executed`, `shot to death`, `stabbed to death`,
        `beaten to death`, `burned to death`, `confirmed dead`,
        `(?:suffered|sustained|received) (?:an? )?(?:fatal|mortal|deadly) (?:[^ ]+ ){0,2}?(?:wounds?|injuries|injury)`,
      ],
      injured: [
        `(?:shot|stabbed) and (?:wounded|injured|hurt)`,
        `(?:critically|seriously|severely|badly|gravely|slightly|non-fatally|nonfatally) (?:wounded|injured|hurt|shot)`,
        `wounded`, `injured`, `hurt`, `hospitalized`, `${WOUND}`,
        `treated for (?:[^ ]+ ){0,3}?(?:wounds?|injuries)`,
        // "a woman and three men are recovering" ("suffering from gunshot wounds" is said of the dead too: left out)
        `(?:are|is) recovering`,
        // "a child is in serious condition", "the victim remains in critical but stable condition": alive now
        // ("was in critical condition" may come before a death: left out; "was in stable condition" may not)
        `(?:(?:listed|reported) (?:as )?|(?<!(?:was|were|been|had) ))in (?:serious|critical|stable|grave|fair|good|satisfactory|life-threatening|non-life-threatening)(?: but stable| and stable)? condition`,
        `(?<=(?:was|were) )in (?:(?:serious|critical) (?:but|and) stable|stable|fair|good|satisfactory|non-life-threatening) condition`,
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
        `killing`, `killed`, `kills`, `kill`, `claimed the (?:life|lives) of`, `claiming the (?:life|lives) of`, `took the (?:life|lives) of`,
        `taking the (?:life|lives) of`, `(?:fatally|mortally) (?:wounding|wounded|injuring|striking)`, `(?:the )?deaths? of`, `fatally shooting`, `fatally shoots`, `fatally shot`, `fatally stabbing`, `fatally shooting`, `fatally shot`, `shot and killed`, `shooting dead`,
        `murdered`, `murdering`, `slaying`,
        `(?:the )?(?:fatal|deadly) (?:shooting|stabbing|beating)s? of`, `(?:the )?(?:shooting|stabbing|beating) deaths? of`,
        `(?:the )?(?:murders?|killings?|slayings?|homicides?) of`,
      ],
      // a headline's present tense: "Shooting wounds 4 boys", "rampage injures three"
      injured: [`wounding`, `wounded`, `wounds`, `injuring`, `injured`, `injures`, `hurting`, `shot and wounded`, `shot and injured`],
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
      'gravely', 'slightly', 'minor', 'who', 'accidentally', 'apparently', 'just', 'reportedly', 'found', 'remains', 'remain',
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
    singularAuxiliaries: ['was', 'has been', 'had been', 'is', 'was later', 'was also', 'remains'],
    singularPronouns: ['he', 'she'],
    notNames: [
      'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march',
      'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'police', 'officers',
      'authorities', 'deputies', 'the', 'this', 'last', 'early', 'late', 'in', 'at', 'on', 'thanksgiving', 'christmas',
      'all', 'both', 'each', 'everyone', 'some', 'many', 'several', 'they', 'we', 'it', 'one',
    ],
    victimNouns: ['victim'],
    relativeSubjects: ['who', 'that'],
    pluralAuxiliaries: ['were', 'are', 'have been', 'have'],
    passiveAuxiliaries: ['was', 'were', 'is', 'are', 'has', 'have', 'had', 'been', 'be', 'being', 'got', 'get', 'gets', 'who'],
    severalIncidents: [
      `{num}(?:separate|different|unrelated) (?:shootings|incidents|attacks)`,
      // "in two Trenton shootings", "in two shooting attacks", "between two shootings"
      `(?:in|between) {num}(?:[^ ]+ )?(?:shootings|incidents|attacks)`,
    ],
    roundups: [
      `(?:separate|unrelated|different|weekend|overnight|holiday|citywide|several|multiple) (?:[^ ]+ )?(?:shootings|incidents|attacks)`,
      // "in other Sunday attacks", "weekend gunfire kills 1, wounds 12"
      `other (?:[^ ]+ )?(?:shootings|incidents|attacks)`, `weekend (?:gunfire|violence)`,
      // ("a string of shootings" may be one gunman's spree: left out)
      `(?:spate|rash|wave) of (?:[^ ]+ )?(?:shootings|incidents|attacks)`,
      `shootings (?:across|around|throughout|all over|citywide|since)`, `(?:weekend|night|day|week) of (?:gun )?violence`,
      `violent (?:weekend|night|day|week|24 hours)`,
      `in (?:the )?(?:past |last )?%\\d+ (?:hours|days)`,
    ],
    modals: ['may', 'might', 'could', 'would', 'should', 'must', 'will'],
    intransitiveDeaths: ['died', 'dies', 'passed away', 'passes away', 'succumbed', 'perished', 'later died'],
    intransitiveWounds: [WOUND],
    selfPhrases: {
      killed: [
        `(?:killing|killed|kills) (?:him|her)`, `(?:shot|shooting|gunned|gunning) (?:him|her) (?:dead|to death|down)`,
        `fatally (?:shooting|shot|wounding|wounded|stabbing|stabbed) (?:him|her)`,
      ],
      injured: [],
      arrested: [],
    },
    suicides: [
      `(?:killing|killed|kills|kill) (?:himself|herself)`, `fatally (?:shooting|shot|shoots) (?:himself|herself)`,
      `(?:took|taking|takes|take) (?:his|her) own life`, `(?:committed|committing|commits|commit) suicide`, `died by suicide`,
      `(?:turned|turning|turns|turn) (?:the|a|his|her) (?:gun|weapon|rifle|handgun|shotgun|pistol) on (?:himself|herself)`,
    ],
    additiveWords: ['also', 'too', 'as well'],
    additiveArticles: ['another'],
    notBareObjects: [`(?:shooting|killing|stabbing|murder|homicide) (?:suspect|victim|witness|gunman|shooter)s?`],
    woundBearers: ['suffered', 'suffering', 'sustained', 'sustaining', 'received', 'receiving', 'with', 'has', 'had', 'have'],
    implicitDeaths: [`(?:fatal|deadly) (?:shooting|stabbing|shootout)`, `(?:shooting|stabbing) death`],
    thenSelf: [`(?:, |and )?(?:then |and then )(?:himself|herself)`, `(?:, |, and |and )(?:himself|herself)`],
    multipleKillings: [
      { phrase: `murders?-suicides?`, dead: 2, suicide: true }, { phrase: `murder suicide`, dead: 2, suicide: true },
      { phrase: `double(?:-| )(?:homicide|murder|slaying|killing|shooting death)s?`, dead: 2 },
      { phrase: `triple(?:-| )(?:homicide|murder|slaying|killing|shooting death)s?`, dead: 3 },
      { phrase: `quadruple(?:-| )(?:homicide|murder|slaying|killing|shooting death)s?`, dead: 4 },

    ],
    coordinators: ['and', ','],
    othersWords: ['other', 'others', 'more'],
    ofWords: ['of', 'of the'],
    bareFollowers: [
      'in', 'at', 'on', 'after', 'while', 'during', 'by', 'near', 'outside', 'inside', 'early', 'late', 'last', 'this',
      'overnight', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'yesterday', 'today',
      'tonight', 'when', 'as', 'following', 'over', 'from', 'along', 'behind', 'across', 'multiple', 'several', 'once',
      'twice', 'accidentally', 'and', 'with', 'for', 'before', 'near', 'to', 'of', 'from', 'at', 'following', 'amid',
    ],
    singularNouns: [
      'man', 'woman', 'boy', 'girl', 'teen', 'teenager', 'child', 'toddler', 'baby', 'infant', 'student', 'officer',
      'deputy', 'trooper', 'father', 'mother', 'dad', 'mom', 'son', 'daughter', 'brother', 'sister', 'husband', 'wife',
      'grandfather', 'grandmother', 'grandson', 'granddaughter', 'uncle', 'aunt', 'nephew', 'niece', 'cousin',
      'driver', 'passenger', 'victim', 'suspect', 'gunman', 'shooter', 'person', 'resident', 'homeowner', 'clerk',
      'employee', 'worker', 'guard', 'soldier', 'civilian', 'journalist', 'reporter', 'policeman', 'cop', 'bystander',
      'pedestrian', 'friend', 'neighbor', 'neighbour', 'girlfriend', 'boyfriend', 'kid', 'youth', 'juvenile', 'senior',
      'hunter', 'owner', 'customer', 'inmate', 'agent', 'sergeant', 'detective', 'teacher', 'pastor', 'rapper',
      'teenage boy', 'teenage girl', 'young man', 'young woman', 'elderly man', 'elderly woman',
      'male', 'female', 'player', 'motorist', 'robber', 'intruder', 'burglar', 'roommate', 'stepfather', 'stepson',
      'stepdaughter', 'fiance', 'fiancee', 'cashier', 'bartender', 'bouncer', 'firefighter', 'tenant', 'landlord', 'veteran',
      'minor', 'adolescent', 'preteen', 'gunshot victim',
    ],
    determiners: ['his', 'her', 'their', 'the', 'its', 'our', 'my'],
    notSubjects: ['anyone', 'anybody', 'nobody', 'no one', 'if', 'whether', 'none', 'someone', 'everyone', 'not'],
    tails: ['by gunfire', 'in the shooting', 'in the attack', 'in the crash', 'in the blast', 'in the explosion'],
  },
};
