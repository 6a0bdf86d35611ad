// Output formats for event records.
import type { EventRecord, Actor } from '../core/record.js';

export type OutputFormat = 'jsonl' | 'json' | 'table';

function actorLabel(a: Actor): string {
  const code = [a.country, a.sector].filter(Boolean).join('/');
  return code ? `${a.text} [${code}]` : a.text;
}

function clip(s: string, n: number): string {
  const one = s.replace(/\s+/g, ' ');
  return one.length > n ? one.slice(0, n - 1) + '…' : one;
}

export function formatRecords(records: EventRecord[], format: OutputFormat, _text: string): string {
  if (format === 'jsonl') return records.map((r) => JSON.stringify(r) + '\n').join('');
  if (format === 'json') return JSON.stringify(records, null, 2) + '\n';
  const lines: string[] = [];
  for (const r of records) {
    const who = r.actor.map(actorLabel).join(', ') || '-';
    const whom = r.recipient.map(actorLabel).join(', ') || '-';
    const claimant = r.claimant === 'outlet' ? 'outlet' : actorLabel(r.claimant);
    const where = r.location ? `${r.location.name} (${r.location.country} ${r.location.lat.toFixed(2)},${r.location.lon.toFixed(2)})` : '-';
    const when = r.date ? (r.date.start === r.date.end ? r.date.start : `${r.date.start}..${r.date.end}`) : '-';
    const size = r.size ? Object.entries(r.size).map(([k, c]) => `${k} ${c.best}${c.low !== c.high ? ` (${c.low}-${c.high})` : ''}`).join(', ') : '';
    lines.push(`${r.type}${r.mode ? '/' + r.mode : ''} ${r.status}  ${when}  ${where}${size ? '  ' + size : ''}`);
    lines.push(`  actor: ${who}   recipient: ${whom}   claimant: ${claimant}`);
    lines.push(`  "${clip(r.evidence.map((e) => e.text).join(' … '), 110)}"`);
  }
  return lines.length ? lines.join('\n') + '\n\n' : '';
}
