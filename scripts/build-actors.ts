// Derives the compact actor data the actors stage ships with, from the Phoenix dictionaries (MIT,
// ../shared/data/dictionaries/cameo-phoenix, marked trainable) plus the hand list in scripts/actors-extra.ts:
//  - data/actors/people.json: named people, groups and bodies with their CAMEO-style codes and date ranges
//  - data/actors/agents-en.json: English agent nouns ("farmer", "riot police") with a sector
// Single-word names that are ordinary words are dropped: a word seen in lower case in the UD training
// treebanks (trainable, ../shared/data/ud) is not kept as a one-word name ("Hope", "King").
// Usage: node dist/scripts/build-actors.js [--shared ../shared]
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { dataPath, sharedPath } from '../src/core/paths.js';
import { extraEntries } from './actors-extra.js';

type Range = { code: string; from: string; to: string };
type RawEntry = { names: string[]; codes: Range[]; person: boolean; file: string };

const SECTOR_OF: Record<string, string> = {
  GOV: 'GOV', MIL: 'MIL', REB: 'REB', COP: 'COP', CVL: 'CVL', JRN: 'JRN', MED: 'JRN', JUD: 'GOV', LEG: 'GOV',
  SPY: 'GOV', UAF: 'REB', INS: 'REB', SEP: 'REB', RAD: 'REB', ELI: 'ELI', OPP: 'OPP', PTY: 'OPP', BUS: 'BUS',
  EDU: 'EDU', LAB: 'LAB', REL: 'REL', MUS: 'REL', CHR: 'REL', JEW: 'REL', HIN: 'REL', BUD: 'REL', HRI: 'HRI',
  REF: 'REF', CRM: 'CRM', AGR: 'AGR', HLH: 'HLH', ENV: 'ENV', PPL: 'CVL', NGO: 'NGO', DEV: 'GOV',
};

function argValue(flag: string): string | undefined {
  const i = process.argv.indexOf(flag);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const shared = argValue('--shared');
const sharedFile = (...parts: string[]) => (shared ? join(shared, ...parts) : sharedPath(...parts));

/** YYMMDD (two-digit years: > 30 is 19xx) or YYYYMMDD -> YYYY-MM-DD; '' when malformed. */
function parseDate(s: string): string {
  let y: number, m: string, d: string;
  if (/^\d{8}$/.test(s)) {
    y = Number(s.slice(0, 4));
    m = s.slice(4, 6);
    d = s.slice(6, 8);
  } else if (/^\d{6}$/.test(s)) {
    const yy = Number(s.slice(0, 2));
    y = yy > 30 ? 1900 + yy : 2000 + yy;
    m = s.slice(2, 4);
    d = s.slice(4, 6);
  } else return '';
  if (m === '00') m = '01';
  if (d === '00') d = '01';
  return `${y}-${m}-${d}`;
}

/** "[AZEGOV >031031]" "[AZEGOV 930624-031031]" "[AZEELI]" -> ranges */
function parseCodes(line: string): Range[] {
  const out: Range[] = [];
  for (const m of line.matchAll(/\[([^\]]*)\]/g)) {
    const parts = m[1]!.trim().split(/\s+/);
    const code = (parts[0] ?? '').replace(/[^A-Z]/g, '');
    if (!code || code.length < 3) continue;
    const r = parts.slice(1).join('');
    let from = '';
    let to = '';
    if (r.startsWith('>')) from = parseDate(r.slice(1));
    else if (r.startsWith('<')) to = parseDate(r.slice(1));
    else if (r.includes('-')) {
      const [a, b] = r.split('-');
      from = parseDate(a ?? '');
      to = parseDate(b ?? '');
    }
    out.push({ code, from, to });
  }
  return out;
}

function cleanName(raw: string): string {
  return raw
    .replace(/#.*$/, '')
    .replace(/\[.*$/, '')
    .replace(/\{.*?\}/g, '')
    .replace(/_/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** TABARI .actors format: an entry line, "+synonym" lines, then tab-indented "[CODE range]" lines. */
function parseActors(file: string, tag: string): RawEntry[] {
  const out: RawEntry[] = [];
  let cur: RawEntry | undefined;
  const flush = () => {
    if (cur && cur.names.length && cur.codes.length) out.push(cur);
    cur = undefined;
  };
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim() || line.startsWith('#')) {
      if (!line.trim()) flush();
      continue;
    }
    if (/^\s/.test(line) && line.trim().startsWith('[')) {
      if (cur) cur.codes.push(...parseCodes(line));
      continue;
    }
    if (line.startsWith('+')) {
      const n = cleanName(line.slice(1));
      if (cur && n) cur.names.push(n);
      continue;
    }
    flush();
    const name = cleanName(line);
    cur = { names: name ? [name] : [], codes: parseCodes(line.replace(/#.*$/, '')), person: /CountryInfo\.txt/.test(line), file: tag };
  }
  flush();
  return out;
}

/** lower-case words of the UD training treebanks: ordinary words that must not be read as one-word names */
function commonWords(): Set<string> {
  const counts = new Map<string, number>();
  const files = [
    ['ud', 'ud-en-ewt', 'en_ewt-ud-train.conllu'],
    ['ud', 'ud-fr-sequoia', 'fr_sequoia-ud-train.conllu'],
    ['ud', 'ud-fr-gsd', 'fr_gsd-ud-dev.conllu'],
  ];
  for (const parts of files) {
    const f = sharedFile('data', ...parts);
    if (!existsSync(f)) continue;
    for (const line of readFileSync(f, 'utf8').split('\n')) {
      if (!line || line.startsWith('#')) continue;
      const form = line.split('\t')[1];
      if (form && /^\p{Ll}/u.test(form)) counts.set(form, (counts.get(form) ?? 0) + 1);
    }
  }
  return new Set([...counts].filter(([, n]) => n >= 2).map(([w]) => w));
}

function relevant(e: RawEntry): boolean {
  // keep people whose coded roles reach 2000 or later; keep every group and body
  if (!e.person) return true;
  return e.codes.some((c) => !c.to || c.to >= '2000-01-01');
}

function plural(word: string): string {
  if (/(s|x|ch|sh)$/.test(word)) return word + 'es';
  if (/[^aeiou]y$/.test(word)) return word.slice(0, -1) + 'ies';
  if (word.endsWith('man')) return word.slice(0, -3) + 'men';
  return word + 's';
}

function buildAgents(file: string): Array<[string, string]> {
  const text = readFileSync(file, 'utf8');
  const macros = new Map<string, string[]>();
  for (const m of text.matchAll(/^(![A-Z]+!)\s*=\s*(.*)$/gm)) macros.set(m[1]!, m[2]!.split(',').map((s) => s.trim()));
  const out = new Map<string, string>();
  for (const line of text.split('\n')) {
    if (!line.trim() || line.startsWith('#') || /^![A-Z]+!\s*=/.test(line)) continue;
    const code = /\[~([A-Z]{3})/.exec(line)?.[1];
    if (!code) continue;
    const sector = SECTOR_OF[code];
    if (!sector) continue;
    const head = line.replace(/#.*$/, '').replace(/\[.*$/, '');
    const explicit = /\{(.*?)\}/.exec(head);
    let phrase = head.replace(/\{.*?\}/, '').trim();
    let forms: string[] = [phrase];
    const mac = /![A-Z]+!/.exec(phrase);
    if (mac && macros.has(mac[0])) forms = macros.get(mac[0])!.map((x) => phrase.replace(mac[0], x));
    const all: string[] = [];
    for (const f of forms) {
      all.push(f);
      if (explicit) all.push(...explicit[1]!.split(',').map((s) => s.trim()).filter(Boolean));
      else if (!mac) {
        const words = f.split('_');
        words[words.length - 1] = plural(words[words.length - 1]!);
        all.push(words.join('_'));
      }
    }
    for (const f of all) {
      phrase = f.replace(/_/g, ' ').toLowerCase().replace(/\s+/g, ' ').trim();
      if (phrase && !out.has(phrase)) out.set(phrase, sector);
    }
  }
  return [...out].sort((a, b) => (a[0] < b[0] ? -1 : 1));
}

function main(): void {
  const dir = sharedFile('data', 'dictionaries', 'cameo-phoenix');
  if (!existsSync(dir)) {
    console.error(`build-actors: ${dir} not found; pass --shared <path to shared>`);
    process.exit(1);
  }
  const common = commonWords();
  const raw: RawEntry[] = [
    ...extraEntries.map((x) => ({ names: x.names.map((n) => n.toLowerCase()), codes: x.codes.map(([code, from, to]) => ({ code, from, to })), person: x.person, file: 'extra' })),
    ...parseActors(join(dir, 'Phoenix.Countries.actors.txt'), 'countries'),
    ...parseActors(join(dir, 'Phoenix.International.actors.txt'), 'international'),
    ...parseActors(join(dir, 'Phoenix.MilNonState.actors.txt'), 'milnonstate'),
  ];
  const entries: Array<[string, string, string]> = [];
  let droppedNames = 0;
  // a name the hand list knows is dated there: Phoenix entries sharing any name with it are not kept
  const handNames = new Set(raw.filter((e) => e.file === 'extra').flatMap((e) => e.names));
  for (const e of raw) {
    if (e.file !== 'extra' && e.names.some((n) => handNames.has(n))) continue;
    if (!relevant(e)) continue;
    // country blocks (codes without a sector: "AZERBAIJAN_ [AZE]") are left to the language resources
    const codes = e.codes.filter((c) => c.code.length >= 6 || /^(IGO|NGO|IMG|MNC)/.test(c.code));
    if (!codes.length) continue;
    const names = [...new Set(e.names)].filter((n) => {
      if (n.split(' ').length > 6 || n.length < 2) return false;
      if (!n.includes(' ') && (common.has(n) || n.length < 3)) {
        droppedNames++;
        return false;
      }
      return true;
    });
    if (!names.length) continue;
    const codeText = codes.map((c) => (c.from || c.to ? `${c.code}@${c.from}~${c.to}` : c.code)).join(' ');
    // 'p': a person whose surname alone may name them anywhere (hand list only: Phoenix's thousands of ministers
    // turn common surnames such as "Adams" or "Howard" into foreign officials; its prominent people list
    // their surname as a name of its own, "+PUTIN_"); 'q': another person; 'g': a group or body
    const surname = names[0]!.split(' ').pop()!;
    // 's': a Phoenix person whose surname may name them right after a title ("President Mugabe")
    const surnameFit = names[0]!.includes(' ') && surname.length >= 4 && !common.has(surname);
    const flag = !e.person ? 'g' : !surnameFit ? 'q' : e.file === 'extra' ? 'p' : 's';
    entries.push([flag, names.join('|'), codeText]);
  }
  const out = {
    format: 'sitrep-actors/1',
    source: 'Phoenix dictionaries (Open Event Data Alliance, MIT) + scripts/actors-extra.ts',
    sectors: SECTOR_OF,
    entries,
  };
  mkdirSync(dataPath('actors'), { recursive: true });
  writeFileSync(dataPath('actors', 'people.json'), JSON.stringify(out) + '\n');
  const agents = buildAgents(join(dir, 'Phoenix.agents.txt'));
  writeFileSync(dataPath('actors', 'agents-en.json'), JSON.stringify({ format: 'sitrep-agents/1', source: 'Phoenix.agents.txt (MIT)', entries: agents }) + '\n');
  console.log(`build-actors: ${entries.length} entries (${droppedNames} one-word names dropped as common words), ${agents.length} English agent nouns`);
}

main();
