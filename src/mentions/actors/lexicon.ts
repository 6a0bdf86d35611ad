// Compiles one language's actor resources (plus the shared people dictionary) into a token trie, once.
// Every phrase is tokenized with the language's own tokenizer so that "d’Etat" in a text and
// "d'État" in a list meet on the same keys (folded: lower case, ASCII apostrophes, no diacritics).
import type { ActorKind } from '../../core/doc.js';
import type { LanguageResources } from '../../lang/resources.js';
import { normalize, tokenizeRange } from '../../text/tokens.js';
import type { HeadEntry, ModifierEntry, NamedEntry } from './resources.js';
import { loadAgents, loadPeople, type PeopleData, type PeopleEntry } from './people.js';

/** how a lexicon phrase must be written in the text to match */
export type CaseMode = 'any' | 'initial' | 'exact';

export type LexEntry =
  | { type: 'det' }
  | { type: 'quant' }
  | { type: 'locative' }
  | { type: 'marker' }
  | { type: 'possessive' }
  | { type: 'particle' }
  | { type: 'conjunction' }
  /** a phrase that is never an actor although its words may be ("coup d'État", "hospital") */
  | { type: 'block' }
  | { type: 'country'; country: string; name: string }
  | { type: 'capital'; country: string; name: string }
  | { type: 'demonym'; country: string; plural: boolean }
  | { type: 'head'; head: HeadEntry; agent: boolean }
  | { type: 'named'; named: NamedEntry }
  | { type: 'person'; entry: PeopleEntry }
  | { type: 'surname'; entries: PeopleEntry[] }
  | { type: 'premod'; mod: ModifierEntry }
  | { type: 'postmod'; mod: ModifierEntry };

export type Tagged = { entry: LexEntry; mode: CaseMode; surface: string[] };

/** `anyCase`: every item matches whatever the case (no per-token check needed) */
export type TrieNode = { next?: Map<string, TrieNode>; items?: Tagged[]; anyCase?: boolean };

export type Lexicon = {
  root: TrieNode;
  /** people names made of plain words, the same for every language */
  shared?: TrieNode;
  people: PeopleData | null;
  capitalizedDemonymIsNoun: boolean;
  /** folded words never read as a name after a title */
  nonNames: Set<string>;
};

const DIACRITICS = /[\u0300-\u036f]/g;
const ASCII = /^[\x00-\x7f]*$/;
const foldCache = new Map<string, string>();

/** lower case, ASCII apostrophes and dashes, no diacritics (takes a token's `norm`) */
export function foldKey(norm: string): string {
  if (ASCII.test(norm)) return norm;
  let k = foldCache.get(norm);
  if (k === undefined) {
    k = norm.normalize('NFD').replace(DIACRITICS, '').normalize('NFC');
    if (foldCache.size > 100_000) foldCache.clear();
    foldCache.set(norm, k);
  }
  return k;
}

const SIMPLE = /^[\p{L}\p{M} ]+$/u;
const ASCII_LOWER = /^[a-z]+$/;
const compiled = new WeakMap<LanguageResources, Lexicon>();

export function lexiconFor(res: LanguageResources): Lexicon {
  let lex = compiled.get(res);
  if (!lex) {
    lex = compile(res);
    compiled.set(res, lex);
  }
  return lex;
}

function caseModeOf(surface: string): CaseMode {
  const letters = surface.replace(/[^\p{L}]/gu, '');
  if (letters.length >= 2 && letters === letters.toUpperCase()) return 'exact';
  return /^\p{Lu}/u.test(surface) ? 'initial' : 'any';
}

function compile(res: LanguageResources): Lexicon {
  const root: TrieNode = {};
  const a = res.actors;
  const add = (phrase: string, entry: LexEntry, mode?: CaseMode) => {
    // plain words separated by spaces tokenize to themselves: skip the tokenizer (most dictionary names)
    const toks = SIMPLE.test(phrase)
      ? phrase.split(' ').filter(Boolean).map((w) => ({ text: w, norm: ASCII_LOWER.test(w) ? w : normalize(w) }))
      : tokenizeRange(phrase, 0, phrase.length, res.text);
    if (!toks.length) return;
    let node = root;
    for (const t of toks) {
      const k = foldKey(t.norm);
      const next: Map<string, TrieNode> = (node.next ??= new Map());
      let n = next.get(k);
      if (!n) next.set(k, (n = {}));
      node = n;
    }
    (node.items ??= []).push({ entry, mode: mode ?? caseModeOf(phrase), surface: toks.map((t) => t.text) });
  };

  // function words are keyed word by word as written: the tokenizer would split a lone "l'" or "'s"
  const addWords = (phrase: string, entry: LexEntry) => {
    let node = root;
    const words = normalize(phrase).split(/\s+/);
    for (const w of words) {
      const k = foldKey(w);
      const map: Map<string, TrieNode> = (node.next ??= new Map());
      let next = map.get(k);
      if (!next) map.set(k, (next = {}));
      node = next;
    }
    (node.items ??= []).push({ entry, mode: 'any', surface: words });
  };
  for (const w of a.determiners) addWords(w, { type: 'det' });
  for (const w of a.quantifiers) addWords(w, { type: 'quant' });
  for (const w of a.locatives) addWords(w, { type: 'locative' });
  for (const w of a.complementMarkers) addWords(w, { type: 'marker' });
  for (const w of a.possessives) addWords(w, { type: 'possessive' });
  for (const w of a.nameParticles) addWords(w, { type: 'particle' });
  for (const w of a.conjunctions) addWords(w, { type: 'conjunction' });

  for (const line of a.countries.split('\n')) {
    if (!line.trim()) continue;
    const [code = '', names = '', demonyms = '', capitals = ''] = line.split('|').map((s) => s.trim());
    const list = (s: string) => s.split(';').map((x) => x.trim()).filter(Boolean);
    const countryNames = list(names);
    for (const n of countryNames) add(n, { type: 'country', country: code, name: countryNames[0]! });
    for (const c of list(capitals)) add(c, { type: 'capital', country: code, name: c });
    for (const d of list(demonyms)) {
      for (const form of inflect(d, a.demonymInflections)) {
        add(form, { type: 'demonym', country: code, plural: /(?:[sx]|men)$/.test(form) }, /^\p{Lu}/u.test(form) ? 'initial' : 'any');
      }
    }
  }

  // people: names of plain words live in one trie shared by every language (built once); the few with
  // hyphens, apostrophes or periods are tokenized by each language and kept in its own trie
  const people = loadPeople();
  const shared = people ? sharedPeopleTrie(people) : undefined;
  if (people) {
    for (const e of people.entries) for (const n of e.names) if (!SIMPLE.test(n)) add(n, { type: 'person', entry: e }, 'initial');
    for (const [sn, entries] of surnamesOf(people)) if (!SIMPLE.test(sn)) add(sn, { type: 'surname', entries }, 'initial');
  }

  if (a.agentsFile) {
    const blocked = new Set(a.notActors.map((w) => normalize(w)));
    for (const [phrase, sector] of loadAgents(a.agentsFile) ?? []) {
      if (blocked.has(phrase)) continue;
      add(phrase, { type: 'head', head: { words: [phrase], sector, kind: 'role' }, agent: true }, 'any');
    }
  }
  // the language's own heads come after the agents: later entries win ties (see `best`)
  for (const h of a.heads) for (const w of h.words) add(w, { type: 'head', head: h, agent: false });
  for (const n of a.named) for (const w of n.names) add(w, { type: 'named', named: n });
  for (const w of a.notActors) add(w, { type: 'block' }, 'any');
  for (const m of a.premodifiers) for (const w of m.words) add(w, { type: 'premod', mod: m }, 'any');
  for (const m of a.postmodifiers) for (const w of m.words) add(w, { type: 'postmod', mod: m }, 'any');

  markCase(root);
  const nonNames = new Set(a.nonNames.map((w) => foldKey(w.toLowerCase())));
  return { root, shared, people, capitalizedDemonymIsNoun: a.capitalizedDemonymIsNoun, nonNames };
}

function markCase(node: TrieNode): void {
  if (node.items) node.anyCase = node.items.every((x) => x.mode === 'any');
  if (node.next) for (const n of node.next.values()) markCase(n);
}

function surnamesOf(people: PeopleData): Map<string, PeopleEntry[]> {
  const surnames = new Map<string, PeopleEntry[]>();
  for (const e of people.entries) {
    if (!e.surname) continue;
    const s = e.names[0]!.split(' ').pop()!;
    let l = surnames.get(s);
    if (!l) surnames.set(s, (l = []));
    l.push(e);
  }
  return surnames;
}

const sharedTries = new WeakMap<PeopleData, TrieNode>();

function sharedPeopleTrie(people: PeopleData): TrieNode {
  let root = sharedTries.get(people);
  if (root) return root;
  const r: TrieNode = {};
  const add = (phrase: string, entry: LexEntry) => {
    const words = phrase.split(' ').filter(Boolean);
    let node = r;
    for (const w of words) {
      const k = foldKey(ASCII_LOWER.test(w) ? w : normalize(w));
      const next: Map<string, TrieNode> = (node.next ??= new Map());
      let n = next.get(k);
      if (!n) next.set(k, (n = {}));
      node = n;
    }
    (node.items ??= []).push({ entry, mode: 'initial', surface: words });
  };
  for (const e of people.entries) for (const n of e.names) if (SIMPLE.test(n)) add(n, { type: 'person', entry: e });
  for (const [sn, entries] of surnamesOf(people)) if (SIMPLE.test(sn)) add(sn, { type: 'surname', entries });
  markCase(r);
  sharedTries.set(people, r);
  return r;
}

/** "arménien" -> arménien, arménienne, arméniens, arméniennes; "a/b/c" lists its own forms */
export function inflect(demonym: string, rules: Array<[string, string[]]>): string[] {
  if (demonym.includes('/')) return demonym.split('/').map((s) => s.trim()).filter(Boolean);
  for (const [suffix, repl] of rules) {
    if (demonym.endsWith(suffix)) {
      const stem = demonym.slice(0, demonym.length - suffix.length);
      return [demonym, ...repl.map((r) => stem + r)];
    }
  }
  return [demonym];
}

export type { ActorKind };
