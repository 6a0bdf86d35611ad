// `sitrep bench`: extraction speed and memory.
import type { Io } from './extract-command.js';

export async function runBench(_opts: Record<string, unknown>, io: Io): Promise<number> {
  io.stderr('E_BAD_OPTION: bench not available yet\n');
  return 2;
}
