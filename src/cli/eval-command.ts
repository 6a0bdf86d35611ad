// `sitrep eval <suite>`: each suite scores the pipeline against outside gold data and prints one table.
import type { Io } from './extract-command.js';
import { evalSuites } from '../eval/suites.js';

export async function runEval(suite: string, files: string[], opts: Record<string, unknown>, io: Io): Promise<number> {
  const run = evalSuites[suite];
  if (!run) {
    io.stderr(`E_BAD_OPTION: unknown eval suite "${suite}" (known: ${Object.keys(evalSuites).join(', ')})\n`);
    return 2;
  }
  return run(files, opts, io);
}
