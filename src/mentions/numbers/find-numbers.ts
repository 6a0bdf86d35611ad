// The numbers layer: digits, number words, vague quantities, qualifiers and ranges, found on the tokens
// of each sentence. Each found number also records whether it may count people (see `countable`).
import type { Doc, NumberMention, Token } from '../../core/doc.js';
import type { NumberResources, QualifierKind } from './resources.js';

/** A number with the token range it covers; `countable` is false for ordinals, years, ages, units, labels. */
export type FoundNumber = {
  mention: NumberMention;
  firstToken: number;
  /** one past the last token */
  endToken: number;
  countable: boolean;
};

type Phrase = { tokens: string[]; index: number };
type PhraseTable = Map<string, Phrase[]>;

type Compiled = {
  words: Map<string, number>;
  maxCompoundParts: number;
  hundreds: Set<string>;
  scales: Map<string, number>;
  articleNumbers: Set<string>;
  connectors: Map<string, { before?: Set<string>; afterHundred: boolean }>;
  vague: PhraseTable;
  qualifiers: PhraseTable;
  qualifierKinds: QualifierKind[];
  openers: PhraseTable;
  joiners: PhraseTable;
  bareJoiners: PhraseTable;
  ordinalSuffixes: Set<string>;
  ordinalWords: Map<string, number>;
  units: PhraseTable;
  labels: PhraseTable;
  /** labels indexed by their last token, for matching backwards */
  labelsByLast: PhraseTable;
  nonNumbers: PhraseTable;
  apposedAgeFollowers: Set<string>;
};

const compiledCache = new WeakMap<NumberResources, Compiled>();

function table(phrases: string[], byLast = false): PhraseTable {
  const t: PhraseTable = new Map();
  phrases.forEach((p, index) => {
    const tokens = p.split(' ').filter(Boolean);
    const key = byLast ? tokens[tokens.length - 1]! : tokens[0]!;
    let list = t.get(key);
    if (!list) t.set(key, (list = []));
    list.push({ tokens, index });
  });
  for (const list of t.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);
  return t;
}

export function compileNumbers(res: NumberResources): Compiled {
  let c = compiledCache.get(res);
  if (c) return c;
  const words = new Map(Object.entries(res.words));
  const qualifierPhrases: string[] = [];
  const qualifierKinds: QualifierKind[] = [];
  for (const [kind, list] of Object.entries(res.qualifiers) as [QualifierKind, string[]][]) {
    for (const p of list) {
      qualifierPhrases.push(p);
      qualifierKinds.push(kind);
    }
  }
  c = {
    words,
    maxCompoundParts: Math.max(1, ...[...words.keys()].map((k) => k.split('-').length)),
    hundreds: new Set(res.hundreds),
    scales: new Map(Object.entries(res.scales)),
    articleNumbers: new Set(res.articleNumbers),
    connectors: new Map(res.connectors.map((k) => [k.word, { before: k.before ? new Set(k.before) : undefined, afterHundred: !!k.afterHundred }])),
    vague: table(res.vague.map((v) => v.phrase)),
    qualifiers: table(qualifierPhrases),
    qualifierKinds,
    openers: table(res.range.openers),
    joiners: table(res.range.joiners),
    bareJoiners: table(res.range.bareJoiners),
    ordinalSuffixes: new Set(res.ordinalSuffixes),
    ordinalWords: new Map(Object.entries(res.ordinalWords)),
    units: table(res.units),
    labels: table(res.labels),
    labelsByLast: table(res.labels, true),
    nonNumbers: table(res.nonNumbers),
    apposedAgeFollowers: new Set(res.apposedAgeFollowers ?? []),
  };
  compiledCache.set(res, c);
  return c;
}

/** Length in tokens of the longest phrase of `t` starting at token i (before `end`), and its index. */
function matchAt(tokens: Token[], i: number, end: number, t: PhraseTable): Phrase | undefined {
  const first = tokens[i];
  if (!first) return undefined;
  const list = t.get(first.norm);
  if (!list) return undefined;
  outer: for (const p of list) {
    if (i + p.tokens.length > end) continue;
    for (let k = 1; k < p.tokens.length; k++) if (tokens[i + k]!.norm !== p.tokens[k]) continue outer;
    return p;
  }
  return undefined;
}

/** Whether a phrase of `t` ends right before token i (at or after `start`). */
function endsBefore(tokens: Token[], i: number, start: number, t: PhraseTable): boolean {
  const last = tokens[i - 1];
  if (!last || i - 1 < start) return false;
  const list = t.get(last.norm);
  if (!list) return false;
  outer: for (const p of list) {
    const s = i - p.tokens.length;
    if (s < start) continue;
    for (let k = 0; k < p.tokens.length - 1; k++) if (tokens[s + k]!.norm !== p.tokens[k]) continue outer;
    return true;
  }
  return false;
}

type Core = { end: number; value: number; low: number; high: number; kind: NumberMention['kind']; rule: string; decimal: boolean; digits: boolean; article: boolean };

const THOUSANDS_SPACE = /^\d{1,3}(?:[  \u202f]\d{3})+(?:[.,]\d+)?$/;
const THOUSANDS_COMMA = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
const THOUSANDS_DOT = /^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/;
const PLAIN = /^\d+(?:[.,]\d+)?$/;

/** The value of a digit token, or undefined when it is not a plain number (a time, a date, "19-year-old"). */
export function digitValue(s: string, decimalSeparator: '.' | ','): { value: number; decimal: boolean } | undefined {
  if (THOUSANDS_SPACE.test(s)) {
    const v = Number(s.replace(/[  \u202f]/g, '').replace(',', '.'));
    return { value: v, decimal: !Number.isInteger(v) };
  }
  // "1,200" is a thousand and two hundred in English, one point two in French; "1.200" the reverse
  if (decimalSeparator === '.' && THOUSANDS_COMMA.test(s)) {
    const v = Number(s.replace(/,/g, ''));
    return { value: v, decimal: !Number.isInteger(v) };
  }
  if (decimalSeparator === ',' && THOUSANDS_DOT.test(s)) {
    const v = Number(s.replace(/\./g, '').replace(',', '.'));
    return { value: v, decimal: !Number.isInteger(v) };
  }
  if (PLAIN.test(s)) {
    const v = Number(s.replace(',', '.'));
    return { value: v, decimal: /[.,]/.test(s) };
  }
  return undefined;
}

/** Splits a word token into number-word parts ("quatre-vingt-dix" -> [80, 10]), or undefined. */
function wordParts(c: Compiled, norm: string): { values: { v: number; word: string }[] } | undefined {
  if (c.words.has(norm) || c.hundreds.has(norm) || c.scales.has(norm)) return { values: [{ v: valueOf(c, norm), word: norm }] };
  if (!norm.includes('-')) return undefined;
  const parts = norm.split('-');
  const values: { v: number; word: string }[] = [];
  let i = 0;
  while (i < parts.length) {
    let matched = 0;
    for (let n = Math.min(c.maxCompoundParts, parts.length - i); n >= 1; n--) {
      const key = parts.slice(i, i + n).join('-');
      if (c.words.has(key) || (n === 1 && (c.hundreds.has(key) || c.scales.has(key) || c.connectors.has(key)))) {
        // "soixante-et-onze": an inner connector joins the parts and has no value of its own
        if (!(c.connectors.has(key) && !c.words.has(key))) values.push({ v: valueOf(c, key), word: key });
        matched = n;
        break;
      }
    }
    if (!matched) return undefined;
    i += matched;
  }
  return { values };
}

const HUNDRED = -100;
function valueOf(c: Compiled, w: string): number {
  if (c.hundreds.has(w)) return HUNDRED;
  const s = c.scales.get(w);
  if (s !== undefined) return s;
  return c.words.get(w)!;
}

/** Parses number words from token i: "quarante-quatre", "vingt et un", "deux cents", "two thousand and ten". */
function parseWords(c: Compiled, tokens: Token[], i: number, end: number): Core | undefined {
  let total = 0;
  let current = 0;
  let last = 0; // the last added value below 100
  let lastKind: 'none' | 'small' | 'hundred' | 'scale' = 'none';
  let used = 0; // number of number words consumed
  let onlyArticles = true;
  let j = i;
  let endTok = i;
  // returns false when the value cannot continue the number
  const add = (v: number, word: string): boolean => {
    if (v === HUNDRED) {
      if (current >= 100) return false;
      current = (current || 1) * 100;
      lastKind = 'hundred';
    } else if (v >= 1000) {
      if (lastKind === 'none' && used > 0) return false;
      total += (current || 1) * v;
      current = 0;
      lastKind = 'scale';
    } else {
      if (lastKind === 'small') {
        // "soixante-dix", "dix-sept", "twenty-one": a ten followed by a smaller value below twenty
        if (!(last % 10 === 0 && last >= 10 && v < last && v < 20)) return false;
      }
      current += v;
      last = v;
      lastKind = 'small';
    }
    if (!c.articleNumbers.has(word)) onlyArticles = false;
    used++;
    return true;
  };
  while (j < end) {
    const t = tokens[j]!;
    const parts = t.kind === 'word' ? wordParts(c, t.norm) : undefined;
    if (parts) {
      // a token that does not fit is left for the next number, unless it is the first
      const saved = { total, current, last, lastKind, used, onlyArticles };
      let ok = true;
      for (const p of parts.values) if (!add(p.v, p.word)) { ok = false; break; }
      if (!ok) {
        ({ total, current, last, lastKind, used, onlyArticles } = saved);
        break;
      }
      j++;
      endTok = j;
      continue;
    }
    const conn = used > 0 ? c.connectors.get(t.norm) : undefined;
    if (conn && j + 1 < end) {
      const next = tokens[j + 1]!;
      const nextParts = next.kind === 'word' ? wordParts(c, next.norm) : undefined;
      const okBefore = !conn.before || conn.before.has(next.norm);
      const kindNow = lastKind as string;
      const okAfter = !conn.afterHundred || kindNow === 'hundred' || kindNow === 'scale';
      if (nextParts && okBefore && okAfter && nextParts.values[0]!.v < 100 && nextParts.values[0]!.v >= 0) {
        j++;
        continue;
      }
    }
    break;
  }
  if (used === 0 || onlyArticles) return undefined;
  const value = total + current;
  return { end: endTok, value, low: value, high: value, kind: 'exact', rule: 'number.words', decimal: false, digits: false, article: false };
}

function parseCore(c: Compiled, res: NumberResources, tokens: Token[], i: number, end: number): Core | undefined {
  const t = tokens[i];
  if (!t) return undefined;
  const vague = matchAt(tokens, i, end, c.vague);
  if (vague) {
    const v = res.vague[vague.index]!;
    return { end: i + vague.tokens.length, value: v.best, low: v.low, high: v.high, kind: 'vague', rule: 'number.vague', decimal: false, digits: false, article: false };
  }
  if (t.kind === 'number') {
    const d = digitValue(t.norm, res.decimalSeparator);
    if (!d) return undefined;
    const next = tokens[i + 1];
    if (next && i + 1 < end && next.start === t.end && c.ordinalSuffixes.has(next.norm)) {
      return { end: i + 2, value: d.value, low: d.value, high: d.value, kind: 'ordinal', rule: 'number.ordinal-digits', decimal: false, digits: true, article: false };
    }
    // "2 millions", "1,5 million"
    const scale = next && i + 1 < end ? c.scales.get(next.norm) : undefined;
    if (scale !== undefined && scale >= 1e6) {
      const v = Math.round(d.value * scale);
      return { end: i + 2, value: v, low: v, high: v, kind: 'exact', rule: 'number.digits-scale', decimal: false, digits: true, article: false };
    }
    return { end: i + 1, value: d.value, low: d.value, high: d.value, kind: 'exact', rule: 'number.digits', decimal: d.decimal, digits: true, article: false };
  }
  if (t.kind !== 'word') return undefined;
  const ord = c.ordinalWords.get(t.norm);
  if (ord !== undefined) return { end: i + 1, value: ord, low: ord, high: ord, kind: 'ordinal', rule: 'number.ordinal-word', decimal: false, digits: false, article: false };
  return parseWords(c, tokens, i, end);
}

function qualify(kind: QualifierKind, core: Core): { value: number; low: number; high: number } {
  const v = core.value;
  switch (kind) {
    case 'exact':
      return { value: v, low: core.low, high: core.high };
    case 'atLeast':
      return { value: v, low: v, high: Math.max(v, core.low) };
    case 'moreThan':
      return { value: v + 1, low: v + 1, high: v + 1 };
    case 'upTo':
      return { value: v, low: Math.min(1, v), high: v };
    case 'fewerThan':
      return { value: Math.max(0, v - 1), low: Math.min(1, Math.max(0, v - 1)), high: Math.max(0, v - 1) };
    case 'about':
      return { value: v, low: Math.floor(v * 0.9), high: Math.ceil(v * 1.1) };
    case 'nearly':
      return { value: v, low: Math.floor(v * 0.9), high: v };
  }
}

/** Finds the numbers of one sentence's token range [start, end). */
function findInRange(doc: Doc, c: Compiled, res: NumberResources, start: number, end: number, out: FoundNumber[]): void {
  const tokens = doc.tokens;
  let i = start;
  while (i < end) {
    const non = matchAt(tokens, i, end, c.nonNumbers);
    if (non) {
      i += non.tokens.length;
      continue;
    }
    const found = findAt(doc, c, res, i, start, end);
    if (found) {
      out.push(found);
      i = found.endToken;
    } else i++;
  }
}

function findAt(doc: Doc, c: Compiled, res: NumberResources, i: number, sentStart: number, end: number): FoundNumber | undefined {
  const tokens = doc.tokens;
  // "between 3 and 5", "entre 3 et 5", "de 3 à 5"
  const opener = matchAt(tokens, i, end, c.openers);
  if (opener) {
    const a = parseCore(c, res, tokens, i + opener.tokens.length, end);
    if (a && a.kind !== 'ordinal') {
      const joiner = matchAt(tokens, a.end, end, c.joiners);
      const b = joiner ? parseCore(c, res, tokens, a.end + joiner.tokens.length, end) : undefined;
      if (b && b.kind !== 'ordinal' && b.value > a.value) {
        return make(doc, c, i, b.end, { value: a.low, low: a.low, high: b.high }, 'exact', 'number.range', a, sentStart, end);
      }
    }
  }
  let q: QualifierKind | undefined;
  let coreStart = i;
  const qual = matchAt(tokens, i, end, c.qualifiers);
  if (qual) {
    q = c.qualifierKinds[qual.index]!;
    coreStart = i + qual.tokens.length;
  }
  const core = parseCore(c, res, tokens, coreStart, end);
  if (!core) return undefined;
  if (core.kind === 'ordinal') {
    if (q) return undefined;
    return make(doc, c, i, core.end, core, 'ordinal', core.rule, core, sentStart, end);
  }
  if (!q) {
    // "3 ou 4 morts", "two or three people", "3 to 5"
    const joiner = matchAt(tokens, core.end, end, c.bareJoiners);
    const b = joiner ? parseCore(c, res, tokens, core.end + joiner.tokens.length, end) : undefined;
    if (b && b.kind !== 'ordinal' && b.value > core.value && (b.digits === core.digits)) {
      return make(doc, c, i, b.end, { value: core.low, low: core.low, high: b.high }, 'exact', 'number.range', core, sentStart, end);
    }
    return make(doc, c, i, core.end, core, core.kind, core.rule, core, sentStart, end);
  }
  return make(doc, c, i, core.end, qualify(q, core), core.kind, `number.qualifier.${q}`, core, sentStart, end, true);
}

function make(
  doc: Doc,
  c: Compiled,
  first: number,
  endToken: number,
  v: { value: number; low: number; high: number },
  kind: NumberMention['kind'],
  rule: string,
  core: Core,
  sentStart: number,
  sentEnd: number,
  qualified = false,
): FoundNumber {
  const tokens = doc.tokens;
  const start = tokens[first]!.start;
  const endChar = tokens[endToken - 1]!.end;
  const mention: NumberMention = { span: doc.span(start, endChar), value: v.value, low: v.low, high: v.high, kind, rule };
  return { mention, firstToken: first, endToken, countable: isCountable(doc, c, first, endToken, core, kind, qualified, sentStart, sentEnd) };
}

/** Whether a number may be a count of people: not an ordinal, year, decimal, age, measure, label or money. */
function isCountable(doc: Doc, c: Compiled, first: number, endToken: number, core: Core, kind: NumberMention['kind'], qualified: boolean, sentStart: number, sentEnd: number): boolean {
  if (kind === 'ordinal' || core.decimal) return false;
  const tokens = doc.tokens;
  const lastTok = tokens[endToken - 1]!;
  // a year: four digits without separator, unqualified
  if (core.digits && !qualified && /^(?:1[89]|20)\d\d$/.test(lastTok.norm)) return false;
  if (endsBefore(tokens, first, sentStart, c.labelsByLast)) return false;
  // the second of two labelled numbers: "ages 12 and 16", "ages 12 to 16"
  const joined = tokens[first - 1];
  if (core.digits && joined && first - 2 > sentStart && (c.joiners.has(joined.norm) || c.bareJoiners.has(joined.norm)) && /^\d+$/.test(tokens[first - 2]!.norm)) {
    if (endsBefore(tokens, first - 2, sentStart, c.labelsByLast)) return false;
  }
  // a street number: four digits or more before a name ("a shooting 2501 Carter Homestead Road")
  const name = tokens[endToken];
  if (core.digits && !qualified && core.value >= 1000 && /^\d+$/.test(lastTok.text) && name && endToken < sentEnd && /^\p{Lu}\p{Ll}/u.test(name.text)) return false;
  // an age in apposition: "John Smith, 45, was killed"
  const prev = tokens[first - 1];
  const after = tokens[endToken];
  // and without the closing comma before "and" or "who": "Darrell Hawkins, 34 who were shot and killed"
  const follows = (t: Token | undefined) => t !== undefined && (t.text === ',' || c.apposedAgeFollowers.has(t.norm));
  // the last of a list of people with their ages closes with its verb: "Dennie Reeves, 66 and Ginger Reeves, 64 were found dead"
  const listed = () => {
    for (let k = sentStart + 1; k + 2 < first; k++) {
      if (tokens[k]!.text === ',' && /^\p{Lu}/u.test(tokens[k - 1]!.text) && /^\d{1,3}$/.test(tokens[k + 1]!.text) && follows(tokens[k + 2])) return true;
    }
    return false;
  };
  const closes = after?.text === ',' || (after !== undefined && endToken < sentEnd && (c.apposedAgeFollowers.has(after.norm) || listed()));
  if (core.digits && !qualified && core.value < 120 && prev?.text === ',' && closes && first - 2 >= sentStart) {
    if (/^\p{Lu}/u.test(tokens[first - 2]!.text)) return false;
  }
  const next = tokens[endToken];
  if (next && endToken < sentEnd) {
    // "10h30", "9mm", "5km": letters glued to the digits
    if (core.digits && next.start === lastTok.end && next.kind === 'word') return false;
    if (matchAt(tokens, endToken, sentEnd, c.units)) return false;
  }
  return true;
}

/** Finds every number of the document, sentence by sentence. */
export function findNumbers(doc: Doc, res: NumberResources): FoundNumber[] {
  const c = compileNumbers(res);
  const out: FoundNumber[] = [];
  if (doc.sentences.length === 0) {
    findInRange(doc, c, res, 0, doc.tokens.length, out);
    return out;
  }
  for (const s of doc.sentences) findInRange(doc, c, res, s.firstToken, s.endToken, out);
  return out;
}
