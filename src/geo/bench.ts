// `sitrep bench geo`: toponym resolution speed (toponyms/second on one core, once the gazetteer is open),
// memory, and the gazetteer's size on disk. The toponyms are the gold spans of LGL (../shared, or --gold
// FILE) resolved article by article as the places stage does; without that file, place names sampled
// from the gazetteer itself in groups of ten.
import { existsSync, statSync } from 'node:fs';
import Database from 'better-sqlite3';
import type { Io } from '../cli/extract-command.js';
import { asSitrepError } from '../core/errors.js';
import { sharedPath } from '../core/paths.js';
import { DEFAULT_GAZETTEER_PATH, openGazetteer } from './index.js';
import { resolveToponyms, type ToponymItem } from './resolve.js';

type GeoBenchOptions = { gold?: string; json?: boolean; gazetteer?: string };
type Group = { text: string; items: ToponymItem[] };

const LGL = ['data', 'geo', 'geoparse-eval-en', 'lgl.xml'];

/** article-sized groups of names from the gazetteer itself: every n-th place, ten per group */
function sampledGroups(path: string, count: number): Group[] {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    const total = db.prepare('SELECT count(*) FROM places').pluck().get() as number;
    const step = Math.max(1, Math.floor(total / count));
    const names = db.prepare('SELECT name FROM places WHERE id % ? = 0 LIMIT ?').pluck().all(step, count) as string[];
    const groups: Group[] = [];
    for (let i = 0; i < names.length; i += 10) {
      let text = '';
      const items: ToponymItem[] = [];
      for (const n of names.slice(i, i + 10)) {
        const start = text.length;
        text += `${n}, `;
        items.push({ text: n, start, end: start + n.length });
      }
      groups.push({ text, items });
    }
    return groups;
  } finally {
    db.close();
  }
}

async function goldGroups(file: string): Promise<Group[]> {
  const { readGold } = await import('../eval/geo.js');
  return readGold(file).articles.map((a) => ({ text: a.text, items: a.toponyms.map((t) => ({ text: t.text, start: t.start, end: t.end })) }));
}

export async function runGeoBench(opts: GeoBenchOptions, io: Io): Promise<number> {
  try {
    const path = opts.gazetteer ?? DEFAULT_GAZETTEER_PATH;
    // compile the code paths first (on a throw-away connection, so the measured one starts with empty caches)
    const warmup = openGazetteer(path);
    for (const g of sampledGroups(path, 2000)) resolveToponyms(g.items, warmup, { text: g.text });
    warmup.close();
    const rssBefore = process.memoryUsage().rss;
    const t0 = performance.now();
    const gazetteer = openGazetteer(path);
    const loadMs = performance.now() - t0;
    const rssLoaded = process.memoryUsage().rss;
    const goldFile = opts.gold ?? sharedPath(...LGL);
    const fromGold = existsSync(goldFile);
    const groups = fromGold ? await goldGroups(goldFile) : sampledGroups(path, 5000);
    const toponyms = groups.reduce((n, g) => n + g.items.length, 0);
    let resolved = 0;
    const pass = () => {
      resolved = 0;
      const start = performance.now();
      for (const g of groups) for (const r of resolveToponyms(g.items, gazetteer, { text: g.text })) if (r.entry) resolved++;
      return (performance.now() - start) / 1000;
    };
    const cold = pass();
    const warm = pass();
    const rssAfter = process.memoryUsage().rss;
    gazetteer.close();
    const result = {
      source: fromGold ? goldFile : 'names sampled from the gazetteer',
      toponyms,
      resolved,
      toponymsPerSecondCold: Math.round(toponyms / cold),
      toponymsPerSecondWarm: Math.round(toponyms / warm),
      loadMs: Math.round(loadMs),
      gazetteerMiB: Math.round((statSync(path).size / 2 ** 20) * 10) / 10,
      memoryLoadedMiB: Math.round((rssLoaded - rssBefore) / 2 ** 20),
      memoryAfterMiB: Math.round((rssAfter - rssBefore) / 2 ** 20),
      peakRssMiB: Math.round(process.resourceUsage().maxRSS / 1024),
    };
    io.stdout(
      `geo resolution, one thread: ${toponyms} toponyms (${result.source}), ${resolved} resolved\n` +
        `  first pass (empty caches): ${result.toponymsPerSecondCold} toponyms/s; second pass: ${result.toponymsPerSecondWarm} toponyms/s\n` +
        `  gazetteer ${path}: ${result.gazetteerMiB} MiB on disk, opened in ${result.loadMs} ms; memory added: ${result.memoryLoadedMiB} MiB once open, ` +
        `${result.memoryAfterMiB} MiB after the run; peak RSS of the process ${result.peakRssMiB} MiB\n`,
    );
    if (opts.json) io.stdout(JSON.stringify(result) + '\n');
    return 0;
  } catch (err) {
    const e = asSitrepError(err);
    io.stderr(`${e.code}: ${e.message}\n`);
    return 1;
  }
}
