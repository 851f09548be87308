// Offline: the demo as an installable PWA (manifest, service worker, precache) reloads and works
// with the network off after the first visit; the single-file build summarizes from one module.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import { SKIP_REASON, launchBrowser, waitForEngine } from './helpers.mjs';
import {
  assertClean,
  openPage,
  readWidget,
  startFixtureServer,
  waitForWidget,
} from './widget-helpers.mjs';

describe('offline', { skip: SKIP_REASON }, () => {
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

  test('the manifest makes the demo installable', async () => {
    const manifest = await (await fetch(`${server.origin}/demo/manifest.webmanifest`)).json();
    assert.equal(manifest.display, 'standalone');
    assert.equal(manifest.start_url, './');
    const png = manifest.icons.filter((icon) => icon.type === 'image/png');
    assert.ok(png.some((icon) => icon.sizes === '512x512' && icon.purpose === 'maskable'));
    for (const icon of manifest.icons) {
      const response = await fetch(new URL(icon.src, `${server.origin}/demo/`));
      assert.equal(response.status, 200, icon.src);
    }
  });

  test('after one visit the demo and the widget page work with the network off', async () => {
    const opened = await openPage(browser, server.origin, '/demo/');
    try {
      const { page, context } = opened;
      await waitForEngine(page);
      // Installed and precached: the service worker is active and the wasm is in its cache.
      await page.evaluate(async () => {
        await navigator.serviceWorker.ready;
      });
      const precached = () =>
        page.evaluate(async () => {
          const cache = await caches.open((await caches.keys())[0] ?? 'none');
          const urls = [
            '/precis-core.wasm',
            '/worker.js',
            '/demo/widget.html',
            '/demo/samples/index.json',
          ];
          const hits = await Promise.all(urls.map((url) => cache.match(url)));
          return hits.every(Boolean);
        });
      for (let i = 0; i < 100 && !(await precached()); i += 1) await page.waitForTimeout(100);
      assert.equal(
        await precached(),
        true,
        'the engine, the widget page and the samples are precached',
      );
      await context.setOffline(true);
      await page.reload();
      await waitForEngine(page);
      assert.equal(await page.evaluate(() => navigator.serviceWorker.controller !== null), true);
      await page.click('#sample-list button >> nth=1');
      await page.waitForSelector(
        '#results[data-state="done"], #results[aria-busy="false"] #summary-list li',
      );
      assert.ok((await page.locator('#summary-list li').count()) >= 3);

      await page.goto(`${server.origin}/demo/widget.html`);
      await waitForWidget(page);
      assert.equal((await readWidget(page)).sentences.length, 3);
      await assertClean(assert, opened);
    } finally {
      await opened.close();
    }
  });

  test('the single-file build summarizes with no other file and no wasm request', async () => {
    const opened = await openPage(browser, server.origin, '/fixtures/single.html', {
      serviceWorkers: 'block',
    });
    try {
      const { page, requests } = opened;
      await waitForWidget(page);
      assert.equal((await readWidget(page)).sentences.length, 3);
      const paths = requests.map((url) => new URL(url).pathname).filter((p) => !p.endsWith('.svg'));
      assert.deepEqual(paths, ['/fixtures/single.html', '/precis.single.js']);
      const api = await page.evaluate(async () => {
        const { Precis } = await import('/precis.single.js');
        const precis = await Precis.create();
        return (await precis.detectLanguage('Il governo ha approvato la legge di bilancio.')).lang;
      });
      assert.equal(api, 'it');
      await assertClean(assert, opened);
    } finally {
      await opened.close();
    }
  });
});
