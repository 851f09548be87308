// TF-IDF n-gram key-phrase baseline. Candidates: 1–3-grams of word tokens that do not cross
// punctuation or line breaks, whose first and last tokens are not stopwords (`stopwords-iso` for
// the item language) nor pure numbers, and have at least 2 letters. Candidates are grouped by their
// stemmed form (the scorer's normalization), so "market"/"markets" count as one.
//   score = tf(candidate in doc) · ln(N / df), df over the dataset's own documents (N of them).
// Ties go to the earlier first occurrence; the surface form reported is the first one seen.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

import { normalizePhrase } from './keyphrase-metrics.mjs';

const require = createRequire(import.meta.url);
const STOPWORDS = JSON.parse(
  readFileSync(require.resolve('stopwords-iso/stopwords-iso.json'), 'utf8'),
);
const stopCache = new Map();

function stopwords(lang) {
  if (!stopCache.has(lang))
    stopCache.set(lang, new Set((STOPWORDS[lang] ?? []).map((w) => w.toLowerCase())));
  return stopCache.get(lang);
}

// Runs of words between punctuation: candidates never span a comma, period, bracket or newline.
const CHUNK = /[^\n.,;:!?()[\]{}"“”«»—–|\/]+/gu;
const WORD = /[\p{L}\p{M}\p{N}]+(?:['’-][\p{L}\p{M}\p{N}]+)*/gu;

/** Candidate phrases of one text: Map<stemmed key, {surface, tf, first}>. */
export function candidates(text, lang, maxN = 3) {
  const stop = stopwords(lang);
  const bad = (w) => stop.has(w) || /^\p{N}+$/u.test(w) || (w.match(/\p{L}/gu) ?? []).length < 2;
  const out = new Map();
  let pos = 0;
  for (const chunk of String(text).normalize('NFC').matchAll(CHUNK)) {
    const words = [...chunk[0].matchAll(WORD)].map((m) => m[0].toLowerCase());
    for (let i = 0; i < words.length; i++) {
      if (bad(words[i])) continue;
      for (let n = 1; n <= maxN && i + n <= words.length; n++) {
        if (bad(words[i + n - 1])) continue;
        const surface = words.slice(i, i + n).join(' ');
        const key = normalizePhrase(surface);
        const c = out.get(key);
        if (c) c.tf++;
        else out.set(key, { surface, tf: 1, first: pos + i });
      }
    }
    pos += words.length;
  }
  return out;
}

/**
 * Ranks key phrases for every document of a dataset.
 * @param {{text: string, lang: string}[]} docs
 * @returns {string[][]} top-`k` surface forms per document
 */
export function tfidfKeyphrases(docs, k = 10) {
  const cands = docs.map((d) => candidates(d.text, d.lang));
  const df = new Map();
  for (const c of cands) for (const key of c.keys()) df.set(key, (df.get(key) ?? 0) + 1);
  const n = docs.length;
  return cands.map((c) =>
    [...c.entries()]
      .map(([key, v]) => ({ ...v, score: v.tf * Math.log(n / df.get(key)) }))
      .sort((a, b) => b.score - a.score || a.first - b.first)
      .slice(0, k)
      .map((v) => v.surface),
  );
}
