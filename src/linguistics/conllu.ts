// CoNLL-U reading and writing (https://universaldependencies.org/format.html), robust to bad input:
// a malformed line is a ConlluError naming its line; heads that do not form a tree are reported,
// never followed into an endless loop.

export type UdWord = {
  id: number;
  form: string;
  lemma: string;
  upos: string;
  xpos: string;
  feats: string;
  /** -1 when the file gives "_" (no head) */
  head: number;
  deprel: string;
  deps: string;
  misc: string;
};

/** A line the writer passes through untouched: a multiword token range ("1-2") or an empty node ("3.1"). */
export type UdExtraLine = { before: number; line: string };

export type UdSentence = {
  comments: string[];
  words: UdWord[];
  extra: UdExtraLine[];
  /** 1-based line number of the sentence's first line in its file */
  line: number;
};

export class ConlluError extends Error {
  readonly code = 'E_BAD_CONLLU';
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(`line ${line}: ${message}`);
  }
}

export type ReadOptions = {
  /** throw on heads that are missing, out of range or cyclic (default false: only the syntax is checked) */
  requireTree?: boolean;
  /** collect errors instead of throwing on the first */
  onError?: (err: ConlluError) => void;
};

const ID_RE = /^[1-9]\d*$/;
const RANGE_RE = /^([1-9]\d*)-([1-9]\d*)$/;
const EMPTY_RE = /^(\d+)\.([1-9]\d*)$/;

/** Parses CoNLL-U text. Sentences with a malformed line are dropped (reported through onError, or thrown). */
export function readConllu(text: string, opts: ReadOptions = {}): UdSentence[] {
  const out: UdSentence[] = [];
  const lines = text.split(/\r?\n/);
  let cur: UdSentence | undefined;
  let bad = false;
  const fail = (msg: string, line: number) => {
    const err = new ConlluError(msg, line);
    if (!opts.onError) throw err;
    opts.onError(err);
    bad = true;
  };
  const finish = () => {
    if (cur && !bad && cur.words.length > 0) {
      if (opts.requireTree) {
        const problem = treeProblem(cur.words);
        if (problem) fail(problem, cur.line);
      }
      if (!bad) out.push(cur);
    } else if (cur && !bad && cur.words.length === 0) {
      fail('sentence has comments but no words', cur.line);
    }
    cur = undefined;
    bad = false;
  };
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!;
    const ln = i + 1;
    if (raw.trim() === '') {
      finish();
      continue;
    }
    if (!cur) cur = { comments: [], words: [], extra: [], line: ln };
    if (bad) continue;
    if (raw.startsWith('#')) {
      if (cur.words.length > 0 || cur.extra.length > 0) fail('comment line inside a sentence', ln);
      else cur.comments.push(raw);
      continue;
    }
    const cols = raw.split('\t');
    if (cols.length !== 10) {
      fail(`expected 10 tab-separated columns, found ${cols.length}`, ln);
      continue;
    }
    const id = cols[0]!;
    if (RANGE_RE.test(id) || EMPTY_RE.test(id)) {
      const m = RANGE_RE.exec(id);
      if (m && Number(m[1]) !== cur.words.length + 1) {
        fail(`multiword token ${id} does not start at the next word ${cur.words.length + 1}`, ln);
        continue;
      }
      cur.extra.push({ before: cur.words.length, line: raw });
      continue;
    }
    if (!ID_RE.test(id)) {
      fail(`bad word id "${id}"`, ln);
      continue;
    }
    if (Number(id) !== cur.words.length + 1) {
      fail(`word id ${id} out of sequence (expected ${cur.words.length + 1})`, ln);
      continue;
    }
    if (cols[1] === '') {
      fail('empty FORM column', ln);
      continue;
    }
    let head = -1;
    const h = cols[6]!;
    if (h !== '_') {
      if (!/^\d+$/.test(h)) {
        fail(`bad HEAD "${h}"`, ln);
        continue;
      }
      head = Number(h);
    }
    cur.words.push({
      id: Number(id),
      form: cols[1]!,
      lemma: cols[2]!,
      upos: cols[3]!,
      xpos: cols[4]!,
      feats: cols[5]!,
      head,
      deprel: cols[7]!,
      deps: cols[8]!,
      misc: cols[9]!,
    });
  }
  finish();
  return out;
}

/** Why the given heads are not a tree with one root, or undefined when they are. Linear time, no recursion. */
export function treeProblem(words: readonly { head: number }[]): string | undefined {
  const n = words.length;
  let roots = 0;
  for (let i = 0; i < n; i++) {
    const h = words[i]!.head;
    if (h < 0) return `word ${i + 1} has no head`;
    if (h > n) return `word ${i + 1} has head ${h} beyond the sentence (${n} words)`;
    if (h === i + 1) return `word ${i + 1} is its own head`;
    if (h === 0) roots++;
  }
  if (roots === 0) return 'no word attaches to the root (0)';
  // colour walk: 0 unvisited, 1 on current path, 2 known to reach the root
  const state = new Uint8Array(n + 1);
  state[0] = 2;
  for (let i = 1; i <= n; i++) {
    let j = i;
    const path: number[] = [];
    while (state[j] === 0) {
      state[j] = 1;
      path.push(j);
      j = words[j - 1]!.head;
    }
    if (state[j] === 1) return `heads form a cycle through word ${j}`;
    for (const p of path) state[p] = 2;
  }
  return undefined;
}

/** Writes sentences back as CoNLL-U; multiword token lines and empty nodes are kept where they were. */
export function writeConllu(sentences: readonly UdSentence[]): string {
  const parts: string[] = [];
  for (const s of sentences) {
    for (const c of s.comments) parts.push(c + '\n');
    let e = 0;
    for (let i = 0; i <= s.words.length; i++) {
      while (e < s.extra.length && s.extra[e]!.before === i) parts.push(s.extra[e++]!.line + '\n');
      if (i === s.words.length) break;
      const w = s.words[i]!;
      parts.push(
        `${w.id}\t${clean(w.form)}\t${clean(w.lemma)}\t${clean(w.upos)}\t${clean(w.xpos)}\t${clean(w.feats)}\t${w.head < 0 ? '_' : w.head}\t${clean(w.deprel)}\t${clean(w.deps)}\t${clean(w.misc)}\n`,
      );
    }
    parts.push('\n');
  }
  return parts.join('');
}

function clean(s: string): string {
  if (s === '') return '_';
  return /[\t\n\r]/.test(s) ? s.replace(/[\t\n\r]/g, ' ') : s;
}

/** A plain sentence of words (for text input): ids, "_" columns. */
export function sentenceFromForms(forms: readonly string[], comments: string[] = [], spaceAfter?: readonly boolean[]): UdSentence {
  return {
    comments,
    extra: [],
    line: 0,
    words: forms.map((f, i) => ({
      id: i + 1,
      form: f,
      lemma: '_',
      upos: '_',
      xpos: '_',
      feats: '_',
      head: -1,
      deprel: '_',
      deps: '_',
      misc: spaceAfter && spaceAfter[i] === false ? 'SpaceAfter=No' : '_',
    })),
  };
}
