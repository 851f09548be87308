// Précis in the three runtimes of bench/speed.mjs, each giving per-call times in ms:
//   native   bench/speed_bench.cpp (build/native/bench/precis_speed_bench): precis::run_json per
//            text, timed inside the process (no process start, no I/O);
//   node     dist/precis.js + dist/precis-core.wasm through the public API (Precis.create with
//            wasmBinary read by fs, as tests/node/helpers.mjs does): string in, JSON parsed out;
//   chromium the same dist/ files in Debian Chromium (headless), timed in the page with
//            performance.now() around the same API calls (bench/lib/speed-chromium.mjs).
// All three load the language-ID model and no NER model (the API's and the widget's default).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

import { REPO_ROOT } from './jsonl.mjs';

export const VERBS = ['summarize', 'tag', 'analyze', 'lang'];
// The JS API's method for each verb.
export const METHOD = {
  summarize: 'summarize',
  tag: 'tag',
  analyze: 'analyze',
  lang: 'detectLanguage',
};
export const DIST = resolve(REPO_ROOT, 'dist');
export const SPEED_DRIVER =
  process.env.PRECIS_SPEED_BENCH ??
  resolve(REPO_ROOT, 'build', 'native', 'bench', 'precis_speed_bench');

/** Native per-call times (ms) of `verb` on `texts`, in order. */
export function nativeTimes(verb, texts) {
  if (!existsSync(SPEED_DRIVER)) {
    throw new Error(`${SPEED_DRIVER} missing: cmake --build --preset native -j 2`);
  }
  const input = texts.map((t, i) => JSON.stringify({ id: String(i), text: t })).join('\n') + '\n';
  const r = spawnSync(SPEED_DRIVER, [verb, resolve(REPO_ROOT, 'data')], {
    input,
    maxBuffer: 1 << 28,
  });
  if (r.status !== 0) throw new Error(`${SPEED_DRIVER} ${verb} failed: ${r.stderr}`);
  return r.stdout
    .toString()
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l).us / 1000);
}

/** A Precis instance on dist/ in this Node process. */
export async function nodePrecis() {
  const { Precis } = await import(pathToFileURL(resolve(DIST, 'precis.js')).href);
  const wasmBinary = readFileSync(resolve(DIST, 'precis-core.wasm'));
  return Precis.create({ wasmBinary });
}
