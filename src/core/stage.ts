// The stage contract of DESIGN.md and the pipeline that checks stage order before any document runs.
import { Doc, type LayerName } from './doc.js';
import { SitrepError } from './errors.js';
import type { LanguageResources } from '../lang/resources.js';
import type { Gazetteer } from '../geo/gazetteer.js';

export type StageContext = {
  /** resources of the document's language, set by the pipeline once the language is known */
  resources: LanguageResources;
  gazetteer?: Gazetteer;
  debug: boolean;
};

export type Stage = {
  name: string;
  requires: LayerName[];
  assigns: LayerName[];
  run(doc: Doc, ctx: StageContext): void;
};

export type Pipeline = {
  stages: readonly Stage[];
  run(doc: Doc, ctx: Omit<StageContext, 'resources'>): Doc;
};

export type ResourceLookup = (lang: string) => LanguageResources;

export function buildPipeline(stages: readonly Stage[], lookup: ResourceLookup): Pipeline {
  const assigned = new Set<LayerName>();
  for (const stage of stages) {
    for (const layer of stage.requires) {
      if (!assigned.has(layer)) {
        throw new SitrepError(
          'E_PIPELINE',
          `stage ${stage.name} requires layer "${layer}" which no earlier stage assigns`,
          { stage: stage.name, layer },
        );
      }
    }
    for (const layer of stage.assigns) assigned.add(layer);
  }
  return {
    stages,
    run(doc, baseCtx) {
      let ctx: StageContext | undefined;
      for (const stage of stages) {
        if (!ctx && doc.lang) ctx = { ...baseCtx, resources: lookup(doc.lang) };
        // The language stage runs before resources exist; it receives a context without them.
        const t0 = baseCtx.debug ? performance.now() : 0;
        stage.run(doc, ctx ?? ({ ...baseCtx } as StageContext));
        for (const layer of stage.assigns) doc.layers.add(layer);
        if (baseCtx.debug) doc.trace.push(`${stage.name}: ${(performance.now() - t0).toFixed(2)} ms, ${describeLayers(doc, stage.assigns)}`);
      }
      return doc;
    },
  };
}

/** What a stage produced, for --debug: "dates 3: mardi=2023-09-19 (fr.weekday), ..." */
function describeLayers(doc: Doc, layers: LayerName[]): string {
  const show = (name: string, items: string[]) => `${name} ${items.length}${items.length ? ': ' + items.slice(0, 12).join(', ') + (items.length > 12 ? ', …' : '') : ''}`;
  return layers
    .map((layer) => {
      switch (layer) {
        case 'language': return `lang ${doc.lang} (${doc.langConfidence.toFixed(2)})`;
        case 'sentences': return `sentences ${doc.sentences.length}`;
        case 'tokens': return `tokens ${doc.tokens.length}`;
        case 'dates': return show('dates', doc.dates.map((d) => `${d.span.text}=${d.start === d.end ? d.start : d.start + '..' + d.end} (${d.rule})`));
        case 'numbers': return show('numbers', doc.numbers.map((n) => `${n.span.text}=${n.value}`));
        case 'counts': return show('counts', doc.counts.map((c) => `${c.category} ${c.count.best} "${c.span.text}" (${c.rule})`));
        case 'actors': return show('actors', doc.actors.map((a) => `${a.text} [${[a.country, a.sector].filter(Boolean).join('/')}] (${a.rule})`));
        case 'places': return show('places', doc.places.map((p) => `${p.span.text}=${p.place ? `${p.place.name}/${p.place.country}` : '?'} (${p.rule})`));
        case 'cues': return show('cues', doc.cues.map((c) => `${c.span.text} <- ${c.speaker?.text ?? '?'} (${c.rule})`));
        case 'events': return show('events', doc.events.map((e) => `${e.type} "${e.evidence[0]?.text}" [${e.provenance.join(' ')}]`));
        default: return layer;
      }
    })
    .join('; ');
}
