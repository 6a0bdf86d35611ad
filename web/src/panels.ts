// The side panel: the table of incidents, one incident (reports, claimants, fatality range) or one article
// with its spans highlighted by role and its event records beside. Text is only ever set as text.
import type { Annotation, ArticleDetail, Count, EventRecord, IncidentDetail, IncidentRow, Page, Place } from './api';
import { typeColor } from './colors';
import { el, type Child } from './dom';

export type Nav = {
  openIncident(id: number): void;
  openArticle(id: string, incident?: number): void;
  back(): void;
  page(offset: number): void;
};

const ROLE_ORDER = ['claimant', 'cue', 'actor', 'recipient', 'place', 'date', 'count', 'framing', 'evidence'];
const ROLE_LABEL: Record<string, string> = {
  claimant: 'claimant',
  cue: 'reporting cue',
  actor: 'actor',
  recipient: 'recipient',
  place: 'place',
  date: 'date',
  count: 'count',
  framing: 'framing',
  evidence: 'event words',
};

function range(c?: Count): string {
  if (!c) return '';
  return c.low === c.high ? String(c.best) : `${c.best} (${c.low}–${c.high})`;
}

function placeText(p?: Place): string {
  if (!p) return '';
  return [p.name, p.admin1 && p.admin1 !== p.name ? p.admin1 : undefined, p.country].filter(Boolean).join(', ');
}

function dateText(a?: string, b?: string, best?: string): string {
  if (best && (!a || a === b)) return best;
  if (a && b && a !== b) return best ? `${best} (${a} – ${b})` : `${a} – ${b}`;
  return a ?? best ?? '';
}

function typeBadge(type: string): HTMLElement {
  const b = el('span', { class: 'type', 'data-type': type }, type);
  b.style.borderColor = typeColor(type);
  return b;
}

export function incidentTable(page: Page<IncidentRow>, nav: Nav): HTMLElement {
  const rows = page.items.map((i) =>
    el(
      'tr',
      { 'data-incident': i.id },
      el('td', { class: 'date', title: i.dateStart && i.dateEnd && i.dateStart !== i.dateEnd ? `reports span ${i.dateStart} – ${i.dateEnd}` : undefined }, i.date ?? i.dateStart ?? ''),
      el('td', {}, typeBadge(i.type)),
      el('td', {}, el('a', { href: `?incident=${i.id}`, class: 'open-incident', onclick: (e) => (e.preventDefault(), nav.openIncident(i.id)) }, placeText(i.location) || `incident ${i.id}`)),
      el('td', { class: 'num' }, range(i.killed)),
      el('td', { class: 'num' }, i.sourceCount),
      el('td', {}, i.claimants.join('; ') + (i.claimantCount > i.claimants.length ? ' …' : '')),
    ),
  );
  const end = Math.min(page.total, page.offset + page.items.length);
  return el(
    'div',
    { class: 'incidents' },
    el('h2', {}, `Incidents`),
    el('p', { class: 'count', id: 'incident-count', 'data-total': page.total }, page.total === 0 ? 'No incident matches these filters.' : `${page.offset + 1}–${end} of ${page.total}`),
    el(
      'table',
      { id: 'incident-table' },
      el('caption', { class: 'visually-hidden' }, 'Incidents, latest first'),
      el('thead', {}, el('tr', {}, ...['Date', 'Type', 'Place', 'Killed', 'Sources', 'Claimants'].map((h) => el('th', { scope: 'col' }, h)))),
      el('tbody', {}, ...rows),
    ),
    el(
      'nav',
      { class: 'pager', 'aria-label': 'Pages' },
      el('button', { type: 'button', disabled: page.offset === 0, onclick: () => nav.page(Math.max(0, page.offset - page.limit)) }, '← Newer'),
      el('button', { type: 'button', disabled: end >= page.total, onclick: () => nav.page(page.offset + page.limit) }, 'Older →'),
    ),
  );
}

const claimantText = (c: EventRecord['claimant']) => (c === 'outlet' ? 'the outlet' : c.text);

function recordBlock(r: EventRecord, extra: Child[] = [], attrs: Record<string, string | number> = {}): HTMLElement {
  const counts = (['killed', 'injured', 'arrested'] as const).filter((k) => r.size?.[k]).map((k) => `${k} ${range(r.size![k])}`);
  return el(
    'li',
    { class: `record status-${r.status}`, 'data-event': r.id, ...attrs },
    el('div', { class: 'record-head' }, typeBadge(r.type), r.mode ? ` ${r.mode}` : '', ` · ${r.status}`, r.date ? ` · ${dateText(r.date.start, r.date.end)}${r.date.stated ? '' : ' (not stated)'}` : ''),
    el(
      'dl',
      {},
      r.actor.length ? el('dt', {}, 'actor') : null,
      r.actor.length ? el('dd', {}, r.actor.map((a) => a.text + (a.country ? ` [${a.country}${a.sector ? '/' + a.sector : ''}]` : '')).join('; ')) : null,
      r.recipient.length ? el('dt', {}, 'recipient') : null,
      r.recipient.length ? el('dd', {}, r.recipient.map((a) => a.text + (a.country ? ` [${a.country}${a.sector ? '/' + a.sector : ''}]` : '')).join('; ')) : null,
      el('dt', {}, 'claimant'),
      el('dd', {}, claimantText(r.claimant)),
      r.location ? el('dt', {}, 'place') : null,
      r.location ? el('dd', {}, placeText(r.location) + (r.location.inferred ? ' (inferred)' : '')) : null,
      counts.length ? el('dt', {}, 'counts') : null,
      counts.length ? el('dd', {}, counts.join(', ')) : null,
      r.framing.length ? el('dt', {}, 'framing') : null,
      r.framing.length ? el('dd', {}, r.framing.join('; ')) : null,
    ),
    el('blockquote', {}, r.evidence.map((e) => e.text).join(' … ')),
    ...extra,
  );
}

export function incidentView(d: IncidentDetail, nav: Nav): HTMLElement {
  const s = d.summary;
  const titles = new Map(d.articles.map((a) => [a.id, a]));
  const killed = s.killed ? `${s.killed.best}${s.killed.low !== s.killed.high ? ` (reports range ${s.killed.low}–${s.killed.high})` : ''}` : 'none reported';
  const injured = s.injured ? `${s.injured.best}${s.injured.low !== s.injured.high ? ` (${s.injured.low}–${s.injured.high})` : ''}` : 'none reported';
  return el(
    'article',
    { class: 'incident', id: 'incident-view', 'data-incident': d.id },
    el('button', { type: 'button', class: 'back', onclick: () => nav.back() }, '← All incidents'),
    el('h2', {}, typeBadge(s.type), ` ${placeText(s.location) || 'unlocated'} · ${dateText(s.dateStart, s.dateEnd, s.date)}`),
    el(
      'dl',
      { class: 'facts' },
      el('dt', {}, 'Killed'),
      el('dd', { id: 'fatalities' }, killed),
      el('dt', {}, 'Injured'),
      el('dd', {}, injured),
      el('dt', {}, 'Reports'),
      el('dd', {}, `${s.sources.length} article${s.sources.length === 1 ? '' : 's'}, ${s.eventCount} event record${s.eventCount === 1 ? '' : 's'}${s.firstReport ? `, first ${s.firstReport}` : ''}${s.lastReport && s.lastReport !== s.firstReport ? `, last ${s.lastReport}` : ''}`),
      s.location ? el('dt', {}, 'Place') : null,
      s.location ? el('dd', {}, `${placeText(s.location)} (${s.location.precision}, ${s.location.lat.toFixed(3)}, ${s.location.lon.toFixed(3)})`) : null,
    ),
    el('h3', {}, 'Who claims what'),
    el(
      'table',
      { class: 'claimants' },
      el('thead', {}, el('tr', {}, ...['Claimant', 'Report', 'Killed', 'Injured', 'Date', 'Place'].map((h) => el('th', { scope: 'col' }, h)))),
      el(
        'tbody',
        {},
        ...s.claimants.map((c) =>
          el(
            'tr',
            {},
            el('td', {}, c.claimant === 'outlet' ? 'the outlet' : c.claimant),
            el('td', {}, el('a', { href: `?article=${encodeURIComponent(c.articleId)}`, onclick: (e) => (e.preventDefault(), nav.openArticle(c.articleId, d.id)) }, titles.get(c.articleId)?.title ?? c.articleId)),
            el('td', { class: 'num' }, c.killed ?? ''),
            el('td', { class: 'num' }, c.injured ?? ''),
            el('td', {}, c.date ?? ''),
            el('td', {}, c.location ?? ''),
          ),
        ),
      ),
    ),
    el('h3', {}, 'Reports'),
    el(
      'ul',
      { class: 'reports' },
      ...d.articles.map((a) =>
        el(
          'li',
          {},
          el('button', { type: 'button', class: 'open-article', 'data-article': a.id, onclick: () => nav.openArticle(a.id, d.id) }, a.title ?? a.id),
          ` ${[a.outlet, a.published, a.lang].filter(Boolean).join(' · ')}`,
        ),
      ),
    ),
    el('h3', {}, 'Event records'),
    el('ul', { class: 'records' }, ...d.events.map((r) => recordBlock(r))),
  );
}

/** splits the text at every span boundary; each piece is marked with the roles covering it */
export function highlightedText(text: string, annotations: Annotation[], shown: Set<string>): HTMLElement {
  const container = el('div', { class: 'article-text', id: 'article-text' });
  const active = annotations.filter((a) => shown.has(a.role));
  const cuts = new Set<number>([0, text.length]);
  for (const a of active) {
    cuts.add(a.start);
    cuts.add(a.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    const piece = text.slice(start, end);
    const covering = active.filter((a) => a.start <= start && a.end >= end);
    if (covering.length === 0) {
      container.append(document.createTextNode(piece));
      continue;
    }
    const roles = [...new Set(covering.map((a) => a.role))].sort((a, b) => ROLE_ORDER.indexOf(a) - ROLE_ORDER.indexOf(b));
    const events = [...new Set(covering.flatMap((a) => a.events))];
    container.append(
      el('mark', { 'data-role': roles[0]!, 'data-roles': roles.join(' '), 'data-events': events.join(' '), title: roles.map((r) => ROLE_LABEL[r] ?? r).join(', ') }, piece),
    );
  }
  return container;
}

export function articleView(d: ArticleDetail, nav: Nav, fromIncident?: number): HTMLElement {
  const a = d.article;
  const shown = new Set(ROLE_ORDER);
  const holder = el('div', { class: 'article-body' });
  const render = () => holder.replaceChildren(highlightedText(a.text, d.annotations, shown));
  render();
  const present = new Set(d.annotations.map((x) => x.role));
  const legend = el(
    'fieldset',
    { class: 'roles' },
    el('legend', {}, 'Highlight'),
    ...ROLE_ORDER.filter((r) => present.has(r)).map((r) =>
      el(
        'label',
        { class: `role-toggle`, 'data-role': r },
        el('input', {
          type: 'checkbox',
          checked: true,
          name: `role-${r}`,
          onchange: (e) => {
            if ((e.target as HTMLInputElement).checked) shown.add(r);
            else shown.delete(r);
            render();
          },
        }),
        el('mark', { 'data-role': r }, ROLE_LABEL[r] ?? r),
      ),
    ),
  );
  const focusRecord = (id: string) => {
    for (const m of holder.querySelectorAll('mark.current')) m.classList.remove('current');
    let first: Element | undefined;
    for (const m of holder.querySelectorAll<HTMLElement>('mark')) {
      if ((m.dataset.events ?? '').split(' ').includes(id)) {
        m.classList.add('current');
        first ??= m;
      }
    }
    first?.scrollIntoView({ block: 'center' });
  };
  const records = el(
    'ul',
    { class: 'records' },
    ...d.events.map((r) =>
      recordBlock(
        r,
        [
          el('button', { type: 'button', class: 'show-in-text', onclick: () => focusRecord(r.id) }, 'Show in text'),
          r.incidentId !== undefined ? el('button', { type: 'button', class: 'to-incident', onclick: () => nav.openIncident(r.incidentId!) }, `Incident ${r.incidentId}`) : null,
        ],
      ),
    ),
  );
  return el(
    'article',
    { class: 'article', id: 'article-view', 'data-article': a.id },
    el('button', { type: 'button', class: 'back', onclick: () => (fromIncident !== undefined ? nav.openIncident(fromIncident) : nav.back()) }, fromIncident !== undefined ? `← Incident ${fromIncident}` : '← All incidents'),
    el('h2', {}, a.title ?? a.id),
    el('p', { class: 'meta' }, [a.outlet, a.published ? `published ${a.published}` : undefined, a.lang, a.url].filter(Boolean).join(' · ')),
    legend,
    el('div', { class: 'article-columns' }, holder, el('aside', { 'aria-label': 'Event records of this article' }, el('h3', {}, `${d.events.length} event records`), records)),
  );
}
