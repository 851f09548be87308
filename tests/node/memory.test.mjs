// Leaks: strings cross the boundary and nothing is retained, so after warm-up 1,000 calls must
// not grow wasm linear memory (memory only ever grows, so any leak shows up as growth).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import { builds, samples } from './helpers.mjs';

const articles = samples();
const calls = [
  (p, text) => p.summarize(text),
  (p, text) => p.tag(text, { keyphrases: 10 }),
  (p, text) => p.analyze(text, { length: 'short' }),
  (p, text) => p.detectLanguage(text),
  (p) => p.summarize('').catch((error) => assert.equal(error.code, 'EMPTY_INPUT')),
  (p, text) =>
    p.tag(text, { keyphrases: 'x' }).catch((error) => assert.equal(error.code, 'INVALID_OPTIONS')),
];

async function cycle(precis, n) {
  for (let i = 0; i < n; i++) {
    await calls[i % calls.length](precis, articles[i % articles.length].text);
  }
}

for (const build of builds()) {
  describe(`memory, ${build.name} build`, { skip: build.skip }, () => {
    test('1,000 calls after warm-up do not grow the heap', async () => {
      const api = await build.load();
      const precis = await api.create();
      assert.equal(articles.length, 5);
      await cycle(precis, 60);
      const warm = precis._heapBytes;
      assert.ok(Number.isInteger(warm) && warm > 0, `heap size ${warm}`);
      await cycle(precis, 1000);
      assert.equal(precis._heapBytes, warm, 'wasm memory grew during 1,000 calls');
    });
  });
}
