// Who did it to whom, from the clause around the trigger: subject, object, passive agent,
// relative-clause antecedent, coordinated verbs sharing a subject, fronted adverbials.
import type { ActorMention, Doc } from '../core/doc.js';
import type { EventLexicon } from './lexicon.js';
import { clauseStart, clauseEnd, isHardBreak } from './clauses.js';

export type TriggerSite = {
  /** token range of the trigger */
  start: number;
  end: number;
  sentence: number;
  pos: 'verb' | 'noun';
  subjectIsRecipient: boolean;
  /** the event type: a state named on an attack ("Israeli airstrikes") acts through its military */
  type: string;
};

export type Roles = { actor?: ActorMention; recipient?: ActorMention; rule: string; passive: boolean };

const OBJECT_WINDOW = 10;
const MATERIAL_TYPES = new Set(['ASSAULT', 'MOBILIZE', 'COERCE']);
const AGENT_WINDOW = 6;

function actorsIn(doc: Doc, fromTok: number, toTok: number, excluded: Set<ActorMention>): ActorMention[] {
  if (fromTok >= toTok) return [];
  const from = doc.tokens[fromTok]!.start;
  const to = doc.tokens[toTok - 1]!.end;
  return doc.actors.filter((a) => a.span.start >= from && a.span.end <= to && isParticipant(doc, a) && !excluded.has(a));
}

/**
 * A bare demonym modifying a place ("la région azerbaïdjanaise") names no participant: actors carry a sector.
 * A country the places stage found after a preposition ("in northern India") is where, not who.
 */
function isParticipant(doc: Doc, a: ActorMention): boolean {
  // a bare demonym names no one; international bodies (country IGO/NGO) take part without a sector
  if (a.sector === undefined && (a.kind === 'demonym' || a.country === undefined)) return false;
  if (a.kind !== 'country') return true;
  return !doc.places.some((p) => p.span.start === a.span.start && p.span.end === a.span.end && p.rule.startsWith('places.locative'));
}

/**
 * "les demandes azerbaïdjanaises", "une attaque jihadiste", "Israeli airstrikes": a modifier on the act names who
 * is behind it. A bare demonym stands for the state; a group ("jihadiste") for itself.
 */
function modifierOfAct(doc: Doc, lex: EventLexicon, site: TriggerSite): ActorMention | undefined {
  let a: ActorMention | undefined;
  if (lex.modifiersPrecedeNoun) {
    const before = doc.tokens[site.start - 1];
    a = before && doc.actors.find((x) => x.span.end === before.end && (x.kind === 'demonym' || x.kind === 'country') && x.span.start === before.start);
  } else {
    const from = doc.tokens[site.start]!.start;
    const next = doc.tokens[site.end];
    a = doc.actors.find((x) => (x.kind === 'demonym' && x.span.start > from && x.span.start <= (next?.end ?? from)) || (next !== undefined && x.span.start === next.start && x.kind === 'group'));
  }
  if (!a) return undefined;
  const sector = MATERIAL_TYPES.has(site.type) ? 'MIL' : 'GOV';
  return a.sector === undefined || (a.kind === 'country' && sector === 'MIL') ? { ...a, sector, rule: `${a.rule}+demonym-of-act` } : a;
}

function isPassive(doc: Doc, lex: EventLexicon, site: TriggerSite, sentenceStart: number): boolean {
  for (let k = site.start - 1; k >= Math.max(sentenceStart, site.start - 3); k--) {
    const n = doc.tokens[k]!.norm;
    if (lex.passiveAuxiliaries.has(n)) return true;
    if (lex.negators.has(n) || /^(pas|not|also|également|aussi|déjà|already|reportedly|allegedly)$/.test(n)) continue;
    break;
  }
  return false;
}

/** The passive agent or "par X" / "by X" after the trigger. */
function agentAfter(doc: Doc, lex: EventLexicon, site: TriggerSite, clauseEndTok: number, excluded: Set<ActorMention>): ActorMention | undefined {
  const limit = Math.min(site.end + AGENT_WINDOW, clauseEndTok);
  for (let k = site.end; k < limit; k++) {
    if (!lex.agentMarkers.has(doc.tokens[k]!.norm)) continue;
    // the agent phrase starts right after "par"/"by" (its article included), inside the clause
    const next = doc.tokens[k + 1];
    if (!next || k + 1 >= clauseEndTok) return undefined;
    const startLimit = doc.tokens[Math.min(k + 2, clauseEndTok - 1)]!.start;
    return doc.actors.find((a) => a.span.start >= next.start && a.span.start <= startLimit && isParticipant(doc, a) && !excluded.has(a));
  }
  return undefined;
}

/** The nearest actor to the left inside the clause; after "qui", the relative's antecedent. */
function subjectBefore(doc: Doc, lex: EventLexicon, site: TriggerSite, sentenceStart: number, excluded: Set<ActorMention>): { actor?: ActorMention; via: string } {
  const start = clauseStart(doc, lex, site.start, sentenceStart);
  // "Un véhicule de police qui se rendait ... a explosé": the clause opener is the relative pronoun
  for (let k = site.start - 1; k >= start; k--) {
    if (lex.relativeSubjects.has(doc.tokens[k]!.norm)) {
      const before = actorsIn(doc, sentenceStart, k, excluded);
      const last = before[before.length - 1];
      if (last && doc.tokenAt(last.span.end - 1) >= k - 1) {
        // only when the relative clause started right after the actor and holds no actor of its own
        if (actorsIn(doc, k + 1, site.start, excluded).length === 0) return { actor: last, via: 'relative-antecedent' };
      }
    }
  }
  const cands = actorsIn(doc, start, site.start, excluded);
  const nearest = cands[cands.length - 1];
  if (!nearest) return { via: 'none' };
  // A coordinator between the nearest actor and a verb trigger: that actor may be the previous verb's object,
  // so the caller prefers the previous verb's subject when there is one.
  const nearestEndTok = doc.tokenAt(nearest.span.end - 1);
  for (let k = nearestEndTok + 1; k < site.start; k++) {
    if (lex.coordinators.has(doc.tokens[k]!.norm) && site.pos === 'verb') return { actor: nearest, via: 'coordinated' };
  }
  // "Un camion appartenant à une institution d'État a explosé": the actor sits inside the subject phrase; keep it.
  return { actor: nearest, via: 'subject' };
}

function lightVerbBetween(doc: Doc, lex: EventLexicon, a: ActorMention, site: TriggerSite): boolean {
  const first = doc.tokenAt(a.span.end - 1) + 1;
  // the trigger is the subject's own verb ("Des cambrioleurs ont dérobé", "Thieves stole")
  let own = true;
  for (let k = first; k < site.start; k++) if (!lex.auxiliaries.has(doc.tokens[k]!.norm) && !lex.negators.has(doc.tokens[k]!.norm)) own = false;
  if (own) return true;
  // or it opens with a light verb ("went on strike"), or one stands before it ("a mené une attaque")
  for (let k = first; k <= site.start; k++) if (lex.lightVerbs.matchesAt(doc.tokens, k, k + 1).length) return true;
  return false;
}

function passiveBetween(doc: Doc, lex: EventLexicon, a: ActorMention, site: TriggerSite): boolean {
  for (let k = doc.tokenAt(a.span.end - 1) + 1; k < site.start; k++) if (lex.passiveAuxiliaries.has(doc.tokens[k]!.norm)) return true;
  return false;
}

/** The first actor after the trigger inside the clause. */
function objectAfter(doc: Doc, lex: EventLexicon, site: TriggerSite, clauseEndTok: number, excluded: Set<ActorMention>): ActorMention | undefined {
  const limit = Math.min(site.end + OBJECT_WINDOW, clauseEndTok);
  for (let k = site.end; k < limit; k++) {
    const t = doc.tokens[k]!;
    if (isHardBreak(t) || t.text === ',' || lex.agentMarkers.has(t.norm)) return undefined;
    const a = doc.actors.find((x) => x.span.start === t.start && isParticipant(doc, x) && !excluded.has(x));
    if (a) return a;
  }
  return undefined;
}

/** A noun trigger inside a fronted phrase ("Dans un entretien téléphonique, Aliyev a expliqué au ..."). */
function frontedParticipants(doc: Doc, lex: EventLexicon, site: TriggerSite, sentenceStart: number, sentenceEnd: number, excluded: Set<ActorMention>): Roles | undefined {
  // the comma closes the phrase right after the trigger ("Dans un entretien téléphonique, Aliyev ..."), not after
  // a verb ("Si les combats se poursuivent, des milliers ...")
  let comma = -1;
  for (let k = site.end; k < Math.min(site.end + 2, sentenceEnd); k++) if (doc.tokens[k]!.text === ',') comma = k;
  // only an opening phrase: a preposition and an article at most before the trigger
  if (comma < 0 || site.start - sentenceStart > 3) return undefined;
  const end = clauseEnd(doc, lex, comma + 1, sentenceEnd);
  const after = actorsIn(doc, comma + 1, end, excluded);
  if (!after[0]) return undefined;
  return { actor: after[0], recipient: after[1], rule: 'roles.fronted', passive: false };
}

/** The actor mention a token belongs to, when it names a participant. */
function actorOfToken(doc: Doc, k: number, excluded: Set<ActorMention>): ActorMention | undefined {
  const t = doc.tokens[k];
  if (!t) return undefined;
  return doc.actors.find((a) => a.span.start <= t.start && t.end <= a.span.end && isParticipant(doc, a) && !excluded.has(a));
}

/** The token of a phrase that the rest hangs from (its head lies outside the phrase). */
function rootOf(doc: Doc, start: number, end: number): number {
  for (let k = start; k < end; k++) {
    const h = doc.tokens[k]!.head;
    if (h === undefined || h < start || h >= end) return k;
  }
  return start;
}

function childrenOf(doc: Doc, k: number, sentence: number): number[] {
  const s = doc.sentences[sentence]!;
  const out: number[] = [];
  for (let c = s.firstToken; c < s.endToken; c++) if (doc.tokens[c]!.head === k) out.push(c);
  return out;
}

const rel = (doc: Doc, k: number) => doc.tokens[k]!.deprel ?? '';

/**
 * Roles read from the dependency tree of a verb trigger: nsubj (nsubj:pass is the victim), obj/iobj or an
 * oblique, the passive agent (obl:agent, or "by" in English UD), a relative pronoun's antecedent, and the
 * subject of the first of coordinated verbs.
 */
function treeRoles(doc: Doc, lex: EventLexicon, site: TriggerSite, excluded: Set<ActorMention>): Roles | undefined {
  if (doc.tokens[site.start]!.head === undefined) return undefined;
  let v = rootOf(doc, site.start, site.end);
  const kids = (k: number) => childrenOf(doc, k, site.sentence);
  let subjTok = kids(v).find((c) => rel(doc, c).startsWith('nsubj'));
  const passive = kids(v).some((c) => rel(doc, c) === 'aux:pass') || (subjTok !== undefined && rel(doc, subjTok) === 'nsubj:pass');
  // coordinated verbs share the first verb's subject; "ont continué à tirer": the controlling verb's subject
  for (let guard = 0; subjTok === undefined && (rel(doc, v) === 'conj' || rel(doc, v) === 'xcomp') && guard < 5; guard++) {
    v = doc.tokens[v]!.head!;
    subjTok = kids(v).find((c) => rel(doc, c).startsWith('nsubj'));
  }
  // "Un véhicule de police qui ... a explosé": the relative pronoun stands for the noun the clause hangs on
  const root = rootOf(doc, site.start, site.end);
  if (subjTok !== undefined && lex.relativeSubjects.has(doc.tokens[subjTok]!.norm) && rel(doc, root).startsWith('acl')) subjTok = doc.tokens[root]!.head;
  if (subjTok === undefined && rel(doc, root).startsWith('acl') && doc.tokens[root]!.head !== undefined && doc.tokens[root]!.head! >= 0) subjTok = doc.tokens[root]!.head!;
  const agentTok = kids(root).find((c) => rel(doc, c) === 'obl:agent' || (rel(doc, c).startsWith('obl') && kids(c).some((g) => rel(doc, g) === 'case' && lex.agentMarkers.has(doc.tokens[g]!.norm))));
  const objTok = kids(root).find((c) => rel(doc, c) === 'obj' || rel(doc, c) === 'iobj') ?? kids(root).find((c) => rel(doc, c).startsWith('obl') && c !== agentTok);
  // "it had targeted": a personal pronoun's referent is for the surface rules (nearest actor before)
  if (subjTok !== undefined && subjTok >= 0 && doc.tokens[subjTok]!.upos === 'PRON' && !actorOfToken(doc, subjTok, excluded)) return undefined;
  const subject = subjTok !== undefined && subjTok >= 0 ? actorOfToken(doc, subjTok, excluded) : undefined;
  const agent = agentTok !== undefined ? actorOfToken(doc, agentTok, excluded) : undefined;
  let object = objTok !== undefined ? actorOfToken(doc, objTok, excluded) : undefined;
  // "les positions de l'armée": an object's own complement names who holds it
  if (!object && objTok !== undefined) for (const c of kids(objTok)) object ??= actorOfToken(doc, c, excluded);
  if (!subject && !agent && !object) return undefined;
  if (passive || site.subjectIsRecipient) return { actor: agent, recipient: subject, rule: 'roles.tree.passive', passive };
  return { actor: subject, recipient: object && object !== subject ? object : undefined, rule: 'roles.tree.active', passive: false };
}

export function findRoles(doc: Doc, lex: EventLexicon, site: TriggerSite, excluded: Set<ActorMention>, previousSubject?: ActorMention): Roles {
  const s = doc.sentences[site.sentence]!;
  if (site.pos === 'verb') {
    const fromTree = treeRoles(doc, lex, site, excluded);
    if (fromTree && (fromTree.actor || fromTree.recipient)) return fromTree;
  }
  const cEnd = clauseEnd(doc, lex, site.end - 1, s.endToken);
  const passive = isPassive(doc, lex, site, s.firstToken);
  const agent = agentAfter(doc, lex, site, cEnd, excluded);

  if (site.pos === 'noun') {
    if (agent) return { actor: agent, recipient: objectAfter(doc, lex, site, cEnd, new Set([...excluded, agent])), rule: 'roles.noun-agent', passive: true };
    const fronted = frontedParticipants(doc, lex, site, s.firstToken, s.endToken, excluded);
    if (fronted) return fronted;
    const behind = modifierOfAct(doc, lex, site);
    if (behind) return { actor: behind, recipient: objectAfter(doc, lex, site, cEnd, new Set([...excluded, behind])), rule: 'roles.noun-modifier', passive: false };
  }
  const subject = subjectBefore(doc, lex, site, s.firstToken, excluded);
  // a coordinated verb shares the previous verb's subject; with no event before, the first clause's subject
  const subj = subject.via === 'coordinated' ? (previousSubject ?? subject.actor) : subject.actor;
  // "Sept personnes ont été tuées dans l'explosion": the noun's sentence subject underwent the verb
  const subjectUnderwent = site.pos === 'noun' && subj !== undefined && passiveBetween(doc, lex, subj, site);
  if (passive || site.subjectIsRecipient || subjectUnderwent) {
    return { actor: agent, recipient: subj, rule: `roles.${passive || subjectUnderwent ? 'passive' : 'victim-subject'}.${subject.via}`, passive };
  }
  // "200 000 personnes ont fui les combats": a noun's sentence subject did the act only through a light verb
  if (site.pos === 'noun' && subj && !lightVerbBetween(doc, lex, subj, site)) {
    return { recipient: objectAfter(doc, lex, site, cEnd, excluded), rule: 'roles.noun-without-light-verb', passive: false };
  }
  const object = objectAfter(doc, lex, site, cEnd, new Set(subj ? [...excluded, subj] : excluded));
  return { actor: subj, recipient: object, rule: `roles.active.${subject.via}`, passive: false };
}
