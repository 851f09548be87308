// The summary options of issue 4 reach the core through the JS API unchanged.
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';

import { builds } from './helpers.mjs';

const text =
  'A powerful storm hit the northern coast on Monday, flooding hundreds of homes. ' +
  'Rescue teams evacuated about 2,000 people from the flooded coastal towns. ' +
  'Insurers estimate the storm damage at several million euros. ' +
  'Residents began cleaning up their flooded homes on Tuesday afternoon.';

for (const build of builds()) {
  describe(`summary options, ${build.name} build`, { skip: build.skip }, () => {
    let precis;
    before(async () => {
      precis = await (await build.load()).create();
    });

    test('format plain-text gives one key point per line without bullets', async () => {
      const { sentences, summary } = await precis.summarize(text, {
        sentences: 2,
        format: 'plain-text',
        order: 'rank',
        chars: 400,
      });
      assert.equal(sentences.length, 2);
      assert.equal(sentences[0].score, 1);
      assert.ok(!summary.startsWith('- '));
      assert.equal(summary.split('\n').length, 2);
      assert.ok(summary.length <= 400);
    });

    test('an invalid ratio is INVALID_OPTIONS', async () => {
      await assert.rejects(precis.summarize(text, { ratio: 2 }), { code: 'INVALID_OPTIONS' });
    });
  });
}
