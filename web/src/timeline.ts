// The timeline: incidents per day, stacked by type, counted by the server. Brushing a range sets the
// from/to filters (the date fields of the filter form do the same from the keyboard).
import { brushX, type BrushBehavior } from 'd3-brush';
import { select } from 'd3-selection';
import { getJson, type TimelineDay } from './api';
import { typeColor } from './colors';
import { clear, el, svg } from './dom';
import type { Filters } from './state';

const W = 960;
const H = 120;
const PAD_L = 34;
const PAD_R = 8;
const PAD_T = 8;
const PAD_B = 22;
const DAY = 86_400_000;

const toDay = (iso: string) => Math.floor(Date.parse(`${iso}T00:00:00Z`) / DAY);
const fromDay = (d: number) => new Date(d * DAY).toISOString().slice(0, 10);

export class TimelineView {
  private readonly root: SVGSVGElement;
  private readonly bars: SVGGElement;
  private readonly axis: SVGGElement;
  private readonly brushLayer: SVGGElement;
  private readonly brush: BrushBehavior<unknown>;
  private readonly caption: HTMLElement;
  private first = 0;
  private last = 0;
  private lastKey = '';
  private range: { from?: string; to?: string } = {};

  constructor(
    private readonly container: HTMLElement,
    private readonly onRange: (from?: string, to?: string) => void,
  ) {
    this.root = svg('svg', { viewBox: `0 0 ${W} ${H}`, class: 'timeline-svg', role: 'img', 'aria-label': 'Incidents per day by type; drag to choose dates' });
    this.bars = svg('g', { class: 'bars' });
    this.axis = svg('g', { class: 'axis' });
    this.brushLayer = svg('g', { class: 'brush' });
    this.root.append(this.bars, this.axis, this.brushLayer);
    this.caption = el('p', { class: 'timeline-caption' });
    container.append(this.root, this.caption);
    container.dataset.state = 'loading';
    this.brush = brushX()
      .extent([[PAD_L, PAD_T], [W - PAD_R, H - PAD_B]])
      .on('end', (e: { selection: [number, number] | null; sourceEvent?: Event }) => {
        if (!e.sourceEvent) return; // moved by update(), not by the user
        if (!e.selection) {
          this.onRange(undefined, undefined);
          return;
        }
        const [a, b] = e.selection.map((x) => this.dayAt(x)) as [number, number];
        this.onRange(fromDay(a), fromDay(Math.max(a, b)));
      });
    select(this.brushLayer).call(this.brush as never);
  }

  private x(day: number): number {
    const span = Math.max(1, this.last - this.first + 1);
    return PAD_L + ((day - this.first) / span) * (W - PAD_L - PAD_R);
  }

  private dayAt(x: number): number {
    const span = Math.max(1, this.last - this.first + 1);
    return Math.max(this.first, Math.min(this.last, this.first + Math.floor(((x - PAD_L) / (W - PAD_L - PAD_R)) * span)));
  }

  async update(filters: Filters): Promise<void> {
    // the timeline shows every date under the other filters; the chosen range is drawn as the brush
    const { from, to, ...rest } = filters;
    this.range = { from, to };
    const key = JSON.stringify(rest);
    if (key !== this.lastKey) {
      this.container.dataset.state = 'loading';
      try {
        const r = await getJson<{ days: TimelineDay[] }>('/api/timeline', rest);
        this.lastKey = key;
        this.draw(r.days);
      } catch {
        this.container.dataset.state = 'error';
        return;
      }
    }
    this.showRange();
    this.container.dataset.state = 'ready';
  }

  private draw(days: TimelineDay[]): void {
    clear(this.bars);
    clear(this.axis);
    if (days.length === 0) {
      this.caption.textContent = 'No dated incidents under these filters.';
      return;
    }
    this.first = toDay(days[0]!.date);
    this.last = toDay(days[days.length - 1]!.date);
    const max = Math.max(...days.map((d) => d.total));
    const scaleY = (n: number) => (n / max) * (H - PAD_T - PAD_B);
    const width = Math.max(1, this.x(this.first + 1) - this.x(this.first) - 0.5);
    let total = 0;
    for (const d of days) {
      total += d.total;
      const x = this.x(toDay(d.date));
      let y = H - PAD_B;
      const title = `${d.date}: ${Object.entries(d.byType).map(([t, n]) => `${t} ${n}`).join(', ')}`;
      const g = svg('g', { class: 'day', 'data-date': d.date, 'data-total': d.total }, svg('title', {}, title));
      for (const [t, n] of Object.entries(d.byType).sort()) {
        const h = scaleY(n);
        y -= h;
        g.append(svg('rect', { x: x.toFixed(2), y: y.toFixed(2), width: width.toFixed(2), height: Math.max(0.5, h).toFixed(2), fill: typeColor(t) }));
      }
      this.bars.append(g);
    }
    this.axis.append(svg('line', { x1: PAD_L, x2: W - PAD_R, y1: H - PAD_B, y2: H - PAD_B }));
    this.axis.append(svg('text', { x: PAD_L - 4, y: PAD_T + 8, 'text-anchor': 'end' }, max));
    const ticks = 6;
    for (let i = 0; i <= ticks; i++) {
      const day = Math.round(this.first + ((this.last - this.first) * i) / ticks);
      if (i > 0 && day === Math.round(this.first + ((this.last - this.first) * (i - 1)) / ticks)) continue;
      this.axis.append(svg('text', { x: this.x(day), y: H - 6, 'text-anchor': i === 0 ? 'start' : i === ticks ? 'end' : 'middle' }, fromDay(day)));
    }
    this.caption.textContent = `${total} incidents from ${days[0]!.date} to ${days[days.length - 1]!.date}. Drag over the bars to choose dates; click outside the selection to clear it.`;
  }

  private showRange(): void {
    const { from, to } = this.range;
    if (!from && !to) {
      this.brush.move(select(this.brushLayer) as never, null);
      return;
    }
    const a = from ? toDay(from) : this.first;
    const b = to ? toDay(to) : this.last;
    this.brush.move(select(this.brushLayer) as never, [this.x(Math.max(this.first, a)), this.x(Math.min(this.last, b) + 1)]);
  }
}
