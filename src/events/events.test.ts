import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ActorMention, Doc } from '../core/doc.js';
import { tokenizedDoc, assertSpansConsistent } from '../testing/helpers.js';
import { findCues } from './cues.js';
import { extractEvents } from './index.js';
import { eventLexicon } from './lexicon.js';
import { validateTriggers } from './lexicon.js';
import { fr } from '../lang/fr/index.js';
import { en } from '../lang/en/index.js';
import { syntaxStage } from '../linguistics/stage.js';

/** Adds a hand-made actor mention for `phrase` (first occurrence). */
function actor(doc: Doc, phrase: string, country: string | undefined, sector: string): void {
  const start = doc.text.indexOf(phrase);
  assert.ok(start >= 0, phrase);
  const a: ActorMention = { text: phrase, span: doc.span(start, start + phrase.length), sector, kind: 'institution', rule: 'test' };
  if (country) a.country = country;
  doc.actors.push(a);
  doc.actors.sort((x, y) => x.span.start - y.span.start);
}

function run(doc: Doc, lang: 'fr' | 'en') {
  const lex = eventLexicon((lang === 'fr' ? fr : en).events);
  doc.cues = findCues(doc, lex);
  doc.events = extractEvents(doc, lex);
  assertSpansConsistent(doc);
  return doc.events;
}

test('inverted reporting clause gives the claimant; the passive agent is the actor', () => {
  const { doc } = tokenizedDoc("Aliyev a expliqué les raisons des mesures anti-terroristes initiées mardi par l'armée azerbaïdjanaise, a indiqué une déclaration de la présidence azerbaïdjanaise.", 'fr');
  actor(doc, 'Aliyev', 'AZE', 'GOV');
  actor(doc, "l'armée azerbaïdjanaise", 'AZE', 'MIL');
  actor(doc, 'la présidence azerbaïdjanaise', 'AZE', 'GOV');
  const [e] = run(doc, 'fr');
  assert.equal(e!.type, 'ASSAULT');
  assert.equal(e!.mode, 'military-operation');
  assert.equal(e!.actor[0]!.text, "l'armée azerbaïdjanaise");
  assert.ok(e!.claimant !== 'outlet' && e!.claimant.text === 'la présidence azerbaïdjanaise');
  assert.deepEqual(e!.framing, ['mesures anti-terroristes']);
});

test('negation and coordination: "ne visait pas ..., mais détruisait"', () => {
  const { doc } = tokenizedDoc("Aliyev a souligné que l'armée ne visait pas les civils, mais détruisait uniquement les cibles militaires.", 'fr');
  actor(doc, 'Aliyev', 'AZE', 'GOV');
  actor(doc, "l'armée", 'AZE', 'MIL');
  actor(doc, 'les civils', undefined, 'CVL');
  const evs = run(doc, 'fr');
  assert.deepEqual(evs.map((e) => [e.evidence[0]!.text, e.status]), [['visait', 'negated'], ['détruisait', 'asserted']]);
  assert.equal(evs[0]!.recipient[0]!.text, 'les civils');
  assert.equal(evs[1]!.actor[0]!.text, "l'armée", 'the coordinated verb shares the subject');
  assert.ok(evs.every((e) => e.claimant !== 'outlet' && e.claimant.text === 'Aliyev'));
});

test('a pronoun cue refers to the last speaker; a condition makes both clauses conditional', () => {
  const { doc } = tokenizedDoc(
    "Le président a rappelé que le dialogue reste ouvert. Les mesures antiterroristes se poursuivent, a-t-il ajouté. Si les forces abandonnent les armes, les mesures antiterroristes prendront fin.",
    'fr',
  );
  actor(doc, 'Le président', 'AZE', 'GOV');
  actor(doc, 'les forces', 'ARM', 'MIL');
  const evs = run(doc, 'fr');
  const cont = evs.find((e) => e.evidence[0]!.text === 'mesures antiterroristes')!;
  assert.ok(cont.claimant !== 'outlet' && cont.claimant.text === 'Le président');
  const conditional = evs.filter((e) => e.status === 'conditional').map((e) => e.type).sort();
  assert.deepEqual(conditional, ['CONCEDE', 'RETREAT']);
  assert.ok(!evs.some((e) => e.status === 'asserted' && (e.type === 'RETREAT' || e.type === 'CONCEDE')));
});

test('a mine blast: the vehicle is the victim, no actor, ACLED remote explosive', () => {
  const { doc } = tokenizedDoc('Un véhicule de police qui se rendait sur les lieux a explosé sur une autre mine.', 'fr');
  actor(doc, 'Un véhicule de police', undefined, 'COP');
  const [e] = run(doc, 'fr');
  assert.equal(e!.type, 'ASSAULT');
  assert.equal(e!.mode, 'explosives');
  assert.deepEqual(e!.actor, []);
  assert.equal(e!.recipient[0]!.text, 'Un véhicule de police');
  assert.deepEqual(e!.acled, { eventType: 'Explosions/Remote violence', subEventType: 'Remote explosive/landmine/IED' });
  assert.equal(e!.claimant, 'outlet');
});

test('English: "X said", arrests, denial', () => {
  const { doc } = tokenizedDoc('Police arrested three men in Kano on Wednesday, a police spokesman said. The army denied that it attacked the village.', 'en');
  actor(doc, 'Police', undefined, 'COP');
  actor(doc, 'a police spokesman', undefined, 'COP');
  actor(doc, 'The army', undefined, 'MIL');
  const evs = run(doc, 'en');
  const arrest = evs.find((e) => e.type === 'COERCE')!;
  assert.equal(arrest.mode, 'arrest');
  assert.equal(arrest.actor[0]!.text, 'Police');
  assert.ok(arrest.claimant !== 'outlet' && arrest.claimant.text === 'a police spokesman');
  const attack = evs.find((e) => e.type === 'ASSAULT')!;
  assert.equal(attack.status, 'negated');
});

test('headings yield no events; weak outcome words give way to the fuller trigger', () => {
  const { doc } = tokenizedDoc('Mesures antiterroristes\n\nUn camion a explosé sur une mine et deux personnes ont perdu la vie.', 'fr');
  const evs = run(doc, 'fr');
  assert.equal(evs.length, 1);
  assert.equal(evs[0]!.evidence[0]!.text, 'a explosé sur une mine');
});

test('every trigger lexicon entry is valid against the taxonomy', () => {
  assert.doesNotThrow(() => validateTriggers(fr.events.triggers));
  assert.doesNotThrow(() => validateTriggers(en.events.triggers));
  assert.throws(() => validateTriggers([{ id: 'x', pattern: ['x'], type: 'NOPE', pos: 'noun' }]), /unknown type/);
  assert.throws(() => validateTriggers([{ id: 'x', pattern: ['x'], type: 'ASSAULT', mode: 'nope', pos: 'noun' }]), /unknown mode/);
});

test('a natural incident has victims, not perpetrators; a definite restatement joins the event', () => {
  const { doc } = tokenizedDoc('A fire at a garment factory in Dhaka killed 11 workers on Wednesday. The blaze broke out on the third floor.', 'en');
  actor(doc, '11 workers', undefined, 'LAB');
  const evs = run(doc, 'en');
  assert.equal(evs.length, 1);
  assert.equal(evs[0]!.type, 'FIRE');
  assert.deepEqual(evs[0]!.actor, []);
  assert.equal(evs[0]!.recipient[0]!.text, '11 workers');
  assert.ok(evs[0]!.evidence.some((e) => e.text === 'blaze'));
});

test('a denial after the event ("a charge Kyiv denied") neither negates nor claims it', () => {
  const { doc } = tokenizedDoc('The Russian foreign ministry accused Ukraine of shelling the plant, a charge Kyiv denied.', 'en');
  actor(doc, 'The Russian foreign ministry', 'RUS', 'GOV');
  actor(doc, 'Ukraine', 'UKR', 'GOV');
  actor(doc, 'Kyiv', 'UKR', 'GOV');
  const accuse = run(doc, 'en').find((e) => e.type === 'ACCUSE')!;
  assert.equal(accuse.status, 'asserted');
  assert.equal(accuse.claimant, 'outlet');
  assert.equal(accuse.actor[0]!.text, 'The Russian foreign ministry');
});

test('the victims of a passive sentence are not the perpetrators of the noun after it', () => {
  const { doc } = tokenizedDoc("Au moins sept personnes ont été tuées jeudi dans l'explosion d'une voiture piégée à Mogadiscio.", 'fr');
  actor(doc, 'Au moins sept personnes', undefined, 'CVL');
  const [e] = run(doc, 'fr');
  assert.equal(e!.mode, 'explosives');
  assert.deepEqual(e!.actor, []);
  assert.equal(e!.recipient[0]!.text, 'Au moins sept personnes');
});

test('a claim of responsibility names the perpetrator of the attack told before; "the attack" is that attack', () => {
  const { doc } = tokenizedDoc('A roadside bomb struck a convoy on Tuesday, killing four soldiers. The Taliban claimed responsibility for the attack.', 'en');
  actor(doc, 'four soldiers', 'AFG', 'MIL');
  actor(doc, 'The Taliban', 'AFG', 'REB');
  const evs = run(doc, 'en').filter((e) => e.type === 'ASSAULT');
  assert.equal(evs.length, 1);
  assert.equal(evs[0]!.actor[0]!.text, 'The Taliban');
  assert.ok(evs[0]!.provenance.some((p) => p.startsWith('roles.claimed-responsibility')));
  assert.ok(evs[0]!.evidence.some((e) => e.text === 'attack'));
});

test('a noun\'s sentence subject is its doer only through a light verb; modals and later dates are not assertions', () => {
  const { doc } = tokenizedDoc("Des milliers de personnes ont fui les combats. Le régime a mené une attaque. L'opposition pourrait appeler à une grève.", 'fr');
  actor(doc, 'Des milliers de personnes', undefined, 'CVL');
  actor(doc, 'Le régime', undefined, 'GOV');
  actor(doc, "L'opposition", undefined, 'OPP');
  const evs = run(doc, 'fr');
  const fled = evs.find((e) => e.evidence[0]!.text === 'combats')!;
  assert.deepEqual(fled.actor, []);
  const attack = evs.find((e) => e.evidence[0]!.text === 'attaque')!;
  assert.equal(attack.actor[0]!.text, 'Le régime');
  const strike = evs.find((e) => e.type === 'PROTEST')!;
  assert.equal(strike.status, 'hypothetical');
  assert.equal(strike.actor[0]!.text, "L'opposition");
});

test('a denial negates what it denies, not an event named beside it', () => {
  const { doc } = tokenizedDoc("La police a démenti avoir tiré sur les manifestants. Les rebelles ont nié toute implication dans le massacre.", 'fr');
  actor(doc, 'La police', undefined, 'COP');
  actor(doc, 'les manifestants', undefined, 'CVL');
  actor(doc, 'Les rebelles', undefined, 'REB');
  const evs = run(doc, 'fr');
  assert.equal(evs.find((e) => e.evidence[0]!.text === 'tiré')!.status, 'negated');
  const massacre = evs.find((e) => e.evidence[0]!.text === 'massacre')!;
  assert.equal(massacre.status, 'asserted');
  assert.equal(massacre.claimant, 'outlet');
});

test('a speaker the actors stage does not know still claims: "Williams said", "according to an arrest warrant"', () => {
  const { doc } = tokenizedDoc('The man opened fire on the crowd, Williams said. The driver began shooting, according to an arrest warrant.', 'en');
  const evs = run(doc, 'en');
  assert.equal(evs.length, 2);
  assert.ok(evs[0]!.claimant !== 'outlet' && evs[0]!.claimant.text === 'Williams');
  assert.ok(evs[1]!.claimant !== 'outlet' && evs[1]!.claimant.text === 'an arrest warrant');
});

test('with a dependency tree: the controller of "continué à tirer" and the antecedent of "qui" are the participants', () => {
  const { doc, ctx } = tokenizedDoc("Les groupes armés ont continué à tirer sur les positions de l'armée. Un véhicule de police qui passait a explosé sur une mine.", 'fr');
  syntaxStage.run(doc, ctx);
  assert.ok(doc.tokens.some((t) => t.head !== undefined), 'the parser ran');
  actor(doc, 'Les groupes armés', 'ARM', 'REB');
  actor(doc, "l'armée", 'AZE', 'MIL');
  actor(doc, 'Un véhicule de police', undefined, 'COP');
  const evs = run(doc, 'fr');
  const fire = evs.find((e) => e.evidence[0]!.text === 'tirer')!;
  assert.equal(fire.actor[0]!.text, 'Les groupes armés');
  assert.equal(fire.recipient[0]!.text, "l'armée");
  assert.ok(fire.provenance.includes('roles.tree.active'));
  const mine = evs.find((e) => e.mode === 'explosives')!;
  assert.equal(mine.recipient[0]!.text, 'Un véhicule de police');
});

test('what a request asks for is not done; an agency relays a claim, the ministry makes it; international bodies take part', () => {
  const { doc } = tokenizedDoc(
    "The United Nations called on both sides to respect the ceasefire. Le ministère russe a affirmé avoir abattu dix drones, a rapporté l'agence TASS.",
    'en',
  );
  const un: ActorMention = { text: 'The United Nations', span: doc.span(0, 18), country: 'IGO', kind: 'institution', rule: 'test' };
  doc.actors.push(un);
  actor(doc, 'Le ministère russe', 'RUS', 'GOV');
  actor(doc, "l'agence TASS", 'RUS', 'JRN');
  const evs = run(doc, 'en');
  const request = evs.find((e) => e.type === 'REQUEST')!;
  assert.equal(request.actor[0]!.text, 'The United Nations');
  assert.equal(evs.find((e) => e.type === 'AGREE')!.status, 'hypothetical');
  const { doc: fr } = tokenizedDoc("Le ministère russe a affirmé avoir abattu dix drones, a rapporté l'agence TASS.", 'fr');
  actor(fr, 'Le ministère russe', 'RUS', 'GOV');
  actor(fr, "l'agence TASS", 'RUS', 'JRN');
  const [shot] = run(fr, 'fr');
  assert.ok(shot!.claimant !== 'outlet' && shot!.claimant.text === 'Le ministère russe');
});

test('a negation after a noun trigger belongs to another verb; a cue opening "que" has its speaker before it', () => {
  const { doc } = tokenizedDoc("Une bombe a explosé sur un marché. L'attaque n'a pas été revendiquée. Le porte-parole de la police, Nahum Daso, a précisé que deux suspects avaient été arrêtés.", 'fr');
  actor(doc, 'Le porte-parole de la police', undefined, 'COP');
  actor(doc, 'deux suspects', undefined, 'CRM');
  const evs = run(doc, 'fr');
  assert.ok(!evs.some((e) => e.status === 'negated'), JSON.stringify(evs.map((e) => [e.type, e.status])));
  const arrest = evs.find((e) => e.type === 'COERCE')!;
  assert.ok(arrest.claimant !== 'outlet' && arrest.claimant.text === 'Le porte-parole de la police');
});

test('a suicide blast, a generic "similar attacks", a requested resignation, a speaker right before its verb', () => {
  const { doc } = tokenizedDoc(
    'A suicide bomber blew himself up in Kabul on Tuesday. Islamic State has carried out similar attacks. Protesters blocked roads to demand the resignation of the prime minister. Police used tear gas to disperse the crowd, witnesses said.',
    'en',
  );
  actor(doc, 'A suicide bomber', undefined, 'REB');
  actor(doc, 'Islamic State', undefined, 'REB');
  actor(doc, 'Protesters', undefined, 'CVL');
  actor(doc, 'the prime minister', undefined, 'GOV');
  actor(doc, 'Police', undefined, 'COP');
  actor(doc, 'the crowd', undefined, 'CVL');
  actor(doc, 'witnesses', undefined, 'CVL');
  const evs = run(doc, 'en');
  assert.equal(evs.find((e) => e.mode === 'suicide-bomb')!.actor[0]!.text, 'A suicide bomber');
  assert.ok(!evs.some((e) => e.actor[0]?.text === 'Islamic State'), 'no event for "similar attacks"');
  assert.equal(evs.find((e) => e.type === 'CONCEDE')!.status, 'hypothetical');
  const police = evs.find((e) => e.actor[0]?.text === 'Police')!;
  assert.ok(police.claimant !== 'outlet' && police.claimant.text === 'witnesses');
});

test('a government without its country takes that of the government in the record; a reporting verb is no event', () => {
  const { doc } = tokenizedDoc("Le ministre turc s'est entretenu mardi avec son homologue à Gaza, a indiqué un communiqué du ministère. Si les combats se poursuivent, des milliers de personnes pourraient fuir, a averti l'ONU.", 'fr');
  actor(doc, 'Le ministre turc', 'TUR', 'GOV');
  actor(doc, 'ministère', undefined, 'GOV');
  actor(doc, 'des milliers de personnes', undefined, 'CVL');
  actor(doc, "l'ONU", 'IGO', 'GOV');
  doc.places.push({ span: doc.span(doc.text.indexOf('Gaza'), doc.text.indexOf('Gaza') + 4), rule: 'places.locative', place: { text: 'Gaza', name: 'Gaza', lat: 31.5, lon: 34.47, country: 'PSE', precision: 'settlement', inferred: false } });
  const evs = run(doc, 'fr');
  const call = evs.find((e) => e.type === 'CONSULT')!;
  assert.ok(call.claimant !== 'outlet' && call.claimant.country === 'TUR');
  assert.ok(!evs.some((e) => e.evidence[0]!.text === 'a averti'), 'the reporting verb is not an event');
  const fighting = evs.find((e) => e.evidence[0]!.text === 'combats')!;
  assert.equal(fighting.status, 'conditional');
  assert.deepEqual(fighting.actor, []);
});

test('a count in the headings above the first incident told is that incident\'s; one below it is not', async () => {
  const { numbersStage } = await import('../mentions/numbers/index.js');
  const text = 'Teen killed, 2 hurt in drive-by\n\nPolice are investigating a drive-by shooting on Elm Street on Sunday night.\n\nRelated: 5 killed in highway crash\n\nDetectives asked witnesses to call.';
  const { doc, ctx } = tokenizedDoc(text, 'en');
  numbersStage.run(doc, ctx);
  const events = run(doc, 'en');
  const shooting = events.find((e) => e.evidence[0]!.text === 'shooting');
  assert.ok(shooting, 'the shooting is an event');
  assert.deepEqual([shooting.size?.killed?.best, shooting.size?.injured?.best], [1, 2]);
  assert.ok(shooting.provenance.some((p) => p.endsWith('+heading')));
  assert.ok(!events.some((e) => e.size?.killed?.best === 5), 'a heading after the lead names another incident');
});

test('a later sentence without events that gives a larger figure raises the count of the incident told before', async () => {
  const { numbersStage } = await import('../mentions/numbers/index.js');
  const { doc, ctx } = tokenizedDoc('A man was killed in a shooting on Elm Street on Sunday. Two other people were wounded. Police said later that two people had died.', 'en');
  numbersStage.run(doc, ctx);
  const shooting = run(doc, 'en').find((e) => e.evidence[0]!.text === 'shooting');
  assert.ok(shooting, 'the shooting is an event');
  assert.deepEqual([shooting.size?.killed?.best, shooting.size?.injured?.best], [2, 2]);
});

test('a figure told after the events goes to the nearest incident whose victims were told', async () => {
  const { numbersStage } = await import('../mentions/numbers/index.js');
  const text = 'Two men were shot dead at a bakery on Elm Street on Sunday. A suspect was charged with the robbery of a pharmacy last year. Four other people were wounded.';
  const { doc, ctx } = tokenizedDoc(text, 'en');
  numbersStage.run(doc, ctx);
  const events = run(doc, 'en');
  const shot = events.find((e) => e.size?.killed?.best === 2);
  assert.ok(shot, 'the shooting has its dead');
  assert.equal(shot.size?.injured?.best, 4);
});

test('the entries of a video playlist printed into the page give no figure and no event; the text is kept', async () => {
  const { numbersStage } = await import('../mentions/numbers/index.js');
  const { playlistParagraphs } = await import('./index.js');
  const text =
    'Man wounded in Elm Street shooting\n\n1:12 Three killed in a fire at a downtown warehouse Pause\n\n0:58 Two hurt as a bus hits a truck on the highway\n\n' +
    'A man was shot in the arm on Elm Street on Sunday night. He is expected to survive.\n\n10:30 The road was closed for two hours after the shooting.';
  const { doc, ctx } = tokenizedDoc(text, 'en');
  numbersStage.run(doc, ctx);
  const skipped = playlistParagraphs(doc);
  const paragraphsOf = (phrase: string) => doc.sentences.find((s) => doc.text.slice(s.start, s.end).includes(phrase))!.paragraph;
  assert.ok(skipped.has(paragraphsOf('Three killed')) && skipped.has(paragraphsOf('Two hurt')));
  // a sentence that starts with a time but ends as a sentence is no playlist entry
  assert.ok(!skipped.has(paragraphsOf('The road was closed')) && !skipped.has(paragraphsOf('Elm Street shooting')));
  const events = run(doc, 'en');
  assert.ok(events.every((e) => e.size?.killed === undefined), 'the three dead of the playlist belong to another story');
  assert.ok(!events.some((e) => e.type === 'FIRE' || e.type === 'ACCIDENT'));
  assert.equal(doc.text, text);
});

test('a figure told in the body before the first incident, a few sentences before it, is that incident\'s', async () => {
  const { numbersStage } = await import('../mentions/numbers/index.js');
  const text =
    'Officers are investigating after a 9-year-old girl was struck by a bullet inside her home on Monday night.\n\n' +
    'The girl was taken to a hospital.\n\nNeighbors said they heard the shooting just after 9 p.m.';
  const { doc, ctx } = tokenizedDoc(text, 'en');
  numbersStage.run(doc, ctx);
  const shooting = run(doc, 'en').find((e) => e.evidence[0]!.text === 'shooting');
  assert.ok(shooting, 'the shooting is an event');
  assert.equal(shooting.size?.injured?.best, 1);
});

test('a page whose only incident is in its headline takes the figures its body tells', async () => {
  const { numbersStage } = await import('../mentions/numbers/index.js');
  const text = 'Accidental shooting at a home on Elm Street\n\nA woman was cleaning a pistol when it went off and she was hit in the leg, deputies said.';
  const { doc, ctx } = tokenizedDoc(text, 'en');
  numbersStage.run(doc, ctx);
  const events = run(doc, 'en');
  assert.ok(events.some((e) => e.size?.injured?.best === 1), JSON.stringify(events.map((e) => [e.evidence[0]?.text, e.size])));
});
