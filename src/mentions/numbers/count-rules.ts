// The counts layer: numbers attached to the dead, the injured and the arrested.
//
// Each sentence becomes a signature: its normalized tokens joined by single spaces, with every number
// replaced by one placeholder ("#3" when it may count people, "%3" when it is an ordinal, a year, an age,
// a measure, a label or money). The rules are regular expressions over that signature, built once per
// language from the phrase lexicons in lang/<code>/numbers.ts, and run in the order of the list in
// compileCountRules(); a number feeds at most one count, and a phrase never overlaps an earlier one in
// its sentence (one CountMention per phrase, so a repeated count is not read twice).
//
// Conventions:
// - "no one was injured" / "aucun blessé" gives a count of 0 (rule count.none), so that a later stage can
//   tell "none" from "not stated"; numberSpan is the zero words ("No one").
// - an article, a name or a singular person noun counts as one ("a man was killed", "Smith died", "teen
//   killed"); two singular nouns joined by "and" count as two; "six men and one woman" sums the groups.
// - "N people were shot" says N were hit, not whether they survived: it becomes an injured count of
//   N - K, K being the killed count of the same sentence, or else the largest of the article not above N
//   (rule suffix +hit-minus-killed), as the Gun Violence Archive counts the injured.
// - sentences without any trigger stem of the language are skipped (speed; lexicon.test.ts checks that
//   every phrase holds one).
import type { CountCategory, CountMention, Doc } from '../../core/doc.js';
import type { Span } from '../../core/span.js';
import type { Count } from '../../core/record.js';
import type { FoundNumber } from './find-numbers.js';
import type { CountLexicon, NumberResources } from './resources.js';
import { normalize } from '../../text/tokens.js';

const CATEGORIES: CountCategory[] = ['killed', 'injured', 'arrested'];

/** what a sentence must hold for a rule to be tried (speed): a countable number, an article, ... */
type Need = 'any' | 'number' | 'numberOrArticle' | 'coordination' | 'zero' | 'person' | 'twoPersons' | 'pronoun' | 'singularAux';
type CountRule = { id: string; re: RegExp; need: Need; zero?: boolean; singular?: boolean; coordinated?: boolean; self?: boolean; pair?: boolean; names?: boolean; fixed?: number };

const LITERAL = /^[\p{L}\p{M}\d' -]+$/u;

function alt(xs: string[]): string {
  if (!xs.length) return '(?!)';
  // literal words become a prefix tree ("m(?:an|other)"): far fewer attempts at each position than a flat list
  if (xs.every((x) => LITERAL.test(x))) return `(?:${trie([...new Set(xs)])})`;
  return `(?:${[...xs].sort((a, b) => b.length - a.length).join('|')})`;
}

/** a regular expression matching exactly the given literal strings, longest first at each branch */
function trie(words: string[]): string {
  const byFirst = new Map<string, string[]>();
  let empty = false;
  for (const w of words) {
    if (w === '') {
      empty = true;
      continue;
    }
    const k = w[0]!;
    let list = byFirst.get(k);
    if (!list) byFirst.set(k, (list = []));
    list.push(w.slice(1));
  }
  const branches = [...byFirst.entries()].map(([k, rest]) => {
    const sub = trie(rest);
    return `${k}${sub}`;
  });
  if (!branches.length) return '';
  const body = branches.length === 1 ? branches[0]! : `(?:${branches.join('|')})`;
  // the empty word last: "kill" before "killed" would otherwise stop short
  return empty ? `(?:${body})?` : body;
}

/**
 * (?<killed>..)|(?<injured>..)|(?<arrested>..)|(?<hit>..) over the phrases of one lexicon entry, each
 * ending with a space; `hit` last, so that "shot and killed" is read as killed before "shot" as hit.
 */
function categories(lists: Record<CountCategory, string[]>, hit: string[] = []): string {
  const groups = CATEGORIES.map((c) => `(?<${c}>${alt(lists[c].map((p) => `${p} `))})`);
  groups.push(`(?<hit>${alt(hit.map((p) => `${p} `))})`);
  return groups.join('|');
}

/** every phrase of the three categories, without capture groups */
function plain(lists: Record<CountCategory, string[]>): string {
  return alt(CATEGORIES.flatMap((c) => lists[c].map((p) => `${p} `)));
}

/** verbs without their participles ("killed", "shot"), which stand before a noun as adjectives ("wounded teen") */
function finite(xs: string[]): string[] {
  return xs.filter((p) => !/(?:ed|shot|slain|struck)\)?$/.test(p));
}

export function compileCountRules(res: NumberResources): CountRule[] {
  const lx: CountLexicon = res.counts;
  const word = String.raw`[\p{L}\p{M}\d%][^\s]* `;
  const fatal = alt(lx.fatalAdverbs);
  const filler = `(?:(?!${fatal} )${alt(lx.fillers)} )`;
  // a fatal adverb is no victim's word: "seven others fatally shot" are dead, not "others fatally" hit
  const breakers = alt([...lx.breakers, ...lx.fillers, ...res.singularArticles, ...lx.fatalAdverbs]);
  const gapWord = `(?:(?!${breakers} )${word})`;
  // the victims' words; an abbreviation split by the tokenizer ("U . S . Marines") is part of them
  const who = `(?<who>(?:${gapWord}|\\p{L} \\. ){0,4})`;
  const article = alt(res.singularArticles);
  // an article counts as one only before a noun: "a man was killed", "un policier a été tué"
  const num = `(?:(?<num>#\\d+ )|(?<art>${article} )(?=${gapWord}))${who}`;
  const tail = `(?:${alt(lx.tails)} )?`;
  const active = alt(lx.activeObjects);
  const singularAux = alt(lx.singularAuxiliaries);
  // a predicate without auxiliary is passive only before a preposition, an adverb of time, punctuation or the end
  const bareOk = `(?=${alt([plain(lx.predicates), ...lx.hit.predicates.map((p) => `${p} `)])}(?:${alt(lx.bareFollowers)} |[^\\p{L}\\p{N}#%\\s][^\\s]* |$))`;
  // a word of the first group of victims, which must not be a count word: not "three dead and 20 wounded"
  const victimWord = `(?:(?!${alt([plain(lx.predicates), plain(lx.nominals), ...lx.hit.predicates.map((p) => `${p} `)])})${gapWord})`;
  // an apposition between a singular subject and its verb: "Kenneth Mills, a 22-year-old father of three, was killed"
  const aside = `(?:, (?:[^,\\s]+ ){1,12}?, )?`;
  const ageNoun = `[\\p{L}\\d]+-(?:year|month|week|day)-old`;
  const personNoun = `(?:${alt(lx.singularNouns)}|${ageNoun})`;
  const det = alt(lx.determiners);
  // a determiner before a noun that is not plural-looking counts as one: "killing his grandfather"
  // so does an age before a name: "the shooting death of 13-month-old Bill Thao"
  const objectNum = `(?:(?:${det} )?(?<num>#\\d+ )|(?<art>${article} |${det} (?![^\\s]*[sx] )|${ageNoun} )(?=${gapWord}))${who}`;
  const start = '(?<= )';
  // one more group of victims in an enumeration: "killing his wife, his son and two neighbors" (each a number, or one)
  // (a number alone is an age: "the deaths of his wife, 34, and the four girls")
  // or a singular person noun alone, as headlines write them: "killing his wife, son and 10-year-old daughter"
  const moreObject = `(?:(?:${det} )?#\\d+ (?=${gapWord})|(?:${article}|${det}) (?![^\\s]*[sx] )(?=${gapWord})|(?=${personNoun} ))${gapWord}{0,4}`;
  const and = alt(lx.coordinators.filter((c) => c !== ','));
  const thenSelf = alt(lx.thenSelf ?? []);
  const flags = 'gdu';
  const rules: CountRule[] = [
    // "no one was injured", "aucun blessé": a count of zero; first, so that "one was injured" is not read inside it
    { id: 'count.none', re: new RegExp(`${start}(?:${categories(lx.none)})`, flags), need: 'zero', zero: true },
    // two groups: "six men and one woman were shot" (7), "he and three others were shot" (4)
    {
      id: 'count.coordinated',
      re: new RegExp(
        `${start}(?:(?<num2>#\\d+ )(?<who2>${victimWord}{0,3})|(?<art>${article} )${victimWord}{0,2}?(?:${personNoun} )|(?<art4>${det} |(?<=^ ))${victimWord}{0,2}?(?:${personNoun} )|(?<art2>${alt(lx.singularPronouns)} ))` +
          `(?<coord>${alt(lx.coordinators)} )(?:(?:${det} )?(?<num>#\\d+ )|(?<art3>${article} )(?=${gapWord})|(?<art5>${det} )(?=${personNoun} ))${who}(?:${filler}*)(?:${categories(lx.predicates, lx.hit.predicates)})${tail}`,
        flags,
      ),
      need: 'coordination',
      coordinated: true,
    },
    // "a third person has died": the dead so far, by the ordinal of the last one (deaths only: "a second man was wounded" may follow deaths)
    {
      id: 'count.ordinal-victim',
      re: new RegExp(`${start}(?:${article}) (?<ord>%\\d+ )(?:${gapWord}){0,3}?(?:, (?:[^\\s]+ ){1,10}?, )?(?<fill>${filler}*)(?<killed>${alt(lx.predicates.killed.map((p) => `${p} `))})`, flags),
      need: 'any',
    },
    // "deux personnes ont perdu la vie", "4 policiers ont également perdu la vie", "two people were shot dead";
    // without an auxiliary, a participle followed by an object is an active verb: "a man killed his wife"
    {
      id: 'count.subject-predicate',
      re: new RegExp(
        `${start}${num}(?<fill>${filler}+|(?=${alt([plain(lx.predicates), ...lx.hit.predicates.map((p) => `${p} `)])}(?!${active} )))(?:${categories(lx.predicates, lx.hit.predicates)})${tail}`,
        flags,
      ),
      need: 'numberOrArticle',
    },
    // an apposition between a number of victims and their verb: "Fifteen people, including children, were shot",
    // "four people — a boy, two women and a man — were wounded"
    {
      id: 'count.subject-aside-predicate',
      re: new RegExp(
        `${start}(?<num>#\\d+ )${who}(?<aside>, (?:[^\\s]+ ){1,20}?, |- (?:(?!- )[^\\s]+ ){1,24}?- )(?<fill>${filler}+)(?:${categories(lx.predicates, lx.hit.predicates)})${tail}`,
        flags,
      ),
      need: 'number',
    },
    // a relative clause between the victims and their verb: "three state troopers who entered the home were wounded",
    // "deux passants qui se trouvaient là ont été blessés" (the clause holds no count word; the verb is plural)
    ...(lx.relativeSubjects.length && lx.pluralAuxiliaries.length
      ? [
          {
            id: 'count.subject-relative-predicate',
            re: new RegExp(
              `${start}(?<num>#\\d+ )${who}(?:${alt(lx.relativeSubjects)}) (?:(?!${alt([plain(lx.predicates), plain(lx.nominals), ...lx.hit.predicates.map((p) => `${p} `)])})[^\\s]+ ){1,8}?(?<fill>(?:${alt(lx.pluralAuxiliaries)}) (?:${filler})*)(?:${categories(lx.predicates, lx.hit.predicates)})${tail}`,
              flags,
            ),
            need: 'number' as Need,
          },
        ]
      : []),
    // "trois morts", "15 morts et 95 blessés", "two killed", "three others injured"
    { id: 'count.number-nominal', re: new RegExp(`${start}${num}(?:${categories(lx.nominals, lx.hit.nominals)})(?!${active} )${tail}`, flags), need: 'numberOrArticle' },
    // "tuant trois policiers", "killing two", "claimed the lives of 5 people"
    // a second group of victims after "and": "killing his wife and two children" (3)
    {
      id: 'count.verb-object',
      re: new RegExp(
        `${start}(?:${categories(lx.verbs, lx.hit.verbs)})${objectNum}(?<more>(?:, ${moreObject})*(?:(?:, )?(?:${and}) ${moreObject}|(?=${thenSelf} )))?(?<thenSelf>${thenSelf} )?`,
        flags,
      ),
      need: 'numberOrArticle',
    },
    // "killing Sarah Davidson", "injuring Leanne Smith and Dustin Grey": capitalized names (checked in code)
    {
      id: 'count.verb-name',
      re: new RegExp(`${start}(?:${categories(lx.verbs)})(?<subj>${word})(?:(?:${word}){0,2}?(?:${alt(lx.coordinators)} )(?<subj2>${word}))?`, flags),
      need: 'any',
      names: true,
    },
    // "sent four people to the hospital": people hit (see HitLexicon)
    ...lx.hit.phrases.map((p) => ({
      id: 'count.hit-phrase',
      re: new RegExp(`${start}(?<hit>${p.replace('{num}', `(?<num>#\\d+ )(?<who>${gapWord}{0,3})`)} )`, flags),
      need: 'number' as Need,
    })),
    // "three people were shot, one fatally", "dont un mortellement"
    {
      id: 'count.fatal-adverb',
      re: new RegExp(`${start}(?:(?<num>#\\d+ )|(?<art>${article} ))(?<who>${alt(lx.partitives)} )?(?<killed>${fatal} )`, flags), need: 'numberOrArticle',
    },
    // "the death toll rose to 7", "le bilan s'élève à 12"
    { id: 'count.toll', re: new RegExp(`${start}(?:${categories(lx.tolls)})(?:${word}){0,4}?(?<num>#\\d+ )`, flags), need: 'number' },
    // one victim by a phrase of its own: "killing himself", "s'est donné la mort"
    // the attacker's own death: "before killing himself", "turned the gun on himself"
    { id: 'count.suicide', re: new RegExp(`${start}(?<killed>${alt(lx.suicides.map((p) => `${p} `))})`, flags), need: 'any', self: true },
    // "an apparent murder-suicide" (2), "a triple homicide" (3): the number is in the word
    ...lx.multipleKillings.map((k) => ({ id: k.suicide ? 'count.multiple-killing+suicide' : 'count.multiple-killing', re: new RegExp(`${start}(?<killed>${k.phrase} )`, flags), need: 'any' as Need, fixed: k.dead })),
    // "a fatal shooting": one dead at least
    ...(lx.implicitDeaths ?? []).map((phrase) => ({ id: 'count.implicit-death', re: new RegExp(`${start}(?<killed>${phrase} )`, flags), need: 'any' as Need, fixed: 1 })),
    // "a double shooting" (2 hit), "une triple agression" ...: people hit, by the word
    ...lx.hit.multipleShootings.map((k) => ({ id: 'count.multiple-shooting', re: new RegExp(`${start}(?<hit>${k.phrase} )`, flags), need: 'any' as Need, fixed: k.hit })),
    { id: 'count.self', re: new RegExp(`${start}(?:${categories(lx.selfPhrases, lx.hit.selfPhrases)})`, flags), need: 'any', self: true },
    // a singular subject: "Smith was shot and killed", "le conducteur a été tué" -> 1
    {
      id: 'count.singular-passive',
      re: new RegExp(`${start}(?<subj>${word})${aside}(?:${singularAux} )(?:${filler})*(?:${categories(lx.predicates, lx.hit.predicates)})${tail}`, flags), need: 'singularAux',
      singular: true,
    },
    // "one man was killed and another injured": one more victim, the verb left out
    ...(lx.additiveArticles?.length
      ? [{ id: 'count.another-elliptic', re: new RegExp(`${start}(?<=(?:${and}|,) )(?<subj>${alt(lx.additiveArticles)} )(?:${filler})*(?:${categories(lx.predicates, lx.hit.predicates)})${tail}`, flags), need: 'any' as const, singular: true }]
      : []),
    // two singular person nouns: "father, daughter found dead", "a man and his toddler were found dead" -> 2
    {
      id: 'count.pair',
      re: new RegExp(
        `${start}(?<subj>${personNoun} (?:, )?(?:${alt(lx.coordinators)} )(?:(?:${article}|${det}) )?(?:${gapWord})??${personNoun} )` +
          `(?<fill>${filler}+|${bareOk})(?:${categories(lx.predicates, lx.hit.predicates)})${tail}`,
        flags,
      ),
      need: 'twoPersons',
      singular: true,
      pair: true,
    },
    // two names and a plural verb: "Ronald Williams, 33, and Kendra Hill, 28, were killed" -> 2 (names checked below)
    {
      id: 'count.name-pair',
      re: new RegExp(
        `${start}(?<subj>${word})(?:, (?:[^,\\s]+ ){1,5}?, )?(?:${alt(lx.coordinators.filter((c) => c !== ','))}) (?<subj2>${word})(?:${gapWord}){0,2}?(?:, (?:[^,\\s]+ ){1,5}?, )?` +
          `(?<fill>(?:${alt(lx.pluralAuxiliaries)}) (?:${filler})*)(?:${categories(lx.predicates, lx.hit.predicates)})${tail}`,
        flags,
      ),
      need: 'any',
      singular: true,
      pair: true,
    },
    // a singular person noun, with or without article: "teen killed in shooting", "the child died", "un 6-year-old dies",
    // "father of 3 fatally shot"
    {
      id: 'count.singular-noun',
      re: new RegExp(
        `${start}(?<subj>${personNoun} )(?:${alt(lx.ofWords)} #\\d+ ${gapWord}?)?${aside}(?<fill>${filler}+|${bareOk})(?:${categories(lx.predicates, lx.hit.predicates)})${tail}`,
        flags,
      ),
      need: 'person',
      singular: true,
    },
    // a name and a death verb: "Silvestre died of a gunshot wound", "Rangel ... but died the next day" (names only, checked below);
    // or a wound: "Childs suffered several gunshot wounds"
    {
      id: 'count.singular-name',
      re: new RegExp(`${start}(?<subj>${word})${aside}(?:${filler})*(?:(?<killed>${alt(lx.intransitiveDeaths.map((p) => `${p} `))})|(?<hit>${alt((lx.intransitiveWounds ?? []).map((p) => `${p} `))}))`, flags),
      need: 'any',
      singular: true,
    },
    // a singular pronoun: "he died", "elle a succombé" -> 1
    {
      id: 'count.singular-pronoun',
      re: new RegExp(`${start}(?<subj>${alt(lx.singularPronouns)} )(?:${filler}+|${bareOk})(?:${categories(lx.predicates, lx.hit.predicates)})${tail}`, flags), need: 'pronoun',
      singular: true,
    },
    // a headline's object without article: "Father shoots son in shoulder", "Boy, 6, shoots brother" (one; not "a shooting
    // victim" nor "a shooting suspect"; not a participle, which names its noun: "wounded teen"); last, so that "victim dies" is read first
    {
      id: 'count.verb-bare-noun',
      re: new RegExp(`${start}(?<! (?:${article}|${det}) )(?!${alt((lx.notBareObjects ?? []).map((p) => `${p} `))})(?:${categories({ killed: finite(lx.verbs.killed), injured: finite(lx.verbs.injured), arrested: finite(lx.verbs.arrested) }, finite(lx.hit.verbs))})(?<subj>${personNoun} )`, flags),
      need: 'person',
      singular: true,
    },
  ];
  return rules;
}

const rulesCache = new WeakMap<NumberResources, CountRule[]>();
const triggerCache = new WeakMap<NumberResources, RegExp>();

type NeedWords = {
  article: Set<string>;
  zero: Set<string>;
  person: Set<string>;
  pronoun: Set<string>;
  singularAux: Set<string>;
  coordinator: Set<string>;
  notSubject: Set<string>;
  relative: Set<string>;
  additive: Set<string>;
  notName: Set<string>;
};
const needWordsCache = new WeakMap<NumberResources, NeedWords>();

function needWords(res: NumberResources): NeedWords {
  const firstWords = (xs: string[]) => new Set(xs.map((x) => x.split(' ')[0]!));
  const lx = res.counts;
  return {
    article: firstWords([...res.singularArticles, ...lx.determiners]),
    zero: firstWords(lx.zeroWords),
    person: firstWords(lx.singularNouns),
    pronoun: firstWords(lx.singularPronouns),
    singularAux: firstWords(lx.singularAuxiliaries),
    coordinator: firstWords(lx.coordinators),
    notSubject: new Set(lx.notSubjects),
    relative: new Set(lx.relativeSubjects),
    additive: new Set(lx.additiveArticles ?? []),
    notName: new Set(lx.notNames),
  };
}

/** which rule needs a sentence signature meets */
function needsOf(sig: string, w: NeedWords): Record<Need, boolean> {
  const has = {
    any: true,
    number: sig.includes('#'),
    numberOrArticle: false,
    coordination: false,
    zero: false,
    person: false,
    twoPersons: false,
    pronoun: false,
    singularAux: false,
  };
  let article = false;
  let coordinator = false;
  let persons = 0;
  for (const unit of sig.split(' ')) {
    if (!unit) continue;
    // an age noun counts as one too ("shoots 5-year-old boy"), like an article
    if (w.article.has(unit) || unit.endsWith('-old')) article = true;
    if (w.zero.has(unit)) has.zero = true;
    if (w.person.has(unit) || unit.endsWith('-old')) persons++;
    if (w.pronoun.has(unit)) has.pronoun = true;
    if (w.singularAux.has(unit)) has.singularAux = true;
    if (w.coordinator.has(unit)) coordinator = true;
  }
  has.person = persons > 0;
  has.twoPersons = persons > 1;
  has.numberOrArticle = has.number || article;
  has.coordination = coordinator && (has.numberOrArticle || has.pronoun);
  return has;
}

/** a capitalized word that is not the first of its sentence nor a known common word: a name */
function isName(doc: Doc, t: number, sentenceStart: number, w: NeedWords): boolean {
  const tok = doc.tokens[t];
  if (!tok || t === sentenceStart || tok.kind !== 'word') return false;
  return /^\p{Lu}\p{Ll}/u.test(tok.text) && !w.article.has(tok.norm) && !w.pronoun.has(tok.norm) && !w.notName.has(tok.norm);
}

/** the regular expression of the trigger stems of a language */
export function triggerPattern(res: NumberResources): RegExp {
  let re = triggerCache.get(res);
  if (!re) triggerCache.set(res, (re = new RegExp(alt(res.counts.triggers), 'u')));
  return re;
}
const zeroCache = new WeakMap<NumberResources, string[][]>();

type Signature = {
  text: string;
  /** unit index at each character of `text` (-1 on separators) */
  unitAt: Int32Array;
  firstTok: number[];
  endTok: number[];
};

function signature(doc: Doc, first: number, end: number, numberAt: Map<number, number>, found: FoundNumber[]): Signature {
  const parts: string[] = [];
  const firstTok: number[] = [];
  const endTok: number[] = [];
  let i = first;
  while (i < end) {
    const n = numberAt.get(i);
    if (n !== undefined) {
      const f = found[n]!;
      parts.push(`${f.countable ? '#' : '%'}${n}`);
      firstTok.push(i);
      endTok.push(f.endToken);
      i = f.endToken;
    } else {
      parts.push(doc.tokens[i]!.norm.replace(/\s+/g, '_'));
      firstTok.push(i);
      endTok.push(i + 1);
      i++;
    }
  }
  const text = ` ${parts.join(' ')} `;
  const unitAt = new Int32Array(text.length).fill(-1);
  let pos = 1;
  parts.forEach((p, k) => {
    unitAt.fill(k, pos, pos + p.length);
    pos += p.length + 1;
  });
  return { text, unitAt, firstTok, endTok };
}

/** The token range [first, end) covered by signature characters [s, e) (e excludes the trailing space). */
function tokenRange(sig: Signature, s: number, e: number): [number, number] | undefined {
  let a = s;
  while (a < e && sig.unitAt[a] === -1) a++;
  let b = e - 1;
  while (b >= a && sig.unitAt[b] === -1) b--;
  if (b < a) return undefined;
  return [sig.firstTok[sig.unitAt[a]!]!, sig.endTok[sig.unitAt[b]!]!];
}

function spanOfTokens(doc: Doc, r: [number, number]): Span {
  return doc.span(doc.tokens[r[0]]!.start, doc.tokens[r[1] - 1]!.end);
}

/** the matchers findCounts needs besides its rules, built once per language (building them is as costly as
 * reading a short article) */
function matchersOf(res: NumberResources) {
  const activeNext = new RegExp(`^(?:${alt(res.counts.activeObjects)}) `, 'u');
  // the longest killing or shooting verb at a position: "shot and killed" (her), not "shot" (and killed)
  const verbAt = new RegExp(`^(?:${alt([...CATEGORIES.flatMap((c) => res.counts.verbs[c]), ...res.counts.hit.verbs].map((p) => `${p} `))})`, 'u');
  const bearers = new Set(res.counts.woundBearers ?? []);
  // the words after a number that name one person: "7-year-old girl", "man" (not "men", "7-year-olds")
  const oneNoun = new RegExp(`^ (?:[\\p{L}\\d]+-(?:year|month|week|day)-old )?(?:${alt(res.counts.singularNouns)}) `, 'u');
  const personLike = new RegExp(` (?:${alt([...res.counts.singularNouns, String.raw`[\p{L}\d]+-(?:year|month|week|day)-old`])}) `, 'u');
  const pluralAux = new RegExp(` (?:${alt(res.counts.pluralAuxiliaries)}) `, 'u');
  // "the boy may have been hit": a modal before "have" leaves the subject singular
  const modalHave = res.counts.modals?.length ? new RegExp(` (?:${alt(res.counts.modals)}) (?:${alt(res.counts.pluralAuxiliaries)}) `, 'gu') : undefined;
  const plural = { test: (fill: string) => pluralAux.test(modalHave ? fill.replace(modalHave, ' ') : fill) };
  const ofWords = new RegExp(`^(?:${alt(res.counts.ofWords)} )+`, 'u');
  // "a man apparently fatally shot his wife": adverbs without an auxiliary leave the verb active
  const noAux = !!res.counts.passiveAuxiliaries?.length;
  const auxiliary = new RegExp(` (?:${alt(res.counts.passiveAuxiliaries ?? [])}) `, 'u');
  const several = (res.counts.severalIncidents ?? []).map((p) => new RegExp(` ${p.replace('{num}', '#(?<k>\\d+) ')} `, 'gu'));
  const roundup = res.counts.roundups?.length ? new RegExp(` ${alt(res.counts.roundups)} `, 'u') : undefined;
  const listSeparator = new RegExp(`(?:^| )(?:,|${alt(res.counts.coordinators.filter((c) => c !== ','))})(?= )`, 'u');
  const personWords = new Set(res.counts.singularNouns);
  const singleOf = new Set(res.counts.ofWords.filter((w) => !w.includes(' ')));
  const ofPerson = (d: Doc, t: number, from: number) => {
    const before = d.tokens[t - 1];
    const noun = d.tokens[t - 2];
    if (t - 2 < from || !before || !noun || !personWords.has(noun.norm)) return false;
    return singleOf.has(before.norm) || (before.text === ',' && /^\d+$/.test(d.tokens[t]!.text));
  };
  const listWords = new Set(res.counts.coordinators);
  const digitsListBefore = (d: Doc, t: number, from: number) => {
    let k = t - 1;
    while (k > from && listWords.has(d.tokens[k]!.norm)) k--;
    return k < t - 1 && k >= from && /^\d+$/.test(d.tokens[k]!.text);
  };
  const diedAfter = new RegExp(`^(?:[^\\s.;:]+ ){0,8}?(?:${alt(res.counts.hit.diedAfter)}) `, 'u');
  const others = new RegExp(` (?:${alt(res.counts.othersWords)}) `, 'u');
  return {
    activeNext, verbAt, bearers, oneNoun, personLike, plural, ofWords, noAux, auxiliary, several, roundup, listSeparator, ofPerson, digitsListBefore,
    diedAfter, others,
    additive: new Set([...res.counts.additiveWords, ...(res.counts.additiveArticles ?? [])]),
    additiveWords: new Set(res.counts.additiveWords),
    pronouns: new Set(res.counts.singularPronouns),
    determiners: new Set(res.counts.determiners),
    articles: new Set(res.singularArticles),
    coordinators: new Set(res.counts.coordinators.filter((c) => c !== ',')),
    victimNouns: new Set(res.counts.victimNouns ?? []),
  };
}
const matchersCache = new WeakMap<NumberResources, ReturnType<typeof matchersOf>>();

/** Finds the counts of every sentence of the document, given its numbers. */
export function findCounts(doc: Doc, res: NumberResources, found: FoundNumber[]): CountMention[] {
  let rules = rulesCache.get(res);
  if (!rules) rulesCache.set(res, (rules = compileCountRules(res)));
  let zeroWords = zeroCache.get(res);
  if (!zeroWords) zeroCache.set(res, (zeroWords = res.counts.zeroWords.map((z) => z.split(' ')).sort((a, b) => b.length - a.length)));
  const triggers = triggerPattern(res);
  let matchers = matchersCache.get(res);
  if (!matchers) matchersCache.set(res, (matchers = matchersOf(res)));
  const { activeNext, verbAt, bearers, oneNoun, personLike, plural, ofWords, noAux, auxiliary, several, roundup, listSeparator, ofPerson, digitsListBefore } = matchers;
  let words = needWordsCache.get(res);
  if (!words) needWordsCache.set(res, (words = needWords(res)));
  const numberAt = new Map<number, number>();
  found.forEach((f, k) => numberAt.set(f.firstToken, k));
  const out: CountMention[] = [];
  const sentences = doc.sentences.length ? doc.sentences : [{ firstToken: 0, endToken: doc.tokens.length }];
  const hits: { mention: CountMention; sentence: number }[] = [];
  const vague = new Set<number>();
  for (let si = 0; si < sentences.length; si++) {
    const s = sentences[si]!;
    if (s.endToken <= s.firstToken) continue;
    if (!triggers.test(doc.text.slice(doc.tokens[s.firstToken]!.start, doc.tokens[s.endToken - 1]!.end).toLowerCase())) continue;
    const sig = signature(doc, s.firstToken, s.endToken, numberAt, found);
    // "Six shot in three separate incidents": a total over several incidents is none of them
    if (several.some((re) => [...sig.text.matchAll(re)].some((m) => found[Number(m.groups!.k)]!.mention.value >= 2))) continue;
    if (roundup && roundup.test(sig.text)) continue;
    const has = needsOf(sig.text, words);
    const used = new Set<number>();
    const taken: [number, number][] = [];
    const sentenceCounts: CountMention[] = [];
    for (const rule of rules) {
      if (!has[rule.need]) continue;
      rule.re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = rule.re.exec(sig.text))) {
        if (m[0].length === 0) {
          rule.re.lastIndex++;
          continue;
        }
        const g = m.groups!;
        const idx = m.indices!.groups!;
        const category: CountCategory | 'hit' | undefined = g.hit !== undefined ? 'hit' : CATEGORIES.find((c) => g[c] !== undefined);
        if (!category) continue;
        // "a woman shot and killed her daughter": a predicate right after its subject, followed by an object, is an active verb
        if ((rule.id === 'count.subject-predicate' && (g.fill === '' || (noAux && !auxiliary.test(` ${g.fill}`)))) || rule.id === 'count.number-nominal') {
          const [cs, ce] = idx[category]!;
          const verb = verbAt.exec(sig.text.slice(cs));
          if (activeNext.test(sig.text.slice(ce)) || (verb && activeNext.test(sig.text.slice(cs + verb[0].length)))) continue;
        }
        let whole = tokenRange(sig, m.index, m.index + m[0].length);
        if (!whole) continue;
        // "the man suffered multiple injuries": one person's wounds, not a count of people
        if (rule.id === 'count.number-nominal' && whole[0] > s.firstToken && bearers.has(doc.tokens[whole[0] - 1]!.norm)) continue;
        // "killing Sarah Davidson and injuring Leanne Smith": names after a count verb, one or two
        let named = 0;
        let nameStart = 0;
        if (rule.names) {
          const [vs] = idx.subj!;
          const r = tokenRange(sig, vs, vs + g.subj!.length - 1)!;
          if (!isName(doc, r[0], s.firstToken, words)) continue;
          nameStart = r[0];
          let end = r[1];
          while (end < s.endToken && isName(doc, end, s.firstToken, words)) end++;
          named = 1;
          if (g.subj2 !== undefined) {
            const r2 = tokenRange(sig, idx.subj2![0], idx.subj2![0] + g.subj2.length - 1)!;
            if (isName(doc, r2[0], s.firstToken, words)) {
              named = 2;
              end = r2[1];
              while (end < s.endToken && isName(doc, end, s.firstToken, words)) end++;
            } else rule.re.lastIndex = idx.subj![1]; // "killing Sarah Davidson and injuring ...": look again after the name
          }
          whole = [whole[0], end];
        }
        if (taken.some(([a, b]) => whole[0] < b && a < whole[1])) continue;
        let numberSpan: Span;
        let count: CountMention['count'];
        let numberIndex: number | undefined;
        let mention0Who: Span | undefined;
        // "killing his wife and two children": the second group of victims adds its number (or one)
        const addSecondObject = () => {
          let extra = { value: 0, low: 0, high: 0 };
          const add = (m: { value: number; low: number; high: number }) => (extra = { value: extra.value + m.value, low: extra.low + m.low, high: extra.high + m.high });
          if (g.more !== undefined) {
            const ks = [...g.more.matchAll(/#(\d+) /g)].map((x) => Number(x[1]));
            if (ks.some((k) => used.has(k))) return;
            // each item of the list: its number, or one ("his son")
            const items = g.more.split(listSeparator).filter((x) => x.trim());
            for (const item of items) {
              const n = /#(\d+) /.exec(` ${item} `);
              add(n ? found[Number(n[1])]!.mention : { value: 1, low: 1, high: 1 });
            }
            for (const k of ks) used.add(k);
          }
          // "killed his wife, 2 sons, then himself": the killer is one more dead
          if (g.thenSelf !== undefined && category === 'killed') add({ value: 1, low: 1, high: 1 });
          count = { best: count.best + extra.value, low: count.low + extra.low, high: count.high + extra.high, text: count.text };
        };
        if (rule.coordinated) {
          // two groups of victims joined by "and": each a number, or one for an article or a pronoun
          // "four bodies, a dead dog": an article needs a noun of its own
          if ((g.art3 !== undefined || g.art5 !== undefined) && !g.who?.trim()) continue;
          // "the victim, a six-year-old girl, was killed": an apposition, one victim
          if (g.art4 !== undefined && g.art3 !== undefined && g.coord === ', ') continue;
          const groups = [g.num2, g.num].filter((x): x is string => x !== undefined).map((x) => Number(x.trim().slice(1)));
          if (groups.some((k) => used.has(k))) continue;
          // "9 7-year-old girl and her mother": a number before one person is no count of them (a stray figure)
          if (g.num2 !== undefined && found[groups[0]!]!.mention.value > 1 && oneNoun.test(` ${g.who2 ?? ''}`)) continue;
          // "two males, 30 and 42 were injured": figures in digits after a comma, with no noun of their own, are ages
          if (g.num2 !== undefined && g.num !== undefined && !g.who2?.trim() && !g.who?.trim()) {
            const first = found[groups[0]!]!;
            if (doc.tokens[first.firstToken - 1]?.text === ',' && groups.every((k) => /^\d+$/.test(found[k]!.mention.span.text))) continue;
          }
          // "she and her son were taken to the hospital": a determiner before a person noun is one
          const ones = [g.art, g.art2, g.art3, g.art4, g.art5].filter((x) => x !== undefined).length;
          const ms = groups.map((k) => found[k]!.mention);
          numberSpan = spanOfTokens(doc, whole);
          const firstStart = ms.length && g.num2 !== undefined ? ms[0]!.span.start : numberSpan.start;
          const lastArt = idx.art3 ?? idx.art5!;
          const lastEnd = g.num !== undefined ? ms[ms.length - 1]!.span.end : doc.tokens[tokenRange(sig, lastArt[0], lastArt[1] - 1)![1] - 1]!.end;
          numberSpan = doc.span(firstStart, lastEnd);
          const sum = (k: 'value' | 'low' | 'high') => ms.reduce((n, m) => n + m[k], ones);
          count = { best: sum('value'), low: sum('low'), high: sum('high'), text: numberSpan.text };
          for (const k of groups) used.add(k);
        } else if (rule.zero) {
          const t0 = whole[0];
          const z = zeroWords.find((z) => z.every((w, k) => doc.tokens[t0 + k]?.norm === w));
          const r: [number, number] = [t0, t0 + (z ? z.length : 1)];
          numberSpan = spanOfTokens(doc, r);
          count = { best: 0, low: 0, high: 0, text: numberSpan.text };
        } else if (g.num !== undefined) {
          numberIndex = Number(g.num.trim().slice(1));
          if (used.has(numberIndex)) continue;
          const f = found[numberIndex]!;
          if (f.mention.value > 1 && oneNoun.test(` ${g.who ?? ''}`)) continue;
          // "a father of 3 fatally shot", "a man, 18, killed": the figure tells one person's children or age
          if (ofPerson(doc, f.firstToken, s.firstToken)) continue;
          // "two men, 30 and 42 were injured": the last of a list of figures in digits, with no noun, is an age
          if (!g.who?.trim() && /^\d+$/.test(f.mention.span.text) && digitsListBefore(doc, f.firstToken, s.firstToken)) continue;
          numberSpan = f.mention.span;
          count = { best: f.mention.value, low: f.mention.low, high: f.mention.high, text: f.mention.span.text };
          addSecondObject();
        } else if (rule.singular && g.subj !== undefined) {
          const [ss] = idx.subj!;
          const r = tokenRange(sig, ss, ss + g.subj.length - 1);
          if (!r) continue;
          // "whether anyone was hurt", "if he was injured": no victim
          const before = doc.tokens[r[0] - 1];
          const subj = doc.tokens[r[0]]!;
          if (before && r[0] > s.firstToken && (words.notSubject.has(before.norm) || words.notSubject.has(subj.norm))) continue;
          // any word before "was": only a name or a relative pronoun ("Smith was shot", "who was killed"), not "la voiture a été arrêtée"
          if (rule.id === 'count.name-pair') {
            const r2 = tokenRange(sig, idx.subj2![0], idx.subj2![0] + g.subj2!.length - 1);
            if (!r2 || !isName(doc, r[0], s.firstToken, words) || !isName(doc, r2[0], s.firstToken, words)) continue;
          }
          // ("and another was injured": the one more victim, as a subject of its own)
          if ((rule.id === 'count.singular-passive' || rule.id === 'count.singular-name') && !/^\p{Lu}/u.test(subj.text) && !words.relative.has(subj.norm) && !words.additive.has(subj.norm)) continue;
          // "wounded on Friday have died": a day or a month is no victim
          if ((rule.id === 'count.singular-passive' || rule.id === 'count.singular-name') && words.notName.has(subj.norm)) continue;
          numberSpan = spanOfTokens(doc, r);
          // a singular noun with a plural verb closes a coordination: "a father and his daughter were found dead"
          const n = rule.pair || (g.fill !== undefined && plural.test(` ${g.fill}`)) ? 2 : 1;
          count = { best: n, low: n, high: n, text: numberSpan.text };
          if (!g.who) mention0Who = numberSpan;
        } else if (rule.names) {
          numberSpan = spanOfTokens(doc, [nameStart, whole[1]]);
          count = { best: named, low: named, high: named, text: numberSpan.text };
          mention0Who = numberSpan;
        } else if (g.ord !== undefined) {
          const f = found[Number(g.ord.trim().slice(1))]!;
          if (f.mention.kind !== 'ordinal' || f.mention.value < 2 || /\d/.test(f.mention.span.text)) continue;
          numberSpan = f.mention.span;
          count = { best: f.mention.value, low: f.mention.value, high: f.mention.value, text: f.mention.span.text };
        } else if (rule.fixed !== undefined) {
          numberSpan = spanOfTokens(doc, whole);
          count = { best: rule.fixed, low: rule.fixed, high: rule.fixed, text: numberSpan.text };
        } else if (rule.self) {
          numberSpan = spanOfTokens(doc, whole);
          count = { best: 1, low: 1, high: 1, text: numberSpan.text };
        } else if (g.art !== undefined) {
          // an article counts as one only with its noun: not "a dead end"
          if (!g.who || !g.who.trim()) continue;
          // an arrest of one: only of a person ("a arrêté un camion" stops a lorry)
          if ((category === 'arrested' || category === 'hit') && !personLike.test(` ${g.who}`)) continue;
          const [as] = idx.art!;
          const r = tokenRange(sig, as, as + g.art.length - 1)!;
          numberSpan = spanOfTokens(doc, r);
          // "an 18-year-old man and a 30-year-old man who were wounded": a plural verb after "a ..." means two
          const n = g.fill !== undefined && plural.test(` ${g.fill}`) ? 2 : 1;
          count = { best: n, low: n, high: n, text: numberSpan.text };
          addSecondObject();
        } else continue;
        // "killed his wife, 2 sons, then himself": the killer is counted already (no count.suicide+victims)
        const ruleId = g.thenSelf !== undefined && category === 'killed' ? `${rule.id}+self` : rule.id;
        const mention: CountMention = { span: spanOfTokens(doc, whole), numberSpan, category: category === 'hit' ? 'injured' : category, count, rule: ruleId };
        if (numberIndex !== undefined && found[numberIndex]!.mention.kind === 'vague') vague.add(mention.numberSpan.start);
        if (mention0Who) mention.who = mention0Who;
        if (g.who && g.who.trim()) {
          let [ws] = idx.who!;
          let wl = g.who.length;
          // "une dizaine de personnes": the victims are "personnes"
          const lead = ofWords.exec(g.who);
          if (lead && lead[0].length < wl) {
            ws += lead[0].length;
            wl -= lead[0].length;
          }
          const wr = tokenRange(sig, ws, ws + wl - 1);
          if (wr) mention.who = spanOfTokens(doc, wr);
        }
        if (numberIndex !== undefined) used.add(numberIndex);
        // the apposition stays free for counts of its own: "four teens, one fatally, were shot"
        const aside = g.aside !== undefined ? tokenRange(sig, idx.aside![0], idx.aside![1] - 1) : undefined;
        if (aside) taken.push([whole[0], aside[0]], [aside[1], whole[1]]);
        else taken.push(whole);
        if (category === 'hit') hits.push({ mention, sentence: si });
        else sentenceCounts.push(mention);
      }
    }
    for (const c of sentenceCounts) out.push(c);
  }
  const { diedAfter, others, determiners, articles } = matchers;
  const diedHits = hitsToDead(doc, hits, diedAfter);
  for (const h of diedHits) out.push(h);
  for (const h of hitsToInjured(doc, out, hits, others, matchers.additive, matchers.pronouns, determiners)) out.push(h);
  addSuicideToVictims(doc, out);
  addToEarlierVictims(doc, out, matchers.additiveWords, articles);
  addOthersToEarlierWounded(doc, out, others, articles, determiners);
  addWoundedGroupsOfSentence(doc, out, determiners, matchers.coordinators, others);
  partOfTheWoundedDied(doc, out, found, res);
  woundedSomeFatally(doc, out);
  dropVagueBesideExact(out, vague);
  dropWoundsOfTheDead(doc, out, words, determiners, personLike, matchers.victimNouns);
  // "the boy was shot and later died": the people hit are dead, none wounded (as count.+hit-minus-killed leaves 0)
  for (const h of diedHits) if (!out.some((c) => c.category === 'injured' && c.span.start === h.span.start)) out.push({ ...h, category: 'injured', count: { best: 0, low: 0, high: 0, text: h.count.text } });
  // the none left of people hit who died is the story's when it tells no one wounded: beside a wounded victim told
  // anywhere ("killing a boy and wounding his father"), it would tell an event of the story as having none
  if (out.some((c) => c.category === 'injured' && c.count.best > 0)) {
    for (let i = out.length - 1; i >= 0; i--) if (out[i]!.category === 'injured' && out[i]!.count.best === 0 && !out[i]!.rule.startsWith('count.none')) out.splice(i, 1);
  }
  out.sort((a, b) => a.span.start - b.span.start);
  return out;
}

/** count.hit-minus-killed: "four people were shot" with "one died" -> injured 3 (see HitLexicon). */
function hitsToInjured(
  doc: Doc,
  counts: CountMention[],
  hits: { mention: CountMention; sentence: number }[],
  others: RegExp,
  additive: Set<string>,
  pronouns: Set<string>,
  determiners: Set<string>,
): CountMention[] {
  const out: CountMention[] = [];
  if (!hits.length) return out;
  // a word of the phrase (from its figure to its verb) is one of `words`
  // not inside an apposition between commas: "Smith, also a student there, was rushed to a hospital" is no one more
  const told = (c: CountMention, words: Set<string>) => {
    let aside = false;
    for (let t = doc.tokenAt(c.span.start); t < doc.tokens.length && doc.tokens[t]!.start < c.span.end; t++) {
      if (doc.tokens[t]!.text === ',') aside = !aside;
      else if (!aside && words.has(doc.tokens[t]!.norm)) return true;
    }
    return false;
  };
  const sentenceOf = (c: CountMention) => doc.sentenceAt(c.span.start);
  // "He shot his wife, then shot himself ... a murder-suicide": the one who shot himself is the suicide, dead
  const suicide = counts.some((c) => c.category === 'killed' && c.rule.includes('suicide'));
  for (const { mention: h, sentence } of hits) {
    const n = h.count.best;
    if (suicide && h.rule === 'count.self') continue;
    const here = counts.filter((c) => sentenceOf(c) === sentence);
    if (here.some((c) => c.category === 'injured')) continue;
    // "a man ... shot and killed them, his mother and one of their wives [4 dead] ... the two brothers were shot on
    // the first floor": people hit told after more dead were counted are some of those dead again
    // (two or more: one person hit may be the one survivor the story tells apart)
    if (n >= 2 && !here.some((c) => c.category === 'killed') && counts.some((c) => c.category === 'killed' && c.count.best >= n && sentenceOf(c) < sentence)) continue;
    const killedHere = here.filter((c) => c.category === 'killed' && c.count.best <= n);
    const pool = killedHere.length ? killedHere : counts.filter((c) => c.category === 'killed' && c.count.best <= n);
    // "one dead and 11 others shot": the others are the survivors already; so is one victim told as one more than
    // those counted ("another man was shot", "a woman was also shot"), unless a pronoun tells one of them again. As the
    // object of a verb, "another" is other than the shooter ("a teen shot another teen"), no more than the dead.
    const subject = !/^count\.(?:verb-|self|hit-phrase)/.test(h.rule) && !pronouns.has(normalize(h.numberSpan.text));
    // ("the other boy" is one told already, maybe the dead one)
    // ("he and four others were shot" counts him with the others: the dead may be him)
    const more =
      (h.who && others.test(` ${normalize(h.who.text)} `) && !determiners.has(normalize(h.numberSpan.text)) && !h.rule.startsWith('count.coordinated')) ||
      (subject && n === 1 && told(h, additive));
    const k = more ? 0 : pool.reduce((m, c) => Math.max(m, c.count.best), 0);
    // "a boy was shot. He died at the hospital.": the people hit are dead, none wounded (a figure of 0, as "no one was
    // injured"), when their death is told in their sentence or the next; a death told farther away may be another's
    if (n - k <= 0) {
      const near = pool.some((c) => c.count.best === k && Math.abs(sentenceOf(c) - sentence) <= 1);
      if (k > 0 && near) out.push({ ...h, count: { best: 0, low: 0, high: 0, text: h.count.text }, rule: `${h.rule}+hit-minus-killed` });
      continue;
    }
    const low = Math.max(0, h.count.low - k);
    out.push({ ...h, count: { best: n - k, low: Math.min(low, n - k), high: Math.max(n - k, h.count.high - k), text: h.count.text }, rule: `${h.rule}+hit-minus-killed` });
  }
  return out;
}

/** rules whose count is the object of a killing verb: the killer's victims, which cannot include the killer */
const KILLERS_VICTIMS = new Set(['count.verb-object', 'count.verb-name']);

/**
 * count.+suicide: "shot and killed his two daughters before killing herself" -> 3 dead. The killer's victims
 * (the object of the killing verb) and the killer's suicide told after them in the same sentence make one
 * count: the victims' phrase, through the suicide, with one more. A suicide told in the next sentence ("He
 * then turned the gun on himself.") counts the victims of the sentence before and one more (count.suicide+victims).
 */
function addSuicideToVictims(doc: Doc, counts: CountMention[]): void {
  const plusOne = (c: Count): Count => ({ best: c.best + 1, low: c.low + 1, high: c.high + 1, text: c.text });
  const largestVictims = (sentence: number, before: number) => {
    let victims: CountMention | undefined;
    for (const c of counts) {
      if (c.category !== 'killed' || !KILLERS_VICTIMS.has(c.rule) || c.span.end > before || doc.sentenceAt(c.span.start) !== sentence) continue;
      if (!victims || c.count.best > victims.count.best) victims = c;
    }
    return victims;
  };
  for (const suicide of counts.filter((c) => c.rule === 'count.suicide')) {
    const sentence = doc.sentenceAt(suicide.span.start);
    const victims = largestVictims(sentence, suicide.span.start);
    if (victims) {
      counts[counts.indexOf(victims)] = { ...victims, span: doc.span(victims.span.start, suicide.span.end), count: plusOne(victims.count), rule: `${victims.rule}+suicide` };
      counts.splice(counts.indexOf(suicide), 1);
      continue;
    }
    const told = sentence > 0 ? largestVictims(sentence - 1, suicide.span.start) : undefined;
    if (told) counts[counts.indexOf(suicide)] = { ...suicide, count: { ...plusOne(told.count), text: suicide.count.text }, rule: 'count.suicide+victims' };
  }
}

/**
 * count.+also: "Kenneth Mills was shot and killed. German Booker, a customer, was also killed." -> 2. A death count
 * of victims told one by one with an additive word ("also", "également") adds to the largest death count told in an
 * earlier sentence (deaths
 * only: "she was also shot" mostly tells more wounds of a victim already counted).
 */
/** victims told one by one: a singular noun, a name, a pair, or an article ("another man was also killed") */
function oneByOneRule(c: CountMention, articles: Set<string>): boolean {
  return /^count\.(singular|pair|name-pair|verb-name)/.test(c.rule) || (c.rule === 'count.subject-predicate' && articles.has(normalize(c.numberSpan.text)));
}

/** how many sentences back the one wounded victim that "N others" add to may be told */
const OTHERS_REACH = 2;

/**
 * count.+others: "A 12-year-old boy is in critical condition after a shooting that also wounded three other people",
 * "A man was shot in the leg. Two others were wounded." -> 4 and 3 wounded: wounded "others" add to the one
 * wounded victim told just before them (in their sentence or shortly before), when that victim was told one by one.
 * Others after a death ("one man was killed and two others were wounded") are the wounded alone; "the other
 * teen" is no figure.
 */
function addOthersToEarlierWounded(doc: Doc, counts: CountMention[], others: RegExp, articles: Set<string>, determiners: Set<string>): void {
  const single = (c: CountMention) =>
    oneByOneRule(c, articles) || (c.rule === 'count.subject-predicate+hit-minus-killed' && articles.has(normalize(c.numberSpan.text)));
  const sorted = [...counts].sort((a, b) => a.span.start - b.span.start);
  for (const c of sorted) {
    if (c.category !== 'injured' || !c.who || !others.test(` ${normalize(c.who.text)} `)) continue;
    // "the other teen" is one already told, not one more; "two others" are more
    const figure = normalize(c.numberSpan.text);
    if (articles.has(figure) || determiners.has(figure)) continue;
    const sentence = doc.sentenceAt(c.span.start);
    let before: CountMention | undefined;
    for (const e of sorted) {
      if (e.span.start >= c.span.start) break;
      if (doc.sentenceAt(e.span.start) >= sentence - OTHERS_REACH && e.category !== 'arrested') before = e;
    }
    // the one victim may be told by a figure too: "One person is in critical condition and three others were injured"
    if (!before || before.category !== 'injured' || before.count.best !== 1 || !(single(before) || /^count\.subject-predicate/.test(before.rule))) continue;
    counts[counts.indexOf(c)] = { ...c, count: { best: c.count.best + 1, low: c.count.low + 1, high: c.count.high + 1, text: c.count.text }, rule: `${c.rule}+others` };
  }
}

/**
 * count.+groups: "a 20-year-old man was shot in the chest and two women were shot in the leg" -> 3 wounded: groups
 * of wounded told each with its own verb, joined by "and" in one sentence, each a figure (an article, a number) and
 * a noun, add up ("two men were shot and one was hit in the leg" tells one of the two again).
 */
function addWoundedGroupsOfSentence(doc: Doc, counts: CountMention[], determiners: Set<string>, coordinators: Set<string>, others: RegExp): void {
  const group = (c: CountMention) => {
    if (c.category !== 'injured' || !/^count\.subject-predicate(?:\+hit-minus-killed)?$/.test(c.rule)) return false;
    // a noun after the figure: "two women", not "one" of those told
    return !!c.who && normalize(c.who.text) !== '' && !determiners.has(normalize(c.numberSpan.text));
  };
  const bySentence = new Map<number, CountMention[]>();
  for (const c of counts) {
    if (!group(c)) continue;
    const si = doc.sentenceAt(c.span.start);
    bySentence.set(si, [...(bySentence.get(si) ?? []), c]);
  }
  for (const list of bySentence.values()) {
    if (list.length < 2) continue;
    list.sort((a, b) => a.span.start - b.span.start);
    // "a woman was shot in the neck, a man in the leg, and another man was hit in the foot": a comma joins groups of a
    // list that "and" closes
    const junction = list.slice(1).map((c, k) => {
      const between = doc.tokens.slice(doc.tokenAt(list[k]!.span.end - 1) + 1, doc.tokenAt(c.span.start));
      if (between.length > 12) return 'none';
      if (between.some((t) => coordinators.has(t.norm))) return 'and';
      return between.some((t) => t.text === ',') ? 'comma' : 'none';
    });
    let total = list[0]!;
    for (const [k, c] of list.slice(1).entries()) {
      let closed = false;
      for (let j = k; j < junction.length && junction[j] !== 'none' && !closed; j++) closed = junction[j] === 'and';
      const joined = junction[k] === 'and' || (junction[k] === 'comma' && closed);
      if (!joined || (c.who && others.test(` ${normalize(c.who.text)} `))) {
        total = c;
        continue;
      }
      const sum: CountMention = {
        ...c,
        span: doc.span(total.span.start, c.span.end),
        count: { best: total.count.best + c.count.best, low: total.count.low + c.count.low, high: total.count.high + c.count.high, text: c.count.text },
        rule: `${c.rule}+groups`,
      };
      counts.splice(counts.indexOf(total), 1);
      counts[counts.indexOf(c)] = sum;
      total = sum;
    }
  }
}

function addToEarlierVictims(doc: Doc, counts: CountMention[], additive: Set<string>, articles: Set<string>): void {
  const sorted = [...counts].sort((a, b) => a.span.start - b.span.start);
  for (const c of sorted) {
    // victims told one by one: a singular noun, a name, a pair, or an article ("another man was also killed"); not
    // a stated figure ("4 policiers ont également perdu la vie" are four more, told as a count of their own)
    const oneByOne = oneByOneRule(c, articles);
    if (c.category !== 'killed' || !oneByOne) continue;
    const first = doc.tokenAt(c.span.start);
    const end = doc.tokenAt(c.span.end - 1) + 1;
    let also = false;
    for (let t = first; t < end && !also; t++) also = additive.has(doc.tokens[t]!.norm);
    if (!also) continue;
    const sentence = doc.sentenceAt(c.span.start);
    let before: CountMention | undefined;
    for (const e of counts) if (e !== c && e.category === c.category && doc.sentenceAt(e.span.start) < sentence && (!before || e.count.best > before.count.best)) before = e;
    // "Eight family members were found shot dead. ... Chris Rhoden Jr, who was also killed": a group's total holds him already
    if (before && !oneByOneRule(before, articles)) continue;
    if (!before || before.count.best === 0) continue;
    const n = before.count.best;
    counts[counts.indexOf(c)] = { ...c, count: { best: c.count.best + n, low: c.count.low + before.count.low, high: c.count.high + before.count.high, text: c.count.text }, rule: `${c.rule}+also` };
  }
}

/**
 * count.+part-died: "One of four women wounded in the shooting has died", "Two of the five people shot have died":
 * a part of a group of wounded (a number, "of", the group's count) whose death the sentence tells are dead, and
 * the rest of the group wounded: killed 1 and injured 3. Counts read inside the death phrase leave.
 */
function partOfTheWoundedDied(doc: Doc, counts: CountMention[], found: FoundNumber[], res: NumberResources): void {
  const ofs = res.counts.ofWords.map((w) => w.split(' '));
  const deaths = res.counts.intransitiveDeaths.map((w) => w.split(' '));
  const byEnd = new Map<number, FoundNumber>();
  const byStart = new Map<number, FoundNumber>();
  for (const f of found) {
    byEnd.set(f.endToken, f);
    byStart.set(f.firstToken, f);
  }
  const at = (t: number, words: string[]) => words.every((w, k) => doc.tokens[t + k]?.norm === w);
  for (const c of [...counts]) {
    if (c.category !== 'injured' || !counts.includes(c)) continue;
    const first = doc.tokenAt(c.numberSpan.start);
    const of = ofs.filter((o) => at(first - o.length, o)).sort((a, b) => b.length - a.length)[0];
    if (!of) continue;
    const part = byEnd.get(first - of.length);
    // the group as told ("five people shot", before the dead of the article were taken from people hit)
    const total = byStart.get(first)?.mention.value ?? c.count.best;
    if (!part || !part.countable || part.mention.value >= total) continue;
    const s = doc.sentences[doc.sentenceAt(c.span.start)];
    if (!s) continue;
    let death: [number, number] | undefined;
    for (let t = doc.tokenAt(c.span.end - 1) + 1; t < s.endToken && !death; t++) {
      const d = deaths.find((w) => at(t, w));
      if (d) death = [t, t + d.length];
    }
    if (!death) continue;
    const k = part.mention.value;
    const deathEnd = doc.tokens[death[1] - 1]!.end;
    // counts inside the phrase ("Lexington has died") are read wrongly
    for (let i = counts.length - 1; i >= 0; i--) {
      const o = counts[i]!;
      if (o !== c && o.category === 'killed' && o.span.start >= c.span.start && o.span.end <= deathEnd) counts.splice(i, 1);
    }
    const killed: CountMention = {
      span: doc.span(part.mention.span.start, deathEnd),
      numberSpan: part.mention.span,
      category: 'killed',
      count: { best: k, low: k, high: k, text: part.mention.span.text },
      rule: 'count.part-died',
    };
    counts.splice(counts.indexOf(c), 1, { ...c, count: { best: total - k, low: total - k, high: total - k, text: c.count.text }, rule: `${c.rule}+part-died` }, killed);
  }
}

/** "Seven were killed. ... the house where so many died": a quantity word ("many", "dozens") beside a stated figure of several of its category leaves */
function dropVagueBesideExact(counts: CountMention[], vague: Set<number>): void {
  const isVague = (c: CountMention) => vague.has(c.numberSpan.start);
  for (const category of CATEGORIES) {
    // a figure of several, not one victim told by name ("des centaines de blessés ... Il a été blessé" keeps the hundreds)
    if (!counts.some((c) => c.category === category && c.count.best > 1 && !isVague(c))) continue;
    for (let i = counts.length - 1; i >= 0; i--) if (counts[i]!.category === category && isVague(counts[i]!)) counts.splice(i, 1);
  }
}

/**
 * count.+fatally: "Four people were wounded, one fatally" -> injured 3 (killed 1 by count.fatal-adverb): the wounded
 * right before a fatal adverb include the dead. (People hit, "four people were shot, one fatally", are reduced already.)
 */
function woundedSomeFatally(doc: Doc, counts: CountMention[]): void {
  for (const f of counts.filter((c) => c.rule === 'count.fatal-adverb' && c.category === 'killed')) {
    const fFirst = doc.tokenAt(f.span.start);
    const wounded = counts.find((c) => {
      if (c.category !== 'injured' || c.rule.includes('+') || c.span.end > f.span.start || doc.sentenceAt(c.span.start) !== doc.sentenceAt(f.span.start)) return false;
      // only a comma or a dash between them
      const between = doc.tokens.slice(doc.tokenAt(c.span.end - 1) + 1, fFirst);
      return between.length > 0 && between.length <= 2 && between.every((t) => t.kind === 'punct' && /^[,;–—-]$/.test(t.text));
    });
    if (!wounded || wounded.count.best <= f.count.best) continue;
    const n = wounded.count.best - f.count.best;
    counts[counts.indexOf(wounded)] = { ...wounded, count: { best: n, low: Math.max(0, wounded.count.low - f.count.best), high: Math.max(n, wounded.count.high - f.count.best), text: wounded.count.text }, rule: `${wounded.rule}+fatally` };
  }
}

/** rules counting one victim by a subject of their own: a name, a noun, a pronoun */
const ONE_SUBJECT = new Set(['count.singular-passive', 'count.singular-name', 'count.singular-noun', 'count.singular-pronoun']);

/**
 * "Antrez Felder died inside a home. Felder was wounded in the head.", "The boy suffered a gunshot wound to the
 * chest": the wound of a victim whose death is told too is no injured count. A wounded single subject that names
 * a dead victim again (the same name, or a definite noun of a death count: "the boy" after "a boy died") leaves
 * the counts; so does a pronoun ("he suffered a gunshot wound") told after a death and before any other wounded.
 */
function dropWoundsOfTheDead(doc: Doc, counts: CountMention[], w: NeedWords, definite: Set<string>, person: RegExp, generic: Set<string>): void {
  const dead = counts.filter((c) => c.category === 'killed' && c.count.best > 0);
  if (!dead.length) return;
  const deadWords = new Set<string>();
  for (const c of dead) for (let t = doc.tokenAt(c.span.start); t < doc.tokens.length && doc.tokens[t]!.start < c.span.end; t++) deadWords.add(doc.tokens[t]!.norm);
  const sorted = [...counts].sort((a, b) => a.span.start - b.span.start);
  for (const c of sorted) {
    if (c.category !== 'injured' || c.count.best !== 1 || !ONE_SUBJECT.has(c.rule)) continue;
    const first = doc.tokenAt(c.numberSpan.start);
    const head = doc.tokens[doc.tokenAt(c.numberSpan.end - 1)]!;
    const before = doc.tokens[first - 1];
    const sentence = doc.sentenceAt(c.span.start);
    let same = false;
    if (w.pronoun.has(head.norm)) {
      // the pronoun's victim: a death told before, and no other wounded one in between
      // not "A 7-year-old boy is recovering after he was injured": a person named earlier in its sentence is its victim
      const from = doc.sentences[sentence]?.firstToken ?? first;
      let named = false;
      for (let t = from; t < first && !named; t++) named = person.test(` ${doc.tokens[t]!.norm} `) || (t > from && /^\p{Lu}\p{Ll}/u.test(doc.tokens[t]!.text));
      same = !named && dead.some((d) => d.span.start < c.span.start) && !sorted.some((o) => o.category === 'injured' && o !== c && o.count.best > 0 && o.span.start < c.span.start && doc.sentenceAt(o.span.start) >= sentence - 3);
    } else if (/^\p{Lu}\p{Ll}/u.test(head.text) && !w.article.has(head.norm)) {
      same = deadWords.has(head.norm);
    } else if (before && definite.has(before.norm)) {
      // "A child died ... The victim suffered a gunshot wound": the one victim of a story that tells one death and no
      // other wounded before is the dead one
      same =
        deadWords.has(head.norm) ||
        (generic.has(head.norm) && dead.length > 0 && dead.every((d) => d.count.best === 1) &&
          !sorted.some((o) => o.category === 'injured' && o !== c && o.count.best > 0 && o.span.start < c.span.start));
    }
    if (same) counts.splice(counts.indexOf(c), 1);
  }
}

/**
 * count.+died: "the boy was shot in the chest and later died at the hospital" -> killed 1. People hit whose
 * death is told a few words later (before any stop) are dead, not wounded; they leave the hits.
 */
function hitsToDead(doc: Doc, hits: { mention: CountMention; sentence: number }[], diedAfter: RegExp): CountMention[] {
  const out: CountMention[] = [];
  for (let i = hits.length - 1; i >= 0; i--) {
    const h = hits[i]!.mention;
    const s = doc.sentences[hits[i]!.sentence];
    if (!s) continue;
    const from = doc.tokenAt(h.span.end - 1) + 1;
    const after: string[] = [];
    for (let t = from; t < s.endToken && after.length < 16; t++) after.push(doc.tokens[t]!.norm);
    const m = diedAfter.exec(`${after.join(' ')} `);
    if (!m) continue;
    const words = m[0].trim().split(' ').length;
    const last = doc.tokens[from + words - 1]!;
    out.push({ ...h, span: doc.span(h.span.start, last.end), category: 'killed', rule: `${h.rule}+died` });
    hits.splice(i, 1);
  }
  return out;
}
