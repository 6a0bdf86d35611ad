// Calls to the sitrep API; errors come back as { error: { code, message } }.
export type Count = { best: number; low: number; high: number; text: string };
export type Place = { name: string; country: string; admin1?: string; lat: number; lon: number; precision: string; text?: string; inferred?: boolean };
export type Span = { start: number; end: number; text: string };
export type Actor = { text: string; span: Span; country?: string; sector?: string; name?: string };
export type IncidentRow = {
  id: number;
  type: string;
  family: string;
  date?: string;
  dateStart?: string;
  dateEnd?: string;
  location?: Place;
  killed?: Count;
  injured?: Count;
  sourceCount: number;
  eventCount: number;
  claimants: string[];
  claimantCount: number;
};
export type Page<T> = { items: T[]; total: number; limit: number; offset: number };
export type EventRecord = {
  id: string;
  articleId: string;
  type: string;
  mode?: string;
  status: string;
  actor: Actor[];
  recipient: Actor[];
  claimant: Actor | 'outlet';
  cue?: Span;
  location?: Place;
  date?: { start: string; end: string; precision: string; stated: boolean; text?: string };
  size?: { killed?: Count; injured?: Count; arrested?: Count };
  framing: string[];
  evidence: Span[];
  confidence: number;
  incidentId?: number;
  isMain?: boolean;
  published?: string;
};
export type SourceClaim = { articleId: string; published?: string; claimant: string; killed?: number; injured?: number; date?: string; location?: string };
export type ArticleMeta = { id: string; title?: string; published?: string; lang?: string; url?: string; outlet?: string; length: number; eventCount: number };
export type IncidentDetail = {
  id: number;
  summary: {
    family: string;
    type: string;
    date?: string;
    dateStart?: string;
    dateEnd?: string;
    location?: Place;
    killed?: Count;
    injured?: Count;
    firstReport?: string;
    lastReport?: string;
    sources: string[];
    claimants: SourceClaim[];
    eventCount: number;
  };
  events: EventRecord[];
  articles: ArticleMeta[];
};
export type Annotation = { role: string; start: number; end: number; text: string; events: string[] };
export type ArticleDetail = {
  article: { id: string; title?: string; published?: string; lang?: string; url?: string; outlet?: string; text: string };
  events: EventRecord[];
  annotations: Annotation[];
};
export type MapCell = { lat: number; lon: number; count: number; type: string; byType: Record<string, number>; incidentId?: number; killed: number; bounds: [number, number, number, number] };
export type TimelineDay = { date: string; total: number; byType: Record<string, number> };
export type Facets = { types: { type: string; count: number }[]; countries: { country: string; count: number }[] };

export class ApiFailure extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export async function getJson<T>(path: string, params: Record<string, string | number | undefined> = {}, signal?: AbortSignal): Promise<T> {
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') qs.set(k, String(v));
  const url = qs.size ? `${path}?${qs}` : path;
  const res = await fetch(url, { signal, headers: { accept: 'application/json' } });
  const body = (await res.json().catch(() => ({}))) as { error?: { code: string; message: string } };
  if (!res.ok) throw new ApiFailure(res.status, body.error?.code ?? 'E_HTTP', body.error?.message ?? res.statusText);
  return body as T;
}
