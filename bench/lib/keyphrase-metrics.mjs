// Key-phrase scoring (data README: "exact match after lowercasing and per-token stemming;
// F1@5/F1@10 macro-averaged over documents").
//   normalize: lowercase, split on every non-letter/digit run (any script), Porter-stem each token
//   (npm `stemmer`), join with one space. Porter is applied to every language, as in the YAKE and
//   pke evaluations these sets come from; for pt/fr/pl it only conflates a few suffixes, identically
//   on both sides.
//   gold: normalized and deduplicated (phrases absent from the text are kept, so recall is capped).
//   predictions: normalized, deduplicated keeping the first (best) occurrence, then cut to k.
//   P@k = matches in the top k / k — a fixed denominator, so a system that returns fewer than k
//   phrases is not rewarded for it (the convention of Meng et al. 2017 and most F1@k tables).
//   R@k = matches / |gold|; F1@k per document, then the mean over documents (macro). Documents
//   whose gold list is empty are skipped.
import { stemmer } from 'stemmer';

export function normalizePhrase(phrase) {
  return String(phrase)
    .normalize('NFC')
    .toLowerCase()
    .split(/[^\p{L}\p{M}\p{N}]+/u)
    .filter(Boolean)
    .map((t) => stemmer(t))
    .join(' ');
}

function dedupe(list) {
  const seen = new Set();
  const out = [];
  for (const x of list) {
    if (x && !seen.has(x)) {
      seen.add(x);
      out.push(x);
    }
  }
  return out;
}

/** P/R/F1 at k for one document. */
export function prfAtK(goldPhrases, predPhrases, k) {
  const gold = new Set(dedupe(goldPhrases.map(normalizePhrase)));
  const top = dedupe(predPhrases.map(normalizePhrase)).slice(0, k);
  const matches = top.filter((p) => gold.has(p)).length;
  const p = matches / k;
  const r = gold.size ? matches / gold.size : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0, matches };
}

/**
 * Macro-averaged P/R/F1@k over documents.
 * @param {{gold: string[], pred: string[]}[]} docs
 */
export function macroAtK(docs, k) {
  const scored = docs.filter((d) => d.gold.length > 0).map((d) => prfAtK(d.gold, d.pred, k));
  const mean = (key) =>
    scored.length ? scored.reduce((a, s) => a + s[key], 0) / scored.length : 0;
  return { p: mean('p'), r: mean('r'), f: mean('f'), n: scored.length };
}
