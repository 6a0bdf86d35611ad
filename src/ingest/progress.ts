// Progress of a long ingest: a bar with rate and ETA on a terminal, plain lines (at most one a second) otherwise.
import type { IngestCounts } from './ingest.js';

export type ProgressSink = { write: (s: string) => void; isTTY: boolean };

function duration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '?';
  const s = Math.round(seconds);
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
}

export class Progress {
  private readonly start = performance.now();
  private last = 0;
  private shown = false;

  constructor(
    private readonly sink: ProgressSink,
    private readonly totalBytes: number,
  ) {}

  line(c: IngestCounts): string {
    const seconds = (performance.now() - this.start) / 1000;
    const done = c.stored + c.duplicates + c.failed;
    const rate = seconds > 0 ? c.stored / seconds : 0;
    const fraction = this.totalBytes > 0 ? Math.min(1, c.bytesDone / this.totalBytes) : 0;
    const eta = fraction > 0 ? (seconds * (1 - fraction)) / fraction : Infinity;
    // (standard input has no known size: no share done, no ETA)
    const share = this.totalBytes > 0 ? ` | ${Math.round(fraction * 100)}% ETA ${duration(eta)}` : '';
    return `${done} articles: ${c.stored} stored, ${c.duplicates} already stored, ${c.failed} failed, ${c.events} events | ${rate.toFixed(1)} articles/s${share}`;
  }

  update(c: IngestCounts): void {
    const now = performance.now();
    if (this.sink.isTTY) {
      if (now - this.last < 100) return;
      this.last = now;
      const fraction = this.totalBytes > 0 ? Math.min(1, c.bytesDone / this.totalBytes) : 0;
      const width = 24;
      const filled = Math.round(fraction * width);
      this.sink.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${this.line(c)}\x1b[K`);
      this.shown = true;
      return;
    }
    if (now - this.last < 1000) return;
    this.last = now;
    this.sink.write(`ingest: ${this.line(c)}\n`);
  }

  finish(c: IngestCounts): void {
    if (this.sink.isTTY && this.shown) this.sink.write('\n');
    void c;
  }
}
