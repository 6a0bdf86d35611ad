// A tiny token-pattern language for lexicons kept as data.
//   word      a normalized token (lower case, ASCII apostrophes and dashes)
//   pre*      any token starting with "pre"
//   a|b*|c    alternatives
//   x?        the token is optional
//   _         any one token
// Patterns match consecutive tokens.
import type { Token } from '../core/doc.js';
import { normalize } from '../text/tokens.js';

type Alt = { exact?: string; prefix?: string; any?: true };
type Slot = { alts: Alt[]; optional: boolean };
export type CompiledPattern = { source: string; slots: Slot[]; firstKeys: string[] | null };

export function compilePattern(source: string): CompiledPattern {
  const slots: Slot[] = source
    .trim()
    .split(/\s+/)
    .map((part) => {
      let optional = false;
      let p = part;
      if (p.length > 1 && p.endsWith('?')) {
        optional = true;
        p = p.slice(0, -1);
      }
      const alts = normalize(p)
        .split('|')
        .map<Alt>((a) => (a === '_' ? { any: true } : a.endsWith('*') && a.length > 1 ? { prefix: a.slice(0, -1) } : { exact: a }));
      return { alts, optional };
    });
  // Index key: exact first words allow a hash lookup; prefixes and wildcards need a scan.
  const first = slots[0]!;
  const firstKeys = !first.optional && first.alts.every((a) => a.exact !== undefined) ? first.alts.map((a) => a.exact!) : null;
  return { source, slots, firstKeys };
}

function altMatches(a: Alt, norm: string): boolean {
  if (a.any) return true;
  if (a.exact !== undefined) return norm === a.exact;
  return norm.startsWith(a.prefix!);
}

/** Returns the end token index (exclusive) when `p` matches at token `i`, else -1. */
export function matchAt(p: CompiledPattern, tokens: Token[], i: number, end: number): number {
  const go = (slot: number, t: number): number => {
    if (slot === p.slots.length) return t;
    const s = p.slots[slot]!;
    if (t < end && s.alts.some((a) => altMatches(a, tokens[t]!.norm))) {
      const r = go(slot + 1, t + 1);
      if (r >= 0) return r;
    }
    return s.optional ? go(slot + 1, t) : -1;
  };
  const r = go(0, i);
  return r > i ? r : -1;
}

/** A set of patterns with payloads, indexed by first word for speed. */
export class PatternSet<T> {
  private readonly byFirst = new Map<string, Array<{ p: CompiledPattern; value: T }>>();
  private readonly scanned: Array<{ p: CompiledPattern; value: T }> = [];

  constructor(entries: Array<{ pattern: string; value: T }>) {
    for (const e of entries) {
      const p = compilePattern(e.pattern);
      if (p.firstKeys) {
        for (const k of p.firstKeys) {
          let list = this.byFirst.get(k);
          if (!list) this.byFirst.set(k, (list = []));
          list.push({ p, value: e.value });
        }
      } else this.scanned.push({ p, value: e.value });
    }
  }

  /** All matches starting at token i, longest first. */
  matchesAt(tokens: Token[], i: number, end: number): Array<{ end: number; value: T }> {
    const out: Array<{ end: number; value: T }> = [];
    const cands = this.byFirst.get(tokens[i]!.norm);
    if (cands) for (const c of cands) {
      const e = matchAt(c.p, tokens, i, end);
      if (e > 0) out.push({ end: e, value: c.value });
    }
    for (const c of this.scanned) {
      const e = matchAt(c.p, tokens, i, end);
      if (e > 0) out.push({ end: e, value: c.value });
    }
    return out.sort((a, b) => b.end - a.end);
  }

  /** Non-overlapping matches in [start, end), leftmost-longest. */
  findAll(tokens: Token[], start: number, end: number): Array<{ start: number; end: number; value: T }> {
    const out: Array<{ start: number; end: number; value: T }> = [];
    for (let i = start; i < end; ) {
      const m = this.matchesAt(tokens, i, end)[0];
      if (m) {
        out.push({ start: i, end: m.end, value: m.value });
        i = m.end;
      } else i++;
    }
    return out;
  }
}

/** A set of single words or short patterns, for marker lists. */
export function wordSet(patterns: string[]): PatternSet<true> {
  return new PatternSet(patterns.map((pattern) => ({ pattern, value: true as const })));
}
