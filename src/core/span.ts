// Spans are UTF-16 offsets into the untouched article text: text.slice(start, end) === span.text.
export type Span = { start: number; end: number; text: string };

export function spanOf(text: string, start: number, end: number): Span {
  return { start, end, text: text.slice(start, end) };
}

export function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

export function contains(outer: { start: number; end: number }, inner: { start: number; end: number }): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

/** Returns the first span whose slice of `text` differs from its recorded text, or undefined. */
export function findBrokenSpan(text: string, spans: Iterable<Span>): Span | undefined {
  for (const s of spans) {
    if (s.start < 0 || s.end < s.start || s.end > text.length || text.slice(s.start, s.end) !== s.text) return s;
  }
  return undefined;
}
