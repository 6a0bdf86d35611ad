// Runs the command line in-process for tests, capturing what it prints.
import { runCli } from '../cli/main.js';
import type { Io } from '../cli/extract-command.js';

export type CliRun = { status: number; out: string; err: string };

/** `sitrep ARGS` with `stdin` as standard input: its exit status and what it wrote to stdout and stderr */
export async function runCliCaptured(args: string[], stdin = ''): Promise<CliRun> {
  let out = '';
  let err = '';
  const io: Io = { stdout: (s) => void (out += s), stderr: (s) => void (err += s), readStdin: async () => Buffer.from(stdin) };
  const status = await runCli(args, io);
  return { status, out, err };
}
