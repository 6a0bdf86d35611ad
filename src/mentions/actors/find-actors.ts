// Finds actor phrases in a tokenized document. Rules, in the order they apply to each sentence:
//  1. units: the longest lexicon phrase at each token (countries, capitals, demonyms, heads, named bodies,
//     people; determiners, quantifiers, complement markers) or a plain token;
//  2. phrase: [determiner] [quantifiers] premodifiers* HEAD postmodifiers* [de/of COMPLEMENT [demonym]] [Name]
//     where HEAD is the rightmost head-capable unit of the run that follows the determiner
//     ("Boko Haram militants", "US Secretary of State Antony Blinken", "l'armée azerbaïdjanaise");
//     a head that is also an adjective right after a plain noun is no head ("les cibles militaires");
//  3. country: a demonym in the phrase, else the head's own, else a premodifier or possessor, else the
//     complement's; sector: UNK if a modifier says so ("unknown gunmen"), else a title's complement
//     ("le chef de la police"), else the title for a known person ("President Bouteflika"), else the head's,
//     else a modifier's, else a premodifier noun's ("police spokesman"), else the complement's;
//  4. a bare country, capital or surname right after a locative preposition ("en Azerbaïdjan", "in Kano")
//     or after a "de"/"of" that no actor head governs ("un village du Soudan") is a place;
//  5. a carrier noun ("véhicule", "truck") is an actor only through its complement or premodifier noun;
//  6. a person named in full (dictionary or title + name) is remembered: the surname alone later in the
//     article resolves to the same person; a dictionary surname alone counts for hand-listed leaders, and
//     after a title for the Phoenix people ("President Mugabe"), when unambiguous at the publication date;
//  7. a demonym adjective outside any phrase is kept as a weak mention (kind 'demonym', no sector), or
//     shares the sector of the phrase it is coordinated with ("Hungarian and Romanian officials").
import type { ActorKind, ActorMention, Doc, Token } from '../../core/doc.js';
import type { Span } from '../../core/span.js';
import type { LanguageResources } from '../../lang/resources.js';
import { foldKey, lexiconFor, type LexEntry, type Lexicon, type Tagged, type TrieNode } from './lexicon.js';
import { resolveAt, type PeopleEntry } from './people.js';
import { normalize } from '../../text/tokens.js';

type Unit = { s: number; e: number; items: Tagged[]; num: boolean; head?: HeadInfo | null };

type Person = { name: string; country?: string; sector?: string; id: string };

/** what a unit means when it is the head of a phrase */
type HeadInfo = {
  type: 'person' | 'surname' | 'coref' | 'named' | 'country' | 'capital' | 'head' | 'agent' | 'demonym-noun';
  kind: ActorKind;
  country?: string;
  sector?: string;
  name?: string;
  id?: string;
  title?: boolean;
  carrier?: boolean;
  domain?: boolean;
};

type Phrase = {
  startUnit: number;
  endUnit: number;
  headUnit: number;
  head: HeadInfo;
  country?: string;
  sector?: string;
  kind: ActorKind;
  name?: string;
  id?: string;
  headSpan: [number, number];
  rules: string[];
};

const UPPER = /^\p{Lu}/u;
const NONE: Tagged[] = [];

function titleCase(s: string): string {
  return s.replace(/(^|[\s-])(\p{Ll})/gu, (_m, sep: string, c: string) => sep + c.toUpperCase()).replace(/\b(Al|El|Bin|Ibn|Von|Van|Der|De|Le)-/g, (m) => m.toLowerCase());
}

class SentenceParser {
  units: Unit[] = [];

  constructor(
    private readonly doc: Doc,
    private readonly keys: string[],
    private readonly lex: Lexicon,
    private readonly date: string | undefined,
    private readonly coref: Map<string, Person>,
  ) {}

  private caseOk(t: Tagged, start: number): boolean {
    const tok = this.doc.tokens;
    if (t.mode === 'any') return true;
    if (t.mode === 'initial') return UPPER.test(tok[start]!.text);
    for (let i = 0; i < t.surface.length; i++) {
      const a = tok[start + i]!.text.replace(/[’‘]/g, "'").normalize('NFD').replace(/[\u0300-\u036f]/g, '');
      const b = t.surface[i]!.replace(/[’‘]/g, "'").normalize('NFD').replace(/[\u0300-\u036f]/g, '');
      if (a !== b) return false;
    }
    return true;
  }

  buildUnits(a: number, b: number): void {
    const units: Unit[] = [];
    const ends = this.ends;
    const found = this.found;
    const shared = this.lex.shared;
    let t = a;
    while (t < b) {
      ends.length = 0;
      found.length = 0;
      this.walk(this.lex.root, t, b);
      const own = ends.length;
      // every shared (people) entry wants a capital initial
      if (shared && UPPER.test(this.doc.tokens[t]!.text)) this.walk(shared, t, b);
      let unit: Unit | undefined;
      if (own === ends.length) {
        // one trie: its matches are in increasing length
        for (let f = ends.length - 1; f >= 0 && !unit; f--) {
          const n = found[f]!;
          const items = n.anyCase ? n.items! : n.items!.filter((x) => this.caseOk(x, t));
          if (items.length) unit = { s: t, e: ends[f]!, items, num: false };
        }
      } else {
        // longest first; at equal length the items of both tries are read together
        let bestEnd = Infinity;
        for (;;) {
          let end = 0;
          for (const x of ends) if (x > end && x < bestEnd) end = x;
          if (!end) break;
          bestEnd = end;
          const items: Tagged[] = [];
          for (let f = 0; f < ends.length; f++) if (ends[f] === end) for (const it of found[f]!.items!) if (this.caseOk(it, t)) items.push(it);
          if (items.length) {
            unit = { s: t, e: end, items, num: false };
            break;
          }
        }
      }
      if (!unit) unit = { s: t, e: t + 1, items: NONE, num: this.doc.tokens[t]!.kind === 'number' };
      units.push(unit);
      t = unit.e;
    }
    this.units = units;
  }

  private readonly ends: number[] = [];
  private readonly found: TrieNode[] = [];

  private walk(root: TrieNode, t: number, b: number): void {
    let node: TrieNode | undefined = root;
    for (let j = t; j < b; j++) {
      node = node.next?.get(this.keys[j]!);
      if (!node) break;
      if (node.items) {
        this.ends.push(j + 1);
        this.found.push(node);
      }
    }
  }

  private has<T extends LexEntry['type']>(u: Unit | undefined, type: T): Extract<LexEntry, { type: T }> | undefined {
    if (!u) return undefined;
    for (const it of u.items) if (it.entry.type === type) return it.entry as Extract<LexEntry, { type: T }>;
    return undefined;
  }

  private capitalized(u: Unit): boolean {
    return UPPER.test(this.doc.tokens[u.s]!.text);
  }

  private resolvePerson(entry: PeopleEntry): (Person & { plain: boolean; bounded: boolean }) | undefined {
    const people = this.lex.people;
    if (!people) return undefined;
    const r = resolveAt(entry, this.date, people.sectors);
    if (!r) return undefined;
    const canonical = entry.names[0]!;
    return { name: titleCase(canonical), country: r.country, sector: r.sector, id: r.id ?? `person:${canonical}`, plain: r.plain, bounded: r.bounded };
  }

  /**
   * A surname alone names a dictionary person when every candidate in office at the date has the same
   * country; only leaders' plain codes count (AZEGOV, not AZEGOVAGR). Hand-listed people qualify anywhere,
   * the Phoenix people only right after a title (`titled`).
   */
  resolveSurname(entries: PeopleEntry[], titled: boolean): Person | undefined {
    let best: Person | undefined;
    let bestOrder = Infinity;
    let country: string | undefined;
    for (const entry of entries) {
      if (entry.surname !== 'anywhere' && !(titled && entry.surname === 'titled')) continue;
      const p = this.resolvePerson(entry);
      if (!p?.plain || !p.bounded) continue;
      if (best && p.country !== country) return undefined;
      country = p.country;
      if (entry.order < bestOrder) {
        bestOrder = entry.order;
        best = { name: p.name, country: p.country, sector: p.sector, id: p.id };
      }
    }
    return best;
  }

  /** The unit read as a head, by priority; undefined when it cannot head a phrase. */
  headOf(u: Unit): HeadInfo | undefined {
    if (u.head !== undefined) return u.head ?? undefined;
    const h = this.computeHead(u);
    // a coreferent surname may be learnt later in the sentence: only cache what cannot change
    if (!(u.e - u.s === 1 && this.capitalized(u))) u.head = h ?? null;
    return h;
  }

  private computeHead(u: Unit): HeadInfo | undefined {
    if (!u.items.length && !(u.e - u.s === 1 && this.capitalized(u))) return undefined;
    if (u.items.some((x) => x.entry.type === 'block')) return undefined;
    const single = u.e - u.s === 1;
    if (single && this.capitalized(u)) {
      const c = this.coref.get(this.keys[u.s]!);
      if (c) return { type: 'coref', kind: 'person', country: c.country, sector: c.sector, name: c.name, id: c.id };
    }
    let best: HeadInfo | undefined;
    let rank = 99;
    const offer = (r: number, h: HeadInfo) => {
      if (r < rank) {
        rank = r;
        best = h;
      }
    };
    for (const it of u.items) {
      const e = it.entry;
      switch (e.type) {
        case 'person': {
          if (rank <= 1) break;
          const p = this.resolvePerson(e.entry);
          if (!p) break;
          if (e.entry.person) offer(1, { type: 'person', kind: 'person', name: p.name, country: p.country, sector: p.sector, id: p.id });
          else offer(2, { type: 'named', kind: p.sector === 'REB' ? 'group' : 'institution', name: this.surface(u), country: p.country, sector: p.sector, id: p.id });
          break;
        }
        case 'named':
          offer(0, { type: 'named', kind: e.named.kind, country: e.named.country, sector: e.named.sector, name: e.named.name ?? this.surface(u), id: e.named.id });
          break;
        case 'country':
          offer(1.5, { type: 'country', kind: 'country', country: e.country, sector: 'GOV', name: e.name });
          break;
        case 'capital':
          offer(3.5, { type: 'capital', kind: 'country', country: e.country, sector: 'GOV', name: e.name });
          break;
        case 'head':
          offer(e.agent ? 5 : 4, {
            type: e.agent ? 'agent' : 'head',
            kind: e.head.kind,
            sector: e.head.sector,
            country: e.head.country,
            title: e.head.title,
            carrier: e.head.carrier,
            domain: e.head.domain,
          });
          break;
        case 'surname': {
          if (rank <= 6) break;
          const p = this.resolveSurname(e.entries, false);
          if (p) offer(6, { type: 'surname', kind: 'person', ...p });
          break;
        }
        case 'demonym': {
          const noun = this.lex.capitalizedDemonymIsNoun ? this.capitalized(u) : e.plural;
          if (noun) offer(7, { type: 'demonym-noun', kind: 'people', country: e.country, sector: 'CVL' });
          break;
        }
        default:
          break;
      }
    }
    return best;
  }

  private premodCapable(u: Unit): boolean {
    if (u.items.some((x) => x.entry.type === 'block')) return false;
    for (const it of u.items) {
      const t = it.entry.type;
      if (t === 'premod' || t === 'demonym' || t === 'country' || t === 'named' || t === 'person' || t === 'capital') return true;
      if (t === 'head' && !it.entry.head.carrier && !it.entry.head.domain) return true;
    }
    return false;
  }

  isUpperCase(u: Unit): boolean {
    const text = this.surface(u);
    return text.length > 2 && text === text.toUpperCase() && text !== text.toLowerCase();
  }

  /** capitalised words that the lexicon knows at most as people (out of office at the date, or surnames) */
  private nameLike(u: Unit): boolean {
    for (const it of u.items) if (it.entry.type !== 'person' && it.entry.type !== 'surname') return false;
    for (let i = u.s; i < u.e; i++) {
      const t = this.doc.tokens[i]!;
      if (t.kind !== 'word' || !UPPER.test(t.text)) return false;
    }
    return true;
  }

  private surface(u: Unit): string {
    const tok = this.doc.tokens;
    return this.doc.text.slice(tok[u.s]!.start, tok[u.e - 1]!.end);
  }

  /** Parses the phrase starting at unit `u`; depth > 0 for a complement. */
  parseAt(u: number, depth: number): Phrase | undefined {
    const units = this.units;
    const n = units.length;
    let k = u;
    if (this.has(units[k], 'det')) k++;
    while (k < n && (units[k]!.num || this.has(units[k], 'quant'))) k++;
    // the run of units that can modify or head the phrase; the head is its rightmost head-capable unit
    const heads: Array<[number, HeadInfo]> = [];
    let possessor: number | undefined;
    let r = k;
    while (r < n) {
      const un = units[r]!;
      const h = this.headOf(un);
      if (!h && !this.premodCapable(un)) break;
      if (h && !h.domain) heads.push([r, h]);
      r++;
      // head, demonym, name: the demonym closes a head-first phrase ("le gouvernement espagnol Jose Maria Aznar");
      // the name that follows is an apposition read by the title + name rule
      if (!h && heads.length && this.has(un, 'demonym')) break;
      if (h && r < n && this.has(units[r], 'possessive') && (h.type === 'country' || h.type === 'capital' || h.type === 'named' || h.type === 'person')) {
        possessor = r - 1;
        r++;
      }
    }
    let headIdx: number;
    let head: HeadInfo;
    if (heads.length) {
      [headIdx, head] = heads[heads.length - 1]!;
    } else if (depth > 0 && k < n) {
      // a domain noun heads a complement only: "ministère de la défense"
      const h = this.headOf(units[k]!);
      if (!h?.domain) return undefined;
      headIdx = k;
      head = h;
    } else return undefined;
    if (head.domain && depth === 0) return undefined;
    // "les cibles militaires", "des infrastructures civiles": a head that is also an adjective, right after a plain noun
    if (depth === 0 && headIdx === u && u > 0 && this.has(units[headIdx], 'postmod')) {
      const prev = units[u - 1]!;
      if (!prev.items.length && this.doc.tokens[prev.s]!.kind === 'word') return undefined;
    }
    if (possessor !== undefined && possessor >= headIdx) possessor = undefined;

    const rules: string[] = [`actor.${head.type}`];
    let country = head.country;
    let sector: string | undefined = head.sector;
    let unknown = false;
    let modSector: string | undefined;
    let premodNounSector: string | undefined;
    let premodCountry: string | undefined;
    let demonymCountry: string | undefined;
    let titled = head.title === true;
    let titleSector: string | undefined;

    for (let i = k; i < headIdx; i++) {
      const un = units[i]!;
      if (i === possessor || this.has(un, 'possessive')) continue;
      const pm = this.has(un, 'premod');
      const dm = this.has(un, 'demonym');
      const hh = this.headOf(un);
      if (hh && hh.title) {
        titled = true;
        if (hh.sector) titleSector = hh.sector;
      }
      if (pm?.mod.sector === 'UNK') unknown = true;
      else if (pm?.mod.sector && !hh) modSector ??= pm.mod.sector;
      if (dm) demonymCountry ??= dm.country;
      else if (hh) {
        if (hh.country) premodCountry ??= hh.country;
        if (hh.sector) premodNounSector = hh.sector;
      } else if (pm?.mod.sector) modSector ??= pm.mod.sector;
    }
    if (k < headIdx) rules.push('premod');
    if (possessor !== undefined) {
      const ph = this.headOf(units[possessor]!);
      premodCountry ??= ph?.country;
      if (ph?.sector) premodNounSector ??= ph.sector;
      rules.push('possessive');
    }

    // postmodifiers: demonyms and modifiers after the head
    let e = headIdx + 1;
    let postDemonym: string | undefined;
    while (e < n) {
      const un = units[e]!;
      const dm = this.has(un, 'demonym');
      const pm = this.has(un, 'postmod');
      if (dm && !(this.lex.capitalizedDemonymIsNoun && this.capitalized(un))) {
        postDemonym ??= dm.country;
        e++;
      } else if (pm) {
        if (pm.mod.sector === 'UNK') unknown = true;
        else if (pm.mod.sector) modSector ??= pm.mod.sector;
        e++;
      } else break;
    }
    if (postDemonym) rules.push('demonym');

    // complement: "de la défense", "de Bakou", "des Arméniens", "of State", "of Nigeria"
    let complement: Phrase | undefined;
    if (depth < 2 && e < n && this.has(units[e], 'marker')) {
      const sub = this.parseAt(e + 1, depth + 1);
      // a person takes only a country complement ("King Hassan of Morocco")
      const fits = sub && !sub.head.carrier && (head.kind !== 'person' || sub.head.type === 'country');
      if (sub && fits) {
        complement = sub;
        e = sub.endUnit;
        rules.push('complement');
        const un = units[e];
        const dm = un ? this.has(un, 'demonym') : undefined;
        if (un && dm && !(this.lex.capitalizedDemonymIsNoun && this.capitalized(un))) {
          postDemonym ??= dm.country;
          e++;
        }
      }
    }

    // title + name: "Secretary of State Antony Blinken", "le président Ilham Aliyev" (names outside the dictionary)
    let personName: string | undefined;
    let nameStart = -1;
    if (titled && head.type !== 'person' && head.type !== 'coref' && head.type !== 'surname' && !/s$/i.test(this.doc.tokens[units[headIdx]!.e - 1]!.text)) {
      let m = e;
      const nameUnits: number[] = [];
      while (m < n && nameUnits.length < 4) {
        const un = units[m]!;
        const tok = this.doc.tokens[un.s]!;
        const plain = this.nameLike(un) && tok.kind === 'word' && UPPER.test(tok.text) && !this.lex.nonNames.has(this.keys[un.s]!);
        const known = this.headOf(un);
        if (plain && (!known || known.type === 'person' || known.type === 'surname' || known.type === 'coref')) {
          nameUnits.push(m);
          m++;
        } else if (nameUnits.length && this.has(un, 'particle') && m + 1 < n && UPPER.test(this.doc.tokens[units[m + 1]!.s]!.text)) {
          m++;
        } else break;
      }
      if (nameUnits.length) {
        const last = nameUnits[nameUnits.length - 1]!;
        let known = this.headOf(units[last]!);
        if (!known) {
          // "President Mugabe": a title makes a dictionary surname safe to read
          const sn = this.has(units[last], 'surname');
          const p = sn ? this.resolveSurname(sn.entries, true) : undefined;
          if (p) known = { type: 'surname', kind: 'person', ...p };
        }
        nameStart = nameUnits[0]!;
        personName = this.doc.text.slice(this.doc.tokens[units[nameStart]!.s]!.start, this.doc.tokens[units[m - 1]!.e - 1]!.end);
        e = m;
        rules.push('title-name');
        headIdx = last;
        if (known && (known.type === 'person' || known.type === 'coref' || known.type === 'surname')) {
          head = { ...known, title: true };
          country = known.country ?? country;
          // the role the text gives wins over the dictionary's ("le président ... Aznar" is GOV in 1999 and after)
          sector = sector ?? known.sector;
        } else {
          head = { ...head, type: 'head', kind: 'person' };
        }
      }
    }

    // carriers are actors only through their complement or a premodifier noun
    let kind: ActorKind = head.kind;
    const headSpanUnit = headIdx;
    if (head.carrier) {
      if (complement) {
        kind = complement.kind;
        rules[0] = 'actor.carrier';
      } else if (premodNounSector || premodCountry) {
        kind = 'institution';
        rules[0] = 'actor.carrier';
      } else return undefined;
    }

    if (complement?.head.type === 'country' && head.kind === 'person') country = complement.country;
    country ??= demonymCountry ?? postDemonym ?? premodCountry ?? complement?.country;
    // a demonym written in the phrase wins over a head's own country (a dictionary namesake abroad, a generic noun)
    if (postDemonym) country = postDemonym;
    else if (demonymCountry && head.type !== 'named') country = demonymCountry;
    // the role the text gives a known person ("President Bouteflika") wins over the dictionary's
    if (titleSector && (head.type === 'person' || head.type === 'surname' || head.type === 'coref')) sector = titleSector;
    // a title takes the sector of the body it heads: "le chef de la police", "the president of the association"
    if (head.title && complement?.sector && complement.sector !== 'UNK') sector = complement.sector;
    if (unknown) sector = 'UNK';
    else sector ??= modSector ?? premodNounSector ?? complement?.sector;

    const phrase: Phrase = {
      startUnit: u,
      endUnit: e,
      headUnit: headSpanUnit,
      head,
      country,
      sector,
      kind,
      name: personName ?? head.name,
      id: head.id,
      headSpan: [units[headSpanUnit]!.s, units[headSpanUnit]!.e],
      rules,
    };
    if (head.carrier && complement) phrase.headSpan = complement.headSpan;
    if (personName && head.type === 'head') {
      phrase.kind = 'person';
      phrase.id = `person:${personName.toLowerCase()}`;
    }
    return phrase;
  }

}

/** Builds the actor mentions of a tokenized document. */
export function findActors(doc: Doc, res: LanguageResources): ActorMention[] {
  const lex = lexiconFor(res);
  const tokens = doc.tokens;
  const keys = tokens.map((t: Token) => foldKey(t.norm));
  const date = doc.published ? doc.published.slice(0, 10) : undefined;
  const coref = new Map<string, Person>();
  const out: ActorMention[] = [];
  const span = (a: number, b: number): Span => doc.span(tokens[a]!.start, tokens[b - 1]!.end);

  for (const sentence of doc.sentences) {
    if (sentence.endToken <= sentence.firstToken) continue;
    const p = new SentenceParser(doc, keys, lex, date, coref);
    p.buildUnits(sentence.firstToken, sentence.endToken);
    const units = p.units;
    let u = 0;
    while (u < units.length) {
      const phrase = p.parseAt(u, 0);
      if (phrase && !isPlace(p, phrase)) {
        const a = units[phrase.startUnit]!.s;
        const b = units[phrase.endUnit - 1]!.e;
        const m: ActorMention = {
          text: doc.text.slice(tokens[a]!.start, tokens[b - 1]!.end),
          span: span(a, b),
          kind: phrase.kind,
          head: span(phrase.headSpan[0], phrase.headSpan[1]),
          rule: phrase.rules.join('+'),
        };
        if (phrase.name) m.name = phrase.name;
        if (phrase.country) m.country = phrase.country;
        if (phrase.sector) m.sector = phrase.sector;
        if (phrase.id) m.id = phrase.id;
        out.push(m);
        rememberName(m, coref);
        u = phrase.endUnit;
        continue;
      }
      // a demonym adjective outside any phrase: a weak pointer to the country ("les demandes azerbaïdjanaises"),
      // or one of coordinated demonyms sharing a head ("Hungarian and Romanian officials")
      const un = units[u]!;
      const dm = un.items.find((x) => x.entry.type === 'demonym')?.entry;
      if (dm && dm.type === 'demonym' && !(phrase && isPlace(p, phrase))) {
        const m: ActorMention = { text: doc.text.slice(tokens[un.s]!.start, tokens[un.e - 1]!.end), span: span(un.s, un.e), head: span(un.s, un.e), kind: 'demonym', country: dm.country, rule: 'actor.demonym.bare' };
        const shared = coordinated(p, u, out, tokens);
        if (shared) {
          m.kind = shared.kind;
          if (shared.sector) m.sector = shared.sector;
          m.rule = 'actor.demonym.coordinated';
        }
        out.push(m);
      }
      u = phrase ? Math.max(u + 1, phrase.endUnit) : u + 1;
    }
  }
  return out;
}

/** rule 7: the phrase a coordinated bare demonym shares its head with, before ("les armées arménienne et
 * azerbaïdjanaise") or after ("Hungarian and Romanian officials") the conjunction */
function coordinated(p: SentenceParser, u: number, out: ActorMention[], tokens: Token[]): ActorMention | undefined {
  const units = p.units;
  const isConj = (i: number) => i >= 0 && i < units.length && units[i]!.items.some((x) => x.entry.type === 'conjunction');
  if (isConj(u - 1) && u >= 2) {
    const prevEnd = tokens[units[u - 2]!.e - 1]!.end;
    const last = out[out.length - 1];
    if (last && last.span.end === prevEnd && last.kind !== 'demonym' && last.rule.includes('demonym')) return last;
  }
  if (isConj(u + 1) && u + 2 < units.length) {
    const next = p.parseAt(u + 2, 0);
    if (next && next.startUnit === u + 2 && next.rules.includes('premod') && units[u + 2]!.items.some((x) => x.entry.type === 'demonym')) {
      return { kind: next.kind, sector: next.sector } as ActorMention;
    }
  }
  return undefined;
}

/** rule 4: a bare country, capital or surname after a locative preposition or an ungoverned "de"/"of" is a place */
function isPlace(p: SentenceParser, phrase: Phrase): boolean {
  const t = phrase.head.type;
  if (t !== 'country' && t !== 'capital' && t !== 'surname') return false;
  // a dateline: "WASHINGTON. _", "PARIS (AFP) -"
  const first = p.units[phrase.startUnit]!;
  if (t === 'capital' && phrase.endUnit - phrase.startUnit === 1 && p.isUpperCase(first)) return true;
  if (phrase.endUnit - phrase.startUnit > 2) return false;
  const prev = phrase.startUnit > 0 ? p.units[phrase.startUnit - 1] : undefined;
  if (!prev) return false;
  const types = new Set(prev.items.map((x) => x.entry.type));
  // "un village du Soudan", "près de Bakou": a name that no actor head governs, after "de"/"of"
  return types.has('locative') || types.has('marker');
}

function rememberName(m: ActorMention, coref: Map<string, Person>): void {
  if (m.kind !== 'person' || !m.name) return;
  const words = m.name.split(/\s+/);
  if (words.length < 2) return;
  const key = foldKey(normalize(words[words.length - 1]!));
  if (!coref.has(key)) coref.set(key, { name: m.name, country: m.country, sector: m.sector, id: m.id ?? `person:${m.name.toLowerCase()}` });
}
