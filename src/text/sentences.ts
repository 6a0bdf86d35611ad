// Sentence segmentation: Intl.Segmenter, then our rules for paragraphs, abbreviations, initials and quotes.
import type { Stage } from '../core/stage.js';
import type { Doc, Sentence } from '../core/doc.js';
import type { TextResources } from './resources.js';

type Range = { start: number; end: number; paragraph: number };

const segmenters = new Map<string, Intl.Segmenter>();
function segmenterFor(lang: string): Intl.Segmenter {
  let s = segmenters.get(lang);
  if (!s) {
    s = new Intl.Segmenter(lang, { granularity: 'sentence' });
    segmenters.set(lang, s);
  }
  return s;
}

/** Paragraphs are separated by a blank line (or a line break after a line without final punctuation: a heading). */
function paragraphs(text: string): Range[] {
  const out: Range[] = [];
  const re = /\n[ \t\r\f\v]*\n|\n(?=\s*\S)/g;
  let start = 0;
  let n = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const isBlank = m[0].trim() === '' && m[0].split('\n').length > 2;
    const before = text.slice(start, m.index).trimEnd();
    // a single line break splits only after a heading-like line (no final punctuation)
    if (!isBlank && /[.!?:;,»"”)]$/.test(before)) continue;
    if (!isBlank && before.length === 0) continue;
    out.push({ start, end: m.index, paragraph: n++ });
    start = m.index + m[0].length;
  }
  out.push({ start, end: text.length, paragraph: n });
  return out;
}

function trimRange(text: string, r: Range): Range | undefined {
  let { start, end } = r;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return end > start ? { start, end, paragraph: r.paragraph } : undefined;
}

function endsWithAbbreviation(piece: string, next: string, abbreviations: Set<string>, finals: Set<string>, continuations: Set<string>): boolean {
  const m = /(?:^|[\s(«"“])([\p{L}.]+)\.\s*$/u.exec(piece);
  if (!m) return false;
  const word = m[1]!;
  if (finals.has(word.toLowerCase())) {
    const nextWord = /^[\p{L}]+/u.exec(next)?.[0] ?? '';
    return !/^\p{Lu}/u.test(nextWord) || continuations.has(nextWord.toLowerCase());
  }
  if (/^\p{Lu}$/u.test(word)) return true; // an initial: "J. Smith"
  if (/^(\p{L}\.)+\p{L}$/u.test(word)) return true; // "U.S", "e.g"
  return abbreviations.has(word.toLowerCase());
}

/** Splits `text` into sentence ranges. */
export function segmentSentences(text: string, lang: string, res: TextResources): Range[] {
  const abbreviations = new Set(res.abbreviations.map((a) => a.toLowerCase()));
  const finals = new Set(res.sentenceFinalAbbreviations.map((a) => a.toLowerCase()));
  const continuations = new Set(res.capitalisedContinuations.map((a) => a.toLowerCase()));
  const out: Range[] = [];
  for (const para of paragraphs(text)) {
    const ptext = text.slice(para.start, para.end);
    let pending: Range | undefined;
    for (const seg of segmenterFor(lang).segment(ptext)) {
      const r = trimRange(text, { start: para.start + seg.index, end: para.start + seg.index + seg.segment.length, paragraph: para.paragraph });
      if (!r) continue;
      if (pending) {
        const prev = text.slice(pending.start, pending.end);
        const next = text.slice(r.start, r.end);
        // Merge after an abbreviation, or when the next piece starts in lower case or with closing punctuation.
        if (endsWithAbbreviation(prev, next, abbreviations, finals, continuations) || /^[\p{Ll},;:»”)\]]/u.test(next)) {
          pending = { start: pending.start, end: r.end, paragraph: pending.paragraph };
          continue;
        }
        out.push(pending);
      }
      pending = r;
    }
    if (pending) out.push(pending);
  }
  return out.flatMap((r) => splitGlued(text, r, abbreviations));
}

/** "in northeast Houston.Police were called": a full stop with no space after it, between a word and a capitalised one */
const GLUED_STOP = /(?<=\p{Ll}{2})[.!?](?=\p{Lu}\p{Ll})/gu;

/** Splits a range where scraped text lost the space after a full stop (not after an abbreviation: "Gov.Smith"). */
function splitGlued(text: string, r: Range, abbreviations: Set<string>): Range[] {
  const piece = text.slice(r.start, r.end);
  const out: Range[] = [];
  let start = r.start;
  GLUED_STOP.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = GLUED_STOP.exec(piece))) {
    const stop = r.start + m.index;
    const word = /[\p{L}]+$/u.exec(text.slice(start, stop))?.[0] ?? '';
    if (abbreviations.has(word.toLowerCase())) continue;
    out.push({ start, end: stop + 1, paragraph: r.paragraph });
    start = stop + 1;
  }
  out.push({ start, end: r.end, paragraph: r.paragraph });
  return out;
}

export function assignSentences(doc: Doc, ranges: Range[]): void {
  doc.sentences = ranges.map<Sentence>((r) => ({ start: r.start, end: r.end, firstToken: 0, endToken: 0, paragraph: r.paragraph }));
}

export const sentencesStage: Stage = {
  name: 'sentences.segmenter.v1',
  requires: ['language'],
  assigns: ['sentences'],
  run(doc, ctx) {
    assignSentences(doc, segmentSentences(doc.text, doc.lang, ctx.resources.text));
  },
};
