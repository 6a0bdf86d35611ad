import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { tokenizedDoc, assertSpansConsistent, sharedFile, SHARED_MISSING } from '../../testing/helpers.js';
import { numbersStage } from './index.js';
import type { CountMention } from '../../core/doc.js';

function countsOf(text: string, lang: 'fr' | 'en'): CountMention[] {
  const { doc, ctx } = tokenizedDoc(text, lang);
  numbersStage.run(doc, ctx);
  assertSpansConsistent(doc);
  return doc.counts;
}

/** [category, best] of every count */
function pick(text: string, lang: 'fr' | 'en' = 'en'): [string, number][] {
  return countsOf(text, lang).map((c) => [c.category, c.count.best]);
}

/** [category, best, phrase] of every count */
function brief(text: string, lang: 'fr' | 'en'): [string, number, string][] {
  return countsOf(text, lang).map((c) => [c.category, c.count.best, c.span.text]);
}

test('seed report: killed 2 and killed 4, nothing for "44 jours"', () => {
  const path = sharedFile('seed', 'karabakh-fr.txt');
  if (!path) return test.skip(SHARED_MISSING);
  const counts = countsOf(readFileSync(path, 'utf8'), 'fr');
  assert.deepEqual(
    counts.map((c) => [c.category, c.count.best, c.span.text, c.numberSpan.text, c.who?.text]),
    [
      ['killed', 2, 'deux personnes ont perdu la vie', 'deux', 'personnes'],
      ['killed', 4, '4 policiers ont également perdu la vie', '4', 'policiers'],
    ],
  );
});

test('French killed phrases', () => {
  assert.deepEqual(brief('Une attaque a fait trois morts.', 'fr'), [['killed', 3, 'trois morts']]);
  assert.deepEqual(brief('Les assaillants ont ouvert le feu, tuant trois policiers.', 'fr'), [['killed', 3, 'tuant trois policiers']]);
  assert.deepEqual(brief('Un policier a été tué.', 'fr'), [['killed', 1, 'Un policier a été tué']]);
  assert.deepEqual(brief("Le bilan s'élève à 12 morts et 95 blessés.", 'fr'), [['killed', 12, '12 morts'], ['injured', 95, '95 blessés']]);
  assert.deepEqual(brief('Le bilan provisoire est de 7.', 'fr'), [['killed', 7, 'bilan provisoire est de 7']]);
  assert.deepEqual(brief('Au moins 5 soldats ont trouvé la mort.', 'fr'), [['killed', 5, 'Au moins 5 soldats ont trouvé la mort']]);
});

test('French injured and arrested phrases', () => {
  assert.deepEqual(brief('Vingt personnes ont été grièvement blessées par balle.', 'fr'), [
    ['injured', 20, 'Vingt personnes ont été grièvement blessées par balle'],
  ]);
  assert.deepEqual(brief('Trois suspects ont été interpellés.', 'fr'), [['arrested', 3, 'Trois suspects ont été interpellés']]);
  assert.deepEqual(brief('deux soldats tués et cinq blessés', 'fr'), [['killed', 2, 'deux soldats tués'], ['injured', 5, 'cinq blessés']]);
});

test('English killed, injured and arrested phrases', () => {
  assert.deepEqual(brief('Two people were shot dead on Sunday.', 'en'), [['killed', 2, 'Two people were shot dead']]);
  assert.deepEqual(brief('One man was killed and three others were injured.', 'en'), [
    ['killed', 1, 'One man was killed'],
    ['injured', 3, 'three others were injured'],
  ]);
  assert.deepEqual(brief('The gunman killed two and injured five.', 'en'), [['killed', 2, 'killed two'], ['injured', 5, 'injured five']]);
  assert.deepEqual(brief('The death toll rose to 7.', 'en'), [['killed', 7, 'death toll rose to 7']]);
  assert.deepEqual(brief('The attack claimed the lives of 12 people.', 'en'), [['killed', 12, 'claimed the lives of 12 people']]);
  assert.deepEqual(brief('The blast left three dead and 20 wounded.', 'en'), [['killed', 3, 'three dead'], ['injured', 20, '20 wounded']]);
  assert.deepEqual(brief('Police arrested two suspects.', 'en'), [['arrested', 2, 'arrested two suspects']]);
  assert.deepEqual(brief('A man was killed.', 'en'), [['killed', 1, 'A man was killed']]);
  assert.deepEqual(brief('Dozens were killed.', 'en'), [['killed', 12, 'Dozens were killed']]);
  // "a minor" is a person; "minor injuries" are no count of their own
  assert.deepEqual(brief('A minor was injured in a shooting Sunday morning.', 'en').map(([k, n]) => [k, n]), [['injured', 1]]);
});

test('who is the victims noun', () => {
  const [c] = countsOf('At least 5 civilians died in the attack.', 'en');
  assert.equal(c?.who?.text, 'civilians');
  assert.deepEqual([c?.numberSpan.text, c?.count.low, c?.count.text], ['At least 5', 5, 'At least 5']);
});

test('nobody hurt is a count of zero', () => {
  assert.deepEqual(brief('No one was injured in the shooting.', 'en'), [['injured', 0, 'No one was injured']]);
  assert.deepEqual(brief("Personne n'a été blessé.", 'fr'), [['injured', 0, "Personne n'a été blessé"]]);
  assert.equal(countsOf('No one was injured.', 'en')[0]?.numberSpan.text, 'No one');
});

test('"shot" counts people hit: injured = hit - killed', () => {
  assert.deepEqual(brief('Four people were shot, one fatally.', 'en').sort(), [
    ['injured', 3, 'Four people were shot'],
    ['killed', 1, 'one fatally'],
  ]);
  assert.deepEqual(brief('Seven people were shot on Broad Ripple Avenue.', 'en'), [['injured', 7, 'Seven people were shot']]);
});

test('people hit told after more dead were counted are some of the dead again, not wounded', () => {
  const told = pick('A man shot and killed four relatives before taking his own life. The two brothers were shot on the first floor.');
  assert.equal(told.some(([k]) => k === 'injured'), false, JSON.stringify(told));
  // hits told before the dead, or more hits than dead, still leave wounded
  assert.ok(pick('Three people were shot on the porch. One man was killed.').some(([k, n]) => k === 'injured' && n === 2));
});

test('never a count for durations, ages, years, times, addresses, money or labels', () => {
  assert.deepEqual(brief('Après les 44 jours de la guerre, un homme âgé de 30 ans.', 'fr'), []);
  assert.deepEqual(brief('A 19-year-old man, aged 45, was seen.', 'en'), []);
  assert.deepEqual(brief('John Smith, 45, wounded in the leg, survived.', 'en').filter(([, n]) => n === 45), []);
  assert.deepEqual(brief('In 2014 killed was the word; at 10 p.m. on Route 66, $500 was taken, 20% killed.', 'en').filter(([, n]) => n !== 1), []);
  assert.deepEqual(brief('He was killed 2 days later in the 1300 block.', 'en').filter(([, n]) => n === 2 || n === 1300), []);
});

test('a count is not read twice, and an active verb is no victim count', () => {
  assert.deepEqual(brief('A man killed his wife.', 'en').filter(([, , p]) => p === 'A man killed'), []);
  const counts = countsOf('Two men were killed and two men were killed.', 'en');
  assert.equal(counts.length, 2);
  assert.notEqual(counts[0]!.numberSpan.start, counts[1]!.numberSpan.start);
});

test('negated predicates give no count', () => {
  assert.deepEqual(brief('A man inside the home was not injured.', 'en'), []);
});

test('an article counted as one becomes a number only in a count', () => {
  const { doc, ctx } = tokenizedDoc('Un policier a été tué. Un camion a explosé.', 'fr');
  numbersStage.run(doc, ctx);
  assert.deepEqual(doc.numbers.map((n) => [n.span.text, n.value, n.rule]), [['Un', 1, 'number.article-count']]);
});

test('French: coordinated groups, vague counts, nominal deaths and arrests', () => {
  assert.deepEqual(brief('Trois femmes et un enfant ont été blessés.', 'fr'), [['injured', 4, 'Trois femmes et un enfant ont été blessés']]);
  assert.deepEqual(brief('Une dizaine de personnes ont été blessées.', 'fr'), [['injured', 10, 'Une dizaine de personnes ont été blessées']]);
  assert.deepEqual(brief("L'incendie a causé la mort de plusieurs personnes.", 'fr'), [['killed', 3, 'causé la mort de plusieurs personnes']]);
  assert.deepEqual(brief('La police a arrêté une vingtaine de manifestants.', 'fr'), [['arrested', 20, 'a arrêté une vingtaine de manifestants']]);
  assert.deepEqual(brief('La police a arrêté un camion sur la route.', 'fr'), []);
  assert.deepEqual(brief('Il n\'y a eu aucun mort.', 'fr'), [['killed', 0, 'aucun mort']]);
  const [c] = countsOf('Une cinquantaine de personnes sont mortes.', 'fr');
  assert.equal(c?.who?.text, 'personnes');
  assert.deepEqual([c?.count.best, c?.count.low, c?.count.high], [50, 45, 55]);
});

test('English: singular victims, coordination and headline style', () => {
  assert.deepEqual(brief('Smith was pronounced dead at the scene.', 'en'), [['killed', 1, 'Smith was pronounced dead']]);
  assert.deepEqual(brief('Teen killed in shooting', 'en'), [['killed', 1, 'Teen killed']]);
  assert.deepEqual(brief('He and three others were shot on a basketball court.', 'en'), [['injured', 4, 'He and three others were shot']]);
  assert.deepEqual(brief('2 men, 3 women shot in Baltimore', 'en'), [['injured', 5, '2 men, 3 women shot']]);
  assert.deepEqual(brief('1 Killed, 2 Wounded In Austin Shooting', 'en'), [['killed', 1, '1 Killed'], ['injured', 2, '2 Wounded']]);
  assert.deepEqual(brief('Police did not say whether anyone was hurt.', 'en'), []);
});

test('English: names after a count verb, and people who shot themselves', () => {
  assert.deepEqual(brief('He opened fire, killing Sarah Davidson and injuring Leanne Smith and Dustin Grey.', 'en'), [
    ['killed', 1, 'killing Sarah Davidson'],
    ['injured', 2, 'injuring Leanne Smith and Dustin Grey'],
  ]);
  assert.deepEqual(brief('The man was killed Sunday.', 'en').map(([c, n]) => [c, n]), [['killed', 1]]);
  assert.deepEqual(brief('Police said he shot himself in the hand.', 'en'), [['injured', 1, 'shot himself']]);
  assert.deepEqual(brief('The gunman then killed himself.', 'en'), [['killed', 1, 'killed himself']]);
});

test('a murder-suicide: the killer\'s suicide adds one to the victims he killed', () => {
  assert.deepEqual(brief('A woman shot and killed her two daughters before killing herself.', 'en'), [
    ['killed', 3, 'shot and killed her two daughters before killing herself'],
  ]);
  assert.deepEqual(brief('Police say the man killed his wife, then turned the gun on himself.', 'en'), [['killed', 2, 'killed his wife, then turned the gun on himself']]);
  // told in the next sentence
  assert.deepEqual(brief('A man shot and killed his neighbor on Sunday. He then turned the gun on himself.', 'en'), [
    ['killed', 1, 'shot and killed his neighbor'],
    ['killed', 2, 'turned the gun on himself'],
  ]);
  // a suicide alone is one death; a victim killed is no suicide
  assert.deepEqual(brief('The farmer took his own life.', 'en'), [['killed', 1, 'took his own life']]);
  assert.deepEqual(brief('Il a tué sa compagne avant de retourner son arme contre lui.', 'fr'), [['killed', 2, 'a tué sa compagne avant de retourner son arme contre lui']]);
});

test('words that name a killing of several: murder-suicide, double homicide, triple meurtre', () => {
  assert.deepEqual(brief('Deputies are investigating an apparent murder-suicide near the lake.', 'en'), [['killed', 2, 'murder-suicide']]);
  assert.deepEqual(brief('Detectives investigate a double homicide', 'en'), [['killed', 2, 'double homicide']]);
  assert.deepEqual(brief('Un triple meurtre a eu lieu dans la nuit.', 'fr'), [['killed', 3, 'triple meurtre']]);
  // a stated figure beside it stays its own count
  assert.deepEqual(brief('Three people died in the murder-suicide.', 'en'), [['killed', 3, 'Three people died'], ['killed', 2, 'murder-suicide']]);
});

test('a subject right before a killing verb with an object is the killer, not a victim', () => {
  assert.deepEqual(brief('A woman shot and killed her neighbor.', 'en'), [['killed', 1, 'shot and killed her neighbor']]);
  assert.deepEqual(brief('Two guards shot and killed the robber.', 'en'), [['killed', 1, 'shot and killed the robber']]);
  assert.deepEqual(brief('Two guards were shot and killed.', 'en'), [['killed', 2, 'Two guards were shot and killed']]);
});

test('"the fatal shooting of", "the shooting death of", "the murder of" count their victims', () => {
  assert.deepEqual(brief('A teen was charged in the fatal shooting of a classmate.', 'en'), [['killed', 1, 'the fatal shooting of a classmate']]);
  assert.deepEqual(brief('Police arrested a man in the shooting death of 4-year-old Amy Stone.', 'en').filter(([c]) => c === 'killed'), [
    ['killed', 1, 'the shooting death of 4-year-old Amy Stone'],
  ]);
  assert.deepEqual(brief('He is charged with the murders of two neighbors.', 'en'), [['killed', 2, 'the murders of two neighbors']]);
  assert.deepEqual(brief('The officer mortally wounded a bank robber.', 'en'), [['killed', 1, 'mortally wounded a bank robber']]);
});

test('an apposition between the victims and their verb', () => {
  assert.deepEqual(brief('Peter Walsh, a 41-year-old cook at the diner, was shot and killed on Friday.', 'en'), [
    ['killed', 1, 'Walsh, a 41-year-old cook at the diner, was shot and killed'],
  ]);
  assert.deepEqual(brief('Omar Diaz, a 19-year-old student, died at the hospital.', 'en'), [['killed', 1, 'Diaz, a 19-year-old student, died']]);
  assert.deepEqual(brief('The clerk, who had worked there for years, was wounded.', 'en'), [['injured', 1, 'clerk, who had worked there for years, was wounded']]);
  assert.deepEqual(brief('Nine people, including two children, were shot at the fair.', 'en'), [['injured', 9, 'Nine people, including two children, were shot']]);
  assert.deepEqual(brief('Two victims, a 30-year-old woman, and a 41-year-old man, were injured.', 'en'), [
    ['injured', 2, 'Two victims, a 30-year-old woman, and a 41-year-old man, were injured'],
  ]);
  assert.deepEqual(brief('Three men — a driver and two passengers — were injured.', 'en'), [['injured', 3, 'Three men — a driver and two passengers — were injured']]);
  // the apposition keeps its own counts
  assert.deepEqual(brief('Five men, two fatally, were shot outside the club.', 'en').sort(), [
    ['injured', 3, 'Five men, two fatally, were shot'],
    ['killed', 2, 'two fatally'],
  ]);
});

test('"a third person has died" counts the dead; "also killed" adds to the dead told before', () => {
  assert.deepEqual(brief('A third person has died after the crash.', 'en'), [['killed', 3, 'A third person has died']]);
  // an ordinal does not count the wounded, nor anything after a possessive
  assert.deepEqual(brief('A second man was wounded.', 'en'), [['injured', 1, 'A second man was wounded']]);
  assert.deepEqual(brief('Anna Byrd was shot and killed. Her brother Tom was also killed.', 'en'), [
    ['killed', 1, 'Byrd was shot and killed'],
    ['killed', 2, 'Tom was also killed'],
  ]);
  // a stated figure with "also" is a count of its own
  assert.deepEqual(brief('Two soldiers died on Monday. Three civilians also died.', 'en'), [
    ['killed', 2, 'Two soldiers died'],
    ['killed', 3, 'Three civilians also died'],
  ]);
});

test('a second group of victims after a killing verb adds up', () => {
  assert.deepEqual(brief('The gunman shot and killed a cashier and two customers.', 'en'), [['killed', 3, 'shot and killed a cashier and two customers']]);
  assert.deepEqual(brief('A father killed his son and his daughter before killing himself.', 'en'), [
    ['killed', 3, 'killed his son and his daughter before killing himself'],
  ]);
  // a second verb is a count of its own
  assert.deepEqual(brief('He killed two people and injured three others.', 'en'), [['killed', 2, 'killed two people'], ['injured', 3, 'injured three others']]);
});

test('two names and a plural verb count two; common nouns are no names', () => {
  assert.deepEqual(brief('Police said Rosa Vance, 33, and Carl Dean, 28, were killed.', 'en'), [['killed', 2, 'Vance, 33, and Carl Dean, 28, were killed']]);
  assert.deepEqual(brief('On Sunday police and firefighters were injured.', 'en'), []);
});

test('"a double shooting" hits two: the injured are those not killed', () => {
  assert.deepEqual(brief('Detectives are looking into a double shooting near the park.', 'en'), [['injured', 2, 'double shooting']]);
  assert.deepEqual(brief('One dead in triple shooting', 'en'), [['killed', 1, 'One dead'], ['injured', 2, 'triple shooting']]);
});

test('victims "found" dead, and an abbreviation among the victims\' words', () => {
  assert.deepEqual(brief('Three U.S. soldiers were wounded in the ambush.', 'en'), [['injured', 3, 'Three U.S. soldiers were wounded']]);
  assert.deepEqual(brief('Two hikers were found shot to death near the trail.', 'en'), [['killed', 2, 'Two hikers were found shot to death']]);
});

test('people hit whose death is told a few words later are dead, not wounded', () => {
  // (none of them wounded: a figure of 0)
  assert.deepEqual(brief('The student was shot in the back and later died at a hospital.', 'en'), [
    ['killed', 1, 'student was shot in the back and later died'],
    ['injured', 0, 'student was shot in the back and later died'],
  ]);
  assert.deepEqual(brief('Two men were shot and both survived.', 'en'), [['injured', 2, 'Two men were shot']]);
});

test('a modal before "have been" leaves a single victim single', () => {
  assert.deepEqual(brief('A hiker died on Sunday. The hiker may have been hit by a stray bullet.', 'en'), [['killed', 1, 'A hiker died']]);
  assert.deepEqual(brief('The clerk might have been wounded in the robbery.', 'en'), [['injured', 1, 'clerk might have been wounded']]);
});

test('the wound of a victim whose death is told is no injured count', () => {
  // the same name, a definite noun of a death count, a pronoun after a death
  assert.deepEqual(brief('Marcus Webb died at the scene. Webb was wounded in the chest.', 'en'), [['killed', 1, 'Webb died']]);
  assert.deepEqual(brief('A teenager died on Friday night. The teenager suffered a gunshot wound to the neck.', 'en'), [['killed', 1, 'A teenager died']]);
  // (the wound of the one hit, who died, leaves a wounded figure of none)
  assert.deepEqual(brief('A farmer was killed in the orchard. He suffered a wound to the head.', 'en'), [
    ['killed', 1, 'A farmer was killed'],
    ['injured', 0, 'He suffered a wound'],
  ]);
  // another victim stays: an indefinite noun, a person named before the pronoun
  assert.deepEqual(brief('A farmer was killed in the orchard. A neighbor was wounded in the arm.', 'en'), [
    ['killed', 1, 'A farmer was killed'],
    ['injured', 1, 'A neighbor was wounded'],
  ]);
  assert.deepEqual(brief('A farmer was killed. His nephew is recovering after he was injured in the attack.', 'en'), [
    ['killed', 1, 'A farmer was killed'],
    ['injured', 1, 'nephew is recovering'],
    ['injured', 1, 'he was injured in the attack'],
  ]);
});

test('an enumeration of victims after a killing verb adds each item; the killer last is one more', () => {
  assert.deepEqual(brief('He shot and killed his aunt, his cousin and two neighbors.', 'en'), [['killed', 4, 'shot and killed his aunt, his cousin and two neighbors']]);
  assert.deepEqual(brief('Deputies say a farmer killed his brother, 3 nephews, then himself.', 'en'), [['killed', 5, 'killed his brother, 3 nephews, then himself']]);
  // a comma without a closing "and" ends the list; a number alone is an age
  assert.deepEqual(brief('He killed a clerk, the police said.', 'en'), [['killed', 1, 'killed a clerk']]);
  assert.deepEqual(brief('The father killed his son, 12, in the garage.', 'en'), [['killed', 1, 'killed his son']]);
});

test('a person noun with a determiner, or opening a headline, and a group of victims count together', () => {
  assert.deepEqual(brief('Grandmother and three grandchildren found dead in farmhouse', 'en'), [['killed', 4, 'Grandmother and three grandchildren found dead']]);
  assert.deepEqual(brief('Neighbors said a woman and her two sons were found dead on Monday.', 'en'), [['killed', 3, 'a woman and her two sons were found dead']]);
  assert.deepEqual(brief('The pastor and two ushers were wounded.', 'en'), [['injured', 3, 'The pastor and two ushers were wounded']]);
  // an apposition is one victim
  assert.deepEqual(brief('Officers found the driver, a 40-year-old man, had been fatally shot.', 'en'), [['killed', 1, 'driver, a 40-year-old man, had been fatally shot']]);
});

test('a participle after adverbs only is an active verb', () => {
  assert.deepEqual(brief('Deputies said a farmer apparently fatally shot his neighbor and two dogs.', 'en'), [['killed', 3, 'fatally shot his neighbor and two dogs']]);
});

test('counts over several incidents told together belong to none of them', () => {
  assert.deepEqual(brief('Seven wounded in four separate shootings across the county', 'en'), []);
  assert.deepEqual(brief('Eight people were hurt in two incidents on Saturday.', 'en'), []);
  assert.deepEqual(brief('Eight people were hurt in one incident on Saturday.', 'en'), [['injured', 8, 'Eight people were hurt']]);
});

test('a day of a month is no count; a day is no victim', () => {
  assert.deepEqual(brief('The cyclist struck on September 14 died in hospital.', 'en'), []);
  assert.deepEqual(brief('A gunman killed three people on Oct. 9 at the mall.', 'en'), [['killed', 3, 'killed three people']]);
  assert.deepEqual(brief('Police said Tuesday was wounded.', 'en'), []);
});

test('a part of a group of wounded that died is dead, the rest wounded', () => {
  assert.deepEqual(brief('One of three hikers wounded in the ambush has died.', 'en'), [
    ['killed', 1, 'One of three hikers wounded in the ambush has died'],
    ['injured', 2, 'three hikers wounded'],
  ]);
  assert.deepEqual(brief('Two of the six people shot at the party died.', 'en'), [
    ['killed', 2, 'Two of the six people shot at the party died'],
    ['injured', 4, 'six people shot'],
  ]);
});

test('a victim "also killed" after a group\'s total is one of the group', () => {
  assert.deepEqual(brief('Six relatives were found shot dead on Friday. Their uncle, who was also killed, lived nearby.', 'en'), [
    ['killed', 6, 'Six relatives were found shot dead'],
    ['killed', 1, 'who was also killed'],
  ]);
  // victims told one by one add up
  assert.deepEqual(brief('Ana Ruiz was shot and killed. Her brother Tomas Ruiz was also killed.', 'en'), [
    ['killed', 1, 'Ruiz was shot and killed'],
    ['killed', 2, 'Ruiz was also killed'],
  ]);
});

test('an article needs a noun of its own in a coordination', () => {
  assert.deepEqual(brief('Searchers found three bodies, a dead horse and a rifle.', 'en'), []);
});

test('a quantity word beside a stated figure of several leaves; beside one victim it stays', () => {
  assert.deepEqual(brief('Seven people were killed. Neighbors mourned the house where so many died.', 'en'), [['killed', 7, 'Seven people were killed']]);
  assert.deepEqual(brief('Des centaines de blessés ont été soignés. Il a été blessé au bras.', 'fr').map((c) => c[1]), [100, 1]);
});

test('the wounded right before a fatal adverb include the dead', () => {
  assert.deepEqual(brief('Four hikers were wounded, one fatally.', 'en'), [
    ['injured', 3, 'Four hikers were wounded'],
    ['killed', 1, 'one fatally'],
  ]);
  assert.deepEqual(brief('Five people were shot, two fatally.', 'en'), [
    ['injured', 3, 'Five people were shot'],
    ['killed', 2, 'two fatally'],
  ]);
});

test('English: a victim told by condition is wounded and alive; a past condition before a death is not counted', () => {
  assert.deepEqual(brief('A girl is in serious condition after the shooting.', 'en'), [['injured', 1, 'A girl is in serious condition']]);
  assert.deepEqual(brief('The clerk remains in critical but stable condition.', 'en'), [['injured', 1, 'clerk remains in critical but stable condition']]);
  assert.deepEqual(brief('Two other men are in stable condition.', 'en'), [['injured', 2, 'Two other men are in stable condition']]);
  assert.deepEqual(brief('Jones remains hospitalized.', 'en'), [['injured', 1, 'Jones remains hospitalized']]);
  assert.deepEqual(brief('The driver was in critical condition on Monday.', 'en'), []);
  assert.deepEqual(brief('She was listed in stable condition.', 'en'), [['injured', 1, 'She was listed in stable condition']]);
});

test('English: an age noun without article counts as one victim ("shoots 7-year-old girl")', () => {
  assert.deepEqual(
    brief('Boy accidentally shoots 7-year-old girl in hand', 'en').map(([c, n]) => [c, n]),
    [['injured', 1]],
  );
});

test('English: an age after a name is no count, even when the apposition is not closed by a comma', () => {
  assert.deepEqual(brief('Mary Stone, 71 and Paul Stone, 70 were found dead in their kitchen.', 'en').filter(([, n]) => n > 2), []);
  assert.deepEqual(brief('Officers found Carl Webb, 29 who was shot and killed in the yard.', 'en').filter(([, n]) => n > 1), []);
  // a place before the comma leaves the count alone
  assert.deepEqual(brief('In Dayton, 3 were killed.', 'en'), [['killed', 3, '3 were killed']]);
});

test('English: more singular person nouns ("a 40-year-old male and a 20-year-old female", "player")', () => {
  assert.deepEqual(brief('A 40-year-old male and a 20-year-old female were also wounded.', 'en').map(([c, n]) => [c, n]), [['injured', 2]]);
  assert.deepEqual(brief('Soccer player injured in parking lot shooting', 'en').map(([c, n]) => [c, n]), [['injured', 1]]);
});

test('English: wounded "others" add to the one wounded victim told just before, not to the dead nor to "the other"', () => {
  const injured = (text: string) => Math.max(...brief(text, 'en').filter(([c]) => c === 'injured').map(([, n]) => n));
  assert.equal(injured('A girl was shot in the arm on Oak Street. Three other people were wounded.'), 4);
  assert.equal(injured('A clerk is in serious condition after a robbery that also injured two other people.'), 3);
  assert.equal(injured('A man was killed and two others were wounded.'), 2);
  assert.equal(injured('A boy was shot on Monday. Police said a girl shot the other boy.'), 1);
});

test('English: the name of a deadly incident tells one dead; a figure beside it wins', () => {
  assert.deepEqual(brief('Detectives are investigating a fatal shooting on Pine Street.', 'en'), [['killed', 1, 'fatal shooting']]);
  assert.deepEqual(brief('A man was charged in the stabbing death.', 'en'), [['killed', 1, 'stabbing death']]);
  assert.deepEqual(brief('The deadly shooting of three people shocked the town.', 'en').map(([c, n]) => [c, n]), [['killed', 3]]);
});

test('English: totals of a roundup of incidents ("in weekend shootings", "a violent night") are no incident\'s count', () => {
  assert.deepEqual(brief('Three people were killed and 20 wounded in weekend shootings across the city.', 'en'), []);
  assert.deepEqual(brief('Violent night in Dayton leaves two dead, six wounded', 'en'), []);
  assert.deepEqual(brief('Two people were killed in a string of shootings by one gunman.', 'en').map(([c, n]) => [c, n]), [['killed', 2]]);
  assert.deepEqual(brief('Two people were killed in a shooting on Sunday.', 'en').map(([c, n]) => [c, n]), [['killed', 2]]);
});

test('English: victims who "are recovering" are wounded; "the shooting of five" tells five people hit', () => {
  assert.deepEqual(brief('A woman and two men are recovering after the attack.', 'en').map(([c, n]) => [c, n]), [['injured', 3]]);
  assert.deepEqual(brief('He was charged in the shooting of five people outside a bar.', 'en').map(([c, n]) => [c, n]), [['injured', 5]]);
});

test('English: groups of wounded joined by "and" in one sentence add up; "one" of those told does not', () => {
  const injured = (text: string) => Math.max(...brief(text, 'en').filter(([c]) => c === 'injured').map(([, n]) => n));
  assert.equal(injured('A 30-year-old man was shot in the hip and two teenagers were shot in the arm.'), 3);
  assert.equal(injured('Three men were shot and one was hit in the foot.'), 3);
});

test('English: no count from a street number, the second of two ages, or a tally over some hours', () => {
  assert.deepEqual(brief('Deputies were called to a shooting at 4410 Maple Ridge Road, where a man was wounded.', 'en').map(([c, n]) => [c, n]), [['injured', 1]]);
  assert.ok(!brief('Three girls between ages 9 and 14 were hurt.', 'en').some(([, n]) => n === 14));
  assert.deepEqual(brief('Six people shot in 48 hours in Dayton', 'en'), []);
});

test('English: a headline\'s "shot, killed" tells a death, not a wound', () => {
  assert.deepEqual(brief('Teen shot, killed outside store', 'en').map(([c, n]) => [c, n]), [['killed', 1], ['injured', 0]]);
  assert.deepEqual(brief('Three men shot, one killed near the park', 'en').map(([c, n]) => [c, n]), [['injured', 2], ['killed', 1]]);
});

test('English: bare person nouns in a headline enumeration of victims each count one', () => {
  assert.deepEqual(brief('Farmer kills his wife, son and 9-year-old nephew', 'en').map(([c, n]) => [c, n]), [['killed', 3]]);
  assert.deepEqual(brief('Police say he fatally shot his mother and 14-year-old sister before killing himself.', 'en').map(([c, n]) => [c, n]), [['killed', 3]]);
});

test('English: the killer last in the list of his victims without "then" is one more dead', () => {
  assert.deepEqual(brief('Man killed his 8-year-old son, wife, himself', 'en').map(([c, n]) => [c, n]), [['killed', 3]]);
  assert.deepEqual(brief('Police said he killed his wife and himself.', 'en').map(([c, n]) => [c, n]), [['killed', 2]]);
});

test('English: one victim told as one more ("another", "also") is wounded beside the dead, not one of them', () => {
  assert.deepEqual(brief('A man was shot and killed outside the bar. Another man was shot in the arm.', 'en'), [
    ['killed', 1, 'A man was shot and killed'],
    ['injured', 1, 'Another man was shot'],
  ]);
  assert.deepEqual(brief('One man died at the scene. A woman was also shot.', 'en'), [
    ['killed', 1, 'One man died'],
    ['injured', 1, 'A woman was also shot'],
  ]);
  // as the object of a verb, "another" is other than the shooter: the dead boy may be him
  assert.deepEqual(
    brief('A boy was killed on Sunday. Police said a teen was playing with a gun when it went off, striking another boy.', 'en').filter((c) => c[0] === 'injured'),
    [['injured', 0, 'striking another boy']],
  );
  // a pronoun may tell the dead again
  assert.deepEqual(brief('A man was shot and killed. He was also shot in the leg.', 'en').filter((c) => c[0] === 'injured'), [['injured', 0, 'He was also shot']]);
});

test('People found with gunshot wounds are people hit (the dead among them leave)', () => {
  assert.deepEqual(brief('Officers found three victims suffering from gunshot wounds.', 'en'), [['injured', 3, 'three victims suffering from gunshot wounds']]);
  assert.deepEqual(brief('Two men were found with gunshot wounds. One of them died at the hospital.', 'en'), [
    ['injured', 1, 'Two men were found with gunshot wounds'],
    ['killed', 1, 'One of them died'],
  ]);
  assert.deepEqual(brief('Two others showed up at a local hospital with gunshot wounds.', 'en'), [['injured', 2, 'Two others showed up at a local hospital with gunshot wounds']]);
  assert.deepEqual(brief('Les secours ont trouvé trois victimes souffrant de blessures par balle.', 'fr'), [['injured', 3, 'trois victimes souffrant de blessures par balle']]);
});

test('English: "others" wounded add to one wounded victim told by a figure too', () => {
  assert.deepEqual(brief('One person is in critical condition. Three others were injured.', 'en'), [
    ['injured', 1, 'One person is in critical condition'],
    ['injured', 4, 'Three others were injured'],
  ]);
  // after a death, the others are the wounded alone
  assert.deepEqual(brief('One person was killed. Three others were injured.', 'en'), [
    ['killed', 1, 'One person was killed'],
    ['injured', 3, 'Three others were injured'],
  ]);
});

test('A name that suffered a wound is one person hit; a fatal wound is a death', () => {
  assert.deepEqual(brief('Childs suffered several gunshot wounds to the neck, police said.', 'en'), [['injured', 1, 'Childs suffered several gunshot wounds']]);
  assert.deepEqual(brief('Dupont a reçu une blessure par balle à la jambe.', 'fr'), [['injured', 1, 'Dupont a reçu une blessure']]);
  // said of the dead too: a death told takes it
  assert.deepEqual(brief('A toddler died at the hospital. Shafi had suffered a single gunshot wound.', 'en').filter((c) => c[0] === 'injured' && c[1] > 0), []);
  // "All" is no name
  assert.deepEqual(brief('Four people were found dead. All suffered gunshot wounds.', 'en'), [['killed', 4, 'Four people were found dead']]);
  assert.deepEqual(brief('A 20-year-old woman suffered a fatal gunshot wound.', 'en'), [['killed', 1, 'A 20-year-old woman suffered a fatal gunshot wound']]);
  assert.deepEqual(brief('Two officers received non-life threatening gunshot wounds.', 'en'), [['injured', 2, 'Two officers received non-life threatening gunshot wounds']]);
});

test('English: people taken to a hospital named in a few words, or landed in hospital, are people hit', () => {
  assert.deepEqual(brief('Both were taken to an area hospital.', 'en'), [['injured', 2, 'Both were taken to an area hospital']]);
  assert.deepEqual(brief('The two boys were taken to Mount Sinai Hospital.', 'en'), [['injured', 2, 'two boys were taken to Mount Sinai Hospital']]);
  assert.deepEqual(brief('A shooting lands four men in hospital.', 'en'), [['injured', 4, 'lands four men in hospital']]);
});

test('A headline\'s present tense wounds; a relative clause may stand between the victims and their verb', () => {
  assert.deepEqual(brief('Shooting Wounds 4 Boys, Police Say', 'en'), [['injured', 4, 'Wounds 4 Boys']]);
  assert.deepEqual(brief('A shooting rampage injures three.', 'en'), [['injured', 3, 'injures three']]);
  assert.deepEqual(brief('Three state troopers who entered the home were wounded.', 'en'), [['injured', 3, 'Three state troopers who entered the home were wounded']]);
  assert.deepEqual(brief('Deux passants qui se trouvaient devant le bar ont été blessés.', 'fr'), [['injured', 2, 'Deux passants qui se trouvaient devant le bar ont été blessés']]);
  // the clause holds no count of its own
  assert.deepEqual(brief('Three people who were at the party were shot and wounded.', 'en'), [['injured', 3, 'Three people who were at the party were shot and wounded']]);
});

test('English: groups of wounded in a list that "and" closes add up; a determiner and a person noun after "and" is one', () => {
  assert.deepEqual(brief('Police said one woman was shot in the neck, a man was shot in the leg, and another man was hit in the foot.', 'en').map((c) => [c[0], c[1]]), [['injured', 3]]);
  // a comma alone joins no groups
  assert.deepEqual(brief('One woman was shot in the neck, police said, a man was shot in the leg.', 'en').map((c) => [c[0], c[1]]), [['injured', 1], ['injured', 1]]);
  assert.deepEqual(brief('He and his brother were killed.', 'en'), [['killed', 2, 'He and his brother were killed']]);
});

test('"the victim" wounded in a story of one death and no other wounded is the dead victim again', () => {
  assert.deepEqual(brief('A 7-year-old boy died on Sunday. The victim suffered a gunshot wound to the chest.', 'en'), [['killed', 1, 'A 7-year-old boy died']]);
  // another wounded told before: the victim may be that one
  assert.deepEqual(brief('A man died on Sunday. A woman was wounded. The victim was treated for injuries.', 'en').filter((c) => c[0] === 'injured').length, 2);
});

test('Who shot himself in a story that tells a suicide is the suicide, not a wounded', () => {
  assert.deepEqual(brief('Police called it a murder-suicide. The man later shot himself in the garage.', 'en').filter((c) => c[0] === 'injured'), []);
  assert.deepEqual(brief('Il s\'agit d\'un meurtre suivi d\'un suicide.', 'fr'), [['killed', 2, "meurtre suivi d'un suicide"]]);
  // no suicide told: he is wounded
  assert.deepEqual(brief('He shot himself in the leg while cleaning a rifle.', 'en'), [['injured', 1, 'shot himself']]);
});

test('A total over several incidents is none of them: "between two shootings", "in other attacks", "weekend gunfire"', () => {
  assert.deepEqual(brief('Three people were wounded, one critically, between two shootings on Monday.', 'en'), []);
  assert.deepEqual(brief('In other Sunday attacks, at least eight people were shot.', 'en'), []);
  assert.deepEqual(brief('Weekend gunfire kills 1, wounds 12 across the city.', 'en'), []);
  assert.deepEqual(brief('Huit personnes ont été blessées lors de deux fusillades samedi.', 'fr'), []);
  // one shooting with several victims stays
  assert.deepEqual(brief('Three people were wounded in a shooting on Monday.', 'en'), [['injured', 3, 'Three people were wounded']]);
});

test('en: "and another (was) injured" after a victim is one more victim, the verb told or left out', () => {
  assert.deepEqual(pick('The shooting left one man dead and another injured.'), [['killed', 1], ['injured', 1]]);
  assert.deepEqual(pick('One man died and another was injured.'), [['killed', 1], ['injured', 1]]);
  assert.deepEqual(pick('They blamed one another.'), []);
});

test('en: victims found "suffering from non-life-threatening injuries", a victim who "was in stable condition"', () => {
  assert.deepEqual(pick('Officers arrived and located two victims suffering from non-life-threatening injuries.'), [['injured', 2]]);
  assert.deepEqual(pick('Police said the child was in critical but stable condition.'), [['injured', 1]]);
  // "was in critical condition" may come before a death: no wounded
  assert.deepEqual(pick('The man was in critical condition and later died.').filter(([c]) => c === 'injured'), []);
});

test('en: a victim airlifted or flown to a hospital or a medical center was hit', () => {
  assert.deepEqual(pick('The juvenile was air lifted to Vanderbilt University Medical Center with serious injuries.'), [['injured', 1]]);
  assert.deepEqual(pick('The boy was flown to a Memphis hospital.'), [['injured', 1]]);
});

test('en: victims who show up at a hospital with gunshot wounds; "Teen killed, another injured"', () => {
  assert.deepEqual(pick('A 17-year-old girl showed up in a hospital emergency room on Saturday afternoon with a gunshot wound.'), [['injured', 1]]);
  assert.deepEqual(pick('Boy, girl walk into Wichita hospital with gunshot wounds'), [['injured', 2]]);
  assert.deepEqual(pick('Teen killed, another injured in drive-by shooting'), [['killed', 1], ['injured', 1]]);
  assert.deepEqual(pick('He arrived at the scene with a gun.'), []);
});

test('en: a stray number before one person ("9 7-year-old girl and her mother were shot") is no count of them', () => {
  assert.deepEqual(pick('9 7-year-old girl and her mother were shot.'), [['injured', 2]]);
  assert.deepEqual(pick('Two 17-year-old boys and a man were shot.'), [['injured', 3]]);
});

test('en: "suffered multiple injuries" are one person\'s wounds, not a count of people', () => {
  assert.ok(!pick('The driver suffered multiple injuries in the crash.').some(([, n]) => n !== 1));
  assert.deepEqual(pick('There were two injuries at the scene.'), [['injured', 2]]);
});

test('fr: une victime héliportée vers l\'hôpital, dans un état stable, ou qui s\'est présentée à l\'hôpital avec une blessure par balle', () => {
  assert.deepEqual(pick("L'enfant a été héliporté vers l'hôpital.", 'fr'), [['injured', 1]]);
  assert.deepEqual(pick('La victime est dans un état stable.', 'fr'), [['injured', 1]]);
  assert.deepEqual(pick("Deux victimes se sont présentées à l'hôpital avec des blessures par balle.", 'fr'), [['injured', 2]]);
  // "dans un état grave" may come before a death
  assert.deepEqual(pick('La victime est dans un état grave.', 'fr'), []);
});

test('English: "also" inside an apposition and "the other boy" tell no one more than the dead', () => {
  assert.deepEqual(brief('Tim Smith, also a junior at the school, was rushed to Mercy Hospital where he was pronounced dead.', 'en'), [
    ['injured', 0, 'Smith, also a junior at the school, was rushed to Mercy Hospital'],
    ['killed', 1, 'he was pronounced dead'],
  ]);
  assert.deepEqual(
    brief('A 10-year-old boy shot and killed an 11-year-old at a home. Police said the boy found a gun and shot the other boy.', 'en').filter(([c, n]) => c === 'injured' && n > 0),
    [],
  );
  // one more victim stays one more
  assert.deepEqual(pick('One man died at the scene. A woman, a cashier, was also shot.'), [['killed', 1], ['injured', 1]]);
});

test('English: a headline\'s "shoots self", "shoots own foot"; a bullet that "hits" someone', () => {
  assert.deepEqual(brief('Girl, 5, shoots self in hand with pistol', 'en'), [['injured', 1, 'shoots self']]);
  assert.deepEqual(brief('Hunter shoots own foot while climbing fence', 'en'), [['injured', 1, 'shoots own foot']]);
  assert.deepEqual(brief('Stray bullet hits 9-year-old boy in his bedroom', 'en'), [['injured', 1, 'hits 9-year-old boy']]);
  // a self-inflicted death is no wound
  assert.deepEqual(pick('Teen shoots self at home. The teen died at the scene.'), [['injured', 0], ['killed', 1]]);
});

test('French: "s\'est tiré une balle dans le pied" is one person hit', () => {
  assert.deepEqual(brief("Un chasseur s'est tiré une balle dans le pied samedi.", 'fr'), [['injured', 1, "s'est tiré une balle dans le pied"]]);
  assert.deepEqual(brief('Il s’est tiré dessus par accident.', 'fr'), [['injured', 1, 's’est tiré dessus']]);
});

test('English: a headline\'s object without article ("Mother shoots son") is one person; not a noun compound nor a participle', () => {
  assert.deepEqual(brief('Mother shoots son in the leg during argument', 'en'), [['injured', 1, 'shoots son']]);
  assert.deepEqual(brief('Girl, 7, arrested after shooting brother with rifle', 'en').filter(([c]) => c === 'injured'), [['injured', 1, 'shooting brother']]);
  assert.deepEqual(brief('Farmer shoots, kills neighbor in dispute', 'en'), [['killed', 1, 'kills neighbor']]);
  assert.deepEqual(brief('Deputies search for shooting suspect', 'en'), []);
  assert.deepEqual(brief('Wounded deputy thanks nurses', 'en'), []);
  assert.deepEqual(brief('Police said the shooting victim was alert.', 'en'), []);
});

test('English: people hit whose death follows leave a wounded figure of none, as "no one was hurt" does', () => {
  assert.deepEqual(pick('A boy was shot in the face on Sunday. He died at the hospital.'), [['injured', 0], ['killed', 1]]);
  assert.deepEqual(pick('Two hikers were shot near the trail. Both died.'), [['injured', 0], ['killed', 2]]);
  // a death told farther away may be another's
  assert.deepEqual(pick('A boy was shot in the arm on Sunday. Police searched the area. No suspect was found. A man died in a crash.'), [['killed', 1]]);
  assert.deepEqual(pick('Two hikers were shot near the trail. One died.'), [['injured', 1], ['killed', 1]]);
});

test('English: a fatal adverb is no victim\'s word; "father of 3" and "a man, 18," tell one person, not a figure', () => {
  assert.deepEqual(brief('Police said seven others fatally shot.', 'en'), [['killed', 7, 'seven others fatally shot']]);
  assert.deepEqual(brief('Father of 3 fatally shot outside store', 'en'), [['killed', 1, 'Father of 3 fatally shot']]);
  assert.deepEqual(brief('A mother of two was wounded.', 'en'), [['injured', 1, 'mother of two was wounded']]);
  assert.deepEqual(pick('Teen shoots, kills man, 18 Ray Ford fatally wounded the man on Sunday.'), [['killed', 1], ['killed', 1]]);
});

test('French: "mortellement" is no victim\'s word', () => {
  assert.deepEqual(pick('Trois passants ont été mortellement blessés samedi.', 'fr'), [['killed', 3]]);
});

test('English: figures in digits listed after a comma with no noun of their own are ages', () => {
  assert.deepEqual(pick('Two women, 19 and 27 were hurt in the crash.').filter(([, n]) => n > 2), []);
  assert.deepEqual(pick('Police said 3 and 4 were injured.'), [['injured', 7]]);
  assert.deepEqual(pick('Two men, 30 and 42, were injured.'), [['injured', 2]]);
});

test('English: "he and four others were shot" counts him with the others, so the dead may be him', () => {
  assert.deepEqual(pick('One teenager is dead. Police said he and four others were shot outside a party.'), [['killed', 1], ['injured', 4]]);
  // others after a death stay the wounded alone
  assert.deepEqual(pick('One teenager is dead. Police said four others were shot outside a party.'), [['killed', 1], ['injured', 4]]);
});

test('English: no wounded figure of none beside a wounded victim told anywhere in the story', () => {
  assert.deepEqual(pick('A boy was killed and his father was wounded. Police said the officer was shooting the boy.'), [['killed', 1], ['injured', 1]]);
});
