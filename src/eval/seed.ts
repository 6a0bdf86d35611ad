// `sitrep eval seed`: the founding example, scored as ../shared/seed/README.md describes.
import { existsSync, readFileSync } from 'node:fs';
import type { Io } from '../cli/extract-command.js';
import { sharedPath } from '../core/paths.js';
import { createExtractor } from '../pipeline/extract.js';
import { scoreSeed, type Gold } from './seed-score.js';

export async function runSeedEval(_files: string[], opts: Record<string, unknown>, io: Io): Promise<number> {
  const goldPath = (opts.gold as string | undefined) ?? sharedPath('seed', 'karabakh-fr.gold.json');
  const textPath = (opts.text as string | undefined) ?? goldPath.replace(/\.gold\.json$/, '.txt');
  for (const p of [goldPath, textPath]) {
    if (!existsSync(p)) {
      io.stderr(`E_FILE_NOT_FOUND: ${p} (pass --gold FILE and --text FILE)\n`);
      return 2;
    }
  }
  const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as Gold;
  const text = readFileSync(textPath, 'utf8');
  const extractor = createExtractor();
  const events = extractor.extract({ id: 'seed', text, lang: gold.document.language, published: gold.document.published });
  extractor.close();
  const s = scoreSeed(gold, text, events);
  io.stdout(s.lines.join('\n') + '\n');
  io.stdout('fields: ' + Object.entries(s.fields).map(([k, f]) => `${k} ${f.total ? (f.right / f.total).toFixed(2) : '-'}`).join(', ') + '\n');
  io.stdout(`forbidden: ${s.forbidden.length ? s.forbidden.join(', ') : 'none'}\n`);
  const minField = Math.min(...Object.values(s.fields).filter((f) => f.total).map((f) => f.right / f.total));
  io.stdout(
    `seed: required ${s.foundRequired}/${s.required}, precision ${s.precision.toFixed(2)} of ${s.predicted}, forbidden ${s.forbidden.length}, ` +
      `killed total ${s.killedTotal}/${s.goldKilled}, min field ${minField.toFixed(2)}\n`,
  );
  if (opts.json) {
    io.stdout(
      JSON.stringify({
        requiredRecall: s.foundRequired / s.required,
        precision: s.precision,
        predicted: s.predicted,
        forbidden: s.forbidden,
        killedTotal: s.killedTotal,
        fields: Object.fromEntries(Object.entries(s.fields).map(([k, f]) => [k, f.total ? f.right / f.total : null])),
        pass: s.pass,
      }) + '\n',
    );
  }
  return s.pass ? 0 : 1;
}
