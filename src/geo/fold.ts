// Name keys for gazetteer lookup. The same functions build the index (scripts/build-gazetteer.ts) and
// query it, so a change here needs a rebuild (the index records KEY_VERSION and refuses a mismatch).
export const KEY_VERSION = 3;

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
