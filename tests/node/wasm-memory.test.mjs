// web/wasm-memory.js: how texts and data files get into the module's memory for a call.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';

import { builds, distDir } from './helpers.mjs';

const skip = builds()[0].skip;
const load = () => import(pathToFileURL(join(distDir, 'wasm-memory.js')).href);

// A stand-in for the Emscripten module: a heap and an allocator that records what it did.
function fakeModule(heapBytes, { fail = false } = {}) {
  const log = [];
  return {
    log,
    HEAPU8: new Uint8Array(heapBytes),
    _malloc: (size) => {
      log.push(['malloc', size]);
      return fail ? 0 : 8;
    },
    _free: (address) => log.push(['free', address]),
  };
}

test(
  'a text crosses as its UTF-8, lone surrogates as U+FFFD, and is freed after',
  { skip },
  async () => {
    const { withBytes } = await load();
    const module = fakeModule(64);
    const seen = withBytes(module, 'é\uD800x', (address, length) => [
      ...module.HEAPU8.subarray(address, address + length),
    ]);
    assert.deepEqual(seen, [0xc3, 0xa9, 0xef, 0xbf, 0xbd, 0x78]);
    assert.deepEqual(module.log, [
      ['malloc', 6],
      ['free', 8],
    ]);
  },
);

test('bytes cross as they are, and are freed when the call throws', { skip }, async () => {
  const { withBytes } = await load();
  const module = fakeModule(64);
  assert.throws(
    () =>
      withBytes(module, new Uint8Array([1, 2, 3]).subarray(1), (address, length) => {
        assert.deepEqual([...module.HEAPU8.subarray(address, address + length)], [2, 3]);
        throw new Error('trap');
      }),
    /trap/,
  );
  assert.deepEqual(module.log.at(-1), ['free', 8]);
});

test('no room in the wasm memory is a typed INPUT_TOO_LARGE error', { skip }, async () => {
  const { withBytes } = await load();
  const { PrecisError } = await import(pathToFileURL(join(distDir, 'errors.js')).href);
  const module = fakeModule(64, { fail: true });
  assert.throws(
    () => withBytes(module, 'text', () => assert.fail('called without memory')),
    (error) => error instanceof PrecisError && error.code === 'INPUT_TOO_LARGE',
  );
});
