// The page: filters in the URL, a map and a timeline aggregated by the server, and a panel that shows the
// incidents, one incident or one article. Back/forward buttons and shared links restore the same view.
import './style.css';
import { ApiFailure, getJson, type ArticleDetail, type Facets, type IncidentDetail, type IncidentRow, type Page } from './api';
import { clear, el } from './dom';
import { MapView } from './map';
import { articleView, incidentTable, incidentView, type Nav } from './panels';
import { FILTER_KEYS, readState, toSearch, type Filters, type ViewState } from './state';
import { TimelineView } from './timeline';

const PAGE = 50;
const $ = <T extends HTMLElement>(sel: string) => document.querySelector(sel) as T;
const form = $<HTMLFormElement>('#filters');
const panel = $<HTMLElement>('#panel');
const status = $<HTMLElement>('#status');

let state: ViewState = readState();
let panelSeq = 0;

function navigate(next: ViewState): void {
  state = next;
  history.pushState(null, '', toSearch(next));
  void render();
}

const nav: Nav = {
  openIncident: (id) => navigate({ ...state, incident: id, article: undefined }),
  openArticle: (id, incident) => navigate({ ...state, article: id, incident }),
  back: () => navigate({ ...state, incident: undefined, article: undefined }),
  page: (offset) => navigate({ ...state, offset }),
};

const map = new MapView($('#map'), {
  openIncident: (id) => nav.openIncident(id),
  filterToView: (bbox) => navigate({ filters: { ...state.filters, bbox: bbox === '-180,-90,180,90' ? undefined : bbox }, offset: 0 }),
});
const timeline = new TimelineView($('#timeline'), (from, to) => navigate({ ...state, filters: { ...state.filters, from, to }, offset: 0, incident: undefined, article: undefined }));

function syncForm(f: Filters): void {
  for (const k of FILTER_KEYS) {
    const input = form.elements.namedItem(k) as HTMLInputElement | HTMLSelectElement | null;
    if (!input) continue;
    if (input instanceof HTMLSelectElement && f[k] && ![...input.options].some((o) => o.value === f[k])) input.append(el('option', { value: f[k]! }, f[k]!));
    input.value = f[k] ?? '';
  }
}

function formFilters(): Filters {
  const data = new FormData(form);
  const f: Filters = {};
  for (const k of FILTER_KEYS) {
    const v = String(data.get(k) ?? '').trim();
    if (v) f[k] = v;
  }
  return f;
}

form.addEventListener('submit', (e) => {
  e.preventDefault();
  navigate({ filters: formFilters(), offset: 0 });
});
$<HTMLButtonElement>('#clear').addEventListener('click', () => navigate({ filters: {}, offset: 0 }));
$<HTMLAnchorElement>('#home').addEventListener('click', (e) => {
  e.preventDefault();
  navigate({ filters: {}, offset: 0 });
});
window.addEventListener('popstate', () => {
  state = readState();
  void render();
});

function describe(f: Filters): string {
  const parts = FILTER_KEYS.filter((k) => f[k]).map((k) => `${k} ${f[k]}`);
  return parts.length ? `Filtered by ${parts.join(', ')}` : 'All incidents';
}

function showError(err: unknown): void {
  const msg = err instanceof ApiFailure ? `${err.code}: ${err.message}` : String(err);
  clear(panel);
  panel.append(el('div', { class: 'error', role: 'alert' }, msg), el('button', { type: 'button', onclick: () => nav.back() }, '← All incidents'));
}

async function renderPanel(s: ViewState): Promise<void> {
  const seq = ++panelSeq;
  panel.dataset.state = 'loading';
  try {
    let node: HTMLElement;
    if (s.article) {
      const d = await getJson<ArticleDetail>(`/api/articles/${encodeURIComponent(s.article)}`);
      node = articleView(d, nav, s.incident);
    } else if (s.incident !== undefined) {
      const d = await getJson<IncidentDetail>(`/api/incidents/${s.incident}`);
      node = incidentView(d, nav);
    } else {
      const page = await getJson<Page<IncidentRow>>('/api/incidents', { ...s.filters, limit: PAGE, offset: s.offset });
      node = incidentTable(page, nav);
    }
    if (seq !== panelSeq) return;
    panel.replaceChildren(node);
    panel.dataset.state = 'ready';
    panel.dataset.view = s.article ? 'article' : s.incident !== undefined ? 'incident' : 'table';
    document.body.dataset.view = panel.dataset.view;
  } catch (err) {
    if (seq !== panelSeq) return;
    showError(err);
    panel.dataset.state = 'error';
  }
}

let previousPanel = '';
async function render(): Promise<void> {
  syncForm(state.filters);
  status.textContent = describe(state.filters);
  map.update(state.filters, state.incident);
  const t = timeline.update(state.filters);
  const key = toSearch(state);
  const p = renderPanel(state);
  // moving to another view puts the keyboard focus on it
  if (previousPanel && key !== previousPanel) void p.then(() => panel.focus({ preventScroll: false }));
  previousPanel = key;
  await Promise.all([t, p]);
}

async function start(): Promise<void> {
  try {
    const facets = await getJson<Facets>('/api/facets');
    const typeSelect = form.elements.namedItem('type') as HTMLSelectElement;
    for (const t of facets.types) typeSelect.append(el('option', { value: t.type }, `${t.type} (${t.count})`));
    const countrySelect = form.elements.namedItem('country') as HTMLSelectElement;
    for (const c of facets.countries) countrySelect.append(el('option', { value: c.country }, `${c.country} (${c.count})`));
  } catch (err) {
    showError(err);
  }
  await map.init();
  await render();
  document.body.dataset.ready = 'true';
}

void start();
