import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readConllu, treeProblem } from './conllu.js';
import { trainTagger } from './tagger.js';
import { buildLexicon, Lexicon, editScript, applyScript } from './lexicon.js';
import { parseInput, trainParser, trainLabeller, projectivize } from './parser.js';
import { Annotator, decodeModel, encodeModel, modelPath, loadAnnotator } from './model.js';
import { wordsOfTokens, syntaxStage } from './stage.js';
import { fr } from '../lang/fr/index.js';
import { en } from '../lang/en/index.js';
import { evaluateUd, defaultUdDev } from '../eval/ud.js';
import { tokenizedDoc, SHARED_MISSING } from '../testing/helpers.js';

// A tiny treebank: enough to check that the trainers learn, not a model.
const TINY = `1	Les	le	DET	_	Definite=Def|Number=Plur	2	det	_	_
2	soldats	soldat	NOUN	_	Gender=Masc|Number=Plur	3	nsubj	_	_
3	attaquent	attaquer	VERB	_	Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin	0	root	_	_
4	la	le	DET	_	Definite=Def|Gender=Fem|Number=Sing	5	det	_	_
5	ville	ville	NOUN	_	Gender=Fem|Number=Sing	3	obj	_	_
6	.	.	PUNCT	_	_	3	punct	_	_

1	La	le	DET	_	Definite=Def|Gender=Fem|Number=Sing	2	det	_	_
2	police	police	NOUN	_	Gender=Fem|Number=Sing	3	nsubj	_	_
3	arrête	arrêter	VERB	_	Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin	0	root	_	_
4	les	le	DET	_	Definite=Def|Number=Plur	5	det	_	_
5	manifestants	manifestant	NOUN	_	Gender=Masc|Number=Plur	3	obj	_	_
6	à	à	ADP	_	_	7	case	_	_
7	Gao	Gao	PROPN	_	_	3	obl	_	_
8	.	.	PUNCT	_	_	3	punct	_	_

1	Des	un	DET	_	Definite=Ind|Number=Plur	2	det	_	_
2	hommes	homme	NOUN	_	Gender=Masc|Number=Plur	3	nsubj	_	_
3	ont	avoir	AUX	_	Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin	4	aux	_	_
4	tué	tuer	VERB	_	Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part	0	root	_	_
5	trois	trois	NUM	_	_	6	nummod	_	_
6	policiers	policier	NOUN	_	Gender=Masc|Number=Plur	4	obj	_	_
7	.	.	PUNCT	_	_	4	punct	_	_
`;

function tinyModel(): Annotator {
  const sents = readConllu(TINY);
  const t = trainTagger(sents.map((s) => ({ forms: s.words.map((w) => w.form), tags: s.words.map((w) => w.upos) })), { iterations: 5, seed: 1, dictMinCount: 1 });
  assert.ok(t.dict && t.dict.length > 10, 'tag dictionary built');
  const lexicon = buildLexicon(sents.flatMap((s) => s.words));
  const lex = new Lexicon(lexicon);
  const data = sents.map((s) => ({
    x: parseInput(s.words.map((w) => w.form), s.words.map((w) => w.upos), s.words.map((w) => lex.analyse(w.form, w.upos).feats)),
    heads: Int32Array.from([0, ...s.words.map((w) => w.head)]),
    labels: s.words.map((w) => w.deprel),
  }));
  const p = trainParser(data, { iterations: 10, seed: 1 });
  const l = trainLabeller(data, { iterations: 10, seed: 1 });
  const bytes = encodeModel({
    lang: 'fr', version: 'test', upos: t.classes, labels: l.labels, lexicon, tagDict: t.dict,
    tagger: t.trainer.pack(), parser: p.pack(), labeller: l.trainer.pack(),
  });
  return new Annotator(decodeModel(bytes));
}

test('the trainers learn a tiny treebank, and the model survives encoding', () => {
  const a = tinyModel();
  for (const s of readConllu(TINY)) {
    const r = a.analyse(s.words.map((w) => w.form));
    assert.deepEqual(r.upos, s.words.map((w) => w.upos));
    assert.deepEqual(r.head, s.words.map((w) => w.head));
    assert.deepEqual(r.deprel, s.words.map((w) => w.deprel));
    assert.deepEqual(r.lemma, s.words.map((w) => w.lemma));
  }
  // determinism: the same data and seed give the same weights
  const t1 = trainTagger([{ forms: ['a', 'b'], tags: ['X', 'Y'] }], { iterations: 3, seed: 7 }).trainer.pack();
  const t2 = trainTagger([{ forms: ['a', 'b'], tags: ['X', 'Y'] }], { iterations: 3, seed: 7 }).trainer.pack();
  assert.deepEqual(t1.keys, t2.keys);
  assert.deepEqual(t1.q, t2.q);
});

test('every parse is a tree with one root: long sentences, other scripts, punctuation only, empty', () => {
  const a = tinyModel();
  const long = Array.from({ length: 5000 }, (_, i) => (i % 7 === 6 ? ',' : `mot${i % 13}`));
  for (const forms of [long, ['القدس', 'مدينة', '.'], ['東京', 'は', '大きい'], ['.', '.', '!'], ['seul']]) {
    const r = a.analyse(forms);
    assert.equal(r.head.length, forms.length);
    assert.equal(treeProblem(r.head.map((h) => ({ head: h }))), undefined);
    assert.equal(r.head.filter((h) => h === 0).length, 1);
  }
  const empty = a.analyse([]);
  assert.deepEqual(empty.head, []);
});

test('projectivize lifts crossing arcs until none cross', () => {
  // 1->3, 2->4 cross; root 4
  const h = projectivize(Int32Array.from([0, 3, 4, 4, 0]));
  const arcs = [...h].map((x, d) => [x, d]).slice(1);
  for (const [a, b] of arcs) for (const [c, d] of arcs) {
    const [l1, r1] = [Math.min(a!, b!), Math.max(a!, b!)];
    const [l2, r2] = [Math.min(c!, d!), Math.max(c!, d!)];
    assert.ok(!(l1 < l2 && l2 < r1 && r1 < r2), `arcs ${a}-${b} and ${c}-${d} cross`);
  }
  assert.equal(treeProblem([...h].slice(1).map((x) => ({ head: x }))), undefined);
});

test('edit scripts turn forms into lemmas and carry over to unseen words', () => {
  for (const [f, l] of [['attaquent', 'attaquer'], ['La', 'le'], ['Paris', 'Paris'], ['I', 'I'], ['was', 'be']] as const) {
    assert.equal(applyScript(f, editScript(f, l)), l);
  }
  const lex = new Lexicon(buildLexicon([
    { form: 'mangent', upos: 'VERB', lemma: 'manger', feats: 'Number=Plur' },
    { form: 'chantent', upos: 'VERB', lemma: 'chanter', feats: 'Number=Plur' },
  ]));
  assert.deepEqual(lex.analyse('dansent', 'VERB'), { lemma: 'danser', feats: 'Number=Plur' });
});

test('French contractions become two words for the parser', () => {
  const s = wordsOfTokens(['Il', 'va', 'au', 'marché', 'du', 'village'], fr.text.syntacticWords);
  assert.deepEqual(s.forms, ['Il', 'va', 'à', 'le', 'marché', 'de', 'le', 'village']);
  assert.deepEqual(s.firstWord, [0, 1, 2, 4, 5, 7]);
  assert.deepEqual(wordsOfTokens(['au'], en.text.syntacticWords).forms, ['au']);
});

for (const [lang, floors] of [['fr', { upos: 96.65, las: 83.14 }], ['en', { upos: 93.19, las: 77.28 }]] as const) {
  test(`committed ${lang} model beats UDPipe 1.2 on dev UPOS and LAS`, (t) => {
    const dev = defaultUdDev(lang);
    if (!existsSync(dev)) return t.skip(SHARED_MISSING);
    if (!existsSync(modelPath(lang))) return t.skip(`no model at ${modelPath(lang)}`);
    const r = evaluateUd(loadAnnotator(lang), readConllu(readFileSync(dev, 'utf8')));
    assert.ok(r.upos > floors.upos, `UPOS ${r.upos}`);
    assert.ok(r.las > floors.las, `LAS ${r.las}`);
  });
}

test('the syntax stage fills tokens with tags, lemmas and a tree', (t) => {
  if (!existsSync(modelPath('fr'))) return t.skip('no French model');
  const { doc, ctx } = tokenizedDoc("Des hommes armés ont attaqué mardi un poste de police au nord du Mali. L'armée a riposté.", 'fr');
  syntaxStage.run(doc, ctx);
  for (const s of doc.sentences) {
    const toks = doc.tokens.slice(s.firstToken, s.endToken);
    assert.equal(toks.filter((x) => x.head === -1).length, 1);
    for (const x of toks) {
      assert.ok(x.upos && x.lemma && x.deprel);
      assert.ok(x.head === -1 || (x.head! >= s.firstToken && x.head! < s.endToken));
    }
  }
  const attaque = doc.tokens.find((x) => x.text === 'attaqué')!;
  assert.equal(attaque.upos, 'VERB');
  assert.equal(attaque.lemma, 'attaquer');
  const hommes = doc.tokens.find((x) => x.text === 'hommes')!;
  assert.equal(doc.tokens[hommes.head!], attaque);
  assert.equal(hommes.deprel, 'nsubj');
});


test('a missing, corrupt or truncated model file is a clear error', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-model-'));
  assert.throws(() => loadAnnotator('fr', join(dir, 'none.bin.gz')), (e: unknown) => (e as { code?: string }).code === 'E_DATA_MISSING');
  writeFileSync(join(dir, 'junk.bin.gz'), 'not a model');
  assert.throws(() => loadAnnotator('fr', join(dir, 'junk.bin.gz')), (e: unknown) => (e as { code?: string }).code === 'E_INTERNAL');
  const good = encodeModel({
    lang: 'fr', version: 't', upos: ['X'], labels: ['root'], lexicon: buildLexicon([]),
    tagger: { nClasses: 1, keys: new Uint32Array([5]), q: new Int16Array([1]), scale: 1 },
    parser: { nClasses: 3, keys: new Uint32Array([5]), q: new Int16Array([1, 2, 3]), scale: 1 },
    labeller: { nClasses: 1, keys: new Uint32Array([5]), q: new Int16Array([1]), scale: 1 },
  });
  writeFileSync(join(dir, 'cut.bin.gz'), good.subarray(0, good.length - 20));
  assert.throws(() => loadAnnotator('fr', join(dir, 'cut.bin.gz')), (e: unknown) => (e as { code?: string }).code === 'E_INTERNAL');
  writeFileSync(join(dir, 'ok.bin.gz'), good);
  assert.deepEqual(loadAnnotator('fr', join(dir, 'ok.bin.gz')).analyse(['a', 'b']).upos, ['X', 'X']);
});
