// The counts layer: numbers attached to the dead, the injured and the arrested.
//
// Each sentence becomes a signature: its normalized tokens joined by single spaces, with every number
// replaced by one placeholder ("#3" when it may count people, "%3" when it is an ordinal, a year, an age,
// a measure, a label or money). The rules below are regular expressions over that signature, built
// once per language from the phrase lexicons in lang/<code>/numbers.ts. They run in the order of
// COUNT_RULES; a number feeds at most one count, and a phrase never overlaps an earlier one.
import type { CountCategory, CountMention, Doc } from '../../core/doc.js';
import type { Span } from '../../core/span.js';
import type { FoundNumber } from './find-numbers.js';
import type { CountLexicon, NumberResources } from './resources.js';

const CATEGORIES: CountCategory[] = ['killed', 'injured', 'arrested'];

type CountRule = { id: string; re: RegExp; zero?: boolean; singular?: boolean };

function alt(xs: string[]): string {
  return xs.length ? `(?:${[...xs].sort((a, b) => b.length - a.length).join('|')})` : '(?!)';
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

export function compileCountRules(res: NumberResources): CountRule[] {
  const lx: CountLexicon = res.counts;
  const word = String.raw`[\p{L}\p{M}\d%][^\s]* `;
  const fatal = alt(lx.fatalAdverbs);
  const filler = `(?:(?!${fatal} )${alt(lx.fillers)} )`;
  const breakers = alt([...lx.breakers, ...lx.fillers, ...res.singularArticles]);
  const gapWord = `(?:(?!${breakers} )${word})`;
  const who = `(?<who>${gapWord}{0,4})`;
  const article = alt(res.singularArticles);
  // an article counts as one only before a noun: "a man was killed", "un policier a été tué"
  const num = `(?:(?<num>#\\d+ )|(?<art>${article} )(?=${gapWord}))${who}`;
  const tail = `(?:${alt(lx.tails)} )?`;
  const active = alt(lx.activeObjects);
  const singularAux = alt(lx.singularAuxiliaries);
  const personNoun = alt([...lx.singularNouns, String.raw`[\p{L}\d]+-(?:year|month|week|day)-old`]);
  const det = alt(lx.determiners);
  // a determiner before a noun that is not plural-looking counts as one: "killing his grandfather"
  const objectNum = `(?:(?:${det} )?(?<num>#\\d+ )|(?<art>${article} |${det} (?![^\\s]*[sx] ))(?=${gapWord}))${who}`;
  const notSubject = `(?: ${alt(lx.notSubjects)} )`;
    const start = '(?<= )';
  const flags = 'gdu';
  const rules: CountRule[] = [
    // "no one was injured", "aucun blessé": a count of zero; first, so that "one was injured" is not read inside it
    { id: 'count.none', re: new RegExp(`${start}(?:${categories(lx.none)})`, flags), zero: true },
    // "deux personnes ont perdu la vie", "4 policiers ont également perdu la vie", "two people were shot dead"
    // without an auxiliary, a participle followed by an object is an active verb: "a man killed his wife"
    {
      id: 'count.subject-predicate',
      re: new RegExp(`${start}${num}(?:${filler}+|(?=${alt([plain(lx.predicates), ...lx.hit.predicates.map((p) => `${p} `)])}(?!${active} )))(?:${categories(lx.predicates, lx.hit.predicates)})${tail}`, flags),
    },
    // two groups: "six men and one woman were shot" (7), "he and three others were shot" (4)
    {
      id: 'count.coordinated',
      re: new RegExp(
        `${start}(?:(?<num2>#\\d+ )(?<who2>${gapWord}{0,3})|(?<art>${article} )(?=${gapWord})${gapWord}{1,3}|(?<art2>${alt(lx.singularPronouns)} ))` +
          `(?:${alt(lx.coordinators)} )(?<num>#\\d+ )${who}(?:${filler}*)(?:${categories(lx.predicates, lx.hit.predicates)})${tail}`,
        flags,
      ),
    },
    // "trois morts", "15 morts et 95 blessés", "two killed", "three others injured"
    { id: 'count.number-nominal', re: new RegExp(`${start}${num}(?:${categories(lx.nominals, lx.hit.nominals)})(?!${active} )${tail}`, flags) },
    // "tuant trois policiers", "killing two", "claimed the lives of 5 people"
    { id: 'count.verb-object', re: new RegExp(`${start}(?:${categories(lx.verbs, lx.hit.verbs)})${objectNum}`, flags) },
    // "sent four people to the hospital": people hit (see HitLexicon)
    ...lx.hit.phrases.map((p) => ({
      id: 'count.hit-phrase',
      re: new RegExp(`${start}(?<hit>${p.replace('{num}', `(?<num>#\\d+ )(?<who>${gapWord}{0,3})`)} )`, flags),
    })),
    // "three people were shot, one fatally", "dont un mortellement"
    {
      id: 'count.fatal-adverb',
      re: new RegExp(`${start}(?:(?<num>#\\d+ )|(?<art>${article} ))(?<who>${alt(lx.partitives)} )?(?<killed>${fatal} )`, flags),
    },
    // "the death toll rose to 7", "le bilan s'élève à 12"
    { id: 'count.toll', re: new RegExp(`${start}(?:${categories(lx.tolls)})(?:${word}){0,4}?(?<num>#\\d+ )`, flags) },
    // a singular subject: "Smith was shot and killed", "le conducteur a été tué" -> 1
    {
      id: 'count.singular-passive',
      re: new RegExp(`${start}(?<!${notSubject})(?<subj>${word})(?:${singularAux} )(?:${filler})*(?:${categories(lx.predicates, lx.hit.predicates)})${tail}`, flags),
      singular: true,
    },
    // a singular person noun, with or without article: "teen killed in shooting", "the child died", "un 6-year-old dies"
    {
      id: 'count.singular-noun',
      re: new RegExp(`${start}(?<!${notSubject})(?<subj>${personNoun} )(?:${filler})*(?:${categories(lx.predicates, lx.hit.predicates)})${tail}`, flags),
      singular: true,
    },
    // a singular pronoun: "he died", "elle a succombé" -> 1
    {
      id: 'count.singular-pronoun',
      re: new RegExp(`${start}(?<!${notSubject})(?<subj>${alt(lx.singularPronouns)} )(?:${filler})*(?:${categories(lx.predicates, lx.hit.predicates)})${tail}`, flags),
      singular: true,
    },
  ];
  return rules;
}

const rulesCache = new WeakMap<NumberResources, CountRule[]>();
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

/** Finds the counts of every sentence of the document, given its numbers. */
export function findCounts(doc: Doc, res: NumberResources, found: FoundNumber[]): CountMention[] {
  let rules = rulesCache.get(res);
  if (!rules) rulesCache.set(res, (rules = compileCountRules(res)));
  let zeroWords = zeroCache.get(res);
  if (!zeroWords) zeroCache.set(res, (zeroWords = res.counts.zeroWords.map((z) => z.split(' ')).sort((a, b) => b.length - a.length)));
  const numberAt = new Map<number, number>();
  found.forEach((f, k) => numberAt.set(f.firstToken, k));
  const out: CountMention[] = [];
  const sentences = doc.sentences.length ? doc.sentences : [{ firstToken: 0, endToken: doc.tokens.length }];
  const hits: { mention: CountMention; sentence: number }[] = [];
  for (let si = 0; si < sentences.length; si++) {
    const s = sentences[si]!;
    if (s.endToken <= s.firstToken) continue;
    const sig = signature(doc, s.firstToken, s.endToken, numberAt, found);
    const used = new Set<number>();
    const taken: [number, number][] = [];
    const sentenceCounts: CountMention[] = [];
    for (const rule of rules) {
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
        const whole = tokenRange(sig, m.index, m.index + m[0].length);
        if (!whole) continue;
        if (taken.some(([a, b]) => whole[0] < b && a < whole[1])) continue;
        let numberSpan: Span;
        let count: CountMention['count'];
        let numberIndex: number | undefined;
        let mention0Who: Span | undefined;
        if (rule.zero) {
          const t0 = whole[0];
          const z = zeroWords.find((z) => z.every((w, k) => doc.tokens[t0 + k]?.norm === w));
          const r: [number, number] = [t0, t0 + (z ? z.length : 1)];
          numberSpan = spanOfTokens(doc, r);
          count = { best: 0, low: 0, high: 0, text: numberSpan.text };
        } else if (g.num !== undefined) {
          numberIndex = Number(g.num.trim().slice(1));
          if (used.has(numberIndex)) continue;
          const f = found[numberIndex]!;
          numberSpan = f.mention.span;
          count = { best: f.mention.value, low: f.mention.low, high: f.mention.high, text: f.mention.span.text };
          // a first group of victims joined by "and": its number, or one for an article or a pronoun
          const first = g.num2 !== undefined ? found[Number(g.num2.trim().slice(1))]! : undefined;
          if (first && used.has(Number(g.num2!.trim().slice(1)))) continue;
          if (first || g.art !== undefined || g.art2 !== undefined) {
            const add = first ? first.mention : { value: 1, low: 1, high: 1 };
            numberSpan = doc.span(first ? first.mention.span.start : spanOfTokens(doc, whole).start, f.mention.span.end);
            count = { best: f.mention.value + add.value, low: f.mention.low + add.low, high: f.mention.high + add.high, text: numberSpan.text };
            if (first) used.add(Number(g.num2!.trim().slice(1)));
          }
        } else if (rule.singular && g.subj !== undefined) {
          const [ss] = idx.subj!;
          const r = tokenRange(sig, ss, ss + g.subj.length - 1);
          if (!r) continue;
          numberSpan = spanOfTokens(doc, r);
          count = { best: 1, low: 1, high: 1, text: numberSpan.text };
          if (!g.who) mention0Who = numberSpan;
        } else if (g.art !== undefined) {
          // an article counts as one only with its noun: not "a dead end"
          if (!g.who || !g.who.trim()) continue;
          const [as] = idx.art!;
          const r = tokenRange(sig, as, as + g.art.length - 1)!;
          numberSpan = spanOfTokens(doc, r);
          count = { best: 1, low: 1, high: 1, text: numberSpan.text };
        } else continue;
        const mention: CountMention = { span: spanOfTokens(doc, whole), numberSpan, category: category === 'hit' ? 'injured' : category, count, rule: rule.id };
        if (mention0Who) mention.who = mention0Who;
        if (g.who && g.who.trim()) {
          const [ws] = idx.who!;
          const wr = tokenRange(sig, ws, ws + g.who.length - 1);
          if (wr) mention.who = spanOfTokens(doc, wr);
        }
        if (numberIndex !== undefined) used.add(numberIndex);
        taken.push(whole);
        if (category === 'hit') hits.push({ mention, sentence: si });
        else sentenceCounts.push(mention);
      }
    }
    for (const c of sentenceCounts) out.push(c);
  }
  for (const h of hitsToInjured(doc, out, hits)) out.push(h);
  out.sort((a, b) => a.span.start - b.span.start);
  return out;
}

/** count.hit-minus-killed: "four people were shot" with "one died" -> injured 3 (see HitLexicon). */
function hitsToInjured(doc: Doc, counts: CountMention[], hits: { mention: CountMention; sentence: number }[]): CountMention[] {
  const out: CountMention[] = [];
  if (!hits.length) return out;
  const sentenceOf = (c: CountMention) => doc.sentenceAt(c.span.start);
  for (const { mention: h, sentence } of hits) {
    const n = h.count.best;
    const here = counts.filter((c) => sentenceOf(c) === sentence);
    if (here.some((c) => c.category === 'injured')) continue;
    const killedHere = here.filter((c) => c.category === 'killed' && c.count.best <= n);
    const pool = killedHere.length ? killedHere : counts.filter((c) => c.category === 'killed' && c.count.best <= n);
    const k = pool.reduce((m, c) => Math.max(m, c.count.best), 0);
    if (n - k <= 0) continue;
    const low = Math.max(0, h.count.low - k);
    out.push({ ...h, count: { best: n - k, low: Math.min(low, n - k), high: Math.max(n - k, h.count.high - k), text: h.count.text }, rule: `${h.rule}+hit-minus-killed` });
  }
  return out;
}
