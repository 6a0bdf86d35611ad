// placeholder: replaced by the timex suite
import type { Io } from '../cli/extract-command.js';

export async function runTimexEval(_files: string[], _opts: Record<string, unknown>, io: Io): Promise<number> {
  io.stderr('E_BAD_OPTION: the timex suite is not available yet\n');
  return 2;
}
