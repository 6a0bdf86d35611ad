// `sitrep eval <suite>`: each suite scores the pipeline against outside gold data and prints one table.
import type { Io } from './extract-command.js';

export async function runEval(suite: string, _files: string[], _opts: Record<string, unknown>, io: Io): Promise<number> {
  io.stderr(`E_BAD_OPTION: unknown eval suite "${suite}"\n`);
  return 2;
}
