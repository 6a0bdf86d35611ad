// The evaluation suites `sitrep eval` knows, one module each.
import type { Io } from '../cli/extract-command.js';
import { runSeedEval } from './seed.js';
import { runTimexEval } from './timex.js';
import { runGeoEval } from './geo.js';
import { runPopcornEval } from './popcorn.js';
import { runPloverEval } from './plover.js';
import { runGvaEval } from './gva.js';
import { runUdEval } from './ud.js';

export type EvalSuite = (files: string[], opts: Record<string, unknown>, io: Io) => Promise<number>;

export const evalSuites: Record<string, EvalSuite> = {
  seed: runSeedEval,
  timex: runTimexEval,
  geo: runGeoEval,
  popcorn: runPopcornEval,
  plover: runPloverEval,
  gva: runGvaEval,
  ud: runUdEval,
};
