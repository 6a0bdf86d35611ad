// `sitrep demo` (what `npm start` runs): the built-in example reports, printed as a table.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../core/paths.js';
import { parseJsonLines } from '../input/articles.js';
import { createExtractor } from '../pipeline/extract.js';
import { formatRecords } from './format.js';
import type { Io } from './extract-command.js';

export async function runDemo(io: Io): Promise<number> {
  const path = join(packageRoot, 'examples', 'reports.jsonl');
  const extractor = createExtractor();
  let status = 0;
  try {
    for (const r of parseJsonLines(readFileSync(path, 'utf8'), path)) {
      if (!r.ok) {
        io.stderr(`${r.error.code}: ${r.error.message}\n`);
        status = 1;
        continue;
      }
      const doc = extractor.process(r.article);
      io.stdout(`== ${r.article.id} (${doc.lang}, published ${doc.published}): ${r.article.title ?? ''}\n\n`);
      io.stdout(formatRecords(doc.events, 'table', doc.text));
    }
  } finally {
    extractor.close();
  }
  io.stdout(`Run it on your own articles: bin/sitrep extract FILE --published YYYY-MM-DD [--format table]\n`);
  return status;
}
