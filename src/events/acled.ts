// The ACLED event type and sub-event type, derived from type, mode and actors by the taxonomy's rules.
import type { EventRecord } from '../core/record.js';
import { taxonomy } from '../taxonomy/index.js';

const ARMED = new Set(['MIL', 'REB', 'COP']);

export function acledView(e: Pick<EventRecord, 'type' | 'mode' | 'actor' | 'recipient'>): EventRecord['acled'] {
  const actorArmed = e.actor.some((a) => a.sector && ARMED.has(a.sector));
  const recipientArmed = e.recipient.some((a) => a.sector && ARMED.has(a.sector));
  for (const rule of taxonomy().acled) {
    const w = rule.when;
    if (w.type !== e.type) continue;
    if (w.mode && !(e.mode && w.mode.includes(e.mode))) continue;
    if (w.recipientSector && !e.recipient.some((a) => a.sector && w.recipientSector!.includes(a.sector))) continue;
    if (w.armedBoth && !(actorArmed && recipientArmed)) continue;
    return { eventType: rule.eventType, subEventType: rule.subEventType };
  }
  return undefined;
}
