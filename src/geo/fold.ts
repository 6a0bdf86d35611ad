// Name keys for gazetteer lookup. The same functions build the index (scripts/build-gazetteer.ts) and
// query it, so a change here needs a rebuild (the index records KEY_VERSION and refuses a mismatch).
export const KEY_VERSION = 5;

// Letters NFD does not decompose.
const SPECIAL: Record<string, string> = {
  ı: 'i', ə: 'a', ø: 'o', ß: 'ss', æ: 'ae', œ: 'oe', đ: 'd', ð: 'd', ł: 'l', þ: 'th', ħ: 'h', ŧ: 't',
  ŋ: 'ng', ʻ: '', ʼ: '', ʿ: '', ʾ: '',
};
const SPECIAL_RE = /[ıəøßæœđðłþħŧŋʻʼʿʾ]/g;
const MARKS = /[\u0300-\u036f]/g;
const SEPARATORS = /[\s'’‘`´\-‐‑‒–—.,/()]+/g;
/** control and format characters (NUL, escapes, zero-width joiners, bidi marks): never part of a name */
const INVISIBLE = /[\p{Cc}\p{Cf}]+/gu;

/** Lower-case, accents removed, apostrophes/hyphens/dots as single spaces: "Şuşa" -> "susa", "Saint-Denis" -> "saint denis". */
export function foldName(name: string): string {
  return name
    .replace(INVISIBLE, '')
    .toLowerCase()
    .replace(SPECIAL_RE, (c) => SPECIAL[c] ?? c)
    .normalize('NFD')
    .replace(MARKS, '')
    .replace(SEPARATORS, ' ')
    .trim();
}

// Transliteration skeleton: spelling variants of one name across romanisations (French, English, Turkic
// Latin alphabets, Russian-style) collapse to one key. Applied to the lower-cased name BEFORE accents are
// removed, so ş/ç (sh/ch) stay apart from s/c.
const DIGRAPHS: Array<[RegExp, string]> = [
  [/tsch|sch|tch|dzh|dsh|ch|sh|zh|dj|ş|ç|ž|š|č|c|j/g, 'S'],
  [/kh|gh|ğ|x/g, 'X'],
  [/ph/g, 'f'],
  [/ck|q/g, 'k'],
  [/w/g, 'v'],
  [/th/g, 't'],
  [/d/g, 't'],
];

/**
 * Consonant skeleton of a name: "Choucha" = "Shusha" = "Şuşa" -> "SS"; "Khojavent" = "Khojavend" =
 * "Xocavənd" -> "XSvnt"; "Fuzuli" = "Füzuli" = "Fizuli" -> "fzl". Vowels are dropped (a leading vowel
 * becomes "a"), doubled consonants collapse, a lone h is dropped, t/d merge.
 */
export function translitKey(name: string): string {
  let s = name.replace(INVISIBLE, '').toLowerCase().replace(/[ıəøæœ]/g, 'a');
  for (const [re, to] of DIGRAPHS) s = s.replace(re, to);
  s = s.normalize('NFD').replace(MARKS, '');
  const words = s.split(/[^a-zSX]+/).filter(Boolean);
  const out: string[] = [];
  for (const w of words) {
    let k = /^[aeiouy]/.test(w) ? 'a' : '';
    for (const ch of w.replace(/^[aeiouy]+/, '')) {
      if ('aeiouyh'.includes(ch)) continue;
      if (k.endsWith(ch)) continue;
      k += ch;
    }
    if (k) out.push(k);
  }
  return out.join(' ');
}

/**
 * Spelling key: the skeleton's consonants with the vowels kept ("Choucha" = "Shusha" = "Şuşa" -> "SuSa",
 * "Khojavent" -> "XoSavent", "Xocavənd" -> "XoSevent"). Two names that share a skeleton are taken for one
 * name's transliterations only when their spelling keys are close (spellingsClose): "Shooting" and
 * "Chattanooga" share the skeleton "Stng", not the spelling.
 */
export function spellKey(name: string): string {
  let s = name.replace(INVISIBLE, '').toLowerCase().replace(/ə/g, 'e').replace(/ı/g, 'i').replace(/[øœ]/g, 'o').replace(/æ/g, 'ae');
  for (const [re, to] of DIGRAPHS) s = s.replace(re, to);
  return s
    .normalize('NFD')
    .replace(MARKS, '')
    .replace(/ou/g, 'u')
    .replace(/y/g, 'i')
    .replace(/h/g, '')
    .replace(/[^a-zSX]+/g, '')
    .replace(/(.)\1+/g, '$1');
}

/** edits allowed between two spelling keys, by the shorter one's length: none up to 4 letters, one up to 7, else two */
function editsAllowed(n: number): number {
  return n <= 4 ? 0 : n <= 7 ? 1 : 2;
}

/** Levenshtein distance, stopping early once it exceeds `max` */
function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let low = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      cur.push(v);
      if (v < low) low = v;
    }
    if (low > max) return max + 1;
    prev = cur;
  }
  return prev[b.length]!;
}

/**
 * True when two spelling keys (spellKey) may be one name written two ways: a few letters apart for their
 * length ("Menoufia" ~ "Monufia", "Khojavent" ~ "Xocavənd"), or the shorter one (5 letters or more) starting
 * the longer one that has at most 3 letters more (a people's name: "Abkhaz" ~ "Abkhazia").
 */
export function spellingsClose(a: string, b: string): boolean {
  const [s, l] = a.length <= b.length ? [a, b] : [b, a];
  if (!s) return false;
  if (s.length >= 5 && l.length - s.length <= 3 && l.startsWith(s)) return true;
  const max = editsAllowed(s.length);
  return editDistance(s, l, max) <= max;
}
