// A worker thread of `sitrep ingest`: builds its own extractor and turns articles into event records.
// The main thread owns the database; workers only compute.
import { parentPort } from 'node:worker_threads';
import type { Article } from '../core/doc.js';
import { asSitrepError, type ErrorCode } from '../core/errors.js';
import { createExtractor, type Extractor } from '../pipeline/extract.js';
import { okReply, type WorkerReply, type WorkerTask } from './pool.js';

if (parentPort) {
  const port = parentPort;
  let extractor: Extractor | undefined;
  let broken: { code: ErrorCode; message: string } | undefined;
  try {
    extractor = createExtractor();
  } catch (err) {
    // a missing or unreadable gazetteer: every article fails with the same code, and ingest stops
    const e = asSitrepError(err);
    broken = { code: e.code, message: e.message };
  }
  port.on('message', (task: WorkerTask) => {
    let reply: WorkerReply;
    if (broken) reply = { seq: task.seq, ok: false, ...broken };
    else {
      try {
        const doc = extractor!.process(task.article as Article);
        reply = okReply(task.seq, doc);
      } catch (err) {
        const e = asSitrepError(err);
        reply = { seq: task.seq, ok: false, code: e.code, message: e.message };
      }
    }
    port.postMessage(reply);
  });
}
