// Scaling by input size (issue 9): analyze on 1 KB … 10 MB of news text (distinct dev articles
// concatenated, the pool repeated once exhausted) and on a 1 MB "sentence" without any full
// stop. Native: the CLI (`precis analyze --rules-only FILE`, entities from the rules as in wasm,
// and `precis summarize FILE`), wall and CPU seconds and peak RSS from /usr/bin/time, start-up
// and data loading included. Node wasm: one analyze call through the JS API on a fresh module per
// input (its own wasm memory) after one warm-up call on 1 KB, time and the wasm memory size after
// the call (linear memory never shrinks, so this is the peak). Growth = value at 10× / at 1×.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

import { readDataset, REPO_ROOT } from './jsonl.mjs';
import { DIST } from './speed-precis.mjs';
import { fmt2, markdownTable } from './table.mjs';

const CLI = resolve(REPO_ROOT, 'build', 'native', 'precis');
const SIZES = [1e3, 1e4, 1e5, 1e6, 1e7];

function newsText(bytes) {
  const pool = [...readDataset('bbc-news-summary'), ...readDataset('cnndm')].map((x) => x.text);
  const parts = [];
  let n = 0;
  for (let i = 0; n < bytes; i++) {
    const t = pool[i % pool.length];
    parts.push(t);
    n += Buffer.byteLength(t) + 2;
  }
  const buf = Buffer.from(parts.join('\n\n'));
  // Cut at a character boundary.
  let end = Math.min(bytes, buf.length);
  while (end > 0 && (buf[end] & 0xc0) === 0x80) end--;
  return buf.subarray(0, end).toString('utf8');
}

const noFullStop = (bytes) =>
  'and the committee said that '.repeat(Math.ceil(bytes / 28)).slice(0, bytes);

function native(file, ...args) {
  const r = spawnSync('/usr/bin/time', ['-f', '%e %U %S %M', CLI, ...args, file], {
    encoding: 'utf8',
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const [wall, user, sys, rssKb] = r.stderr.trim().split('\n').pop().split(' ').map(Number);
  return { wall, cpu: user + sys, rssMb: rssKb / 1024 };
}

async function wasm(text) {
  const { Precis } = await import(pathToFileURL(resolve(DIST, 'precis.js')).href);
  // A fresh copy of the bytes is a fresh module (modules are memoized per binary).
  const wasmBinary = new Uint8Array(readFileSync(resolve(DIST, 'precis-core.wasm')));
  const precis = await Precis.create({ wasmBinary });
  await precis.analyze(newsText(1e3));
  const t0 = performance.now();
  await precis.analyze(text);
  const ms = performance.now() - t0;
  return { s: ms / 1000, heapMb: precis._heapBytes / 2 ** 20 };
}

export async function sizeScaling() {
  const dir = mkdtempSync(join(tmpdir(), 'precis-sizes-'));
  const rows = [];
  const runs = [];
  try {
    const inputs = SIZES.map((b) => [
      `news ${b >= 1e6 ? b / 1e6 + ' MB' : b / 1e3 + ' KB'}`,
      newsText(b),
    ]);
    inputs.push(['1 MB, no full stop', noFullStop(1e6)]);
    for (const [name, text] of inputs) {
      const file = join(dir, 'input.txt');
      writeFileSync(file, text);
      const n = native(file, 'analyze', '--rules-only');
      const sum = native(file, 'summarize');
      const w = await wasm(text);
      runs.push({ name, n, sum, w });
      console.error(`${name}: native ${JSON.stringify(n)} wasm ${JSON.stringify(w)}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  runs.forEach((r, i) => {
    const prev = i > 0 && i < SIZES.length ? runs[i - 1] : null;
    const g = (f) => (prev && f(prev) >= 0.02 ? fmt2(f(r) / f(prev)) : '–');
    rows.push([
      r.name,
      fmt2(r.sum.wall),
      fmt2(r.n.wall),
      fmt2(r.n.cpu),
      g((x) => x.n.cpu),
      fmt2(r.n.rssMb),
      fmt2(r.w.s),
      g((x) => x.w.s),
      fmt2(r.w.heapMb),
      prev ? fmt2(r.w.heapMb / prev.w.heapMb) : '–',
    ]);
  });
  const tenMb = runs[SIZES.length - 1];
  const modelDir = mkdtempSync(join(tmpdir(), 'precis-sizes-'));
  const modelFile = join(modelDir, 'input.txt');
  writeFileSync(modelFile, newsText(1e7));
  const withModels = native(modelFile, 'analyze');
  rmSync(modelDir, { recursive: true, force: true });
  const verdicts = [
    `10 MB summarized natively (\`precis summarize\`) in ${fmt2(tenMb.sum.wall)} s wall (bar ≤ 2 s): ${tenMb.sum.wall <= 2 ? 'pass' : '**fail**'}. Analyze with the rules ${fmt2(tenMb.n.wall)} s; with the statistical NER models (the CLI's default) ${fmt2(withModels.wall)} s.`,
    `1 MB → 10 MB growth: native CPU ×${fmt2(tenMb.n.cpu / runs[3].n.cpu)}, wasm time ×${fmt2(tenMb.w.s / runs[3].w.s)}, wasm memory ×${fmt2(tenMb.w.heapMb / runs[3].w.heapMb)} (bar ≤ 12): ${Math.max(tenMb.n.cpu / runs[3].n.cpu, tenMb.w.s / runs[3].w.s, tenMb.w.heapMb / runs[3].w.heapMb) <= 12 ? 'pass' : '**fail**'}.`,
  ];
  const headers = ['input', 'native summarize wall s', 'native analyze wall s', 'CPU s', 'growth'];
  headers.push('peak RSS MB', 'Node wasm analyze s', 'growth', 'wasm memory MB', 'growth');
  return `Analyze by input size; growth = ratio to the row above (10× the input). Below 20 ms a ratio means nothing (–).\n\n${markdownTable(headers, rows)}\n\n${verdicts.join('\n')}`;
}
