// Finds toponym candidates in a tokenized Doc: capitalised name runs, with the cue that announces each
// (a locative, a place noun, a road, or nothing), and anaphora ("sur les lieux", "there").
import type { Doc, Token } from '../../core/doc.js';
import type { PlacePrecision } from '../../core/record.js';
import type { Gazetteer } from '../../geo/gazetteer.js';
import { matchBackward, matchForward, type CompiledPlaceResources } from './compile.js';
import { foldName } from '../../geo/fold.js';

export type Cue = 'locative' | 'place-noun' | 'route-endpoint' | 'noun-after' | 'dateline' | 'weak-locative' | 'noun-modifier' | 'bare';

export type Candidate = {
  start: number;
  end: number;
  text: string;
  lookupName?: string;
  hint?: PlacePrecision;
  cue: Cue;
  /** the run opens its sentence, so its capital letter says nothing */
  sentenceInitial: boolean;
  /** a speaking verb follows ("Moore said", "Washington will"): a person or a government, not a place, unless a cue says otherwise */
  speaker?: boolean;
  /** the name is one word */
  single?: boolean;
  /** announced as beside the event, not its place: "outside Atlanta", "près de Lyon" */
  relative?: boolean;
  /** a possessive follows ("Ohio's"): a state or a country with things of its own, or a person */
  possessive?: boolean;
  /** the place an organisation is named after ("the Chicago Tribune") */
  inName?: boolean;
  /** the name is the seat of a local authority the story quotes ("Chicago police", "Pike County Sheriff's Office") */
  authority?: boolean;
  /** the name qualifies another proper name ("Oxford Instruments"): the best-known town of the name */
  namedAfter?: boolean;
};

export type AnaphoraCandidate = { start: number; end: number; rule: string };

const CAPITAL = /^\p{Lu}/u;
/** an age after a name ("Killeen 2-year-old in critical condition") makes the name a hometown */
const AGE = /^\d{1,3}-(?:year|month|week)-old$/;
/** "M." (an initial or a title), "XVIIIe" (a century): capitalised, never a place */
const NOT_A_NAME = /^(?:\p{Lu}|[IVXLC]+(?:e|er|ème|th|st|nd|rd)?)$/u;
const OPENERS = new Set(['"', '«', '“', '(', '-', '—', '–', ':', "'", '‘', '[']);

/** a title-case headline: most of its longer words are capitalised ("Shooting At Calumet City House Party Leaves 1 Dead") */
function titleCase(tokens: readonly Token[], floor: number, ceil: number): boolean {
  let words = 0;
  let caps = 0;
  for (let k = floor; k < ceil; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word' || t.text.length < 4 || !/^\p{L}/u.test(t.text)) continue;
    words++;
    if (CAPITAL.test(t.text)) caps++;
  }
  return words >= 2 && caps >= TITLE_CASE_SHARE * words;
}

/** share of a sentence's longer words capitalised in a title-case headline */
const TITLE_CASE_SHARE = 0.7;

function isCap(t: Token | undefined): boolean {
  return !!t && t.kind === 'word' && CAPITAL.test(t.text) && !NOT_A_NAME.test(t.text);
}

type Run = { first: number; last: number };

/** the longest opening of a capitalised run looked up as a name ("Salt Lake City", "Rio Grande do Sul") */
const MAX_NAME_WORDS = 4;
/** a place noun is at most three words long ("Local Government Area") */
const MAX_NOUN_WORDS = 3;

/** the last token (a dot) of capital initials starting at `i` ("D.C.", "U.S."), or -1 */
function initialismEnd(tokens: readonly Token[], i: number, ceil: number): number {
  // a capital initial first, then initials or short abbreviations ("W.Va.", "N.Mex."), each with its dot
  if (!/^\p{Lu}$/u.test(tokens[i]?.text ?? '')) return -1;
  const segment = /^\p{Lu}\p{Ll}{0,3}$/u;
  let k = i;
  let letters = 0;
  while (k + 1 < ceil && segment.test(tokens[k]!.text) && tokens[k + 1]!.text === '.' && tokens[k + 1]!.start === tokens[k]!.end) {
    letters++;
    const after = tokens[k + 2];
    if (!after || after.start !== tokens[k + 1]!.end || !segment.test(after.text)) break;
    k += 2;
  }
  return letters >= 2 ? k + 1 : -1;
}

/** the capital segments of a run split at connector words: "Gao et Tombouctou" -> Gao, Tombouctou */
function splitAtConnectors(run: Run, tokens: readonly Token[], res: CompiledPlaceResources): Run[] {
  const out: Run[] = [];
  let s = run.first;
  for (let k = run.first; k <= run.last; k++) {
    if (!isCap(tokens[k]) && res.connectors.has(tokens[k]!.norm)) {
      if (k - 1 >= s) out.push({ first: s, last: k - 1 });
      s = k + 1;
    }
  }
  if (run.last >= s) out.push({ first: s, last: run.last });
  return out;
}

/** what announces a name starting at token `first`: a place noun, a locative, a weak locative, or nothing */
function cueBefore(first: number, floor: number, tokens: readonly Token[], norms: readonly string[], res: CompiledPlaceResources): { cue: Cue; hint?: PlacePrecision; nounStart?: number; relative?: boolean } {
  // "dans la province de X", "la région azerbaïdjanaise du X", "the town of X"
  if (first - 1 >= floor && res.nounLinkers.has(norms[first - 1]!)) {
    for (const gap of [0, 1]) {
      const nounEnd = first - 1 - gap;
      if (gap && (nounEnd - 1 < floor || isCap(tokens[nounEnd]) || tokens[nounEnd]!.kind !== 'word')) continue;
      const len = matchBackward(res.placeNouns, norms, nounEnd, floor);
      if (len) return { cue: 'place-noun', hint: res.nounPrecision.get(norms.slice(nounEnd - len, nounEnd).join(' ')), nounStart: gap ? undefined : nounEnd - len };
    }
  }
  let p = first;
  if (p - 1 >= floor && res.regionalModifiers.has(norms[p - 1]!)) p--; // "in northern India"
  if (p - 1 >= floor && res.determiners.has(norms[p - 1]!)) p--; // "dans le Donbass", "in the Sahel"
  const len = matchBackward(res.locatives, norms, p, floor);
  if (len) return res.relativeLocatives.has(norms.slice(p - len, p).join(' ')) ? { cue: 'locative', relative: true } : { cue: 'locative' };
  if (matchBackward(res.weakLocatives, norms, p, floor)) return { cue: 'weak-locative' };
  return { cue: 'bare' };
}

/** A title right before token `first` ("président", "Mr." — the tokenizer may give the dot its own token). */
function titled(first: number, floor: number, norms: readonly string[], res: CompiledPlaceResources): boolean {
  if (matchBackward(res.personTitles, norms, first, floor)) return true;
  return first - 1 > floor && norms[first - 1] === '.' && matchBackward(res.personTitles, norms, first - 1, floor) > 0;
}

/** "Derek D. Moore": a one-letter initial and its dot before the name */
function afterInitial(first: number, floor: number, tokens: readonly Token[]): boolean {
  return first - 2 >= floor && tokens[first - 1]!.text === '.' && /^\p{Lu}$/u.test(tokens[first - 2]!.text);
}

/**
 * `outletFrom`: where the tail of the page title starts (" - WRCBtv.com | Chattanooga News, Weather & Sports"),
 * -1 when there is none: there a name before an organisation's head word is the outlet's town.
 */
/** a broadcaster's call letters or brand in capitals: "WBTV", "KSLA", "FOX5" */
const CALL_LETTERS = /^[A-Z][A-Z0-9]{2,}$/;

export function findCandidates(doc: Doc, res: CompiledPlaceResources, gazetteer: Gazetteer | undefined, outletFrom = -1, outletTo = -1): { candidates: Candidate[]; anaphora: AnaphoraCandidate[]; personNames: Set<string> } {
  const tokens = doc.tokens;
  const norms = tokens.map((t) => t.norm);
  const text = doc.text;
  const candidates: Candidate[] = [];
  const anaphora: AnaphoraCandidate[] = [];
  // names the text shows to be people (after a title or an initial, a surname after a first name, a speaker):
  // one sense per discourse, so their other mentions are not bare places either
  const personNames = new Set<string>();
  // (names matched exactly, own or alternate: no transliteration skeleton is needed, nor looked up)
  const exactly = (name: string) => (gazetteer ? gazetteer.lookup(name, { variants: false, translit: false }).filter((e) => e.matched !== 'translit') : []);
  const known = (name: string) => exactly(name).length > 0;
  // (a name known exactly needs no search of its spellings to be known)
  const gazetteerKnows = (name: string) => !!gazetteer && (known(name) || gazetteer.lookup(name).length > 0);
  // a country or a region ends "Mount Kenya", "Lake Chad" too: such a last word is no surname
  const wide = (name: string) => exactly(name).some((e) => e.precision === 'country' || e.precision === 'region');
  const prominent = (name: string) => exactly(name).some((e) => e.precision === 'country' || e.precision === 'region' || e.population >= 100_000);

  // the first sentence of each paragraph (where a dateline may stand)
  const paragraphOpeners = new Set(doc.sentences.filter((s, i) => i === 0 || doc.sentences[i - 1]!.paragraph !== s.paragraph));
  for (const sent of doc.sentences) {
    const floor = sent.firstToken;
    const ceil = sent.endToken;
    const headline = titleCase(tokens, floor, ceil);
    let i = floor;
    while (i < ceil) {
      // anaphora
      const an = matchForward(res.anaphora, norms, i, ceil);
      if (an) {
        const phrase = norms.slice(i, i + an).join(' ');
        const blockers = res.anaphoraBlockers.get(phrase);
        const next = norms[i + an];
        if (!(blockers && next !== undefined && i + an < ceil && blockers.has(next))) {
          anaphora.push({ start: tokens[i]!.start, end: tokens[i + an - 1]!.end, rule: 'places.anaphora' });
        }
        i += an;
        continue;
      }
      // "D.C.", "N.Y.", "W.Va.": capital initials (and short abbreviations) with their dots, written without spaces
      const initials = initialismEnd(tokens, i, ceil);
      if (initials > i) {
        const start = tokens[i]!.start;
        const end = tokens[initials]!.end;
        const name = text.slice(start, end);
        if (gazetteerKnows(name)) {
          const { cue, hint } = cueBefore(i, floor, tokens, norms, res);
          candidates.push({ start, end, text: name, cue, ...(hint ? { hint } : {}), sentenceInitial: i === floor, single: true });
        }
        i = initials + 1;
        continue;
      }
      // "L'Azerbaïdjan": the elided article is not part of the name
      // "À Ouagadougou", "In Kabul": a capitalised locative opens the sentence, the name follows it
      // "El Fasher", "La Paz": a capitalised article opens a name the gazetteer knows with it
      const articleOpensName = isCap(tokens[i]) && res.connectors.has(norms[i]!) && i + 1 < ceil && isCap(tokens[i + 1]) &&
        tokens[i + 1]!.start - tokens[i]!.end <= 1 && known(text.slice(tokens[i]!.start, tokens[i + 1]!.end));
      if (!isCap(tokens[i]) || (res.connectors.has(norms[i]!) && !articleOpensName) || (norms[i]!.endsWith("'") && res.notPlaces.has(norms[i]!)) || res.locatives.get(norms[i]!)?.some((p) => p.length === 1) || res.weakLocatives.get(norms[i]!)?.some((p) => p.length === 1)) {
        i++;
        continue;
      }
      // the maximal run of capitalised words, with connectors inside
      let last = i;
      while (last + 1 < ceil) {
        // "Shooting At Calumet City": a capitalised locative inside a title-case run starts a new name
        if (isCap(tokens[last + 1]) && res.locatives.get(norms[last + 1]!)?.some((p) => p.length === 1)) break;
        if (isCap(tokens[last + 1])) last++;
        // "St. Louis": an abbreviation's dot stays inside the name
        else if (last + 2 < ceil && res.nameAbbreviations.has(norms[last]!) && norms[last + 1] === '.' && tokens[last + 1]!.start === tokens[last]!.end && isCap(tokens[last + 2])) last += 2;
        else if (last + 2 < ceil && res.connectors.has(norms[last + 1]!) && isCap(tokens[last + 2]) && tokens[last + 1]!.start - tokens[last]!.end <= 1) last += 2;
        else break;
      }
      const run: Run = { first: i, last };
      i = last + 1;
      const prev = run.first - 1;
      const sentenceInitial = run.first === floor || (prev >= floor && OPENERS.has(tokens[prev]!.text));
      // a person after a title, an organisation before its head word
      if (titled(run.first, floor, norms, res) || afterInitial(run.first, floor, tokens)) {
        personNames.add(foldName(tokens[run.last]!.text));
        continue;
      }
      // "Omaha Police Department", "Pike County Sheriff's Office": the name before the authority is the place it serves
      let serves = false;
      for (let k = run.first + 1; k <= run.last && !serves; k++) {
        if (!res.authorityHeads.has(norms[k]!)) continue;
        run.last = k - 1;
        serves = true;
      }
      // "Tipperary County Council", "Leeds City Council": a council after a place noun is the government of the place
      for (let k = run.first + 2; k <= run.last && !serves; k++) {
        if (!res.councilHeads.has(norms[k]!) || !res.nounPrecision.has(norms[k - 1]!)) continue;
        run.last = k - 1;
        serves = true;
      }
      // ("Chicago police said": the same, written in lower case)
      const authority = serves || (run.last + 1 < ceil && !isCap(tokens[run.last + 1]) && res.authorityHeads.has(norms[run.last + 1]!));
      // "| Chattanooga News, Weather & Sports": in the title's tail, the outlet's town before its head words
      if (!serves && outletFrom >= 0 && tokens[run.first]!.start >= outletFrom && tokens[run.last]!.end <= outletTo) {
        let k = run.last;
        while (k > run.first && res.organisationHeads.has(norms[k]!)) k--;
        if (k < run.last && known(text.slice(tokens[run.first]!.start, tokens[k]!.end))) {
          run.last = k;
          serves = true;
        } else {
          // "| WBTV Charlotte", "FOX5 Vegas": call letters, then the outlet's town (no surname after a first name)
          for (let f = run.first + 1; f <= run.last && CALL_LETTERS.test(tokens[f - 1]!.text) && !serves; f++) {
            if (res.organisationHeads.has(norms[f]!) || !known(text.slice(tokens[f]!.start, tokens[run.last]!.end))) continue;
            run.first = f;
            serves = true;
          }
        }
      }
      // "the Chicago Tribune", "Ohio State University": the place an organisation is named after
      let inName = false;
      if (!serves && res.organisationHeads.has(norms[run.last]!) && !known(text.slice(tokens[run.first]!.start, tokens[run.last]!.end))) {
        // (a well-known place only: "Harvard University" is named after a man, not after Harvard, Illinois)
        let k = run.last - 1;
        while (k >= run.first && !known(text.slice(tokens[run.first]!.start, tokens[k]!.end))) k--;
        if (k >= run.first && prominent(text.slice(tokens[run.first]!.start, tokens[k]!.end))) {
          run.last = k;
          serves = true;
          inName = true;
        }
      }
      const after = run.last + 1 < ceil ? norms[run.last + 1]! : '';
      // ("Newport News" is a town, though "News" ends the names of papers)
      const orgEnd = res.organisationHeads.has(norms[run.last]!) && !known(text.slice(tokens[run.first]!.start, tokens[run.last]!.end));
      if (!serves && (orgEnd || (isCap(tokens[run.last + 1]) && res.organisationHeads.has(after)) || res.streetNouns.has(after))) continue;
      // "in the 5000 block of West Madison": a street
      if (matchBackward(res.streetOpeners, norms, run.first, floor) > 0) continue;
      // "Department of Justice", "University of Texas": a head word before the connector makes the run an organisation
      let organisation = false;
      for (let k = run.first; k < run.last; k++) if (res.organisationHeads.has(norms[k]!) && res.connectors.has(norms[k + 1]!) && !isCap(tokens[k + 1])) organisation = true;
      if (organisation) continue;
      // "San Francisco Wednesday", "Chicago Police": capitalised words that are never part of a place end no name;
      // in a title-case headline, "Homewood Shooting" is the town and the noun it modifies
      let modifies = serves;
      while (run.last > run.first && !res.nounPrecision.has(norms[run.last]!) && (res.notPlaces.has(norms[run.last]!) || res.modifiedNouns.has(norms[run.last]!))) {
        modifies ||= res.modifiedNouns.has(norms[run.last]!);
        run.last--;
      }

      // "l'autoroute Ahmetbeyli-Fuzuli-Choucha"
      if (run.first - 1 >= floor && res.routeNouns.has(norms[run.first - 1]!) && run.first === run.last && /[-‐‑]/.test(tokens[run.first]!.text)) {
        const tok = tokens[run.first]!;
        const re = /[^-‐‑]+/g;
        let m: RegExpExecArray | null;
        while ((m = re.exec(tok.text))) {
          const s = tok.start + m.index;
          candidates.push({ start: s, end: s + m[0].length, text: m[0], cue: 'route-endpoint', hint: 'settlement', sentenceInitial: false });
        }
        continue;
      }
      let { cue, hint, nounStart, relative } = cueBefore(run.first, floor, tokens, norms, res);
      // "la bande de Gaza", "the Gaza Strip": the generic noun may belong to a known name
      if (nounStart !== undefined && !isCap(tokens[nounStart])) {
        const phrase = text.slice(tokens[nounStart]!.start, tokens[run.last]!.end);
        if (known(phrase)) {
          candidates.push({ start: tokens[nounStart]!.start, end: tokens[run.last]!.end, text: phrase, cue: 'place-noun', sentenceInitial: false });
          continue;
        }
      }
      // "CHARLESTON, W.Va. -": an all-capitals name opening a paragraph's first sentence, then a comma or a dash
      const next = run.last + 1 < ceil ? tokens[run.last + 1]!.text : '';
      if (sentenceInitial && run.first === floor && /^[,\-–—(]$/.test(next) && tokens.slice(run.first, run.last + 1).every((t) => t.text.length >= 2 && t.text === t.text.toUpperCase() && /\p{Lu}/u.test(t.text))) cue = 'dateline';
      // "Kalamazoo — Police say ...": a known name opening a paragraph, then a spaced long dash
      else if (run.first === floor && paragraphOpeners.has(sent) && /^[–—]$/.test(next) && tokens[run.last + 1]!.start > tokens[run.last]!.end && known(text.slice(tokens[run.first]!.start, tokens[run.last]!.end))) cue = 'dateline';
      // "Laurel County", "Borno State": the run ends with its own place noun
      if ((cue === 'bare' || cue === 'weak-locative') && run.last > run.first && res.nounPrecision.has(norms[run.last]!)) {
        cue = 'noun-after';
        hint = res.nounPrecision.get(norms[run.last]!);
      }
      // "Khojavent province", "Borno State"
      const nounAfter = matchForward(res.placeNouns, norms, run.last + 1, ceil);
      if (nounAfter && !isCap(tokens[run.last + 1])) {
        hint = res.nounPrecision.get(norms.slice(run.last + 1, run.last + 1 + nounAfter).join(' '));
        if (cue === 'bare' || cue === 'weak-locative') cue = 'noun-after';
      }

      // which words to look up: the whole run, else its parts
      const pieces: Array<{ run: Run; lookupName?: string; hint?: PlacePrecision }> = [];
      const whole = text.slice(tokens[run.first]!.start, tokens[run.last]!.end);
      if (run.first === run.last || known(whole)) pieces.push({ run });
      else {
        // "Borno State": the name without its generic noun ("Guma Local Government Area": a noun of several words)
        let nounWords = 1;
        for (let n = Math.min(MAX_NOUN_WORDS, run.last - run.first); n > 1; n--) {
          if (res.nounPrecision.has(norms.slice(run.last - n + 1, run.last + 1).join(' '))) {
            nounWords = n;
            break;
          }
        }
        const tail = res.nounPrecision.get(norms.slice(run.last - nounWords + 1, run.last + 1).join(' '));
        // ("North County" is no county named North)
        if (tail && run.last - nounWords + 1 > run.first && !(run.last - nounWords === run.first && res.notPlaces.has(norms[run.first]!))) {
          const name = text.slice(tokens[run.first]!.start, tokens[run.last - nounWords]!.end);
          pieces.push({ run, lookupName: name, hint: tail });
        } else if (tail && run.last > run.first) {
          continue;
        } else {
          let first = run.first;
          // "État du Rio Grande do Sul", "Province of Nangarhar": a leading generic word and its linker are not the name
          let lead: PlacePrecision | undefined;
          while (first < run.last && (res.notPlaces.has(norms[first]!) || res.nounPrecision.has(norms[first]!) || res.compassAbbreviations.has(tokens[first]!.text))) {
            lead ??= res.nounPrecision.get(norms[first]!);
            first++;
          }
          if (first > run.first && first < run.last && res.connectors.has(norms[first]!) && !isCap(tokens[first])) first++;
          const rest = text.slice(tokens[first]!.start, tokens[run.last]!.end);
          if (first > run.first && first < run.last && known(rest)) pieces.push({ run: { first, last: run.last }, ...(lead ? { hint: lead } : {}) });
          else {
            for (const part of splitAtConnectors({ first, last: run.last }, tokens, res)) {
              // "in Calumet City House Party Leaves": after a locative, the longest known opening of a title-case run
              let prefix = -1;
              // ... or of a headline's opening run ("Miami Boy Killed After Gunplay Turns Fatal")
              const opening = sentenceInitial && part.last - part.first >= 2;
              // (in running text "in Harbor Gateway" is a name the gazetteer lacks, not Harbor: a title-case headline only
              // may open with a one-word name)
              if (part.first === run.first && (cue === 'locative' || cue === 'place-noun' || opening) && part.last > part.first && !known(text.slice(tokens[part.first]!.start, tokens[part.last]!.end))) {
                // (a place name is at most four words long; one word alone only in a headline)
                const shortest = headline ? part.first : part.first + 1;
                for (let k = Math.min(part.last - 1, part.first + MAX_NAME_WORDS - 1); k >= shortest && prefix < 0; k--) if (known(text.slice(tokens[part.first]!.start, tokens[k]!.end))) prefix = k;
              }
              pieces.push({ run: prefix >= 0 ? { first: part.first, last: prefix } : part });
            }
          }
        }
      }
      for (const piece of pieces) {
        const r = piece.run;
        if (r.first === r.last && res.notPlaces.has(norms[r.first]!)) continue;
        if (res.organisationHeads.has(norms[r.last]!) && !known(text.slice(tokens[r.first]!.start, tokens[r.last]!.end))) continue;
        const start = tokens[r.first]!.start;
        const end = tokens[r.last]!.end;
        const own = r.first === run.first ? { cue, hint, relative } : cueBefore(r.first, floor, tokens, norms, res);
        const c: Candidate = {
          start, end, text: text.slice(start, end), cue: own.cue,
          sentenceInitial: r.first === run.first && sentenceInitial,
        };
        // "Detroit's west side": a possessive before a part of town makes the name that town
        // "in Williams' death", "Smith's girlfriend": a possessive before a person's things makes the name a person's
        if (r.last + 2 < ceil && res.possessiveMarkers.has(norms[r.last + 1]!) && res.possessivePeople.has(norms[r.last + 2]!) && c.cue !== 'place-noun') {
          personNames.add(foldName(tokens[r.last]!.text));
          continue;
        }
        if (r.last + 2 < ceil && res.possessiveMarkers.has(norms[r.last + 1]!) && res.possessiveParts.has(norms[r.last + 2]!)) {
          if (c.cue === 'bare' || c.cue === 'weak-locative') c.cue = 'locative';
        } else if (matchForward(res.speakerVerbs, norms, r.last + 1, ceil)) {
          c.speaker = true;
          // "Ohio's method", "China's economy": a possessive names a place's own things (a person's are caught above)
          if (res.possessiveMarkers.has(norms[r.last + 1]!)) c.possessive = true;
        }
        // "Toledo man found guilty", "Stockton police responded": a name modifying a noun of people is their town
        else if ((c.cue === 'bare' || c.cue === 'weak-locative') && r.last + 1 < ceil && ((r.last === run.last && modifies) || (!isCap(tokens[r.last + 1]) && (res.modifiedNouns.has(norms[r.last + 1]!) || AGE.test(norms[r.last + 1]!))))) c.cue = 'noun-modifier';
        // "Jordan Peterson": two or three capitalised words that are no place end with a surname
        if (r.last > r.first && r.last - r.first <= 2 && !gazetteerKnows(c.text) && !res.nounPrecision.has(norms[r.last]!) && ((c.cue === 'bare' && !wide(tokens[r.last]!.text)) || !prominent(tokens[r.last]!.text))) {
          let plain = true;
          for (let k = r.first; k <= r.last; k++) if (!isCap(tokens[k]) || res.notPlaces.has(norms[k]!)) plain = false;
          if (plain) personNames.add(foldName(tokens[r.last]!.text));
        }
        if (r.first === r.last) c.single = true;
        if (own.relative && c.cue === 'locative') c.relative = true;
        if (inName && r.last === run.last) c.inName = true;
        if (authority && r.last === run.last) c.authority = true;
        const h = piece.hint ?? own.hint;
        if (h) c.hint = h;
        if (piece.lookupName) c.lookupName = piece.lookupName;
        candidates.push(c);
      }
    }
  }
  return { candidates, anaphora, personNames };
}
