// Bundles dist/worker.js with the JS API it imports (precis.js, the Emscripten glue, data-files.js,
// wasm-memory.js, errors.js, language-packs.js) into one module, in place. A worker fetches its static imports
// level by level before any of its code runs, three levels here, and the wasm download starts
// only after them: in a cold Chromium the bundle shows the widget's first summary about 30 ms
// sooner (bench/RESULTS.md, "Profile and optimisations"). The page's own modules stay separate,
// so that precis.js and the element share one PrecisError class.
//   node tools/bundle-worker.mjs [DIST_DIR]   (assemble-dist.mjs calls bundleWorker)
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { bundleModule } from './bundle-module.mjs';

const BANNER =
  '// Précis Web Worker: web/worker.js and the JS API it imports, bundled by tools/bundle-worker.mjs.\n' +
  '// Licences: THIRD_PARTY_NOTICES.txt beside it.\n';

/** Replaces `dir`/worker.js by a single-module bundle of it. Returns its size in bytes. */
export async function bundleWorker(dir) {
  const entry = join(dir, 'worker.js');
  return bundleModule({ dir, input: entry, outFile: entry, banner: BANNER });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = resolve(process.argv[2] ?? fileURLToPath(new URL('../dist/', import.meta.url)));
  const before = (await readFile(join(dir, 'worker.js'))).length;
  const size = await bundleWorker(dir);
  console.log(`${join(dir, 'worker.js')} ${before} -> ${size} B`);
}
