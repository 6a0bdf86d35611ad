// The view lives in the URL: filters (sent to the API as they are), the page offset and what the panel shows.
export const FILTER_KEYS = ['from', 'to', 'bbox', 'country', 'type', 'actor', 'claimant', 'text'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
export type Filters = Partial<Record<FilterKey, string>>;
export type ViewState = { filters: Filters; offset: number; incident?: number; article?: string };

export function readState(search = location.search): ViewState {
  const p = new URLSearchParams(search);
  const filters: Filters = {};
  for (const k of FILTER_KEYS) {
    const v = p.get(k);
    if (v) filters[k] = v;
  }
  const offset = Number.parseInt(p.get('offset') ?? '0', 10);
  const incident = Number.parseInt(p.get('incident') ?? '', 10);
  return {
    filters,
    offset: Number.isFinite(offset) && offset > 0 ? offset : 0,
    incident: Number.isFinite(incident) ? incident : undefined,
    article: p.get('article') ?? undefined,
  };
}

export function toSearch(s: ViewState): string {
  const p = new URLSearchParams();
  for (const k of FILTER_KEYS) if (s.filters[k]) p.set(k, s.filters[k]!);
  if (s.offset) p.set('offset', String(s.offset));
  if (s.incident !== undefined) p.set('incident', String(s.incident));
  if (s.article) p.set('article', s.article);
  const q = p.toString();
  return q ? `?${q}` : location.pathname;
}
