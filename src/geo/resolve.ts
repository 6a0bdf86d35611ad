// Toponym resolution: picks, for every place name of one article, the gazetteer candidate the article's
// evidence supports best. Each scoring rule has one job and a name; the chosen candidate records which
// rules fired. One sense per discourse: the same name in one article resolves once.
import type { PlacePrecision } from '../core/record.js';
import { distanceKm } from './distance.js';
import { foldName } from './fold.js';
import type { Gazetteer, GazetteerEntry } from './gazetteer.js';

export type ToponymItem = {
  text: string;
  start: number;
  end: number;
  /** the kind of place the words around it announce ("la province de", "the town of") */
  hint?: PlacePrecision;
  /** a lookup name that differs from the text (the text minus a generic word) */
  lookupName?: string;
  /** the words name a people ("Georgian", "les Maliens"): only a country or a wide region is meant */
  demonym?: boolean;
  /** the place an organisation is named after ("Ohio State University", "the University of Manitoba"): not
   * where the story happens, so no focus for the names the gazetteer lacks (it still votes for the story's
   * region: a local paper's story names its state's university) */
  inName?: boolean;
  /** the name qualifies another proper name ("Oxford Instruments", "the Geneva Conventions", "Paris Saint-Germain"):
   * what is called after a town is called after the best-known town of the name */
  namedAfter?: boolean;
};

export type ResolveContext = {
  /** the article text, to see "X, Y" (Y a parent of X) */
  text?: string;
  /** ISO3 -> weight of countries the article names otherwise (actors' demonyms, nationalities) */
  countries?: Map<string, number>;
  /** ISO3 codes where the article's language is spoken at home: a slight prior when nothing else decides */
  homeCountries?: readonly string[];
  /** a name the gazetteer cannot place takes the article's focus town (rule 'article-focus') */
  focusFallback?: boolean;
};

export type Resolution = {
  entry?: GazetteerEntry;
  score: number;
  /** margin over the next best candidate */
  margin: number;
  rules: string[];
};

type Cand = { e: GazetteerEntry; prior: number; rules: string[] };
type Group = {
  key: string;
  items: number[];
  cands: Cand[];
  hint?: PlacePrecision;
  /** indices of groups named right after one of this group's mentions ("X, Y") */
  parents: Set<number>;
  children: Set<number>;
  /** the other groups of a list of three names or more this group is in ("Utah, Washington and Wisconsin") */
  peers: Set<number>;
  choice?: Cand;
  /** every mention of the name is inside an organisation's name */
  inName: boolean;
  /** every mention of the name qualifies another proper name */
  namedAfter: boolean;
  score: number;
  margin: number;
};

const MAX_CANDIDATES = 25;
const SHARED_DIVISION_WEIGHT = 0.5;
/** a division is named after its seat when the seat holds at least 1/SEAT_SHARE of the division's people */
const SEAT_SHARE = 5;
const SEAT_PENALTY = 2.5;
const TOWN_NAMED_LIKE_COUNTRY = 3;
const TOWN_NAMED_LIKE_DIVISION = 2;
const COUNTRY_BY_DIVISION_NAME = 1;
/** a name the gazetteer lacks lies in the town named this close to it in the text (characters), else in the article's focus */
const NEAREST_CHARS = 150;
/** a town of the country the article's places lead in counts this much more for its focus */
const LEAD_FOCUS_WEIGHT = 3;
/** a town abroad this small, which nothing in the article supports, is no reading of a name in a story about one country */
const STRAY_MAX_PEOPLE = 100_000;
/** below this, a name stays unresolved rather than guessed */
export const MIN_SCORE = 3.5;

const FCODE_PRIOR: Record<string, number> = {
  CONT: 3, OCN: 4, SEA: 3, GULF: 2.5, LK: 2.5, PEN: 1.5, PCLI: 3, PCLD: 2, PCLS: 2, PCLF: 2, PCLIX: 2, PCL: 2, TERR: 1.5, ADM1: 1.5, RGN: 1.5, ISL: 0.5,
  PPLC: 2.5, PPLA: 0.7, PPLA2: 0.2, ADM2: -0.3, PPLX: -1.5, PPLL: -0.5, PPLQ: -1.5, PPLH: -2,
  // hand-listed features and landmarks (data/geo/features.json) are listed because they are well known
  STM: 1.5, MTS: 1.5, MT: 1.5, DSRT: 1.5, AREA: 1.5, STRT: 1.5, CNL: 1.5, BAY: 1.5, BLDG: 3,
};
const MATCH_PRIOR = { name: 0, alternate: -1, translit: -3.5 } as const;
/** "Valence" in a French report is the French town before the Spanish city whose French name it also is */
const HOME_COUNTRY_WEIGHT = 1;
/** an old or other name of a town ("Philadelphia" for Amman) beside a town of about its size whose own name it is */
const ALTERNATE_BESIDE_OWN_NAME = 2;
/** within this factor of population, a town known by the name itself outranks one only called so */
const OWN_NAME_SIZE_FACTOR = 10;
/** a small town known by the name only as an other (often former) name needs the article's local support */
const SMALL_ALTERNATE_PEOPLE = 20_000;
const SMALL_ALTERNATE_PENALTY = 2;
/** a country leads the article when its places weigh this much and at least twice any other country's */
const LEAD_COUNTRY_MIN = 1;
const FIRST_HOME_COUNTRY_WEIGHT = 1.5;
const BIG = new Set<PlacePrecision>(['country', 'region']);

/** a division's generic word at the end of its name */
const DIVISION_WORD = /\s(?:County|Parish|Borough|District|Province|Oblast|Governorate|Prefecture)$/;
const STATE_AFTER = /^\s+state\b/;
const STATE_BEFORE = /\bstate of\s+$/i;
/** "the state Capitol" */
const STATE_BEFORE_NAME = /\bstate\s+$/i;
const PAIR_JOIN = /^\s+(?:or|ou|and|et)\s+$/;
const LIST_JOIN = /^\s*,\s*(?:(?:and|or|et|ou)\s+)?$|^\s+(?:and|or|et|ou)\s+$/;
/** a name in a list of states or countries is one more of them ("Virginia, Washington and Wyoming": the state) */
const LISTED_WITH_SAME_KIND = 3;
const DIVISION_PER_PLACE = 1.2;
/** a name that may be a division another name of the article already stands for ("Wash." and "Washington") */
const SAME_DIVISION_NAMED = 4;
const DIVISION_MAX = 3;
const NEAR_50 = 2;
const NEAR_200 = 1.2;
const NEAR_800 = 0.4;
/** more than one place of the article nearby */
const NEAR_SEVERAL = 0.5;
/** a town this many times smaller than a city of the same name of at least NAMESAKE_CITY_PEOPLE is its namesake */
const NAMESAKE_FACTOR = 50;
const NAMESAKE_CITY_PEOPLE = 100_000;
/** ... and lies this far from every other place of the article */
const NAMESAKE_NEAR_KM = 100;
/** the share of its division's support a namesake keeps */
const NAMESAKE_DIVISION_SHARE = 0.5;
/** a sea, gulf or region of no one country is supported by the countries the article names this close to its point */
const SEA_NEAR_KM = 1000;
/** a part of a town as populous as this is known as a town (Hollywood) */
const TOWN_SIZED_QUARTER = 50_000;
/** a named region (Yorkshire) holds the towns this close to its point, for "X, Y" */
const REGION_REACH_KM = 150;
/** ... and a town of the region's country beyond that reach is a namesake when smaller than this */
const REGION_NAMESAKE_PEOPLE = 10_000;
const LOCAL_RULES = new Set(['parent-named-beside', 'child-named-beside', 'division-in-article', 'near-other-place']);

/**
 * How much a name's current reading vouches for the places near it or in its division: fully for a country,
 * a division, a capital or a large town; less for a small town (a capitalised word that is also a hamlet's
 * name, "Justice"), more when the article names it again; half for a reading through an other name.
 */
function vouches(e: GazetteerEntry, mentions: number): number {
  let s = isContainer(e) || BIG.has(e.precision) || e.featureCode === 'PPLC' || e.featureCode === 'PPLA' || e.population >= 100_000
    ? 1
    : Math.min(1, Math.max(0.3, (Math.log10(e.population + 10) - 2) / 3));
  if (e.matched !== 'name') s *= 0.5;
  return Math.min(1, s * (1 + 0.5 * (mentions - 1)));
}

function isContainer(e: GazetteerEntry): boolean {
  return e.precision === 'country' || e.featureCode === 'ADM1' || e.featureCode === 'ADM2';
}

/** true when `parent` (a country or division) contains `child` */
function contains(parent: GazetteerEntry, child: GazetteerEntry): boolean {
  if (parent === child || (parent.id !== undefined && parent.id === child.id)) return false;
  if (parent.precision === 'country') return child.country === parent.country && child.precision !== 'country';
  if (parent.featureCode === 'ADM1') return !!parent.admin1Code && child.admin1Code === parent.admin1Code && child.featureCode !== 'ADM1';
  if (parent.featureCode === 'ADM2') return !!parent.admin2Code && child.admin2Code === parent.admin2Code && child.featureCode !== 'ADM2';
  return false;
}

function hintScore(hint: PlacePrecision | undefined, e: GazetteerEntry): number {
  if (!hint) return 0;
  if (hint === e.precision) return 1.5;
  if ((hint === 'district' || hint === 'region') && (e.precision === 'district' || e.precision === 'region')) return 1;
  if (hint === 'settlement' && e.precision !== 'settlement') return -1.5;
  if (hint !== 'settlement' && e.precision === 'settlement') return -0.5;
  return 0;
}

function priorOf(e: GazetteerEntry, hint: PlacePrecision | undefined): number {
  // (a part of a town with a city's population is known by its name as a town is: "Hollywood")
  const fcode = e.featureCode === 'PPLX' && e.population >= TOWN_SIZED_QUARTER ? 'PPL' : e.featureCode;
  return Math.log10(e.population + 10) + (FCODE_PRIOR[fcode] ?? 0) + MATCH_PRIOR[e.matched ?? 'name'] + hintScore(hint, e);
}

/** Resolves every item; items with the same folded name share one resolution. */
export function resolveToponyms(items: readonly ToponymItem[], gazetteer: Gazetteer, ctx: ResolveContext = {}): Resolution[] {
  const groups: Group[] = [];
  const groupOf: number[] = [];
  const byKey = new Map<string, number>();
  items.forEach((item, i) => {
    let it = item;
    const name = it.lookupName ?? it.text;
    const key = it.demonym ? `${foldName(name)}\u0000people` : foldName(name);
    let g = byKey.get(key);
    if (g === undefined) {
      g = groups.length;
      byKey.set(key, g);
      // spelling variants beside exact names are only kept for the countries the article names (below): not fetched otherwise
      let entries = gazetteer.lookup(name, { variants: (ctx.countries?.size ?? 0) > 0 });
      // "Washington state", "the state of Washington": the words after or before it say what it is
      // "Powhatan County", "Nyanza Province": the name's own generic word says what it is
      if (!it.hint && DIVISION_WORD.test(name)) it = { ...it, hint: 'district' };
      if (!it.hint && ctx.text && (STATE_AFTER.test(ctx.text.slice(it.end, it.end + 8)) || STATE_BEFORE.test(ctx.text.slice(Math.max(0, it.start - 12), it.start)))) it = { ...it, hint: 'region' };
      if (it.demonym) {
        // a people's country when it has one ("Georgian": Georgia the country, not the US state), else a wide region
        // (by its own name first: "English" is England's, though England is also another name of the United Kingdom)
        const own = entries.filter((e) => e.matched === 'name');
        const countries = own.filter((e) => e.precision === 'country');
        const regions = own.filter((e) => BIG.has(e.precision));
        const anyCountries = entries.filter((e) => e.precision === 'country');
        entries = countries.length ? countries : regions.length ? regions : anyCountries.length ? anyCountries : entries.filter((e) => BIG.has(e.precision));
      }
      // a spelling variant is only worth considering beside exact names when the article names its country
      if (entries.some((e) => e.matched !== 'translit')) entries = entries.filter((e) => e.matched !== 'translit' || (ctx.countries?.get(e.country) ?? 0) > 0);
      // and names of the countries where the article's language is spoken are spelled there as the article spells
      // them: a near-spelling there is another name ("Frayser" is no Fraser, "Lanexa" no Lenexa)
      if (ctx.homeCountries?.length) entries = entries.filter((e) => e.matched !== 'translit' || !ctx.homeCountries!.includes(e.country));
      const cands = entries.map((e) => ({ e, prior: priorOf(e, it.hint), rules: [] as string[] }));
      // a town called so only by an other name ranks below a town of about its size whose own name it is
      // ("Philadelphia" is an old name of Amman, the capital, but the name of Philadelphia)
      for (const c of cands) {
        if (c.e.matched !== 'alternate' || c.e.precision !== 'settlement') continue;
        if (cands.some((o) => o.e.matched === 'name' && o.e.precision === 'settlement' && o.e.population * OWN_NAME_SIZE_FACTOR >= c.e.population)) c.prior -= ALTERNATE_BESIDE_OWN_NAME;
      }
      // a division named like its own seat ("Kabul", "Kano"): the town is meant unless the words say otherwise
      if (it.hint !== 'district' && it.hint !== 'region') {
        for (const c of cands) {
          // (a division's population is summed over the towns inside it, which counts a city's boroughs twice: "New York")
          if ((c.e.featureCode === 'ADM1' || c.e.featureCode === 'ADM2') && cands.some((o) => o.e.precision === 'settlement' && o.e.matched !== 'translit' && o.e.population * SEAT_SHARE >= c.e.population && o.e.country === c.e.country && o.e.admin1Code === c.e.admin1Code && (c.e.featureCode === 'ADM1' || !o.e.admin2Code || o.e.admin2Code === c.e.admin2Code))) {
            c.prior -= SEAT_PENALTY;
            // the seat may be known by the division's name only as an alternate ("New York City")
            for (const o of cands) if (o.e.precision === 'settlement' && o.e.matched === 'alternate' && o.e.population * SEAT_SHARE >= c.e.population && o.e.admin1Code === c.e.admin1Code && o.e.country === c.e.country) o.prior = priorOf({ ...o.e, matched: 'name' }, it.hint);
          }
        }
      }
      // a country called by the own name of one of its first-level divisions ("England" for the United Kingdom)
      // is that division: the name is the division's own, the country's only by extension
      for (const c of cands) {
        if (c.e.precision === 'country' && c.e.matched === 'alternate' && cands.some((o) => o.e.featureCode === 'ADM1' && o.e.matched === 'name' && o.e.country === c.e.country)) c.prior -= COUNTRY_BY_DIVISION_NAME;
      }
      // a town named like a country ("Mexico, Missouri", "Italy, Texas") is meant only when the words say so
      const country = cands.find((c) => c.e.precision === 'country' && c.e.matched !== 'translit');
      if (country && it.hint !== 'settlement') {
        for (const c of cands) if (c.e.precision !== 'country' && c.e.population < country.e.population / 5) c.prior -= TOWN_NAMED_LIKE_COUNTRY;
      }
      // a town named like a state or province of its country ("California, Pennsylvania") likewise, unless it is a capital
      if (it.hint !== 'settlement') {
        const states = cands.filter((d) => d.e.featureCode === 'ADM1' && d.e.matched === 'name');
        for (const c of cands) {
          if (c.e.precision === 'settlement' && c.e.featureCode !== 'PPLC' && states.some((d) => c.e.country === d.e.country && c.e.admin1Code !== d.e.admin1Code && c.e.population * SEAT_SHARE < d.e.population)) c.prior -= TOWN_NAMED_LIKE_DIVISION;
        }
      }
      cands.sort((a, b) => b.prior - a.prior);
      groups.push({ key, items: [], inName: true, namedAfter: true, cands: cands.slice(0, MAX_CANDIDATES), hint: it.hint, parents: new Set(), children: new Set(), peers: new Set(), score: 0, margin: 0 });
    }
    groups[g]!.items.push(i);
    if (!item.inName) groups[g]!.inName = false;
    if (!item.namedAfter) groups[g]!.namedAfter = false;
    groupOf.push(g);
  });

  // "X, Y": Y may be X's country or division
  if (ctx.text) {
    for (let i = 0; i + 1 < items.length; i++) {
      const a = items[i]!;
      const b = items[i + 1]!;
      const between = ctx.text.slice(a.end, b.start);
      if (/^\s*,\s*$|^\s*\(\s*$/.test(between) && groupOf[i] !== groupOf[i + 1]) {
        groups[groupOf[i]!]!.parents.add(groupOf[i + 1]!);
        groups[groupOf[i + 1]!]!.children.add(groupOf[i]!);
      }
    }
    // lists: names joined by commas and "and"/"or"
    let run = [0];
    const closeRun = () => {
      // (two names are a list when joined by "or" or "and": "Oregon or Washington")
      if (run.length < 3 && !(run.length === 2 && PAIR_JOIN.test(ctx.text!.slice(items[run[0]!]!.end, items[run[1]!]!.start)))) return;
      const last = run[run.length - 1]!;
      // "Washington, New York and Boston": a list of names, the one after a comma no parent of the one before;
      // (not "Louisville, Ky., and New Haven, Conn.", whose last join is a comma: towns with their states)
      const joins = run.slice(1).map((y) => ctx.text!.slice(items[y - 1]!.end, items[y]!.start));
      if (/^\s+(?:and|or|et|ou)\s+$/.test(joins[joins.length - 1]!) && joins.slice(0, -1).every((j) => /^\s*,\s*$/.test(j))) {
        for (let k = 0; k + 2 < run.length; k++) {
          const a = groupOf[run[k]!]!;
          const b = groupOf[run[k + 1]!]!;
          groups[a]!.parents.delete(b);
          groups[b]!.children.delete(a);
        }
      }
      for (const x of run) {
        for (const y of run) {
          // (the last name right after a comma may be the one before's parent: "Utah and Washington, D.C.")
          if (groupOf[x] === groupOf[y] || (y === last && x === last - 1 && /,/.test(ctx.text!.slice(items[x]!.end, items[y]!.start)))) continue;
          groups[groupOf[x]!]!.peers.add(groupOf[y]!);
        }
      }
    };
    for (let i = 1; i <= items.length; i++) {
      const joined = i < items.length && LIST_JOIN.test(ctx.text.slice(items[i - 1]!.end, items[i]!.start));
      if (joined) run.push(i);
      else {
        closeRun();
        run = [i];
      }
    }
  }

  const outside = ctx.countries ?? new Map<string, number>();
  // what each group could contain, for "X, Y" checks: countries, ADM1 and ADM2 codes of its container candidates
  const holds = groups.map((g) => {
    const h = { countries: new Set<string>(), admin1: new Set<string>(), admin2: new Set<string>() };
    for (const c of g.cands) {
      if (c.e.precision === 'country') h.countries.add(c.e.country);
      else if (c.e.featureCode === 'ADM1' && c.e.admin1Code) h.admin1.add(c.e.admin1Code);
      else if (c.e.featureCode === 'ADM2' && c.e.admin2Code) h.admin2.add(c.e.admin2Code);
    }
    return h;
  });
  const heldBy = (e: GazetteerEntry, gi: number): boolean => {
    const h = holds[gi]!;
    if (e.precision !== 'country' && h.countries.has(e.country)) return true;
    if (e.featureCode !== 'ADM1' && e.admin1Code && h.admin1.has(e.admin1Code)) return true;
    return e.featureCode !== 'ADM2' && !!e.admin2Code && h.admin2.has(e.admin2Code);
  };

  // divisions that several names of the article could lie in ("Paris" and "Henry County" both have a
  // candidate in Tennessee): counted over all candidates, so names can pull each other out of a wrong first choice
  const a1Sets = groups.map((g) => new Set(g.cands.filter((c) => c.e.admin1Code && c.e.matched === 'name').map((c) => `${c.e.country}|${c.e.admin1Code}`)));
  // (not for names that may be a country or a capital: those stand on their own)
  const hasNational = groups.map((g) => g.cands.some((c) => c.e.precision === 'country' || c.e.featureCode === 'PPLC'));
  // the most populous town of each name (its small namesakes: rule 'namesake')
  const bigTown = groups.map((g) => Math.max(0, ...g.cands.filter((c) => c.e.precision === 'settlement' && c.e.matched === 'name').map((c) => c.e.population)));
  const countryPoints = new Map<string, GazetteerEntry | undefined>();
  const countryPoint = (cc: string) => {
    if (!countryPoints.has(cc)) countryPoints.set(cc, gazetteer.country(cc));
    return countryPoints.get(cc);
  };
  const a1Count = new Map<string, number>();
  for (const set of a1Sets) for (const k of set) a1Count.set(k, (a1Count.get(k) ?? 0) + 1);

  // the current choices of all groups, summed once per pass; a group's own share is taken out when it is scored
  type Evidence = {
    country: Map<string, number>; adm1: Map<string, number>; a1: Map<string, number>;
    /** first-level divisions chosen, by country|code: one per group */
    adm1Names: Map<string, number>;
    pts: Array<{ gi: number; lat: number; lon: number; w: number }>;
  };
  let ev: Evidence = { country: new Map(), adm1: new Map(), a1: new Map(), adm1Names: new Map(), pts: [] };
  const strength: number[] = groups.map(() => 0);
  const add = (m: Map<string, number>, k: string, w: number) => m.set(k, (m.get(k) ?? 0) + w);
  const gather = () => {
    ev = { country: new Map(), adm1: new Map(), a1: new Map(), adm1Names: new Map(), pts: [] };
    groups.forEach((g, gi) => {
      const o = g.choice;
      strength[gi] = o ? vouches(o.e, g.items.length) : 0;
      if (!o) return;
      const w = g.items.length;
      add(ev.country, o.e.country, o.e.precision === 'country' ? 2 * w : w);
      if (o.e.featureCode === 'ADM1' && o.e.admin1Code) add(ev.adm1Names, `${o.e.country}|${o.e.admin1Code}`, 1);
      if (o.e.featureCode === 'ADM1' && o.e.admin1Code) add(ev.adm1, o.e.admin1Code, 2);
      else if (o.e.admin1Code) add(ev.a1, `${o.e.country}|${o.e.admin1Code}`, strength[gi]!);
      if (!BIG.has(o.e.precision)) ev.pts.push({ gi, lat: o.e.lat, lon: o.e.lon, w: strength[gi]! });
    });
    leads.fill(undefined);
  };
  // the country the article's other places (and the countries it names) lead in, for each group
  const leads: Array<string | null | undefined> = groups.map(() => undefined);
  const leadFor = (gi: number): string | null => {
    const known = leads[gi];
    if (known !== undefined) return known;
    const votes = new Map(ev.country);
    for (const [k, v] of outside) add(votes, k, v);
    const own = groups[gi]!.choice?.e;
    if (own) add(votes, own.country, -(own.precision === 'country' ? 2 : 1) * groups[gi]!.items.length);
    const [top, second] = [...votes.entries()].filter(([k, v]) => k && v > 0).sort((a, b) => b[1] - a[1]);
    const lead = top && top[1] >= LEAD_COUNTRY_MIN && (!second || top[1] >= 2 * second[1]) ? top[0] : null;
    leads[gi] = lead;
    return lead;
  };

  const score = (gi: number, c: Cand, final: boolean): number => {
    const g = groups[gi]!;
    let s = c.prior;
    const rules: string[] = [];
    const e = c.e;
    // a list of states or of countries: each name in it is one more of the same kind, and the name after it is no parent
    let listedKind: 'ADM1' | 'country' | undefined;
    // (a pair only when neither is followed by its own parent: "Utah and Washington, D.C.")
    if (g.peers.size >= 2 || (g.peers.size === 1 && !g.parents.size && ![...g.peers].some((p) => groups[p]!.parents.size))) {
      let states = 0;
      let countries = 0;
      for (const p of g.peers) {
        const pe = groups[p]!.choice?.e;
        if (pe?.featureCode === 'ADM1') states++;
        else if (pe?.precision === 'country') countries++;
      }
      const enough = Math.min(2, g.peers.size);
      listedKind = states >= enough ? 'ADM1' : countries >= enough ? 'country' : undefined;
      // (only for a name that can be one of them: "Louisville, Ky., New Haven, Conn." lists towns with their states)
      if (listedKind && !g.cands.some((o) => (listedKind === 'ADM1' ? o.e.featureCode === 'ADM1' : o.e.precision === 'country'))) listedKind = undefined;
      if ((listedKind === 'ADM1' && e.featureCode === 'ADM1') || (listedKind === 'country' && e.precision === 'country')) {
        s += LISTED_WITH_SAME_KIND;
        rules.push('listed-with-same-kind');
      }
    }
    // parent named beside it: "Paris, Texas", "Maiduguri, Nigeria"
    for (const p of listedKind ? [] : g.parents) {
      if (heldBy(e, p)) {
        s += 6;
        rules.push('parent-named-beside');
        break;
      }
    }
    // the division another name of the article stands for ("Washington" in a story datelined "Seattle, Wash.")
    const mine = g.choice?.e;
    if (e.featureCode === 'ADM1' && e.admin1Code && (ev.adm1Names.get(`${e.country}|${e.admin1Code}`) ?? 0) > (mine?.featureCode === 'ADM1' && mine.admin1Code === e.admin1Code && mine.country === e.country ? 1 : 0)) {
      s += SAME_DIVISION_NAMED;
      rules.push('division-named-otherwise');
    }
    // child named beside it: the "Texas" of "Paris, Texas" is the state that holds a Paris
    if (isContainer(e)) {
      for (const ch of g.children) {
        if (groups[ch]!.cands.some((cc) => contains(e, cc.e))) {
          s += 3;
          rules.push('child-named-beside');
          break;
        }
      }
    }
    // countries, divisions and places the rest of the article names
    const own = g.choice?.e;
    const w = g.items.length;
    let countryW = (outside.get(e.country) ?? 0) + (ev.country.get(e.country) ?? 0);
    if (own && own.country === e.country) countryW -= own.precision === 'country' ? 2 * w : w;
    // a sea, a gulf or a region of no one country ("the Gulf") lies by the countries the article names
    if (!e.country) {
      for (const [cc, v] of [...ev.country, ...outside]) {
        const p = cc ? countryPoint(cc) : undefined;
        if (p && distanceKm(p.lat, p.lon, e.lat, e.lon) <= SEA_NEAR_KM) countryW += v;
      }
    }
    let adminW = 0;
    if (e.admin1Code && e.featureCode !== 'ADM1') {
      adminW += ev.adm1.get(e.admin1Code) ?? 0;
      if (own && own.featureCode === 'ADM1' && own.admin1Code === e.admin1Code) adminW -= 2;
    }
    if (e.admin1Code) {
      adminW += ev.a1.get(`${e.country}|${e.admin1Code}`) ?? 0;
      if (own && own.featureCode !== 'ADM1' && own.admin1Code === e.admin1Code && own.country === e.country) adminW -= strength[gi]!;
    }
    // the other places near it, each as much as it vouches for (vouches): one small town nearby is not enough
    // to take a name from a large city to a hamlet
    let near = 0;
    let nearby = 0;
    let closest = Infinity;
    if (!BIG.has(e.precision)) {
      const kx = 111.32 * Math.cos((e.lat * Math.PI) / 180);
      for (const pt of ev.pts) {
        if (pt.gi === gi) continue;
        const dx = (pt.lon - e.lon) * kx;
        const dy = (pt.lat - e.lat) * 110.57;
        const d = Math.sqrt(dx * dx + dy * dy);
        const tier = d < 50 ? NEAR_50 : d < 200 ? NEAR_200 : d < 800 ? NEAR_800 : 0;
        if (d < 200) nearby += pt.w;
        if (d < closest) closest = d;
        if (tier * pt.w > near) near = tier * pt.w;
      }
      if (nearby >= 1.5) near += NEAR_SEVERAL;
    }
    // a town an organisation is named after ("Oxford Instruments", "the Geneva Conventions") is the best-known town
    // of the name: the country or the neighbourhood of the story does not pull it to a namesake there (its
    // division still may: "the Springfield Police" in a story from Illinois)
    // (not for a name a state bears too: "the Washington Post" may be the city's or the state's)
    // (nor for a county's name, "Douglas County Sheriff"; a county named like the town, "Richmond", loses as the town does)
    const named = g.namedAfter && (e.precision === 'settlement' || e.precision === 'district') && g.cands.some((o) => o.e.precision === 'settlement' && o.e.matched === 'name') &&
      !g.cands.some((o) => o.e.featureCode === 'ADM1' && o.e.matched === 'name');
    if (named) {
      countryW = 0;
      near = 0;
    }
    // a small namesake of a large city ("London" in a story that names California, which has a small London) is
    // not meant because the article names its division: it needs the words ("London, California") or a place of
    // the article near it
    const namesake = e.precision === 'settlement' && bigTown[gi]! >= NAMESAKE_CITY_PEOPLE && e.population * NAMESAKE_FACTOR <= bigTown[gi]! &&
      !rules.includes('parent-named-beside') && closest >= NAMESAKE_NEAR_KM;
    if (namesake && adminW > 0) {
      adminW *= NAMESAKE_DIVISION_SHARE;
      rules.push('namesake');
    }
    if (!namesake && e.admin1Code && e.matched === 'name' && !hasNational[gi] && (e.precision === 'settlement' || e.precision === 'district')) {
      const k = `${e.country}|${e.admin1Code}`;
      const shared = (a1Count.get(k) ?? 0) - (a1Sets[gi]!.has(k) ? 1 : 0);
      if (shared > 0) {
        s += SHARED_DIVISION_WEIGHT * Math.min(4, shared);
        rules.push('division-shared');
      }
    }
    // (when the article's places clearly lie in one country, that one stands for home, not the whole list)
    const home = ctx.homeCountries?.indexOf(e.country) ?? -1;
    if (!named && countryW <= 0 && home >= 0 && e.precision !== 'country' && [null, e.country].includes(leadFor(gi))) {
      // (the first home country, where most news in the language comes from, a little more)
      s += home === 0 ? FIRST_HOME_COUNTRY_WEIGHT : HOME_COUNTRY_WEIGHT;
      rules.push('home-country');
    }
    if (countryW > 0 && e.precision !== 'country') {
      s += 2 + Math.min(2, countryW * 0.5);
      rules.push('country-in-article');
    } else if (countryW > 0) {
      // a country whose towns, regions or people the article names ("Tbilisi", "Georgian" -> Georgia the country)
      s += 1.5 + Math.min(2, countryW * 0.5);
      rules.push('country-in-article');
    }
    if (adminW > 0) {
      s += Math.min(DIVISION_MAX, DIVISION_PER_PLACE * adminW);
      rules.push('division-in-article');
    }
    if (near > 0) {
      s += near;
      if (near >= NEAR_200 / 2) rules.push('near-other-place');
    }
    // a transliteration-only match needs the article's support
    if (e.matched === 'translit' && !rules.length) s -= 3;
    // a small town called so only by an other name, with no place of the article near it or in its division
    if (e.matched === 'alternate' && e.precision === 'settlement' && e.population < SMALL_ALTERNATE_PEOPLE && !rules.some((r) => LOCAL_RULES.has(r))) s -= SMALL_ALTERNATE_PENALTY;
    if (final) c.rules = rules;
    return s;
  };

  const choose = (final: boolean) => {
    const next: Array<[Cand | undefined, number, number]> = groups.map((g, gi) => {
      let best: Cand | undefined;
      let bestS = -Infinity;
      let second = -Infinity;
      for (const c of g.cands) {
        const s = score(gi, c, false);
        if (s > bestS) {
          second = bestS;
          bestS = s;
          best = c;
        } else if (s > second) second = s;
      }
      if (best && final) score(gi, best, true);
      return [best, bestS, second];
    });
    next.forEach(([c, s, second], gi) => {
      const g = groups[gi]!;
      g.choice = c;
      g.score = s;
      g.margin = Number.isFinite(second) ? s - second : s;
    });
  };
  choose(false);
  gather();
  choose(false);
  gather();
  choose(true);

  // the article's focus: the town its resolved names point to most (a name the gazetteer lacks, "Saint Olaf
  // Church", "the Old Mill quarter", most often lies there)
  let focus: GazetteerEntry | undefined;
  let lead: string | undefined;
  /** groups whose reading is too weak to stand when a fallback exists */
  const doubtful: boolean[] = groups.map(() => false);
  if (ctx.focusFallback) {
    // the country most of the article's places lie in, when it leads clearly
    const votes = new Map<string, number>();
    for (const g of groups) if (g.choice && g.score >= MIN_SCORE && g.choice.e.country && !g.inName) add(votes, g.choice.e.country, g.items.length);
    const [top, second] = [...votes.entries()].sort((a, b) => b[1] - a[1]);
    lead = top && (!second || top[1] >= 2 * second[1]) ? top[0] : undefined;
    groups.forEach((g, gi) => {
      const c = g.choice;
      if (!c || g.score < MIN_SCORE || c.e.precision !== 'settlement') return;
      // a town abroad that nothing in the article supports, in a story about one country, is a name of that
      // country's the gazetteer lacks ("Overtown" in a story from Miami is not the Scottish village)
      const stray = c.e.population < STRAY_MAX_PEOPLE && !c.e.featureCode.startsWith('PPLA') && c.e.featureCode !== 'PPLC' && !c.rules.length && !!lead && c.e.country !== lead;
      // (so is a town known by the name only as an other name, which no place of the article is near or beside:
      // "Harbor Square" as the old name of a small town far away is not the square of the story)
      const other = c.e.matched === 'alternate' && c.e.population < SMALL_ALTERNATE_PEOPLE * 2.5 && c.e.featureCode === 'PPL' && !c.rules.some((r) => LOCAL_RULES.has(r)) && items[g.items[0]!]!.text.includes(' ');
      doubtful[gi] = stray || other;
    });
    const w = new Map<GazetteerEntry, number>();
    groups.forEach((g, gi) => {
      const e = g.choice?.e;
      if (!e || g.score < MIN_SCORE || BIG.has(e.precision) || g.inName || doubtful[gi]) return;
      w.set(e, (w.get(e) ?? 0) + g.items.length * vouches(e, 1) * (lead && e.country === lead ? LEAD_FOCUS_WEIGHT : 1));
    });
    let best = 0;
    for (const [e, v] of w) if (v > best) { best = v; focus = e; }
    // no town named: the first-level division of the one country the article is about that it names most
    // ("Queensland"), else that country's capital (a beach the gazetteer lacks, in a story that names only Fiji)
    if (!focus && lead) {
      let most = 0;
      groups.forEach((g) => {
        const e = g.choice?.e;
        if (e && g.score >= MIN_SCORE && e.featureCode === 'ADM1' && e.country === lead && !g.inName && g.items.length > most) {
          most = g.items.length;
          focus = e;
        }
      });
    }
    if (!focus && lead && gazetteer.capital) focus = gazetteer.capital(lead);
  }
  // the town named closest to a name in the text (for an organisation named after a state: "the Georgia
  // Institute ... in Atlanta")
  const placed = (k: number): GazetteerEntry | undefined => {
    const g = groups[groupOf[k]!]!;
    const e = g.choice?.e;
    return e && g.score >= MIN_SCORE && !BIG.has(e.precision) && !g.inName && !doubtful[groupOf[k]!] ? e : undefined;
  };
  const nearest = (i: number): GazetteerEntry | undefined => {
    const it = items[i]!;
    let best: GazetteerEntry | undefined;
    let bestD = NEAREST_CHARS;
    for (let k = 0; k < items.length; k++) {
      const e = k === i ? undefined : placed(k);
      if (!e) continue;
      const d = items[k]!.start > it.start ? items[k]!.start - it.end : it.start - items[k]!.end;
      if (d >= 0 && d < bestD) {
        bestD = d;
        best = e;
      }
    }
    return best;
  };
  // "Rockingham, Northamptonshire": a town or district written with its parent lies in that parent; when no reading
  // of the name does (a village the gazetteer lacks, read as a namesake abroad), the parent is where it is
  const parentFor = (i: number): GazetteerEntry | undefined => {
    const g = groups[groupOf[i]!]!;
    const next = items[i + 1];
    if (!ctx.text || !next || !g.parents.has(groupOf[i + 1]!) || !/^\s*,\s*$/.test(ctx.text.slice(items[i]!.end, next.start))) return undefined;
    // (only a name read as a town or district elsewhere: a name with no reading stays unresolved, as words the
    // gazetteer merely knows do, "Health, Angola", "Mike Smith, New England")
    const own = g.choice && g.score >= MIN_SCORE ? g.choice.e : undefined;
    if (!own || (own.precision !== 'settlement' && own.precision !== 'district')) return undefined;
    const pg = groups[groupOf[i + 1]!]!;
    const p = pg.choice?.e;
    // (a division or a named region: a country written after a town may be a looser notion than the gazetteer's
    // state, "Belfast, Ireland", "Nuuk, Denmark", "Macau, China")
    if (!p || pg.score < MIN_SCORE || pg.inName || !p.country || (p.featureCode !== 'ADM1' && p.featureCode !== 'ADM2' && p.featureCode !== 'RGN')) return undefined;
    // (a name that may be one more of the parent's kind is a list: "Becker, Clay and Otter Tail counties")
    const kind = (e: GazetteerEntry) => (e.precision === 'country' ? 'country' : e.featureCode);
    if (g.cands.some((c) => kind(c.e) === kind(p))) return undefined;
    // (a county's bare name may be a town of a list: "Savannah, Beaufort, SC")
    if (p.featureCode === 'ADM2' && pg.cands.some((c) => c.e.precision === 'settlement' && c.e.matched === 'name')) return undefined;
    const inside = (e: GazetteerEntry) => isContainer(p) ? contains(p, e) : e.country === p.country && distanceKm(p.lat, p.lon, e.lat, e.lon) <= REGION_REACH_KM;
    if (inside(own)) return undefined;
    // (a named region has no bounds here: a town of its country beyond its reach from the point gives way only when
    // small, a namesake; "Novosibirsk, Siberia" stays)
    if (p.featureCode === 'RGN' && own.country === p.country && own.population >= REGION_NAMESAKE_PEOPLE) return undefined;
    // the town of the name inside the parent, when the gazetteer has one beyond the candidates kept ("Vernon, Conn.")
    const town = gazetteer.lookup(items[i]!.lookupName ?? items[i]!.text).filter((e) => e.matched !== 'translit' && (e.precision === 'settlement' || e.precision === 'district') && inside(e)).sort((a, b) => b.population - a.population)[0];
    return town ?? p;
  };
  // "the state Capitol": a nation's building named with "state" is the state's own, in the capital of the state the
  // article is about (its places lie there twice as often as in any other; its capital town when the article names
  // it, else the state)
  const stateSeat = groups.map((g) => {
    const e = g.choice?.e;
    if (!e || e.featureCode !== 'BLDG' || !ctx.text || !g.items.some((k) => STATE_BEFORE_NAME.test(ctx.text!.slice(Math.max(0, items[k]!.start - 8), items[k]!.start)))) return undefined;
    const votes = new Map<string, number>();
    for (const o of groups) {
      const oe = o.choice?.e;
      if (oe && o !== g && o.score >= MIN_SCORE && oe.country === e.country && oe.admin1Code) add(votes, oe.admin1Code, o.items.length);
    }
    const [top, second] = [...votes.entries()].sort((a, b) => b[1] - a[1]);
    if (!top || (second && second[1] * 2 > top[1])) return undefined;
    const chosen = groups.map((o) => o.choice?.e).filter((oe): oe is GazetteerEntry => !!oe && oe.admin1Code === top[0] && oe.country === e.country);
    return chosen.find((oe) => oe.featureCode === 'PPLA') ?? chosen.find((oe) => oe.featureCode === 'ADM1');
  });
  return items.map((_, i) => {
    const g = groups[groupOf[i]!]!;
    const seat = stateSeat[groupOf[i]!];
    if (seat) return { entry: seat, score: g.score, margin: g.margin, rules: ['state-seat'] };
    const parent = parentFor(i);
    if (parent) return { entry: parent, score: MIN_SCORE, margin: 0, rules: ['in-parent'] };
    if ((!g.choice || g.score < MIN_SCORE || doubtful[groupOf[i]!]) && ctx.focusFallback) {
      // (not the town merely written nearest it: measured in the pipeline, a county the gazetteer lacks or a
      // street beside the outlet's town went to the wrong town; GVA city -0.3 points)
      if (focus) return { entry: focus, score: 0, margin: 0, rules: ['article-focus'] };
    }
    if (!g.choice || g.score < MIN_SCORE) return { score: g.choice ? g.score : 0, margin: 0, rules: [] };
    // an organisation named after a state or province ("the Georgia Institute") stands in the story's town
    // when that town lies in it
    const e = g.choice.e;
    if (ctx.focusFallback && items[i]!.inName && !items[i]!.namedAfter && e.featureCode === 'ADM1') {
      const inside = (t: GazetteerEntry | undefined) => !!t && t.country === e.country && t.admin1Code === e.admin1Code && t.precision !== 'region';
      const near = nearest(i);
      const town = inside(near) ? near : inside(focus) ? focus : undefined;
      if (town) return { entry: town, score: 0, margin: 0, rules: ['article-focus', 'organisation-in-town'] };
    }
    return { entry: e, score: g.score, margin: g.margin, rules: g.choice.rules };
  });
}
