// Our own reimplementations of the two classic graph rankers, as reference rows for
// bench/quality.mjs. Both run on bench/lib/sentences.mjs's sentences (the LEAD-3 splitter, so
// they share the baseline's segmentation, not Précis's) and return the top `n` sentences in
// document order (textRank, lexRank) or every sentence as {index, text}, best first (the *Ranked
// variants, for the word-budget table). Words: lowercase runs of letters/digits of any script, stopwords-iso stopwords
// of the item's language removed, Porter-stemmed (npm `stemmer`) for English only.
//
// TextRank (Mihalcea & Tarau 2004, sentence extraction): an undirected graph over all sentences,
//   edge weight = |Si ∩ Sj| / (ln|Si| + ln|Sj|) on word sets (0 when a sentence has < 2 words);
//   weighted PageRank, damping d = 0.85, from uniform scores until the largest change is
//   < 1e-4 (at most 100 iterations).
// LexRank (Erkan & Radev 2004, thresholded LexRank): tf-idf vectors where idf is computed over
//   the document's own sentences (idf = ln(N / df); there is no background corpus in a browser),
//   cosine similarity, an unweighted edge where cosine > 0.1 (the paper's best threshold), each
//   row normalised by its degree, PageRank with damping d = 0.85 (the paper's jump probability
//   0.15), same stopping rule.
// Ties are broken by position. Both are O(s^2) in the number of sentences s.
import { createRequire } from 'node:module';

import { stemmer } from 'stemmer';

import { splitSentences } from './sentences.mjs';

const require = createRequire(import.meta.url);
const STOPWORDS = require('stopwords-iso/stopwords-iso.json');
const stopSets = new Map();

function words(sentence, lang) {
  let stop = stopSets.get(lang);
  if (!stop) {
    stop = new Set(STOPWORDS[lang] ?? []);
    stopSets.set(lang, stop);
  }
  const out = [];
  for (const w of sentence.toLowerCase().match(/[\p{L}\p{M}\p{N}]+/gu) ?? []) {
    if (stop.has(w)) continue;
    out.push(lang === 'en' ? stemmer(w) : w);
  }
  return out;
}

/** PageRank over a dense row-stochastic-by-construction weight matrix. */
function pageRank(weights, damping = 0.85) {
  const n = weights.length;
  const rowSum = weights.map((row) => row.reduce((a, b) => a + b, 0));
  let rank = new Array(n).fill(1 / n);
  for (let iter = 0; iter < 100; iter++) {
    const next = new Array(n).fill((1 - damping) / n);
    for (let i = 0; i < n; i++) {
      if (rowSum[i] === 0) continue;
      const share = (damping * rank[i]) / rowSum[i];
      for (let j = 0; j < n; j++) if (weights[i][j]) next[j] += share * weights[i][j];
    }
    const delta = Math.max(...next.map((v, i) => Math.abs(v - rank[i])));
    rank = next;
    if (delta < 1e-4) break;
  }
  return rank;
}

/** Every sentence as {index, text}, best first (ties by position). */
function ranked(sentences, rank) {
  return rank
    .map((r, i) => [r, i])
    .sort((a, b) => b[0] - a[0] || a[1] - b[1])
    .map(([, i]) => ({ index: i, text: sentences[i] }));
}

function topInOrder(list, n) {
  return list
    .slice(0, n)
    .sort((a, b) => a.index - b.index)
    .map((s) => s.text);
}

/** TextRank: top `n` sentences of `text` in document order. */
export function textRank(text, n = 3, lang = 'en') {
  return topInOrder(textRankRanked(text, lang), n);
}

/** TextRank: every sentence of `text` as {index, text}, best first. */
export function textRankRanked(text, lang = 'en') {
  const sentences = splitSentences(text);
  const sets = sentences.map((s) => new Set(words(s, lang)));
  const w = sets.map(() => new Array(sets.length).fill(0));
  for (let i = 0; i < sets.length; i++) {
    for (let j = i + 1; j < sets.length; j++) {
      if (sets[i].size < 2 || sets[j].size < 2) continue;
      let overlap = 0;
      for (const x of sets[i]) if (sets[j].has(x)) overlap++;
      w[i][j] = w[j][i] = overlap / (Math.log(sets[i].size) + Math.log(sets[j].size));
    }
  }
  return ranked(sentences, pageRank(w));
}

/** Thresholded LexRank: top `n` sentences of `text` in document order. */
export function lexRank(text, n = 3, lang = 'en') {
  return topInOrder(lexRankRanked(text, lang), n);
}

/** Thresholded LexRank: every sentence of `text` as {index, text}, best first. */
export function lexRankRanked(text, lang = 'en', threshold = 0.1) {
  const sentences = splitSentences(text);
  const bags = sentences.map((s) => {
    const tf = new Map();
    for (const x of words(s, lang)) tf.set(x, (tf.get(x) ?? 0) + 1);
    return tf;
  });
  const df = new Map();
  for (const bag of bags) for (const x of bag.keys()) df.set(x, (df.get(x) ?? 0) + 1);
  const vectors = bags.map((bag) => {
    const v = new Map();
    let norm = 0;
    for (const [x, tf] of bag) {
      const weight = tf * Math.log(bags.length / df.get(x));
      v.set(x, weight);
      norm += weight * weight;
    }
    return { v, norm: Math.sqrt(norm) };
  });
  const w = vectors.map(() => new Array(vectors.length).fill(0));
  for (let i = 0; i < vectors.length; i++) {
    w[i][i] = 1; // LexRank's cosine matrix has ones on the diagonal
    for (let j = i + 1; j < vectors.length; j++) {
      const a = vectors[i];
      const b = vectors[j];
      if (!a.norm || !b.norm) continue;
      let dot = 0;
      for (const [x, wx] of a.v) dot += wx * (b.v.get(x) ?? 0);
      if (dot / (a.norm * b.norm) > threshold) w[i][j] = w[j][i] = 1;
    }
  }
  return ranked(sentences, pageRank(w));
}
