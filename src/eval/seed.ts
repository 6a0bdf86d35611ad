// placeholder: replaced by the seed suite
import type { Io } from '../cli/extract-command.js';

export async function runSeedEval(_files: string[], _opts: Record<string, unknown>, io: Io): Promise<number> {
  io.stderr('E_BAD_OPTION: the seed suite is not available yet\n');
  return 2;
}
