// The `sitrep` command line. Each command lives in its own file; this one wires them to commander.
import { Command, CommanderError, InvalidArgumentError } from 'commander';
import { runExtract, type Io } from './extract-command.js';
import { runDemo } from './demo-command.js';
import { runEval } from './eval-command.js';
import { runBench } from './bench-command.js';

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
    .option('--input-format <format>', 'text|html|jsonl (guessed from the file name)', choice(['text', 'html', 'jsonl'] as const))
    .option('--format <format>', 'jsonl|json|table', choice(['jsonl', 'json', 'table'] as const), 'jsonl')
    .option('--debug', 'print which stage and rule produced what')
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
    .description('score the pipeline against gold data: seed | timex | geo | popcorn | plover')
    .argument('<suite>', 'seed | timex | geo | popcorn | plover')
    .argument('[files...]', 'gold files (timex: .tml files or folders)')
    .option('--gold <file>', 'gold annotation file (seed)')
    .option('--text <file>', 'article text (seed)')
    .option('--lang <lang>', 'language (timex)')
    .option('--data <file>', 'gold data file (popcorn: POPCORN .json, plover: PLOVER_GSR_CAMEO.txt)')
    .option('--errors', 'list missed and spurious events (popcorn, plover)')
    .option('--json', 'print one JSON object as the last line')
    .action(async (suite: string, files: string[], opts) => {
      status = await runEval(suite, files, opts, io);
    });

  program
    .command('bench')
    .description('measure extraction speed (articles/second) and peak memory')
    .option('--gva <dir>', 'folder of the GVA documents.jsonl')
    .option('--limit <n>', 'number of GVA articles', (v) => Number.parseInt(v, 10), 1000)
    .option('--json', 'print one JSON object as the last line')
    .action(async (opts) => {
      status = await runBench(opts, io);
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
