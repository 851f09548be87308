// A tiny app (tests/vite-app) importing `precis/element` from the npm package, built by Vite from
// node_modules and checked in Chromium under the strict CSP; plus the plain <script type="module">
// page (dist/demo/widget.html) is covered by widget.test.mjs.
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, mkdirSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';

import { startServer } from '../../tools/serve.mjs';
import { REPO_ROOT, SKIP_REASON, launchBrowser } from './helpers.mjs';
import { assertClean, openPage, readWidget, waitForWidget } from './widget-helpers.mjs';

describe('Vite app using precis/element', { skip: SKIP_REASON }, () => {
  let browser;
  let server;
  let workDir;
  let outDir;

  before(async () => {
    // Outside the repo, with node_modules/precis -> the repo: resolution goes through `exports`.
    workDir = mkdtempSync(join(tmpdir(), 'precis-vite-app-'));
    cpSync(join(REPO_ROOT, 'tests', 'vite-app'), workDir, { recursive: true });
    mkdirSync(join(workDir, 'node_modules'));
    symlinkSync(REPO_ROOT, join(workDir, 'node_modules', 'precis'));
    outDir = join(workDir, 'out');
    const { build } = await import('vite');
    await build({
      root: workDir,
      configFile: false,
      logLevel: 'silent',
      build: { outDir, emptyOutDir: true },
    });
    server = await startServer({ root: outDir, port: 0 });
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
    if (workDir) rmSync(workDir, { recursive: true, force: true });
  });

  test('Vite bundles the element, its worker and the wasm', () => {
    const assets = readdirSync(join(outDir, 'assets'));
    assert.ok(
      assets.some((name) => name.endsWith('.wasm')),
      assets.join(', '),
    );
    assert.ok(
      assets.some((name) => name.startsWith('worker') && name.endsWith('.js')),
      assets.join(', '),
    );
    // Every language pack is emitted (static URLs in language-packs.js), none of the NER models
    // (opt-in, research-only data: an app that wants them copies them itself).
    assert.ok(
      assets.some((name) => /^it-.*\.lang$/.test(name)),
      assets.join(', '),
    );
    assert.ok(!assets.some((name) => name.endsWith('.ner')), assets.join(', '));
  });

  test('the built app summarizes in Chromium under the strict CSP', async () => {
    const opened = await openPage(browser, server.url, '/index.html');
    try {
      const { page } = opened;
      await waitForWidget(page);
      assert.equal(await page.evaluate(() => document.documentElement.dataset.element), 'defined');
      const widget = await readWidget(page);
      assert.equal(widget.sentences.length, 3);
      assert.ok(widget.tags.length > 0);
      // The Italian article is read with the Italian pack, fetched from the bundle's assets.
      await waitForWidget(page, '#italiano');
      const italian = await page.evaluate(() => document.getElementById('italiano').result);
      assert.equal(italian.lang, 'it');
      assert.ok(opened.requests.some((url) => /\/assets\/it-.*\.lang$/.test(url)));
      const phrases = italian.keyphrases.map((k) => k.text);
      for (const stopword of ['della', 'tra', 'hanno']) assert.ok(!phrases.includes(stopword));
      await assertClean(assert, opened);
    } finally {
      await opened.close();
    }
  });
});
