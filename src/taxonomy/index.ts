// The taxonomy (PLOVER types and modes, incident types, sectors, the ACLED view) is data, validated when loaded.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../core/paths.js';
import { SitrepError } from '../core/errors.js';

export type AcledRule = {
  when: { type: string; mode?: string[]; recipientSector?: string[]; armedBoth?: boolean };
  eventType: string;
  subEventType: string;
};

export type Taxonomy = {
  version: string;
  types: Record<string, { family: string; modes: string[] }>;
  sectors: string[];
  acled: AcledRule[];
};

export function validateTaxonomy(raw: unknown): Taxonomy {
  const t = raw as Taxonomy;
  const fail = (m: string) => {
    throw new SitrepError('E_DATA_MISSING', `taxonomy: ${m}`);
  };
  if (!t || typeof t !== 'object' || typeof t.version !== 'string') fail('missing version');
  if (!t.types || typeof t.types !== 'object') fail('missing types');
  for (const [name, def] of Object.entries(t.types)) {
    if (!/^[A-Z]+$/.test(name)) fail(`bad type name ${name}`);
    if (typeof def.family !== 'string' || !Array.isArray(def.modes)) fail(`type ${name} needs family and modes`);
  }
  if (!Array.isArray(t.sectors)) fail('missing sectors');
  for (const rule of t.acled ?? []) {
    const def = t.types[rule.when.type];
    if (!def) fail(`ACLED rule for unknown type ${rule.when.type}`);
    for (const m of rule.when.mode ?? []) if (!def!.modes.includes(m)) fail(`ACLED rule uses unknown mode ${rule.when.type}/${m}`);
    for (const s of rule.when.recipientSector ?? []) if (!t.sectors.includes(s)) fail(`ACLED rule uses unknown sector ${s}`);
  }
  return t;
}

let cached: Taxonomy | undefined;
export function taxonomy(): Taxonomy {
  cached ??= validateTaxonomy(JSON.parse(readFileSync(join(packageRoot, 'src', 'taxonomy', 'taxonomy.json'), 'utf8')));
  return cached;
}

export function isKnownType(type: string): boolean {
  return type in taxonomy().types;
}

export function isKnownMode(type: string, mode: string): boolean {
  return taxonomy().types[type]?.modes.includes(mode) ?? false;
}
