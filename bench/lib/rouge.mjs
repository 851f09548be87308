// ROUGE-1, ROUGE-2 and ROUGE-Lsum F1 following Google's `rouge_score` package (the scorer behind
// the published CNN/DM numbers and the data README's `tools/eval/rouge.py`):
//   tokenize: lowercase, replace every run of non-[a-z0-9] with a space, split on whitespace, and
//   Porter-stem tokens longer than 3 characters (rouge_score stems only len > 3);
//   ROUGE-N: clipped n-gram overlap, P = overlap / pred n-grams, R = overlap / ref n-grams;
//   ROUGE-Lsum: summary-level LCS over newline-separated sentences (`_summary_level_lcs`).
// Stemmer: npm `stemmer` (Porter's reference algorithm incl. his "bli"/"logi" departures).
// rouge_score uses NLTK's PorterStemmer, whose NLTK_EXTENSIONS mode differs on a handful of rare
// forms (e.g. "dying", "skies"); the effect on corpus ROUGE is in the second decimal at most.
//
// The Unicode variant (`unicode: true`) keeps letters, marks and digits of any script
// ([\p{L}\p{M}\p{N}], after NFC) so French or Turkish words are not cut at accented letters; it
// changes only the tokenizer (same stemming rule), so the two variants stay comparable.
import { stemmer } from 'stemmer';

const ASCII_NON_ALNUM = /[^a-z0-9]+/g;
const UNICODE_NON_ALNUM = /[^\p{L}\p{M}\p{N}]+/gu;

/**
 * Tokenizes like rouge_score's DefaultTokenizer(use_stemmer=stem).
 * @param {string} text
 * @param {{unicode?: boolean, stem?: boolean}} [opts]
 * @returns {string[]}
 */
export function tokenize(text, { unicode = false, stem = true } = {}) {
  let s = String(text);
  if (unicode) s = s.normalize('NFC');
  s = s.toLowerCase().replace(unicode ? UNICODE_NON_ALNUM : ASCII_NON_ALNUM, ' ');
  const tokens = s.split(/\s+/).filter((t) => t.length > 0);
  if (!stem) return tokens;
  // Length in code points, as Python's len().
  return tokens.map((t) => ([...t].length > 3 ? stemmer(t) : t));
}

/** @returns {Map<string, number>} counts of space-joined n-grams */
export function ngramCounts(tokens, n) {
  const counts = new Map();
  for (let i = 0; i + n <= tokens.length; i++) {
    const g = tokens.slice(i, i + n).join(' ');
    counts.set(g, (counts.get(g) ?? 0) + 1);
  }
  return counts;
}

/** F-measure as rouge_score's scoring.fmeasure. */
export function fmeasure(p, r) {
  return p + r > 0 ? (2 * p * r) / (p + r) : 0;
}

/**
 * ROUGE-N between token lists (rouge_score `_score_ngrams`): clipped counts, denominators max(.,1).
 * @returns {{p: number, r: number, f: number}}
 */
export function rougeN(refTokens, predTokens, n) {
  const ref = ngramCounts(refTokens, n);
  const pred = ngramCounts(predTokens, n);
  let overlap = 0;
  for (const [g, c] of pred) overlap += Math.min(c, ref.get(g) ?? 0);
  let refTotal = 0;
  for (const c of ref.values()) refTotal += c;
  let predTotal = 0;
  for (const c of pred.values()) predTotal += c;
  const p = overlap / Math.max(predTotal, 1);
  const r = overlap / Math.max(refTotal, 1);
  return { p, r, f: fmeasure(p, r) };
}

/**
 * Indices into `ref` of one LCS of `ref` and `can`, chosen by rouge_score's `_backtrack_norec`
 * (on a tie it moves up in `ref`, which fixes which LCS is reported and thus the union below).
 * O(|ref|·|can|) time and memory.
 */
export function lcsIndices(ref, can) {
  const rows = ref.length + 1;
  const cols = can.length + 1;
  const t = new Uint32Array(rows * cols);
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      t[i * cols + j] =
        ref[i - 1] === can[j - 1]
          ? t[(i - 1) * cols + j - 1] + 1
          : Math.max(t[(i - 1) * cols + j], t[i * cols + j - 1]);
    }
  }
  const out = [];
  let i = ref.length;
  let j = can.length;
  while (i > 0 && j > 0) {
    if (ref[i - 1] === can[j - 1]) {
      out.push(i - 1);
      i--;
      j--;
    } else if (t[i * cols + j - 1] > t[(i - 1) * cols + j]) {
      j--;
    } else {
      i--;
    }
  }
  return out.reverse();
}

function counter(sents) {
  const m = new Map();
  for (const s of sents) for (const t of s) m.set(t, (m.get(t) ?? 0) + 1);
  return m;
}

/**
 * Summary-level ROUGE-L (rouge_score `_summary_level_lcs`): for each reference sentence, the
 * union of its LCS positions against every prediction sentence; each token of that union is a
 * hit while both the reference and the prediction still have an unused copy of it.
 * @param {string[][]} refSents tokenized reference sentences
 * @param {string[][]} predSents tokenized prediction sentences
 */
export function rougeLsum(refSents, predSents) {
  const zero = { p: 0, r: 0, f: 0 };
  if (refSents.length === 0 || predSents.length === 0) return zero;
  const m = refSents.reduce((a, s) => a + s.length, 0);
  const n = predSents.reduce((a, s) => a + s.length, 0);
  if (m === 0 || n === 0) return zero;
  const refLeft = counter(refSents);
  const predLeft = counter(predSents);
  let hits = 0;
  for (const r of refSents) {
    const union = new Set();
    for (const c of predSents) for (const i of lcsIndices(r, c)) union.add(i);
    for (const i of [...union].sort((a, b) => a - b)) {
      const tok = r[i];
      if ((predLeft.get(tok) ?? 0) > 0 && (refLeft.get(tok) ?? 0) > 0) {
        hits++;
        predLeft.set(tok, predLeft.get(tok) - 1);
        refLeft.set(tok, refLeft.get(tok) - 1);
      }
    }
  }
  const p = hits / n;
  const r = hits / m;
  return { p, r, f: fmeasure(p, r) };
}

// rouge_score splits Lsum texts on "\n" and drops empty strings (not token-less lines).
function sentences(text) {
  return String(text)
    .split('\n')
    .filter((s) => s.length > 0);
}

/**
 * Scores one prediction against one reference (sentences separated by "\n" in both).
 * @returns {{rouge1: {p,r,f}, rouge2: {p,r,f}, rougeLsum: {p,r,f}}}
 */
export function scoreRouge(target, prediction, opts = {}) {
  const refTokens = tokenize(target, opts);
  const predTokens = tokenize(prediction, opts);
  return {
    rouge1: rougeN(refTokens, predTokens, 1),
    rouge2: rougeN(refTokens, predTokens, 2),
    rougeLsum: rougeLsum(
      sentences(target).map((s) => tokenize(s, opts)),
      sentences(prediction).map((s) => tokenize(s, opts)),
    ),
  };
}

/** Several references: per ROUGE type, the score of the reference with the best F (rouge_score `score_multi`). */
export function scoreRougeMulti(targets, prediction, opts = {}) {
  const all = targets.map((t) => scoreRouge(t, prediction, opts));
  const best = {};
  for (const key of ['rouge1', 'rouge2', 'rougeLsum']) {
    best[key] = all.reduce((a, s) => (s[key].f > a[key].f ? s : a))[key];
  }
  return best;
}

/** Mean F1 × 100 over documents, per ROUGE type. */
export function meanF(scores) {
  const out = { rouge1: 0, rouge2: 0, rougeLsum: 0 };
  if (scores.length === 0) return out;
  for (const s of scores) for (const k of Object.keys(out)) out[k] += s[k].f;
  for (const k of Object.keys(out)) out[k] = (100 * out[k]) / scores.length;
  return out;
}
