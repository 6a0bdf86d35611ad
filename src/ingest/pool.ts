// Extraction across cores: a pool of worker threads, each with its own extractor. A worker that dies fails
// only the articles it held, and is replaced.
import { Worker } from 'node:worker_threads';
import type { Article, Doc } from '../core/doc.js';
import type { ErrorCode } from '../core/errors.js';
import { asSitrepError } from '../core/errors.js';
import type { EventRecord } from '../core/record.js';
import { createExtractor, personKeys, type Extractor } from '../pipeline/extract.js';

export type WorkerTask = { seq: number; article: Article & { id: string } };
export type WorkerReply =
  | { seq: number; ok: true; events: EventRecord[]; persons: string[]; issues: string[] }
  | { seq: number; ok: false; code: ErrorCode; message: string };

/** what extraction sends back for one article: its records, the persons it names, its issues */
export function okReply(seq: number, doc: Doc): WorkerReply {
  return { seq, ok: true, events: doc.events, persons: personKeys(doc), issues: doc.issues.map((i) => `${i.code}: ${i.message}`) };
}

export interface ExtractionPool {
  readonly size: number;
  extract(article: Article & { id: string }): Promise<WorkerReply>;
  close(): Promise<void>;
}

type Slot = { worker: Worker; pending: Map<number, (r: WorkerReply) => void> };

const WORKER_URL = new URL('./extract-worker.js', import.meta.url);

class ThreadPool implements ExtractionPool {
  readonly size: number;
  private readonly slots: Slot[] = [];
  private seq = 0;
  private closing = false;

  constructor(size: number) {
    this.size = size;
    for (let i = 0; i < size; i++) this.slots.push(this.spawn());
  }

  private spawn(): Slot {
    const slot: Slot = { worker: new Worker(WORKER_URL), pending: new Map() };
    slot.worker.on('message', (r: WorkerReply) => {
      const done = slot.pending.get(r.seq);
      slot.pending.delete(r.seq);
      done?.(r);
    });
    const fail = (why: string) => {
      for (const [seq, done] of slot.pending) done({ seq, ok: false, code: 'E_PIPELINE', message: `extraction worker stopped: ${why}` });
      slot.pending.clear();
      if (!this.closing) {
        const i = this.slots.indexOf(slot);
        if (i >= 0) this.slots[i] = this.spawn();
      }
    };
    slot.worker.on('error', (err) => fail(err.message));
    slot.worker.on('exit', (code) => {
      if (slot.pending.size) fail(`exit code ${code}`);
    });
    return slot;
  }

  extract(article: Article & { id: string }): Promise<WorkerReply> {
    let slot = this.slots[0]!;
    for (const s of this.slots) if (s.pending.size < slot.pending.size) slot = s;
    const seq = ++this.seq;
    return new Promise((resolve) => {
      slot.pending.set(seq, resolve);
      slot.worker.postMessage({ seq, article } satisfies WorkerTask);
    });
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}

/** extraction in the calling thread (--workers 0): for tests and one-core machines */
class InlinePool implements ExtractionPool {
  readonly size = 0;
  private extractor: Extractor | undefined;
  private seq = 0;
  async extract(article: Article & { id: string }): Promise<WorkerReply> {
    const seq = ++this.seq;
    try {
      this.extractor ??= createExtractor();
      const doc = this.extractor.process(article);
      return okReply(seq, doc);
    } catch (err) {
      const e = asSitrepError(err);
      return { seq, ok: false, code: e.code, message: e.message };
    }
  }
  async close(): Promise<void> {
    this.extractor?.close();
  }
}

export function createPool(workers: number): ExtractionPool {
  return workers > 0 ? new ThreadPool(workers) : new InlinePool();
}
