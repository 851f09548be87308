// Clustering quality and time for bench/story.mjs. Quality: the multinews dev clusters, only
// the documents marked `multinews_plus_keep`, taken 50 clusters at a time, shuffled together
// with a fixed seed and fed to `precis cluster --jsonl`; adjusted Rand index (Hubert & Arabie
// 1985) and purity against the true clusters, averaged over the groups. Time: the same feed cut
// to 5, 50 and 500 articles, whole CLI run (process start included) and per article.
// Across languages: the five samples (one Italian and four English articles on one event) must
// form one story, labelled in English; 200 bbc-news (English, 2004-05) and 200 orangesum-fr
// (French) articles, alternating, are unrelated, so a story with both languages is a false join.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { runCli } from './cli.mjs';
import { readDataset } from './jsonl.mjs';
import { SAMPLES_DIR } from './speed-texts.mjs';
import { fmt2, markdownTable } from './table.mjs';

const GROUP = 50;

function shuffled(items, seed) {
  const out = items.slice();
  let state = seed >>> 0;
  const next = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

const choose2 = (n) => (n * (n - 1)) / 2;

/** Adjusted Rand index of two labelings (arrays of equal length). */
export function adjustedRand(truth, predicted) {
  const cells = new Map();
  const rows = new Map();
  const cols = new Map();
  for (let i = 0; i < truth.length; i++) {
    const key = `${truth[i]}\u0000${predicted[i]}`;
    cells.set(key, (cells.get(key) ?? 0) + 1);
    rows.set(truth[i], (rows.get(truth[i]) ?? 0) + 1);
    cols.set(predicted[i], (cols.get(predicted[i]) ?? 0) + 1);
  }
  const sum = (m) => [...m.values()].reduce((s, n) => s + choose2(n), 0);
  const index = sum(cells);
  const a = sum(rows);
  const b = sum(cols);
  const expected = (a * b) / choose2(truth.length);
  const max = (a + b) / 2;
  return max === expected ? 1 : (index - expected) / (max - expected);
}

/** Purity: the share of articles in their cluster's majority true story. */
export function purity(truth, predicted) {
  const byCluster = new Map();
  truth.forEach((t, i) => {
    const counts = byCluster.get(predicted[i]) ?? new Map();
    counts.set(t, (counts.get(t) ?? 0) + 1);
    byCluster.set(predicted[i], counts);
  });
  let majority = 0;
  for (const counts of byCluster.values()) majority += Math.max(...counts.values());
  return majority / truth.length;
}

function feeds(limit) {
  const clusters = readDataset('multinews', { limit });
  const groups = [];
  for (let g = 0; g + GROUP <= clusters.length; g += GROUP) {
    const articles = [];
    for (const cluster of clusters.slice(g, g + GROUP)) {
      cluster.docs.forEach((doc, i) => {
        if (!cluster.multinews_plus_keep?.[i]) return;
        articles.push({
          id: `${cluster.id}#${i}`,
          story: cluster.id,
          text: doc.text,
          lang: cluster.lang,
        });
      });
    }
    groups.push(shuffled(articles, g + 1));
  }
  return groups;
}

async function clusterFeed(articles) {
  const run = await runCli(
    ['cluster', '--jsonl'],
    articles.map(({ id, text, lang }) => ({ id, text, lang })),
  );
  const result = run.outputs.find((o) => o.clusters);
  if (!result) throw new Error(`precis cluster printed no clusters: ${run.stderr}`);
  const label = new Map();
  result.clusters.forEach((c, k) => c.ids.forEach((id) => label.set(id, k)));
  return { predicted: articles.map((a) => label.get(a.id) ?? -1), wallMs: run.wallMs, result };
}

function samples() {
  return readdirSync(SAMPLES_DIR)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => ({ id: name, text: readFileSync(join(SAMPLES_DIR, name), 'utf8') }));
}

async function acrossLanguages(limit) {
  const { result } = await clusterFeed(samples());
  const sampleRow = [
    'samples (1 it + 4 en, one event)',
    '5',
    String(result.clusters.length),
    result.clusters.map((c) => c.label).join(' / '),
  ];
  const english = readDataset('bbc-news', { limit: Math.min(limit, 200) });
  const french = readDataset('orangesum-fr', { limit: Math.min(limit, 200) });
  const mixed = [];
  for (let i = 0; i < Math.min(english.length, french.length); i++) {
    mixed.push(english[i], french[i]);
  }
  const feed = await clusterFeed(mixed.map(({ id, text, lang }) => ({ id, text, lang })));
  const language = new Map(mixed.map((a) => [a.id, a.lang]));
  const joined = feed.result.clusters.filter(
    (c) => new Set(c.ids.map((id) => language.get(id))).size > 1,
  );
  const mixedRow = [
    `bbc-news en + orangesum-fr, unrelated`,
    String(mixed.length),
    String(feed.result.clusters.length),
    `${joined.length} stories with both languages`,
  ];
  return markdownTable(['feed', 'articles', 'stories', 'result'], [sampleRow, mixedRow]);
}

/** The markdown section: quality table, an example of labels, and time per feed size. */
export async function clusterSection(limit) {
  const groups = feeds(limit);
  const rows = [];
  let ari = 0;
  let pur = 0;
  for (const [g, articles] of groups.entries()) {
    const { predicted } = await clusterFeed(articles);
    const truth = articles.map((a) => a.story);
    const a = adjustedRand(truth, predicted);
    const p = purity(truth, predicted);
    ari += a;
    pur += p;
    rows.push([
      `group ${g + 1}`,
      String(articles.length),
      String(new Set(predicted).size),
      fmt2(a),
      fmt2(p),
    ]);
  }
  rows.push(['mean', '', '', fmt2(ari / groups.length), fmt2(pur / groups.length)]);
  const quality = markdownTable(['feed', 'articles', 'clusters found', 'ARI', 'purity'], rows);
  const all = groups.flat();
  const timing = [];
  for (const n of [5, 50, 500]) {
    if (all.length < n) continue;
    const { wallMs } = await clusterFeed(all.slice(0, n));
    timing.push([String(n), wallMs.toFixed(1), (wallMs / n).toFixed(3)]);
  }
  const times = markdownTable(['articles', 'ms (CLI run)', 'ms / article'], timing);
  return [
    `### Clustering (${groups.length} feeds of ${GROUP} multinews clusters, shuffled)`,
    '',
    quality,
    '',
    times,
    '',
    '### Clustering across languages',
    '',
    await acrossLanguages(limit),
  ].join('\n');
}
