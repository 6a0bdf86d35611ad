// Loads the committed actor data (data/actors/people.json, data/actors/<agents>.json, both built by
// scripts/build-actors.ts) once, and resolves a dictionary entry's codes at a date.
import { existsSync, readFileSync } from 'node:fs';
import { dataPath } from '../../core/paths.js';

export type CodeRange = { code: string; from: string; to: string };

export type PeopleEntry = {
  /** a person (not a group or body) */
  person: boolean;
  /** where the surname alone may name them: anywhere (hand list), after a title ("President Mugabe"), or never */
  surname?: 'anywhere' | 'titled';
  /** lower-case names, the first is the canonical one */
  names: string[];
  codes: CodeRange[];
  /** position in the file: earlier entries (hand list, heads of state) win ties */
  order: number;
};

export type PeopleData = { entries: PeopleEntry[]; sectors: Record<string, string> };

let people: PeopleData | undefined | null;
const agents = new Map<string, Array<[string, string]> | null>();

function parseCodes(text: string): CodeRange[] {
  return text.split(' ').filter(Boolean).map((c) => {
    const at = c.indexOf('@');
    if (at < 0) return { code: c, from: '', to: '' };
    const [from = '', to = ''] = c.slice(at + 1).split('~');
    return { code: c.slice(0, at), from, to };
  });
}

/** The people/groups dictionary, or null when data/actors/people.json is absent (the stage then uses the language lists only). */
export function loadPeople(): PeopleData | null {
  if (people !== undefined) return people;
  const file = dataPath('actors', 'people.json');
  if (!existsSync(file)) return (people = null);
  const raw = JSON.parse(readFileSync(file, 'utf8')) as { sectors: Record<string, string>; entries: Array<[string, string, string]> };
  people = {
    sectors: raw.sectors,
    entries: raw.entries.map(([flag, names, codes], order) => ({ person: flag !== 'g', surname: flag === 'p' ? 'anywhere' : flag === 's' ? 'titled' : undefined, names: names.split('|'), codes: parseCodes(codes), order })),
  };
  return people;
}

/** English (or other) agent nouns with a sector, or null when the file is absent. */
export function loadAgents(file: string): Array<[string, string]> | null {
  if (agents.has(file)) return agents.get(file)!;
  const path = dataPath('actors', file);
  const value = existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as { entries: Array<[string, string]> }).entries : null;
  agents.set(file, value);
  return value;
}

/** `plain`: the code names only a country and a sector (AZEGOV), as leaders' codes do; ministers carry a third part (GOVAGR) */
export type Resolved = { country?: string; sector?: string; id?: string; bounded: boolean; plain: boolean };

const INTERNATIONAL = new Set(['IGO', 'NGO']);

/** Reads a CAMEO-style code: "AZEGOVDEV" -> AZE GOV; "IGOUNO" -> IGO (id IGOUNO); "IMGMUSALQ" -> REB. */
export function readCode(code: string, sectors: Record<string, string>): Omit<Resolved, 'bounded' | 'plain'> {
  const first = code.slice(0, 3);
  const chunks: string[] = [];
  for (let i = 3; i + 3 <= code.length; i += 3) chunks.push(code.slice(i, i + 3));
  const sectorOf = (xs: string[]) => {
    for (const x of xs) if (sectors[x]) return sectors[x];
    return undefined;
  };
  if (INTERNATIONAL.has(first)) return { country: first, id: code, sector: chunks.includes('MIL') ? 'MIL' : undefined };
  if (first === 'IMG') return { sector: 'REB', id: code };
  if (first === 'MNC') return { sector: 'BUS', id: code };
  return { country: first, sector: sectorOf(chunks.slice(0, 1)) ?? sectorOf(chunks) };
}

/**
 * The entry's codes valid at `date` (YYYY-MM-DD): a dated range covering it wins over an undated code;
 * undefined when every code is dated and none covers the date. Without a date, the latest range is used.
 */
export function resolveAt(entry: PeopleEntry, date: string | undefined, sectors: Record<string, string>): Resolved | undefined {
  let best: CodeRange | undefined;
  let bestBounded = false;
  for (const c of entry.codes) {
    const bounded = !!(c.from || c.to);
    if (date) {
      if (c.from && date < c.from) continue;
      if (c.to && date > c.to) continue;
    }
    if (!best || (bounded && !bestBounded) || (bounded === bestBounded && !date && c.from > best.from)) {
      best = c;
      bestBounded = bounded;
    }
  }
  if (!best) return undefined;
  return { ...readCode(best.code, sectors), bounded: bestBounded, plain: best.code.length === 6 };
}
