// `sitrep parse`: text or CoNLL-U in, CoNLL-U out with UPOS, FEATS, LEMMA, HEAD and DEPREL filled.
// With CoNLL-U input the given words and sentences are kept exactly (gold tokenization).
import { readFileSync } from 'node:fs';
import { asSitrepError, SitrepError } from '../core/errors.js';
import { readConllu, writeConllu, ConlluError, type UdSentence } from '../linguistics/conllu.js';
import { loadAnnotator, type Annotator } from '../linguistics/model.js';
import { wordsOfTokens } from '../linguistics/stage.js';
import { resourcesFor } from '../lang/registry.js';
import { identifyLanguage } from '../text/language.js';
import { segmentSentences } from '../text/sentences.js';
import { tokenizeRange } from '../text/tokens.js';
import type { Io } from './extract-command.js';

export type ParseOptions = { lang?: string; inputFormat?: 'text' | 'conllu' };

function fill(s: UdSentence, annotator: Annotator): void {
  const a = annotator.analyse(s.words.map((w) => w.form));
  s.words.forEach((w, i) => {
    w.upos = a.upos[i]!;
    w.feats = a.feats[i]!;
    w.lemma = a.lemma[i]!;
    w.head = a.head[i]!;
    w.deprel = a.deprel[i]!;
    w.deps = '_';
  });
}

/** Sentences and words of plain text by sitrep's own sentence and token stages. */
export function textToSentences(text: string, lang: string): UdSentence[] {
  const res = resourcesFor(lang);
  const out: UdSentence[] = [];
  let n = 0;
  for (const r of segmentSentences(text, lang, res.text)) {
    const toks = tokenizeRange(text, r.start, r.end, res.text);
    if (!toks.length) continue;
    n++;
    const split = wordsOfTokens(toks.map((t) => t.text), res.text.syntacticWords);
    const s: UdSentence = { comments: [`# sent_id = ${n}`, `# text = ${text.slice(r.start, r.end).replace(/\s+/g, ' ')}`], words: [], extra: [], line: 0 };
    toks.forEach((t, ti) => {
      const first = split.firstWord[ti]!;
      const last = ti + 1 < toks.length ? split.firstWord[ti + 1]! : split.forms.length;
      const spaceAfter = ti + 1 < toks.length ? toks[ti + 1]!.start > t.end : true;
      const misc = spaceAfter ? '_' : 'SpaceAfter=No';
      if (last - first > 1) s.extra.push({ before: first, line: `${first + 1}-${last}\t${t.text}\t_\t_\t_\t_\t_\t_\t_\t${misc}` });
      for (let w = first; w < last; w++) {
        s.words.push({ id: w + 1, form: split.forms[w]!, lemma: '_', upos: '_', xpos: '_', feats: '_', head: -1, deprel: '_', deps: '_', misc: last - first > 1 ? '_' : misc });
      }
    });
    out.push(s);
  }
  return out;
}

export async function runParse(file: string | undefined, opts: ParseOptions, io: Io): Promise<number> {
  let status = 0;
  let bytes: Buffer;
  const where = file && file !== '-' ? file : 'stdin';
  try {
    bytes = file && file !== '-' ? readFileSync(file) : await io.readStdin();
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    io.stderr(e.code === 'ENOENT' ? `E_FILE_NOT_FOUND: ${where}: no such file\n` : `${asSitrepError(err).code}: ${where}: ${(err as Error).message}\n`);
    return 2;
  }
  const text = bytes.toString('utf8');
  const format = opts.inputFormat ?? (file && /\.conllu?$/i.test(file) ? 'conllu' : 'text');
  try {
    let lang = opts.lang;
    if (!lang) {
      const sample = format === 'conllu' ? text.split('\n').filter((l) => /^\d+\t/.test(l)).map((l) => l.split('\t')[1]).join(' ') : text;
      lang = identifyLanguage(sample.slice(0, 20000))?.lang;
      if (lang !== 'fr' && lang !== 'en') throw new SitrepError('E_UNKNOWN_LANGUAGE', `${where}: cannot tell the language; pass --lang fr|en`);
    }
    const annotator = loadAnnotator(lang);
    let sentences: UdSentence[];
    if (format === 'conllu') {
      sentences = readConllu(text, {
        onError: (e: ConlluError) => {
          io.stderr(`${e.code}: ${where}: ${e.message}\n`);
          status = 1;
        },
      });
    } else {
      if (!text.trim()) throw new SitrepError('E_EMPTY_INPUT', `${where}: no text`);
      sentences = textToSentences(text, lang);
    }
    for (const s of sentences) fill(s, annotator);
    io.stdout(writeConllu(sentences));
  } catch (err) {
    const e = asSitrepError(err);
    io.stderr(`${e.code}: ${e.message}\n`);
    return 2;
  }
  return status;
}
