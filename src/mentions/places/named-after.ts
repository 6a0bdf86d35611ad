// A town's name that qualifies another proper name ("Oxford Instruments", "the Geneva Conventions", "Paris
// Saint-Germain"): what is called after a town is called after the best-known town of the name (the resolver's
// `namedAfter`), not the namesake the story's region would pick.
import { foldName } from '../../geo/fold.js';
import type { PlaceResources } from './resources.js';

const cache = new WeakMap<PlaceResources, Set<string>>();

/** the words after a name that leave it a town: the language's list, its authorities, nouns of people, organisation heads */
function keeping(res: PlaceResources): Set<string> | undefined {
  if (!res.wordsKeepingTheTown) return undefined;
  let set = cache.get(res);
  if (!set) {
    set = new Set([...res.wordsKeepingTheTown, ...(res.authorityHeads ?? []), ...(res.modifiedNouns ?? []), ...res.notPlaces, ...res.organisationHeads.filter((w) => !w.includes(' '))].map((w) => foldName(w)));
    cache.set(res, set);
  }
  return set;
}

/** whether the capitalised word right after `end` makes the name before it part of another proper name */
export function qualifiesName(text: string, end: number, res: PlaceResources): boolean {
  const keep = keeping(res);
  if (!keep) return false;
  const m = /^ (\p{Lu}[\p{Ll}’'-]+)\b/u.exec(text.slice(end, end + 40));
  return !!m && !keep.has(foldName(m[1]!));
}
