// Two builds of the wasm core, compared in one Node process: each build directory's
// precis-core.js + precis-core.wasm (e.g. build/wasm and a copy of it from before a change),
// the language-ID model loaded, `run(verb)` on the 40 texts of the `~1,000` group of
// bench/lib/speed-texts.mjs, the builds alternating text by text, each text made new per
// round. Prints the median ms per call of each verb and build.
//   node bench/ab-wasm.mjs BUILD_A BUILD_B [--rounds 5]
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

import { DIST } from './lib/speed-precis.mjs';
import { speedGroups } from './lib/speed-texts.mjs';
import { median } from './lib/timing.mjs';

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { rounds: { type: 'string', default: '5' } },
});
if (positionals.length !== 2) {
  console.error('usage: node bench/ab-wasm.mjs BUILD_A BUILD_B [--rounds 5]');
  process.exit(2);
}

const { withBytes } = await import(pathToFileURL(join(DIST, 'wasm-memory.js')).href);
const texts = speedGroups()
  .find((g) => g.name === '~1,000')
  .texts.map((t) => t.text);
const languageId = readFileSync(join(DIST, 'data', 'langid', 'langid.bin'));
const modules = [];
for (const dir of positionals) {
  // A query string per build: the two glue files are separate ES modules even if identical.
  const url = `${pathToFileURL(resolve(dir, 'precis-core.js')).href}?build=${modules.length}`;
  const { default: createPrecisModule } = await import(url);
  const module = await createPrecisModule({
    wasmBinary: readFileSync(resolve(dir, 'precis-core.wasm')),
  });
  const call = bindingsOf(module);
  const error = call.loadLanguageIdModel(languageId);
  if (error) throw new Error(`${dir}: ${error}`);
  modules.push(call);
}

// Texts and files cross as (address, length) of bytes in the module's memory, put there by
// dist/'s wasm-memory.js as precis.js does; the copy is part of each timed call.
function bindingsOf(module) {
  return {
    run: (verb, text, options) =>
      withBytes(module, text, (address, length) => module.run(verb, address, length, options)),
    loadLanguageIdModel: (bytes) =>
      withBytes(module, bytes, (address, length) => module.loadLanguageIdModel(address, length)),
  };
}
for (const verb of ['summarize', 'tag', 'analyze', 'lang']) {
  const ms = modules.map(() => []);
  for (let round = 0; round < Number(values.rounds); round++) {
    for (const text of texts) {
      modules.forEach((module, k) => {
        const started = performance.now();
        module.run(verb, `${text} ${round}`, '{}');
        ms[k].push(performance.now() - started);
      });
    }
  }
  const cells = positionals.map((dir, k) => `${dir} ${median(ms[k]).toFixed(3)}`);
  console.log(`${verb}: ${cells.join('  ')} ms`);
}
