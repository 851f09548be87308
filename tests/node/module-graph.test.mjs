// The browser modules' start-up shape: the widget's entry names its class's imports itself, so a
// browser fetches them together instead of one round trip later, and dist/worker.js is a single
// module (tools/bundle-worker.mjs), so the wasm download does not wait for a chain of imports.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';

import { distDir, rootDir } from './helpers.mjs';

const STATIC_IMPORT = /^import\s+(?:[^'"]*?\s+from\s+)?['"](\.\/[^'"]+)['"]/gm;

function staticImports(file) {
  return [...readFileSync(file, 'utf8').matchAll(STATIC_IMPORT)].map((m) => m[1]);
}

describe('browser module graph', () => {
  test('define.js imports every module precis-summary.js imports', () => {
    const web = join(rootDir, 'web');
    const fromDefine = new Set(staticImports(join(web, 'define.js')));
    for (const specifier of staticImports(join(web, 'precis-summary.js'))) {
      assert.ok(fromDefine.has(specifier), `define.js does not import ${specifier}`);
    }
  });

  test(
    'dist/worker.js imports nothing statically',
    { skip: !existsSync(join(distDir, 'worker.js')) && 'dist/ not built' },
    () => {
      assert.deepEqual(staticImports(join(distDir, 'worker.js')), []);
      // The Emscripten glue is in the bundle: its wasm imports keep their names when minified.
      assert.match(readFileSync(join(distDir, 'worker.js'), 'utf8'), /_embind_register_/);
    },
  );
});
