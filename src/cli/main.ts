// The `sitrep` command line. Each command lives in its own file; this one wires them to commander.
import { DEFAULT_DB } from '../store/index.js';
import { Command, CommanderError, InvalidArgumentError } from 'commander';
import { runExtract, type Io } from './extract-command.js';
import { runDemo } from './demo-command.js';
import { runEval } from './eval-command.js';
import { runBench } from './bench-command.js';
import { runIngest } from './ingest-command.js';
import { runStoreBench } from '../store/bench.js';
import { runEvents, runIncidents } from './events-command.js';
import { runExport } from './export-command.js';
import { withFilterOptions } from '../export/filters.js';
import { runServe } from './serve-command.js';
import { runServeBench } from '../server/bench.js';
import { runParse } from './parse-command.js';
import { runUdBench } from '../linguistics/bench.js';
import { runGeoBench } from '../geo/bench.js';

function choice<T extends string>(values: readonly T[]) {
  return (v: string): T => {
    if (!values.includes(v as T)) throw new InvalidArgumentError(`expected one of ${values.join(', ')}`);
    return v as T;
  };
}

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

export const defaultIo: Io = {
  stdout: (s) => void process.stdout.write(s),
  stderr: (s) => void process.stderr.write(s),
  readStdin,
  streamStdin: () => process.stdin as AsyncIterable<Buffer>,
};

export async function runCli(argv: string[], io: Io = defaultIo): Promise<number> {
  let status = 0;
  const program = new Command('sitrep')
    .description('French and English news reports to attributed, located, dated event records')
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr });

  program
    .command('extract')
    .description('extract event records from articles (files, or stdin when none)')
    .argument('[files...]', 'text, HTML or JSON-lines files; - for stdin')
    .option('--lang <lang>', 'language of the articles (fr|en); detected when absent', choice(['fr', 'en'] as const))
    .option('--published <YYYY-MM-DD>', 'publication date: the reference for relative dates')
    .option('--input-format <format>', 'text|html|json|jsonl (guessed from the file name)', choice(['text', 'html', 'json', 'jsonl'] as const))
    .option('--format <format>', 'jsonl|json|table', choice(['jsonl', 'json', 'table'] as const), 'jsonl')
    .option('--debug', 'print which stage and rule produced what')
    .option('--syntax', "parse event sentences with sitrep's dependency parser and read roles from the tree (slower)")
    .action(async (files: string[], opts) => {
      status = await runExtract(files, opts, io);
    });

  program
    .command('demo')
    .description('extract the events of the built-in French and English example reports')
    .action(async () => {
      status = await runDemo(io);
    });

  program
    .command('eval')
    .description('score the pipeline against gold data: seed | timex | geo | popcorn | plover | ud')
    .argument('<suite>', 'seed | timex | geo | popcorn | plover')
    .argument('[files...]', 'gold files (timex: .tml files or folders)')
    .option('--gold <file>', 'gold annotation file (seed; geo: LGL, GeoVirus or GeoWebNews XML, or a brat folder)')
    .option('--text <file>', 'article text (seed)')
    .option('--lang <lang>', 'language (timex)')
    .option('--data <file>', 'gold data file (popcorn: POPCORN .json, plover: PLOVER_GSR_CAMEO.txt)')
    .option('--model <file>', 'linguistic model file (ud; default models/ud-<lang>.bin.gz)')
    .option('--errors', 'list missed and spurious events (popcorn, plover)')
    .option('--limit <n>', 'evaluate on the first n documents (gva)', (v) => Number.parseInt(v, 10))
    .option('--db <file>', 'keep the store in this file and reuse its extractions (gva)')
    .option('--json', 'print one JSON object as the last line')
    .action(async (suite: string, files: string[], opts) => {
      status = await runEval(suite, files, opts, io);
    });

  program
    .command('parse')
    .description('tag, lemmatize and parse into CoNLL-U (text, or CoNLL-U with its words kept)')
    .argument('[file]', 'input file; stdin when absent or -')
    .option('--lang <lang>', 'fr|en; detected when absent', choice(['fr', 'en'] as const))
    .option('--input-format <format>', 'text|conllu (conllu for .conllu files)', choice(['text', 'conllu'] as const))
    .action(async (file: string | undefined, opts) => {
      status = await runParse(file, opts, io);
    });

  program
    .command('bench')
    .description('measure extraction speed (articles/second) and peak memory; `bench ud`: tagger and parser speed; `bench geo`: toponym resolution')
    .argument('[mode]', 'extraction (default) | store (ingest rate, queries over 1M events) | ud | geo | serve (API latency and page load over 100,000 incidents)')
    .option('--incidents <n>', 'serve: synthetic incidents in the store', (v) => Number.parseInt(v, 10), 100000)
    .option('--gva <dir>', 'folder of the GVA documents.jsonl')
    .option('--limit <n>', 'number of GVA articles', (v) => Number.parseInt(v, 10), 1000)
    .option('--gold <file>', 'geo: gold toponyms to resolve (default ../shared LGL, else names sampled from the gazetteer)')
    .option('--events <n>', 'store: events in the generated store (default 1,000,000)', (v) => Number.parseInt(v, 10))
    .option('--keep <file>', 'store: keep (and reuse) the generated store in this file')
    .option('--json', 'print one JSON object as the last line')
    .action(async (mode: string | undefined, opts) => {
      status =
        mode === 'store' ? await runStoreBench(opts, io) : mode === 'ud' ? await runUdBench(opts, io) : mode === 'geo' ? await runGeoBench(opts, io) : mode === 'serve' ? await runServeBench(opts, io.stdout) : await runBench(opts, io);
    });

  program
    .command('ingest')
    .description('extract and store articles: folders of .txt/.html/.json, JSON lines, RSS/Atom; - reads JSON lines from stdin')
    .argument('<paths...>', 'files or folders, or - for JSON lines on standard input')
    .option('--db <file>', 'SQLite database (created when absent)', DEFAULT_DB)
    .option('--workers <n>', 'extraction threads (0: in the main thread)', (v) => Number.parseInt(v, 10))
    .option('--lang <lang>', 'language of the articles (fr|en); detected when absent', choice(['fr', 'en'] as const))
    .option('--published <YYYY-MM-DD>', 'publication date for articles that give none')
    .option('--quiet', 'no progress output')
    .action(async (paths: string[], opts) => {
      status = await runIngest(paths, opts, io);
    });

  program
    .command('serve')
    .description('serve the HTTP API and the web page (map, timeline, evidence) over a store')
    .option('--db <file>', 'SQLite database', DEFAULT_DB)
    .option('--port <n>', 'TCP port (default 8080, or a free one when 8080 is taken; 0: any free one)', (v) => Number(v))
    .option('--host <address>', 'address to bind', '127.0.0.1')
    .option('--token <token>', 'token required by writes (POST /api/articles); or SITREP_TOKEN')
    .option('--demo', 'serve the built-in example reports from memory instead of --db')
    .action(async (opts) => {
      status = await runServe(opts, io);
    });

  withFilterOptions(program.command('events').description('stored event records, filtered (newest first)'))
    .option('--format <format>', 'jsonl|table', choice(['jsonl', 'table'] as const), 'jsonl')
    .action(async (opts) => {
      status = await runEvents(opts, io);
    });

  withFilterOptions(program.command('incidents').description('incidents merged across articles, filtered (newest first)'))
    .option('--format <format>', 'jsonl|table', choice(['jsonl', 'table'] as const), 'jsonl')
    .action(async (opts) => {
      status = await runIncidents(opts, io);
    });

  withFilterOptions(program.command('export').description('export the store: CSV (ACLED-like columns), GeoJSON, PLOVER JSON lines'))
    .option('--format <format>', 'csv|geojson|plover-jsonl', choice(['csv', 'geojson', 'plover-jsonl'] as const), 'csv')
    .option('--level <level>', 'incidents|events (default: incidents, events for plover-jsonl)', choice(['incidents', 'events'] as const))
    .option('--out <file>', 'write to this file instead of stdout')
    .action(async (opts) => {
      status = await runExport(opts, io);
    });

  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help') return 0;
      return 2;
    }
    throw err;
  }
  return status;
}
