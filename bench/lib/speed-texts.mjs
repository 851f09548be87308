// Texts for bench/speed.mjs. Every group holds distinct texts, so each timed call sees a text it
// has not seen before (no warm caches in the peers, no JIT specialised on one input):
//   samples    the five articles of ../shared/samples/putin-north-korea (346–1,002 words);
//   ≤300       single dev articles of at most 300 words (bbc-news-summary, then cnndm);
//   ~1,000     single dev articles of 700–1,300 words (bbc-news-summary first: cased text; then
//              cnndm, which the data set ships lowercased);
//   ~3,000 and ~10,000  consecutive cnndm + bbc dev articles concatenated (blank line between)
//              until the target is reached: several stories in one text, labelled as such.
// Items: { id, text, lang, words }. Word counts are whitespace-separated tokens.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

import { readDataset, REPO_ROOT } from './jsonl.mjs';

export const SAMPLES_DIR = resolve(REPO_ROOT, '..', 'shared', 'samples', 'putin-north-korea');
const words = (t) => t.split(/\s+/).filter(Boolean).length;

function samples() {
  return readdirSync(SAMPLES_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const text = readFileSync(join(SAMPLES_DIR, f), 'utf8');
      return { id: f, text, lang: 'en', words: words(text) };
    });
}

function devArticles() {
  const bbc = readDataset('bbc-news-summary').map((x) => ({ ...x, words: words(x.text) }));
  const cnn = readDataset('cnndm').map((x) => ({ ...x, words: words(x.text) }));
  return { bbc, cnn };
}

function concatenated(pool, target, count, start) {
  const out = [];
  let at = start;
  for (let k = 0; k < count; k++) {
    const parts = [];
    let n = 0;
    while (n < target && at < pool.length) {
      parts.push(pool[at].text);
      n += pool[at].words;
      at++;
    }
    if (n < target * 0.9) break;
    out.push({ id: `concat-${target}-${k}`, text: parts.join('\n\n'), lang: 'en', words: n });
  }
  return out;
}

/**
 * The length groups, each with up to `n[name]` texts; `extra` more texts per group for warm-up
 * (returned separately so warm-up never touches a timed text).
 */
export function speedGroups(n = { '≤300': 40, '~1,000': 40, '~3,000': 12, '~10,000': 6 }) {
  const { bbc, cnn } = devArticles();
  const short = [...bbc, ...cnn].filter((x) => x.words <= 300);
  const mid = [...bbc, ...cnn].filter((x) => x.words >= 700 && x.words <= 1300);
  // Concatenations draw from articles not used by the single-article groups.
  const used = new Set([...short, ...mid].map((x) => x.id));
  const rest = [...cnn, ...bbc].filter((x) => !used.has(x.id));
  const pick = (list, k) =>
    list.slice(0, k).map(({ id, text, words: w }) => ({ id, text, lang: 'en', words: w }));
  // ~3,000 takes from the front of the pool, ~10,000 from its middle: no article in both.
  const half = Math.floor(rest.length / 2);
  return [
    { name: 'samples', texts: samples(), warm: pick(short.slice(200), 10) },
    { name: '≤300', texts: pick(short, n['≤300']), warm: pick(short.slice(200), 10) },
    { name: '~1,000', texts: pick(mid, n['~1,000']), warm: pick(mid.slice(150), 10) },
    {
      name: '~3,000',
      texts: concatenated(rest, 3000, n['~3,000'] ?? 0, 0),
      warm: pick(mid.slice(150), 5),
    },
    {
      name: '~10,000',
      texts: concatenated(rest, 10000, n['~10,000'] ?? 0, half),
      warm: pick(mid.slice(150), 5),
    },
  ];
}

/** One Italian article for the payload bench: KIND wikinews-it dev sentences, detokenized. */
export function italianArticle(maxWords = 700) {
  const items = readDataset('kind-wikinews-it');
  const sentences = [];
  let n = 0;
  for (const x of items) {
    if (n >= maxWords) break;
    let s = x.tokens.join(' ');
    s = s
      .replace(/ ([,.;:!?)»])/g, '$1')
      .replace(/([(«]) /g, '$1')
      .replace(/' /g, "'");
    sentences.push(/[.!?»"]$/.test(s) ? s : `${s}.`);
    n += x.tokens.length;
  }
  return sentences.join(' ');
}
