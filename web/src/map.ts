// The map: country shapes bundled with the page (world-atlas, drawn with d3-geo), incidents aggregated by the
// server into grid cells for the zoom level, so the page never draws 100,000 markers.
import { geoNaturalEarth1, geoPath, geoGraticule10 } from 'd3-geo';
import { select } from 'd3-selection';
import { zoom as d3zoom, zoomIdentity, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';
import { feature, mesh } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import worldUrl from 'world-atlas/countries-50m.json?url';
import { getJson, type MapCell } from './api';
import { typeColor } from './colors';
import { clear, el, svg } from './dom';
import type { Filters } from './state';

const W = 960;
const H = 480;

export type MapCallbacks = {
  openIncident(id: number): void;
  /** the user asks to filter to what the map shows */
  filterToView(bbox: string): void;
};

export class MapView {
  private readonly root: SVGSVGElement;
  private readonly land: SVGGElement;
  private readonly markers: SVGGElement;
  private readonly legend: HTMLElement;
  private readonly projection = geoNaturalEarth1();
  private readonly behavior: ZoomBehavior<SVGSVGElement, unknown>;
  private transform: ZoomTransform = zoomIdentity;
  private cells: MapCell[] = [];
  private filters: Filters = {};
  private selected?: number;
  private pending?: AbortController;
  private settle?: number;
  private lastKey = '';
  private fitNext?: 'results' | 'world';
  /** resolves once the cells of the current view are drawn (the tests wait on data-state="ready") */
  readonly container: HTMLElement;

  constructor(container: HTMLElement, private readonly cb: MapCallbacks) {
    this.container = container;
    this.projection.fitExtent([[6, 6], [W - 6, H - 6]], { type: 'Sphere' });
    this.root = svg('svg', { viewBox: `0 0 ${W} ${H}`, class: 'map-svg', tabindex: 0, role: 'application', 'aria-label': 'Map of incidents: arrow keys pan, + and - zoom, Tab reaches the markers' });
    this.land = svg('g', { class: 'land' });
    this.markers = svg('g', { class: 'markers' });
    this.root.append(this.land, this.markers);
    const tools = el(
      'div',
      { class: 'map-tools' },
      el('button', { type: 'button', title: 'Zoom in', 'aria-label': 'Zoom in', onclick: () => this.zoomBy(2) }, '+'),
      el('button', { type: 'button', title: 'Zoom out', 'aria-label': 'Zoom out', onclick: () => this.zoomBy(0.5) }, '−'),
      el('button', { type: 'button', title: 'Whole world', onclick: () => this.reset() }, 'World'),
      el('button', { type: 'button', id: 'filter-view', title: 'Show only the incidents inside the map view', onclick: () => this.cb.filterToView(this.viewBbox()) }, 'Filter to view'),
    );
    this.legend = el('div', { class: 'legend', 'aria-label': 'Colours by event type' });
    container.append(tools, this.root, this.legend);
    container.dataset.state = 'loading';

    this.behavior = d3zoom<SVGSVGElement, unknown>()
      .scaleExtent([1, 512])
      .translateExtent([[0, 0], [W, H]])
      .on('zoom', (e: { transform: ZoomTransform }) => {
        this.transform = e.transform;
        this.land.setAttribute('transform', e.transform.toString());
        this.land.style.setProperty('--k', String(e.transform.k));
        this.placeMarkers();
        window.clearTimeout(this.settle);
        this.settle = window.setTimeout(() => void this.load(), 180);
      });
    select(this.root).call(this.behavior).on('dblclick.zoom', null);
    this.root.addEventListener('keydown', (e) => this.onKey(e));
  }

  async init(): Promise<void> {
    const res = await fetch(worldUrl);
    const world = (await res.json()) as Topology<{ countries: GeometryCollection }>;
    const path = geoPath(this.projection);
    const countries = feature(world, world.objects.countries);
    this.land.append(svg('path', { class: 'sphere', d: path({ type: 'Sphere' }) ?? '' }));
    this.land.append(svg('path', { class: 'graticule', d: path(geoGraticule10()) ?? '' }));
    const shapes = svg('g', { class: 'countries' });
    for (const f of countries.features) {
      const d = path(f);
      if (!d) continue;
      const name = (f.properties as { name?: string } | null)?.name ?? '';
      shapes.append(svg('path', { d, class: 'country' }, svg('title', {}, name)));
    }
    this.land.append(shapes);
    this.land.append(svg('path', { class: 'borders', d: path(mesh(world, world.objects.countries, (a, b) => a !== b)) ?? '' }));
  }

  update(filters: Filters, selected?: number): void {
    const changed = JSON.stringify(filters) !== JSON.stringify(this.filters);
    // new filters: show all of what they select (the whole world once they are cleared)
    if (changed) this.fitNext = Object.keys(filters).length > 0 ? 'results' : 'world';
    this.filters = filters;
    this.selected = selected;
    void this.load();
  }

  private fit(): void {
    const mode = this.fitNext;
    this.fitNext = undefined;
    if (mode === 'world') {
      if (this.transform.k !== 1) this.reset();
      return;
    }
    if (this.cells.length === 0) return;
    const b = this.cells.reduce<[number, number, number, number]>(
      (acc, c) => [Math.min(acc[0], c.bounds[0]), Math.min(acc[1], c.bounds[1]), Math.max(acc[2], c.bounds[2]), Math.max(acc[3], c.bounds[3])],
      [180, 90, -180, -90],
    );
    if (b[2] - b[0] > 120 || b[3] - b[1] > 60) this.reset();
    else this.zoomTo([b[0] - 1, b[1] - 1, b[2] + 1, b[3] + 1]);
  }

  private zoomLevel(): number {
    return Math.max(0, Math.min(16, Math.round(Math.log2((this.transform.k * W) / 240))));
  }

  /** the map view as minLon,minLat,maxLon,maxLat */
  viewBbox(): string {
    const pts: [number, number][] = [];
    for (const [x, y] of [[0, 0], [W, 0], [0, H], [W, H], [W / 2, 0], [W / 2, H], [0, H / 2], [W, H / 2]] as const) {
      const p = this.projection.invert!(this.transform.invert([x, y]));
      if (p && Number.isFinite(p[0]) && Number.isFinite(p[1])) pts.push(p);
    }
    const clamp = (v: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, v));
    if (pts.length < 4 || this.transform.k < 1.5) return '-180,-90,180,90';
    const lons = pts.map((p) => p[0]);
    const lats = pts.map((p) => p[1]);
    const f = (v: number) => v.toFixed(3);
    return [f(clamp(Math.min(...lons), -180, 180)), f(clamp(Math.min(...lats), -90, 90)), f(clamp(Math.max(...lons), -180, 180)), f(clamp(Math.max(...lats), -90, 90))].join(',');
  }

  private async load(): Promise<void> {
    const zoom = this.zoomLevel();
    const params: Record<string, string | number | undefined> = { ...this.filters, zoom };
    // zoomed in without a box of the user's own: ask only for what is in view
    if (!this.filters.bbox && this.transform.k >= 1.5 && this.fitNext !== 'results') params.bbox = this.viewBbox();
    const key = JSON.stringify(params);
    if (key === this.lastKey) {
      this.draw();
      this.container.dataset.state = 'ready';
      return;
    }
    this.pending?.abort();
    const ctrl = new AbortController();
    this.pending = ctrl;
    this.container.dataset.state = 'loading';
    try {
      const r = await getJson<{ cells: MapCell[]; total: number }>('/api/map', params, ctrl.signal);
      this.cells = r.cells;
      this.lastKey = key;
      this.draw();
      if (this.fitNext) {
        // the zoom that follows loads the cells of the new view
        const before = this.transform;
        this.fit();
        if (this.transform !== before) return;
      }
      this.container.dataset.state = 'ready';
      this.container.dataset.total = String(r.total);
    } catch (err) {
      if ((err as Error).name === 'AbortError') return;
      this.container.dataset.state = 'error';
    }
  }

  private draw(): void {
    clear(this.markers);
    const types = new Map<string, number>();
    for (const c of this.cells) {
      for (const [t, n] of Object.entries(c.byType)) types.set(t, (types.get(t) ?? 0) + n);
      const r = Math.min(16, 5 + 1.6 * Math.log2(c.count));
      const single = c.count === 1 && c.incidentId !== undefined;
      const label = single
        ? `Incident ${c.incidentId}: ${c.type}${c.killed ? `, ${c.killed} killed` : ''}`
        : `${c.count} incidents, mostly ${c.type}${c.killed ? `, ${c.killed} killed` : ''}: ${c.bounds[2] - c.bounds[0] < 0.02 && c.bounds[3] - c.bounds[1] < 0.02 ? 'list them' : 'zoom in'}`;
      const g = svg(
        'g',
        {
          class: `marker${single ? ' single' : ' cluster'}${single && c.incidentId === this.selected ? ' selected' : ''}`,
          tabindex: 0,
          role: 'button',
          'aria-label': label,
          'data-lat': c.lat,
          'data-lon': c.lon,
          'data-count': c.count,
          'data-type': c.type,
          'data-incident': single ? c.incidentId : undefined,
        },
        svg('title', {}, label),
        svg('circle', { r, fill: typeColor(c.type) }),
        c.count > 1 ? svg('text', { 'text-anchor': 'middle', dy: '0.35em' }, c.count > 999 ? `${Math.round(c.count / 100) / 10}k` : c.count) : null,
      );
      const [x0, y0, x1, y1] = c.bounds;
      // incidents at one spot (a region's centre) never split by zooming: list them instead
      const samePlace = x1 - x0 < 0.02 && y1 - y0 < 0.02;
      const activate = () =>
        single
          ? this.cb.openIncident(c.incidentId!)
          : samePlace || this.transform.k >= 256
            ? this.cb.filterToView([x0 - 0.01, y0 - 0.01, x1 + 0.01, y1 + 0.01].map((v) => v.toFixed(3)).join(','))
            : this.zoomTo(c.bounds);
      g.addEventListener('click', (e) => {
        e.stopPropagation();
        activate();
      });
      g.addEventListener('keydown', (e) => {
        if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault();
          e.stopPropagation();
          activate();
        }
      });
      this.markers.append(g);
    }
    this.placeMarkers();
    clear(this.legend);
    for (const [t, n] of [...types].sort((a, b) => b[1] - a[1])) {
      this.legend.append(el('span', { class: 'legend-item' }, el('span', { class: 'swatch', 'data-color': typeColor(t) }), `${t} ${n}`));
    }
    for (const s of this.legend.querySelectorAll<HTMLElement>('.swatch')) s.style.background = s.dataset.color!;
  }

  private placeMarkers(): void {
    for (const g of this.markers.children) {
      const lon = Number(g.getAttribute('data-lon'));
      const lat = Number(g.getAttribute('data-lat'));
      const p = this.projection([lon, lat]);
      if (!p) continue;
      const [x, y] = this.transform.apply(p);
      g.setAttribute('transform', `translate(${x.toFixed(1)},${y.toFixed(1)})`);
    }
  }

  zoomBy(factor: number): void {
    this.behavior.scaleBy(select(this.root), factor);
  }

  reset(): void {
    this.behavior.transform(select(this.root), zoomIdentity);
  }

  /** zooms so that a lon/lat box fills most of the view */
  zoomTo(bounds: [number, number, number, number]): void {
    const [minLon, minLat, maxLon, maxLat] = bounds;
    const a = this.projection([minLon, maxLat])!;
    const b = this.projection([maxLon, minLat])!;
    const dx = Math.max(Math.abs(b[0] - a[0]), 8);
    const dy = Math.max(Math.abs(b[1] - a[1]), 8);
    const k = Math.min(512, Math.max(1, 0.6 / Math.max(dx / W, dy / H)));
    const cx = (a[0] + b[0]) / 2;
    const cy = (a[1] + b[1]) / 2;
    this.behavior.transform(select(this.root), zoomIdentity.translate(W / 2 - k * cx, H / 2 - k * cy).scale(k));
  }

  private onKey(e: KeyboardEvent): void {
    if (e.target !== this.root) return;
    const step = 60;
    const moves: Record<string, [number, number]> = { ArrowLeft: [step, 0], ArrowRight: [-step, 0], ArrowUp: [0, step], ArrowDown: [0, -step] };
    if (moves[e.key]) {
      e.preventDefault();
      const [dx, dy] = moves[e.key]!;
      this.behavior.translateBy(select(this.root), dx / this.transform.k, dy / this.transform.k);
    } else if (e.key === '+' || e.key === '=') {
      e.preventDefault();
      this.zoomBy(2);
    } else if (e.key === '-' || e.key === '_') {
      e.preventDefault();
      this.zoomBy(0.5);
    } else if (e.key === '0') {
      this.reset();
    }
  }
}
