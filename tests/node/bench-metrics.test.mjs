// Hand-made cases for the bench scorers (conlleval entities, KIND token level, F1@k, TF-IDF
// candidates, macro language accuracy); the expected numbers are worked out in the comments.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { langScores } from '../../bench/lang.mjs';
import { macroAtK, normalizePhrase, prfAtK } from '../../bench/lib/keyphrase-metrics.mjs';
import { conllScore, extractEntities, tokenScore } from '../../bench/lib/ner-metrics.mjs';
import { splitSentences } from '../../bench/lib/sentences.mjs';
import { candidates } from '../../bench/lib/tfidf.mjs';

const close = (actual, expected, msg) =>
  assert.ok(Math.abs(actual - expected) < 1e-9, `${msg}: ${actual} != ${expected}`);
const spans = (tags) => extractEntities(tags).map((e) => `${e.type}[${e.start},${e.end})`);

test('conlleval chunks: I- after O or after another type starts an entity', () => {
  assert.deepEqual(spans(['I-PER', 'I-PER', 'I-LOC', 'B-LOC', 'I-LOC', 'O', 'I-MISC']), [
    'PER[0,2)',
    'LOC[2,3)',
    'LOC[3,5)',
    'MISC[6,7)',
  ]);
  // B-X B-X is two entities; I-X continues only its own type.
  assert.deepEqual(spans(['B-ORG', 'B-ORG', 'I-ORG', 'I-PER']), [
    'ORG[0,1)',
    'ORG[1,3)',
    'PER[3,4)',
  ]);
  assert.deepEqual(spans([]), []);
  assert.deepEqual(spans(['O', 'O']), []);
});

test('conlleval micro and per-type F1', () => {
  // gold: PER[0,2) LOC[3,5) ORG[6,7); pred: PER[0,2) LOC[3,4) ORG[6,7) (the I-ORG after O opens
  // an entity that matches). correct 2 of 3 predicted, 3 gold: P = R = F = 2/3.
  // Per type: PER 1/1 -> F 1; LOC 0 correct -> F 0; ORG 1/1 -> F 1.
  const s = conllScore([
    {
      gold: ['B-PER', 'I-PER', 'O', 'B-LOC', 'I-LOC', 'O', 'B-ORG'],
      pred: ['B-PER', 'I-PER', 'O', 'B-LOC', 'O', 'O', 'I-ORG'],
    },
  ]);
  close(s.p, 2 / 3, 'P');
  close(s.r, 2 / 3, 'R');
  close(s.f, 2 / 3, 'F');
  close(s.perType.PER.f, 1, 'PER');
  close(s.perType.LOC.f, 0, 'LOC');
  close(s.perType.ORG.f, 1, 'ORG');
  // Micro over sentences: a second sentence with one gold MISC and no prediction:
  // correct 2, pred 3, gold 4 -> P 2/3, R 1/2, F = 2·(1/3)/(7/6) = 4/7.
  const t = conllScore([
    {
      gold: ['B-PER', 'I-PER', 'O', 'B-LOC', 'I-LOC', 'O', 'B-ORG'],
      pred: ['B-PER', 'I-PER', 'O', 'B-LOC', 'O', 'O', 'I-ORG'],
    },
    { gold: ['B-MISC', 'O'], pred: ['O', 'O'] },
  ]);
  close(t.f, 4 / 7, 'F over two sentences');
});

test('KIND token-level F1 strips B-/I- and ignores O and MISC', () => {
  // stripped gold: PER PER O LOC ORG O; pred: PER O PER LOC ORG (MISC -> O).
  // PER: gold 2, pred 2, correct 1; LOC 1/1/1; ORG 1/1/1 -> micro 3/4 for P, R and F.
  // (Entity level would give P 2/5, R 2/3.)
  const s = tokenScore([
    {
      gold: ['B-PER', 'I-PER', 'O', 'B-LOC', 'B-ORG', 'O'],
      pred: ['I-PER', 'O', 'B-PER', 'I-LOC', 'B-ORG', 'B-MISC'],
    },
  ]);
  close(s.p, 3 / 4, 'P');
  close(s.r, 3 / 4, 'R');
  close(s.f, 3 / 4, 'F');
  close(s.perType.PER.f, 1 / 2, 'PER');
});

test('key phrases: stemmed exact match, dedupe, fixed k denominator', () => {
  assert.equal(normalizePhrase('Deep-Learning'), 'deep learn');
  // gold -> {neural network, deep learn, gpu} (two "neural network" forms collapse): |gold| = 3.
  // pred -> [neural network, transform, gpu, deep learn, x] after stemming and dedupe.
  const gold = ['Neural networks', 'deep learning', 'GPU', 'Neural network'];
  const pred = ['neural networks', 'Neural Network', 'transformers', 'GPUs', 'deep-learning', 'x'];
  // @2: 1 match: P 1/2, R 1/3, F = 2·(1/6)/(5/6) = 0.4.
  close(prfAtK(gold, pred, 2).f, 0.4, 'F1@2');
  // @5: 3 matches: P 3/5, R 1, F = 1.2/1.6 = 0.75.
  close(prfAtK(gold, pred, 5).f, 0.75, 'F1@5');
  // @10: still 3 matches among 5 predictions, P = 3/10 (not 3/5), R 1, F = 0.6/1.3.
  close(prfAtK(gold, pred, 10).p, 0.3, 'P@10');
  close(prfAtK(gold, pred, 10).f, 0.6 / 1.3, 'F1@10');
  // Macro: (0.75 + 0) / 2; the document with an empty gold list is skipped.
  const m = macroAtK(
    [
      { gold, pred },
      { gold: ['a'], pred: [] },
      { gold: [], pred: ['z'] },
    ],
    5,
  );
  assert.equal(m.n, 2);
  close(m.f, 0.375, 'macro F1@5');
});

test('TF-IDF candidates stop at punctuation and stopword edges', () => {
  const c = candidates('The central market rules, of the bank.', 'en');
  const keys = [...c.values()].map((v) => v.surface);
  assert.ok(keys.includes('market rules'));
  assert.ok(keys.includes('central market rules'));
  assert.ok(!keys.some((k) => k.startsWith('the ') || k.endsWith(' of')));
  assert.ok(!keys.includes('rules bank'), 'crossed a comma');
});

test('LEAD-3 splitter keeps abbreviations inside sentences', () => {
  assert.deepEqual(splitSentences('Mr. Smith met J. Doe. They talked.\nNext para'), [
    'Mr. Smith met J. Doe.',
    'They talked.',
    'Next para',
  ]);
});

test('language accuracy is averaged over languages', () => {
  // en: 1 of 2 right (0.5); it: 1 of 1 (1.0); fr: 0 of 1, predicted und -> macro 0.5, covered 2.
  const items = [
    { id: 1, lang: 'en' },
    { id: 2, lang: 'en' },
    { id: 3, lang: 'it' },
    { id: 4, lang: 'fr' },
  ];
  const pred = { 1: 'en', 2: 'it', 3: 'it', 4: 'und' };
  const s = langScores(items, (x) => pred[x.id]);
  close(s.macro, 0.5, 'macro');
  close(s.acc('en'), 0.5, 'en');
  assert.equal(s.covered, 2);
});
