// Hand-computed ROUGE cases (rouge_score conventions); the working is in the comments.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import {
  lcsIndices,
  rougeLsum,
  rougeN,
  scoreRouge,
  scoreRougeMulti,
  tokenize,
} from '../../bench/lib/rouge.mjs';

const close = (actual, expected, msg) =>
  assert.ok(Math.abs(actual - expected) < 1e-9, `${msg}: ${actual} != ${expected}`);

test('tokenize lowercases and splits on every non-[a-z0-9] run', () => {
  // "U.S.-based, 2024!" -> "u s based 2024"
  assert.deepEqual(tokenize('U.S.-based, 2024!', { stem: false }), ['u', 's', 'based', '2024']);
  // The ASCII tokenizer cuts at accented letters: "élysée" -> " lys e".
  assert.deepEqual(tokenize('Élysée à Paris', { stem: false }), ['lys', 'e', 'paris']);
});

test('tokenize stems only tokens longer than 3 characters', () => {
  // running -> (1b) runn -> (undouble) run; runs -> (1a) run.
  assert.deepEqual(tokenize('Running runs'), ['run', 'run']);
  // "this" has 4 letters so it is stemmed (1a: thi); "was" has 3 and is kept.
  assert.deepEqual(tokenize('this was'), ['thi', 'was']);
});

test('unicode variant keeps letters of any script', () => {
  assert.deepEqual(tokenize('Élysée à Paris', { unicode: true, stem: false }), [
    'élysée',
    'à',
    'paris',
  ]);
  assert.deepEqual(tokenize('Türkiye’de 15 Temmuz', { unicode: true, stem: false }), [
    'türkiye',
    'de',
    '15',
    'temmuz',
  ]);
});

test('identical texts score 1 and disjoint texts 0', () => {
  const same = scoreRouge(
    'The cat sat on the mat.\nIt purred.',
    'The cat sat on the mat.\nIt purred.',
  );
  for (const k of ['rouge1', 'rouge2', 'rougeLsum']) close(same[k].f, 1, k);
  const none = scoreRouge('alpha beta', 'gamma delta');
  for (const k of ['rouge1', 'rouge2', 'rougeLsum']) close(none[k].f, 0, k);
});

test('ROUGE-N clips n-gram counts', () => {
  // ref: the the cat (3 unigrams: the×2, cat); pred: the the the the dog (5: the×4, dog).
  // R1 overlap = min(4, 2) = 2 -> P = 2/5, R = 2/3, F = 2·(0.4·2/3)/(0.4+2/3) = 0.5.
  const ref = ['the', 'the', 'cat'];
  const pred = ['the', 'the', 'the', 'the', 'dog'];
  const r1 = rougeN(ref, pred, 1);
  close(r1.p, 2 / 5, 'P1');
  close(r1.r, 2 / 3, 'R1');
  close(r1.f, 0.5, 'F1');
  // Bigrams: ref {the the, the cat} (2); pred {the the ×3, the dog} (4); overlap min(3,1) = 1.
  // P = 1/4, R = 1/2, F = 2·(1/8)/(3/4) = 1/3.
  const r2 = rougeN(ref, pred, 2);
  close(r2.p, 1 / 4, 'P2');
  close(r2.r, 1 / 2, 'R2');
  close(r2.f, 1 / 3, 'F2');
});

test('lcsIndices backtracks like rouge_score', () => {
  // ref a b c d e vs can a c x e: LCS a c e at ref indices 0, 2, 4.
  assert.deepEqual(lcsIndices(['a', 'b', 'c', 'd', 'e'], ['a', 'c', 'x', 'e']), [0, 2, 4]);
  assert.deepEqual(lcsIndices(['a'], ['b']), []);
});

test('ROUGE-Lsum takes the union of LCS hits over prediction sentences', () => {
  // ref: [a b c d e] [f g]; pred: [a b x f] [c e g]; m = n = 7.
  // ref1 vs pred1: LCS a b (0,1); vs pred2: c e (2,4); union {0,1,2,4} -> 4 hits.
  // ref2 vs pred1: f (0); vs pred2: g (1); union {0,1} -> 2 hits. Total 6: P = R = F = 6/7.
  // (Best single-sentence LCS would give 2 + 1 = 3; plain LCS of the joined texts gives 5.)
  const s = rougeLsum(
    [
      ['a', 'b', 'c', 'd', 'e'],
      ['f', 'g'],
    ],
    [
      ['a', 'b', 'x', 'f'],
      ['c', 'e', 'g'],
    ],
  );
  close(s.p, 6 / 7, 'P');
  close(s.r, 6 / 7, 'R');
  close(s.f, 6 / 7, 'F');
});

test('ROUGE-Lsum clips hits by remaining token counts', () => {
  // ref: [a b] [a c]; pred: [a]. ref1: LCS a -> hit (pred's only "a" is used up).
  // ref2: LCS a again, but no unused "a" is left in pred -> no hit. hits = 1:
  // P = 1/1, R = 1/4, F = 2·0.25/1.25 = 0.4.
  const s = rougeLsum(
    [
      ['a', 'b'],
      ['a', 'c'],
    ],
    [['a']],
  );
  close(s.p, 1, 'P');
  close(s.r, 1 / 4, 'R');
  close(s.f, 0.4, 'F');
  // One ref sentence [a b a] against two pred sentences [a] [a]: both LCSs end at ref index 2,
  // the union is {2}, so 1 hit: P = 1/2, R = 1/3.
  const u = rougeLsum([['a', 'b', 'a']], [['a'], ['a']]);
  close(u.p, 1 / 2, 'union P');
  close(u.r, 1 / 3, 'union R');
});

test('scoreRouge end to end with stemming and sentence splitting', () => {
  // ref tokens: the cat sat | it was happi; pred: the cat was happi (happy -> happi, 1c).
  // R1: overlap 4, P = 4/4, R = 4/6, F = 0.8.
  // R2: ref {the cat, cat sat, sat it, it was, was happi}, pred {the cat, cat was, was happi}:
  //     overlap 2, P = 2/3, R = 2/5, F = 0.5.
  // Lsum: [the cat sat] -> the cat (2); [it was happi] -> was happi (2); P = 1, R = 4/6, F = 0.8.
  const s = scoreRouge('The cat sat.\nIt was happy.', 'The cat was happy.');
  close(s.rouge1.f, 0.8, 'R1');
  close(s.rouge2.f, 0.5, 'R2');
  close(s.rougeLsum.f, 0.8, 'RLsum');
});

test('several references: best F per type', () => {
  const s = scoreRougeMulti(['alpha beta', 'the cat sat'], 'the cat sat');
  close(s.rouge1.f, 1, 'R1');
  close(s.rougeLsum.f, 1, 'RLsum');
});
