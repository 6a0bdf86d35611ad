// `sitrep eval timex`: scores the dates stage on ISO-TimeML files (French TimeBank, TimeBank + AQUAINT).
//
// Each file's DCT (the TIMEX3 with functionInDocument="CREATION_TIME") is the publication date; the gold is
// every TIMEX3 of type DATE inside <TEXT>. A system date matches a gold date when their spans overlap.
// - detection: recall = gold DATEs overlapped by a system date; precision = system dates overlapping a
//   gold DATE over all system dates, except those overlapping only a gold TIME (a date inside a time of
//   day is right to find and is not scored).
// - value accuracy = gold DATEs whose overlapping system date has the right value / ALL gold DATEs.
//   The system value (start..end) is right when its start and its end both read as the gold value at the
//   gold value's granularity (valueMatches below): "1999-05" accepts any date or range inside May 1999;
//   "1998-W02" any inside that ISO week; "1998-Q3", "1998-SU", "199" (decade), "19" (century) likewise;
//   X digits are wildcards ("XXXX-07-15" is any 15 July); a time of day ("1998-01-08TEV") is compared
//   at the day. PRESENT_REF accepts a date holding the DCT; PAST_REF a date or range ending at or
//   before the DCT and starting before it; FUTURE_REF one starting after the DCT. Durations and sets
//   ("P1M", "chaque mois") are never right: the dates stage gives no value for them.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Io } from '../cli/extract-command.js';
import { Doc, type DateMention } from '../core/doc.js';
import { SitrepError, asSitrepError } from '../core/errors.js';
import { sharedPath } from '../core/paths.js';
import { buildPipeline, type Pipeline } from '../core/stage.js';
import { resourcesFor, supportedLanguages } from '../lang/registry.js';
import { languageStage } from '../text/language.js';
import { sentencesStage } from '../text/sentences.js';
import { tokensStage } from '../text/tokens.js';
import { datesStage } from '../mentions/dates/index.js';
import { isoWeek } from '../mentions/dates/calendar.js';

export type TimexGold = { start: number; end: number; text: string; type: string; value: string; tid: string };
export type TimeMLDoc = { file: string; dct: string; text: string; timexes: TimexGold[] };

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (all, e: string) => {
    if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    return ENTITIES[e] ?? all;
  });
}

function attr(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\b${name}\\s*=\\s*("([^"]*)"|'([^']*)')`).exec(tag);
  return m ? decodeEntities(m[2] ?? m[3] ?? '') : undefined;
}

/** Reads an ISO-TimeML document: the DCT, the plain text of <TEXT>, and its TIMEX3 spans in that text. */
export function parseTimeML(xml: string, file: string): TimeMLDoc {
  let dct: string | undefined;
  for (const m of xml.matchAll(/<TIMEX3\b[^>]*>/g)) {
    if (attr(m[0], 'functionInDocument') === 'CREATION_TIME') {
      dct = attr(m[0], 'value')?.slice(0, 10);
      break;
    }
  }
  if (!dct || !/^\d{4}-\d{2}-\d{2}$/.test(dct)) throw new SitrepError('E_BAD_GOLD', `${file}: no CREATION_TIME TIMEX3 with a day value`);
  const open = xml.indexOf('<TEXT>');
  const close = xml.indexOf('</TEXT>', open);
  if (open < 0 || close < 0) throw new SitrepError('E_BAD_GOLD', `${file}: no <TEXT> element`);
  const body = xml.slice(open + '<TEXT>'.length, close);
  let text = '';
  const timexes: TimexGold[] = [];
  const stack: { start: number; tag: string }[] = [];
  for (const m of body.matchAll(/<[^>]*>|[^<]+/g)) {
    const piece = m[0];
    if (piece[0] !== '<') {
      text += decodeEntities(piece);
      continue;
    }
    if (/^<TIMEX3\b/.test(piece) && !piece.endsWith('/>')) stack.push({ start: text.length, tag: piece });
    else if (/^<\/TIMEX3\b/.test(piece)) {
      const o = stack.pop();
      if (!o) continue;
      timexes.push({
        start: o.start,
        end: text.length,
        text: text.slice(o.start, text.length),
        type: attr(o.tag, 'type') ?? '',
        value: attr(o.tag, 'value') ?? '',
        tid: attr(o.tag, 'tid') ?? '',
      });
    }
  }
  return { file, dct, text, timexes };
}

// ---- value comparison ----------------------------------------------------------------------------

type Reader = (iso: string) => string;

function seasonKey(iso: string): string {
  const y = +iso.slice(0, 4);
  const m = +iso.slice(5, 7);
  if (m === 12) return `${y}-WI`;
  if (m <= 2) return `${y - 1}-WI`;
  return `${y}-${m <= 5 ? 'SP' : m <= 8 ? 'SU' : 'FA'}`;
}

/** How to read a day at the granularity of a gold value, or undefined for values no date can match. */
function readerFor(value: string): Reader | undefined {
  if (/^[\dX]{4}-[\dX]{2}-[\dX]{2}$/.test(value)) return (iso) => iso;
  if (/^[\dX]{4}-[\dX]{2}$/.test(value)) return (iso) => iso.slice(0, 7);
  if (/^[\dX]{4}$/.test(value)) return (iso) => iso.slice(0, 4);
  if (/^[\dX]{4}-W[\dX]{1,2}(-WE)?$/.test(value)) {
    const we = value.endsWith('-WE');
    return (iso) => {
      const [y, w] = isoWeek(iso);
      const ww = /-W(\d|X)$/.test(value.replace(/-WE$/, '')) ? String(w) : String(w).padStart(2, '0');
      return `${y}-W${ww}${we ? '-WE' : ''}`;
    };
  }
  if (/^[\dX]{4}-Q[\dX]$/.test(value)) return (iso) => `${iso.slice(0, 4)}-Q${Math.floor((+iso.slice(5, 7) - 1) / 3) + 1}`;
  if (/^[\dX]{4}-H[\dX]$/.test(value)) return (iso) => `${iso.slice(0, 4)}-H${+iso.slice(5, 7) <= 6 ? 1 : 2}`;
  if (/^[\dX]{4}-(SP|SU|FA|WI)$/.test(value)) return seasonKey;
  if (/^[\dX]{3}$/.test(value)) return (iso) => iso.slice(0, 3);
  if (/^[\dX]{2}$/.test(value)) return (iso) => iso.slice(0, 2);
  return undefined;
}

function sameWithWildcards(gold: string, sys: string): boolean {
  if (gold.length !== sys.length) return false;
  for (let i = 0; i < gold.length; i++) if (gold[i] !== 'X' && gold[i] !== sys[i]) return false;
  return true;
}

/** Whether a system date (start..end) has the gold TIMEX3 value, relative to the DCT (see the header). */
export function valueMatches(goldValue: string, sys: { start: string; end: string }, dct: string): boolean {
  if (goldValue === 'PRESENT_REF') return sys.start <= dct && dct <= sys.end;
  if (goldValue === 'PAST_REF') return sys.end <= dct && sys.start < dct;
  if (goldValue === 'FUTURE_REF') return sys.start > dct;
  // a time of day is compared at the day: "1998-01-08TEV", "1998-01-08T09:00"
  const value = /^[\dX]{4}-[\dX]{2}-[\dX]{2}T/.test(goldValue) ? goldValue.slice(0, 10) : goldValue;
  const read = readerFor(value);
  if (!read) return false;
  // "1998-W02-WE": the weekend of that week; read the week and check the days are a Saturday/Sunday
  if (value.endsWith('-WE')) {
    const weekOnly = value.slice(0, -3);
    const rw = readerFor(weekOnly)!;
    const isWeekend = (iso: string) => [0, 6].includes(new Date(`${iso}T00:00:00Z`).getUTCDay());
    return sameWithWildcards(weekOnly, rw(sys.start)) && sameWithWildcards(weekOnly, rw(sys.end)) && isWeekend(sys.start) && isWeekend(sys.end);
  }
  return sameWithWildcards(value, read(sys.start)) && sameWithWildcards(value, read(sys.end));
}

/** The shape of a gold value for the per-shape table: digits to 9 ("1999-05" -> "9999-99"). */
export function valueShape(value: string): string {
  return value.replace(/\d/g, '9');
}

// ---- scoring ---------------------------------------------------------------------------------------

export type TimexError = {
  file: string;
  dct: string;
  gold?: { text: string; value: string };
  system?: { text: string; start: string; end: string; rule: string };
  kind: 'missed' | 'wrong-value' | 'spurious';
};

export type TimexScore = {
  lang: string;
  files: number;
  gold: number;
  system: number;
  /** system dates that overlap a gold DATE */
  systemMatched: number;
  /** system dates overlapping only a gold TIME: not scored */
  systemIgnored: number;
  goldDetected: number;
  valueCorrect: number;
  precision: number;
  recall: number;
  f1: number;
  valueAccuracy: number;
  byShape: Record<string, { gold: number; correct: number }>;
  errors: TimexError[];
  ms: number;
};

function overlapLength(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return Math.min(a.end, b.end) - Math.max(a.start, b.start);
}

export function datesPipeline(): Pipeline {
  return buildPipeline([languageStage, sentencesStage, tokensStage, datesStage], resourcesFor);
}

/** Runs the dates stage on each file and scores it. */
export function scoreTimex(docs: TimeMLDoc[], lang: string): TimexScore {
  const pipeline = datesPipeline();
  const s: TimexScore = {
    lang, files: docs.length, gold: 0, system: 0, systemMatched: 0, systemIgnored: 0, goldDetected: 0, valueCorrect: 0,
    precision: 0, recall: 0, f1: 0, valueAccuracy: 0, byShape: {}, errors: [], ms: 0,
  };
  for (const g of docs) {
    const doc = new Doc({ id: g.file, text: g.text, lang, published: g.dct });
    const t0 = performance.now();
    pipeline.run(doc, { debug: false });
    s.ms += performance.now() - t0;
    const golds = g.timexes.filter((t) => t.type === 'DATE');
    const times = g.timexes.filter((t) => t.type === 'TIME');
    s.gold += golds.length;
    s.system += doc.dates.length;
    for (const d of doc.dates) {
      if (golds.some((t) => overlapLength(t, d.span) > 0)) s.systemMatched++;
      else if (times.some((t) => overlapLength(t, d.span) > 0)) s.systemIgnored++;
      else s.errors.push({ file: g.file, dct: g.dct, system: sysOf(d), kind: 'spurious' });
    }
    for (const t of golds) {
      const shape = valueShape(t.value);
      const row = (s.byShape[shape] ??= { gold: 0, correct: 0 });
      row.gold++;
      let best: DateMention | undefined;
      for (const d of doc.dates) {
        const o = overlapLength(t, d.span);
        if (o > 0 && (!best || o > overlapLength(t, best.span))) best = d;
      }
      if (!best) {
        s.errors.push({ file: g.file, dct: g.dct, gold: { text: t.text, value: t.value }, kind: 'missed' });
        continue;
      }
      s.goldDetected++;
      if (valueMatches(t.value, best, g.dct)) {
        s.valueCorrect++;
        row.correct++;
      } else s.errors.push({ file: g.file, dct: g.dct, gold: { text: t.text, value: t.value }, system: sysOf(best), kind: 'wrong-value' });
    }
  }
  const scored = s.system - s.systemIgnored;
  s.precision = scored ? s.systemMatched / scored : 0;
  s.recall = s.gold ? s.goldDetected / s.gold : 0;
  s.f1 = s.precision + s.recall ? (2 * s.precision * s.recall) / (s.precision + s.recall) : 0;
  s.valueAccuracy = s.gold ? s.valueCorrect / s.gold : 0;
  return s;
}

function sysOf(d: DateMention): TimexError['system'] {
  return { text: d.span.text, start: d.start, end: d.end, rule: d.rule };
}

// ---- command ---------------------------------------------------------------------------------------

/** The .tml files of the given files and folders (folders are searched recursively), sorted. */
export function timemlFiles(paths: string[]): string[] {
  const out: string[] = [];
  const walk = (p: string) => {
    const st = statSync(p);
    if (st.isDirectory()) for (const e of readdirSync(p).sort()) walk(join(p, e));
    else if (/\.tml$/i.test(p) || paths.includes(p)) out.push(p);
  };
  for (const p of paths) {
    try {
      walk(p);
    } catch {
      throw new SitrepError('E_FILE_NOT_FOUND', `${p}: no such file or folder`);
    }
  }
  return out;
}

export const DEFAULT_TIMEX_GOLD: Record<string, string[]> = {
  fr: ['data', 'time', 'time-fr-timebank', 'Data'],
  en: ['data', 'time', 'timex-en-tempeval3', 'TBAQ-cleaned'],
};

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

export async function runTimexEval(files: string[], opts: Record<string, unknown>, io: Io): Promise<number> {
  try {
    const lang = typeof opts.lang === 'string' ? opts.lang : undefined;
    if (!lang || !supportedLanguages().includes(lang)) {
      throw new SitrepError('E_BAD_OPTION', `timex: --lang is required (one of ${supportedLanguages().join(', ')})`);
    }
    const given = [...(typeof opts.gold === 'string' ? [opts.gold] : []), ...files];
    let paths = given;
    if (paths.length === 0) {
      const def = DEFAULT_TIMEX_GOLD[lang];
      if (!def) throw new SitrepError('E_BAD_OPTION', `timex: no default gold for ${lang}; give .tml files or folders`);
      paths = [sharedPath(...def)];
    }
    const tml = timemlFiles(paths);
    if (tml.length === 0) throw new SitrepError('E_DATA_MISSING', `timex: no .tml files in ${paths.join(', ')}`);
    const docs = tml.map((f) => parseTimeML(readFileSync(f, 'utf8'), f));
    const s = scoreTimex(docs, lang);
    const lines = [
      `timex (${lang}): ${s.files} files, ${s.gold} gold DATE, ${s.system} system dates (${s.systemIgnored} inside gold TIMEs, not scored)`,
      '',
      'measure          value',
      `precision        ${pct(s.precision)}  (${s.systemMatched}/${s.system - s.systemIgnored})`,
      `recall           ${pct(s.recall)}  (${s.goldDetected}/${s.gold})`,
      `F1               ${pct(s.f1)}`,
      `value accuracy   ${pct(s.valueAccuracy)}  (${s.valueCorrect}/${s.gold})`,
      `time             ${(s.ms / Math.max(1, s.files)).toFixed(2)} ms/document (language, sentences, tokens, dates; cold start included)`,
      '',
      'gold value shape   gold  correct',
      ...Object.entries(s.byShape)
        .sort((a, b) => b[1].gold - a[1].gold)
        .slice(0, 15)
        .map(([shape, r]) => `${shape.padEnd(18)} ${String(r.gold).padStart(5)}  ${pct(r.correct / r.gold)}`),
    ];
    io.stdout(lines.join('\n') + '\n');
    if (opts.json) {
      const { errors: _e, byShape, ...rest } = s;
      io.stdout(JSON.stringify({ suite: 'timex', ...rest, byShape }) + '\n');
    }
    return 0;
  } catch (err) {
    const e = asSitrepError(err);
    io.stderr(`${e.code}: ${e.message}\n`);
    return 2;
  }
}
