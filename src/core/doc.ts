// The document that flows through the stages. `text` is never modified; every annotation is a span into it.
import type { DocIssue } from './errors.js';
import type { Span } from './span.js';
import type { Actor, Count, DatePrecision, EventRecord, Place } from './record.js';

export type LayerName =
  | 'language'
  | 'sentences'
  | 'tokens'
  | 'syntax'
  | 'dates'
  | 'numbers'
  | 'counts'
  | 'actors'
  | 'places'
  | 'persons'
  | 'cues'
  | 'events';

export type Sentence = {
  start: number;
  end: number;
  /** index of the first token of the sentence in doc.tokens */
  firstToken: number;
  /** index one past the last token */
  endToken: number;
  /** paragraph number (blank-line separated), 0-based */
  paragraph: number;
};

export type TokenKind = 'word' | 'number' | 'punct' | 'symbol';

export type Token = {
  start: number;
  end: number;
  text: string;
  /** lower-cased, typographic apostrophes and dashes folded to ASCII */
  norm: string;
  kind: TokenKind;
  sentence: number;
  /** filled by the syntax stage for the sentences it parses (head: a doc.tokens index, -1 for the root) */
  upos?: string;
  lemma?: string;
  head?: number;
  deprel?: string;
};

export type DateMention = {
  span: Span;
  /** ISO dates YYYY-MM-DD, inclusive */
  start: string;
  end: string;
  precision: DatePrecision;
  /** 'point' for a day/month/year, 'range' for an interval such as "ces derniers jours" */
  kind: 'point' | 'range';
  /** false when the value comes from context (publication date) rather than from the words */
  stated: boolean;
  rule: string;
};

export type NumberMention = {
  span: Span;
  value: number;
  low: number;
  high: number;
  /** 'exact' digits or words, 'vague' for "dozens", "des centaines" */
  kind: 'exact' | 'vague' | 'ordinal';
  rule: string;
};

export type CountCategory = 'killed' | 'injured' | 'arrested';

export type CountMention = {
  /** the whole phrase: "deux personnes ont perdu la vie" */
  span: Span;
  /** the number words inside it: "deux" */
  numberSpan: Span;
  category: CountCategory;
  count: Count;
  /** the victims' noun when given ("policiers", "civilians") */
  who?: Span;
  rule: string;
};

export type ActorKind = 'country' | 'demonym' | 'institution' | 'role' | 'person' | 'group' | 'people';

export type ActorMention = Actor & {
  kind: ActorKind;
  /** the word that carries the sector or name: "armée" in "l'armée azerbaïdjanaise" */
  head?: Span;
  rule: string;
};

export type PlaceMention = {
  span: Span;
  /** the resolved place, absent when no candidate is good enough */
  place?: Place;
  /** how the mention was found and resolved */
  rule: string;
  /** true for "sur les lieux", "there": resolved to the place in focus */
  anaphoric?: boolean;
  /** resolution confidence 0..1 */
  score?: number;
  /**
   * true for a place in the tail of a page title, after its headline ("... - KSLA News 12 Shreveport, Louisiana"):
   * where the outlet is, which places the story only when nothing else does
   */
  outlet?: boolean;
  /** announced as beside the event rather than its place: "outside Atlanta", "près de Lyon" */
  relative?: boolean;
  /** the place an organisation is named after ("the Chicago Tribune"): a toponym, but no event's place */
  inName?: boolean;
};

/** a private person the report names as one of the people of its story (with an age, or as identified) */
export type PersonMention = {
  span: Span;
  /** the name as written, without a title */
  name: string;
  /** folded first and last name: what two reports of the same person share */
  key: string;
  age?: number;
  /** how many times the text names them by surname (this mention included): a person told of in passing is named once */
  mentions: number;
  rule: string;
};

export type ReportingCue = {
  span: Span;
  /** the speaker, when the clause names one */
  speaker?: ActorMention;
  /** the sentence range the cue covers (its own sentence, or following sentences for a colon/quote) */
  scope: { start: number; end: number };
  rule: string;
};

export type Article = {
  id?: string;
  text: string;
  title?: string;
  published?: string;
  lang?: string;
  url?: string;
  outlet?: string;
};

export class Doc {
  readonly id: string;
  readonly text: string;
  readonly title?: string;
  readonly url?: string;
  readonly outlet?: string;
  /** reference date for relative dates, YYYY-MM-DD */
  published?: string;
  lang = '';
  langConfidence = 0;
  sentences: Sentence[] = [];
  tokens: Token[] = [];
  dates: DateMention[] = [];
  numbers: NumberMention[] = [];
  counts: CountMention[] = [];
  actors: ActorMention[] = [];
  places: PlaceMention[] = [];
  persons: PersonMention[] = [];
  cues: ReportingCue[] = [];
  events: EventRecord[] = [];
  issues: DocIssue[] = [];
  readonly layers = new Set<LayerName>();
  /** debug trace: stage -> messages, filled only when ctx.debug is set */
  readonly trace: string[] = [];

  constructor(article: Article & { id: string }) {
    this.id = article.id;
    this.text = article.text;
    this.title = article.title;
    this.url = article.url;
    this.outlet = article.outlet;
    this.published = article.published;
    if (article.lang) this.lang = article.lang;
  }

  span(start: number, end: number): Span {
    return { start, end, text: this.text.slice(start, end) };
  }

  /** index of the sentence holding character offset `offset`, or -1 */
  sentenceAt(offset: number): number {
    let lo = 0;
    let hi = this.sentences.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = this.sentences[mid]!;
      if (offset < s.start) hi = mid - 1;
      else if (offset >= s.end) lo = mid + 1;
      else return mid;
    }
    return -1;
  }

  /** index of the token starting at or covering `offset`, or -1 */
  tokenAt(offset: number): number {
    let lo = 0;
    let hi = this.tokens.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const t = this.tokens[mid]!;
      if (offset < t.start) hi = mid - 1;
      else if (offset >= t.end) lo = mid + 1;
      else return mid;
    }
    return -1;
  }

  /** every span the document holds, for consistency checks */
  *allSpans(): Generator<Span> {
    for (const t of this.tokens) yield { start: t.start, end: t.end, text: t.text };
    for (const d of this.dates) yield d.span;
    for (const n of this.numbers) yield n.span;
    for (const c of this.counts) {
      yield c.span;
      yield c.numberSpan;
      if (c.who) yield c.who;
    }
    for (const a of this.actors) {
      yield a.span;
      if (a.head) yield a.head;
    }
    for (const p of this.places) yield p.span;
    for (const p of this.persons) yield p.span;
    for (const c of this.cues) yield c.span;
    for (const e of this.events) {
      yield* e.evidence;
      if (e.cue) yield e.cue;
      for (const a of [...e.actor, ...e.recipient]) yield a.span;
      if (e.claimant !== 'outlet') yield e.claimant.span;
      if (e.location?.span) yield e.location.span;
    }
  }
}
