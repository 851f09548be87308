// The Summarizer / LanguageDetector polyfill (dist/polyfill.js) in a Chromium that exposes the
// native APIs but has no on-device model: availability() says 'unavailable' and create() throws,
// so the polyfill must take over. The page runs the APIs' documented examples verbatim
// (fixtures/polyfill-docs.js), on a click for the user-activation check.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import { SKIP_REASON, launchBrowser } from './helpers.mjs';
import { assertClean, openPage, startFixtureServer } from './widget-helpers.mjs';

describe('Summarizer API polyfill', { skip: SKIP_REASON }, () => {
  let browser;
  let server;

  before(async () => {
    server = await startFixtureServer();
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  test('this Chromium has the native APIs but not their model', async () => {
    const opened = await openPage(browser, server.origin, '/fixtures/auto.html');
    try {
      const native = await opened.page.evaluate(async () => {
        const out = { summarizer: typeof Summarizer, detector: typeof LanguageDetector };
        if (out.summarizer !== 'function') return out;
        out.availability = await Summarizer.availability();
        out.create = await Summarizer.create().then(
          () => 'created',
          (e) => e.name,
        );
        return out;
      });
      // The point of the fallback: without a model the native API is there but unusable.
      if (native.summarizer === 'function') {
        assert.equal(native.availability, 'unavailable');
        assert.notEqual(native.create, 'created');
      }
    } finally {
      await opened.close();
    }
  });

  test('the documented examples work through the polyfill', async () => {
    const opened = await openPage(browser, server.origin, '/fixtures/polyfill.html');
    try {
      const { page } = opened;
      await page.waitForFunction(() => typeof window.__docs === 'object');
      await page.click('#run'); // user activation, as the docs' check requires
      await page.waitForFunction(() => window.__docs.done || window.__docs.error, null, {
        timeout: 30_000,
      });
      const docs = await page.evaluate(() => window.__docs);
      assert.equal(docs.error, undefined);
      assert.equal(docs.availability, 'available');
      assert.equal(docs.created, true);
      assert.deepEqual(docs.log.slice(0, 2), ['Downloaded 0%', 'Downloaded 100%']);
      // key-points, medium, markdown: 5 bullets (the spec's table), text from the article.
      const bullets = docs.summary.split('\n');
      assert.equal(bullets.length, 5, docs.summary);
      for (const bullet of bullets) assert.match(bullet, /^- \S/);
      // The docs pass innerHTML: inline tags and entities are read as the text they show.
      assert.ok(
        !/[<>]|&\w+;/.test(docs.summary),
        'markup of the innerHTML input is not in the summary',
      );
      assert.match(docs.summary, /The city of Vallmouth switched on a floating solar farm/);
      assert.equal(docs.chunks.join(''), docs.summary, 'streaming gives the same text in chunks');
      assert.equal(docs.chunks.length, 5);
      assert.ok(docs.usage > 1000 && docs.usage <= docs.quota);
      assert.deepEqual(docs.attributes, ['key-points', 'markdown', 'medium']);
      assert.ok(docs.headline.split(/\s+/).length <= 12, `headline short: ${docs.headline}`);
      assert.equal(docs.afterDestroy, 'InvalidStateError');
      assert.equal(docs.detectorAvailability, 'available');
      assert.equal(docs.detected[0][0], 'de');
      const total = docs.detected.reduce((sum, [, confidence]) => sum + confidence, 0);
      assert.ok(Math.abs(total - 1) < 1e-9, 'confidences add up to 1');
      await assertClean(assert, opened);
    } finally {
      await opened.close();
    }
  });

  test('install(): fallback over the native API, force, or native left alone', async () => {
    const opened = await openPage(browser, server.origin, '/fixtures/polyfill.html');
    try {
      const outcome = await opened.page.evaluate(async () => {
        const { install, PrecisSummarizer } = await import('/polyfill.js');
        const results = {};
        results.auto = install();
        results.autoAvailability = await Summarizer.availability({ type: 'tldr' });
        results.unsupported = await Summarizer.availability({ outputLanguage: 'ja' });
        results.forced = install({ force: true });
        results.forcedIsPolyfill = globalThis.Summarizer === PrecisSummarizer;
        results.left = install({ fallback: false });
        results.leftAvailability = await Summarizer.availability();
        install();
        const controller = new AbortController();
        const summarizer = await Summarizer.create({ type: 'tldr', length: 'long' });
        const article = document.querySelector('article').textContent;
        const pending = summarizer.summarize(article, { signal: controller.signal });
        controller.abort();
        results.aborted = await pending.then(
          () => 'resolved',
          (e) => e.name,
        );
        results.tldr = (await summarizer.summarize(article)).includes('\n');
        results.empty = await summarizer.summarize('   ');
        results.badType = await Summarizer.create({ type: 'bullets' }).then(
          () => 'created',
          (e) => e.name,
        );
        return results;
      });
      assert.equal(outcome.autoAvailability, 'available');
      assert.equal(outcome.unsupported, 'unavailable');
      assert.equal(outcome.forced.Summarizer, 'precis');
      assert.equal(outcome.forcedIsPolyfill, true);
      if (outcome.auto.Summarizer === 'native+precis') {
        assert.equal(outcome.left.Summarizer, 'native');
        assert.equal(outcome.leftAvailability, 'unavailable');
      }
      assert.equal(outcome.aborted, 'AbortError');
      assert.equal(outcome.tldr, false, 'tldr is one paragraph');
      assert.equal(outcome.empty, '');
      assert.equal(outcome.badType, 'TypeError');
      await assertClean(assert, opened);
    } finally {
      await opened.close();
    }
  });
});
