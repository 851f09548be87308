// Tables of bench/speed.mjs from its results:
//   [{ group, n, words, precis: { verb: { native, node, chromium } }, peers: [{ job, name, n,
//      median, verb }] }]
import { markdownTable } from './table.mjs';

const ms = (x) => (Number.isFinite(x) ? (x < 1 ? x.toFixed(3) : x.toFixed(2)) : '–');
const ratio = (x) => (Number.isFinite(x) ? (x < 10 ? x.toFixed(2) : x.toFixed(1)) : '–');

export function precisTable(results, verbs) {
  const rows = [];
  for (const r of results) {
    for (const verb of verbs) {
      const p = r.precis[verb];
      rows.push([
        r.group,
        r.n,
        r.words,
        verb,
        ms(p.native),
        ms(p.node),
        ms(p.chromium),
        ratio(p.node / p.native),
        ratio(p.chromium / p.node),
      ]);
    }
  }
  const headers = ['group', 'n', 'median words', 'verb', 'native ms', 'Node wasm ms'];
  headers.push('Chromium wasm ms', 'Node / native', 'Chromium / Node');
  return markdownTable(headers, rows);
}

export function peerTable(results) {
  const rows = [];
  for (const r of results) {
    for (const p of r.peers) {
      const mine = r.precis[p.verb].node;
      rows.push([
        r.group,
        p.job,
        p.name,
        p.n,
        ms(p.median),
        `${p.verb} ${ms(mine)}`,
        ratio(p.median / mine),
      ]);
    }
  }
  const headers = ['group', 'job', 'peer', 'n', 'peer ms', 'Précis (Node wasm) ms'];
  headers.push('peer / Précis');
  return markdownTable(headers, rows);
}

const pass = (ok) => (ok ? 'pass' : '**fail**');

export function barTable(results) {
  const r = results.find((x) => x.group === '~1,000');
  if (!r) return '(group ~1,000 not run)';
  const peer = (name) => r.peers.find((p) => p.name === name)?.median ?? NaN;
  const p = r.precis;
  const graph = Math.min(peer('lexrank'), peer('ts-textrank'));
  const tagger = Math.min(peer('compromise'), peer('wink-nlp'));
  const freq = peer('node-summarizer (frequency)');
  const rows = [
    [
      'summarize ≥ 10× faster than the fastest graph peer (lexrank, ts-textrank)',
      `${ms(p.summarize.node)} vs ${ms(graph)} → ${ratio(graph / p.summarize.node)}×`,
      pass(graph / p.summarize.node >= 10),
    ],
    [
      'tag ≥ 10× faster than the fastest entity tagger (compromise, wink-nlp)',
      `${ms(p.tag.node)} vs ${ms(tagger)} → ${ratio(tagger / p.tag.node)}×`,
      pass(tagger / p.tag.node >= 10),
    ],
    [
      'analyze ≤ the two targets added up (graph / 10 + tagger / 10)',
      `${ms(p.analyze.node)} vs ${ms(graph / 10 + tagger / 10)}`,
      pass(p.analyze.node <= graph / 10 + tagger / 10),
    ],
    [
      'aim further: analyze ≤ node-summarizer (frequency) alone',
      `${ms(p.analyze.node)} vs ${ms(freq)}`,
      pass(p.analyze.node <= freq),
    ],
  ];
  for (const [verb, t] of Object.entries(p)) {
    rows.push([
      `${verb}: Chromium wasm within 1.5× of Node wasm`,
      `${ms(t.chromium)} / ${ms(t.node)} = ${ratio(t.chromium / t.node)}`,
      pass(t.chromium / t.node <= 1.5),
    ]);
  }
  for (const [verb, t] of Object.entries(p)) {
    rows.push([
      `${verb}: native ≥ 1.3× faster than Node wasm`,
      `${ms(t.node)} / ${ms(t.native)} = ${ratio(t.node / t.native)}`,
      pass(t.node / t.native >= 1.3),
    ]);
  }
  const note = `Group ~1,000: ${r.n} single dev articles, median ${r.words} words.`;
  return `${note}\n\n${markdownTable(['bar', 'measured (ms)', 'result'], rows)}`;
}
