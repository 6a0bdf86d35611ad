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
        stage.run(doc, ctx ?? ({ ...baseCtx } as StageContext));
        for (const layer of stage.assigns) doc.layers.add(layer);
        if (baseCtx.debug) doc.trace.push(`${stage.name}: done`);
      }
      return doc;
    },
  };
}
