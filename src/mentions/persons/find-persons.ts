// Private persons a report names with what marks them as the people of the story: an age ("John Smith, 23,",
// "a 23-year-old John Smith", "Jean Dupont, 23 ans") or an identification ("police identified him as John Smith").
// Officials quoted by name carry neither; the names found here tie follow-up reports to the incident they follow.
import type { Doc, PersonMention } from '../../core/doc.js';
import type { PersonResources } from './resources.js';

/** a capitalised word of a name: "John", "McDonald", "O'Neal", "DeAndre", "Jean-Luc" */
const WORD = String.raw`\p{Lu}[\p{Ll}'’]*(?:\p{Lu}[\p{Ll}'’]*)?\p{Ll}(?:-\p{Lu}[\p{Ll}'’]*\p{Ll})?`;
/** lower-case particles inside a surname: "Ludwig van Beethoven", "Jean de La Fontaine" */
const PARTICLE = String.raw`(?:(?:de|del|della|der|den|di|da|du|la|le|van|von|bin|ibn|al)\s+)`;
const TITLE_DOT = String.raw`(?:\p{Lu}\p{Ll}{0,4}\.\s+)?`;
const NAME = String.raw`${TITLE_DOT}${WORD}(?:\s+\p{Lu}\.)?(?:\s+${PARTICLE}{0,2}${WORD}){1,3}`;
const SUFFIX = String.raw`(?:,?\s+(?:Jr|Sr)\.?|\s+(?:II|III|IV))?`;
const MAX_AGE = 110;

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, String.raw`[\s-]+`);
const alternatives = (words: string[]): string => words.map(escape).sort((a, b) => b.length - a.length).join('|');

/**
 * A pattern, and for those that open on the name, a cheap anchor (", 23", "(23)") to find first: the name is then
 * matched in a short window before it, rather than tried at every capital of the text.
 */
type Pattern = { re: RegExp; rule: string; anchor?: RegExp };
/** how far before its anchor a name with its title may start */
const WINDOW_BEFORE = 120;

type Compiled = { patterns: Pattern[]; titles: Set<string>; suffixes: Set<string>; notName: Set<string> };
const compiled = new WeakMap<PersonResources, Compiled>();

function compile(res: PersonResources): Compiled {
  let c = compiled.get(res);
  if (c) return c;
  const patterns: Pattern[] = [];
  const prefix = res.agePrefixes.length ? `(?:(?:${alternatives(res.agePrefixes)})\\s+)?` : '';
  const unit = res.ageUnits.length ? `\\s+(?:${alternatives(res.ageUnits)})\\b` : String.raw`(?=\s*(?:[,.;:)]|\s+(?:and|of|was|is|who|were|had|has|from)\b))`;
  patterns.push({
    re: new RegExp(String.raw`(?<![\p{L}\d])(${NAME})${SUFFIX},\s+${prefix}(\d{1,3})(?!\d)${unit}`, 'gu'),
    rule: 'persons.age-after',
    anchor: new RegExp(String.raw`,\s+${prefix}\d`, 'giu'),
  });
  patterns.push({ re: new RegExp(String.raw`(?<![\p{L}\d])(${NAME})${SUFFIX}\s+\((\d{1,3})\)`, 'gu'), rule: 'persons.age-bracket', anchor: /\s\(\d/g });
  if (res.ageBeforeName.length) {
    patterns.push({ re: new RegExp(String.raw`(?<![\p{L}\d])(\d{1,3})[\s-]+(?:${alternatives(res.ageBeforeName)})\s+(${NAME})`, 'gu'), rule: 'persons.age-before' });
  }
  if (res.victimPhrases.length) {
    patterns.push({ re: new RegExp(String.raw`(?<!\p{L})(?:${alternatives(res.victimPhrases)})\s+(${NAME})`, 'gu'), rule: 'persons.victim' });
  }
  if (res.namingPhrases.length) {
    patterns.push({ re: new RegExp(String.raw`(?<!\p{L})(?:${alternatives(res.namingPhrases)})\s+(${NAME})`, 'gu'), rule: 'persons.identified' });
  }
  c = { patterns, titles: new Set(res.titles.map((t) => t.toLowerCase())), suffixes: new Set(res.nameSuffixes.map((t) => t.toLowerCase())), notName: new Set(res.notNameWords.map((w) => w.toLowerCase())) };
  compiled.set(res, c);
  return c;
}

/** folded lower-case first and last names: the key two reports of one person share ("Brady J. Osborne" = "Brady Osborne") */
export function personKey(words: string[]): string {
  const fold = (w: string) => w.normalize('NFD').replace(/\p{M}/gu, '').replace(/[’]/g, "'").toLowerCase();
  return `${fold(words[0]!)} ${fold(words[words.length - 1]!)}`;
}

/** the matches of `re` in the text; with an anchor, only those ending past an anchor, found in a window before it */
function* matches(text: string, re: RegExp, anchor?: RegExp): Generator<RegExpExecArray> {
  if (!anchor) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) yield m;
    return;
  }
  anchor.lastIndex = 0;
  for (let a = anchor.exec(text); a; a = anchor.exec(text)) {
    let from = Math.max(0, a.index - WINDOW_BEFORE);
    // (the window opens at a word's start, not inside "McDonald")
    while (from > 0 && from < a.index && !/\s/.test(text[from - 1]!)) from++;
    const window = text.slice(from, a.index + a[0].length + 40);
    re.lastIndex = 0;
    for (let m = re.exec(window); m; m = re.exec(window)) {
      if (m.index + m[0].length <= a.index - from) continue;
      m.index += from;
      yield m;
      break;
    }
  }
}

function countWord(text: string, word: string): number {
  let n = 0;
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + word.length)) {
    const before = text[i - 1];
    const after = text[i + word.length];
    if ((before === undefined || !/[\p{L}\d]/u.test(before)) && (after === undefined || !/[\p{L}\d]/u.test(after))) n++;
  }
  return n;
}

export function findPersons(doc: Doc, res: PersonResources): PersonMention[] {
  const c = compile(res);
  const found = new Map<number, PersonMention>();
  const placeSpans = doc.places.filter((p) => p.place).map((p) => p.span);
  for (const { re, rule, anchor } of c.patterns) {
    for (const m of matches(doc.text, re, anchor)) {
      const ageFirst = rule === 'persons.age-before';
      const nameText = ageFirst ? m[2]! : m[1]!;
      const age = rule === 'persons.identified' || rule === 'persons.victim' ? undefined : Number(ageFirst ? m[1] : m[2]);
      if (age !== undefined && (age < 1 || age > MAX_AGE)) continue;
      let start = m.index + m[0].indexOf(nameText, ageFirst ? m[1]!.length : 0);
      // titles and sentence openers before the name are not part of it ("Officer John Smith", "The Smith")
      const words = [...nameText.matchAll(/\S+/g)];
      while (words.length && (c.titles.has(words[0]![0].replace(/\.$/, '').toLowerCase()) || c.notName.has(words[0]![0].toLowerCase()))) words.shift();
      while (words.length && c.suffixes.has(words[words.length - 1]![0].replace(/[.,]$/, '').toLowerCase())) words.pop();
      const kept = words.filter((w) => !/^\p{Lu}\.$/u.test(w[0]) && !/^\p{Ll}/u.test(w[0]));
      if (kept.length < 2 || kept.length > 4) continue;
      if (kept.some((w) => c.notName.has(w[0].replace(/\.$/, '').toLowerCase()))) continue;
      // ("Drew HS's Cedric Clark": a possessive is no part of a name)
      if (kept.some((w) => /['’]s$/.test(w[0]))) continue;
      start += words[0]!.index;
      const last = words[words.length - 1]!;
      const end = m.index + m[0].indexOf(nameText, ageFirst ? m[1]!.length : 0) + last.index + last[0].length;
      if (placeSpans.some((s) => s.start < end && start < s.end)) continue;
      if (found.has(start)) continue;
      const surname = kept[kept.length - 1]![0];
      found.set(start, { span: doc.span(start, end), name: doc.text.slice(start, end), key: personKey(kept.map((w) => w[0])), age, mentions: countWord(doc.text, surname), rule });
    }
  }
  return [...found.values()].sort((a, b) => a.span.start - b.span.start);
}
