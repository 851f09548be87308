// The offline demo page (dist/demo/) in Debian Chromium, served by tools/serve.mjs.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';

import { startServer } from '../../tools/serve.mjs';
import {
  DESKTOP,
  DIST_ROOT,
  MOBILE,
  REPO_ROOT,
  SKIP_REASON,
  UPDATE_SCREENSHOTS,
  currentRun,
  launchBrowser,
  openDemo,
  pickSample,
  readHighlights,
  screenshotDirectory,
  waitForRun,
} from './helpers.mjs';

const ITALIAN_SAMPLE = '000_4ce8382c8a6a2f14.txt';
const XSS_INPUT =
  '<img src=x onerror="window.__xss=1">Hello world. This is text. </script> More text here for a sentence.';

describe('demo page', { skip: SKIP_REASON }, () => {
  let browser;
  let server;
  let origin;
  let samples;

  before(async () => {
    assert.ok(
      existsSync(join(DIST_ROOT, 'demo', 'index.html')),
      `${DIST_ROOT}/demo/index.html is missing: run npm run build first`,
    );
    samples = JSON.parse(await readFile(join(DIST_ROOT, 'demo', 'samples', 'index.json'), 'utf8'));
    server = await startServer({ root: DIST_ROOT, port: 0 });
    origin = server.url;
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  // Every page must stay on its own origin, log no errors and trip no CSP rule.
  async function assertClean(demo) {
    assert.deepEqual(demo.offOrigin, [], 'requests left the page origin');
    assert.deepEqual(demo.pageErrors, [], 'uncaught page errors');
    assert.deepEqual(demo.consoleErrors, [], 'console errors');
    assert.deepEqual(await demo.cspViolations(), [], 'CSP violations');
  }

  async function withDemo(options, body) {
    const demo = await openDemo(browser, origin, options);
    try {
      await body(demo);
      await assertClean(demo);
    } finally {
      await demo.close();
    }
  }

  test('serves the page with CSP and correct MIME types', async () => {
    const home = await fetch(`${origin}/`, { redirect: 'manual' });
    assert.equal(home.status, 302);
    assert.equal(home.headers.get('location'), '/demo/');
    const page = await fetch(`${origin}/demo/`);
    assert.equal(page.headers.get('content-type'), 'text/html; charset=utf-8');
    assert.match(
      page.headers.get('content-security-policy'),
      /script-src 'self' 'wasm-unsafe-eval'/,
    );
    const wasm = await fetch(`${origin}/precis-core.wasm`);
    assert.equal(wasm.headers.get('content-type'), 'application/wasm');
    const js = await fetch(`${origin}/precis.js`);
    assert.equal(js.headers.get('content-type'), 'text/javascript; charset=utf-8');
    const traversal = await fetch(`${origin}/demo/%2e%2e/%2e%2e/package.json`);
    assert.ok([403, 404].includes(traversal.status), `traversal gave ${traversal.status}`);
  });

  test('loads offline and the engine becomes ready', async () => {
    await withDemo({}, async ({ page }) => {
      assert.equal(await page.getAttribute('#main', 'aria-busy'), 'false');
      assert.match(await page.textContent('#status'), /Engine ready/);
      assert.equal(await page.isEnabled('#summarize-button'), true);
      assert.equal(await page.locator('#sample-list button').count(), samples.length);
      assert.equal(await page.title(), 'Précis · in-browser summaries and tags');
    });
  });

  test('each sample shows key sentences, entity chips, language and timing', async () => {
    await withDemo({}, async ({ page }) => {
      for (const { file } of samples) {
        const text = await pickSample(page, file);
        const sentences = await page.locator('#summary-list li').count();
        assert.ok(sentences >= 3, `${file}: ${sentences} summary sentences`);
        const entityChips = await page.locator('#tag-groups .chip:not(.chip--key)').count();
        assert.ok(entityChips >= 1, `${file}: no entity chips`);
        assert.equal(
          await page.getAttribute(`button[data-file="${file}"]`, 'aria-pressed'),
          'true',
        );
        // The article view holds the exact input: highlighting adds elements, never text.
        assert.equal(await page.textContent('#article-view'), text, `${file}: article text`);
        assert.match(await page.textContent('#timing'), /^\d+(\.\d)? ms$/);
        const lang = await page.textContent('#lang-code');
        assert.equal(lang, file === ITALIAN_SAMPLE ? 'it' : 'en', `${file}: language`);
      }
    });
  });

  test('the Italian sample is detected as it', async () => {
    await withDemo({}, async ({ page }) => {
      await pickSample(page, ITALIAN_SAMPLE);
      assert.equal(await page.textContent('#lang-code'), 'it');
      assert.equal(await page.textContent('#lang-name'), 'Italian');
    });
  });

  test('each highlight equals its summary sentence (UTF-16 offsets)', async () => {
    await withDemo({}, async ({ page }) => {
      for (const length of ['short', 'long']) {
        await page.click(`label[for="length-${length}"]`);
        assert.equal(await page.isChecked(`#length-${length}`), true);
        for (const { file } of samples) {
          await pickSample(page, file);
          const { summary, marks } = await readHighlights(page);
          assert.equal(marks.length, summary.length, `${file} (${length}): one mark per sentence`);
          const byIndex = new Map(summary.map((s) => [s.index, s.text]));
          for (const mark of marks) {
            assert.equal(mark.text, byIndex.get(mark.index), `${file} (${length}) #${mark.index}`);
          }
        }
      }
    });
  });

  test('article text with markup is shown literally and never executed', async () => {
    await withDemo({}, async ({ page }) => {
      const before = await currentRun(page);
      await page.fill('#article-text', XSS_INPUT);
      await page.click('#summarize-button');
      await waitForRun(page, before);
      await page.waitForTimeout(300); // an injected onerror would fire asynchronously
      assert.equal(await page.textContent('#article-view'), XSS_INPUT);
      assert.ok(await page.getByText('<img src=x onerror="window.__xss=1">').first().isVisible());
      assert.equal(await page.evaluate(() => typeof window.__xss), 'undefined');
      assert.equal(await page.locator('img').count(), 0);
      assert.equal(await page.locator('script:not([src])').count(), 0);
      // Short input is a designed state too.
      assert.equal(await page.isVisible('#short-notice'), true);
      assert.equal(await page.getAttribute('#results', 'data-state'), 'short');
    });
  });

  test('empty input shows the empty state', async () => {
    await withDemo({}, async ({ page }) => {
      for (const input of ['', '   \n\t  ']) {
        await page.fill('#article-text', input);
        await page.click('#summarize-button');
        await page.waitForSelector('#results[data-state="empty"]');
        assert.equal(await page.isVisible('#placeholder'), true);
        assert.equal(await page.isVisible('#output'), false);
        assert.match(await page.textContent('#status'), /Nothing to summarize/);
        assert.equal(await page.getAttribute('#article-text', 'aria-invalid'), 'true');
      }
    });
  });

  test('an engine that fails to load shows the error state as text', async () => {
    const demo = await openDemo(browser, origin, {
      waitForEngine: false,
      route: (context) =>
        context.route(`${origin}/precis.js`, (route) =>
          route.fulfill({ status: 404, contentType: 'text/plain', body: 'missing' }),
        ),
    });
    try {
      const { page } = demo;
      await page.waitForSelector('#results[data-state="error"]');
      assert.equal(await page.isVisible('#error-box'), true);
      assert.equal(await page.textContent('#error-code'), 'ENGINE_LOAD_FAILED');
      assert.notEqual((await page.textContent('#error-message')).trim(), '');
      assert.equal(await page.isDisabled('#summarize-button'), true);
      assert.deepEqual(demo.offOrigin, []);
      assert.deepEqual(await demo.cspViolations(), []);
    } finally {
      await demo.close();
    }
  });

  test('a click on Summarize while the engine loads runs once it is ready', async () => {
    let releaseWasm;
    const wasmHeld = new Promise((resolve) => (releaseWasm = resolve));
    const demo = await openDemo(browser, origin, {
      waitForEngine: false,
      route: (context) =>
        context.route(`${origin}/precis-core.wasm`, async (route) => {
          await wasmHeld;
          await route.fallback();
        }),
    });
    try {
      const { page } = demo;
      const text = await page.evaluate(
        async (name) => (await fetch(`samples/${name}`)).text(),
        samples[0].file,
      );
      await page.fill('#article-text', text);
      assert.equal(await page.isEnabled('#summarize-button'), true);
      await page.click('#summarize-button');
      assert.match(await page.textContent('#status'), /summarized when it is ready/);
      assert.equal(await page.getAttribute('#results', 'aria-busy'), 'true');
      releaseWasm();
      await waitForRun(page, 0);
      assert.ok((await page.locator('#summary-list li').count()) > 0);
      await assertClean(demo);
    } finally {
      releaseWasm();
      await demo.close();
    }
  });

  test('the sample picker is hidden when samples/index.json is absent', async () => {
    const demo = await openDemo(browser, origin, {
      route: (context) =>
        context.route(`${origin}/demo/samples/index.json`, (route) =>
          route.fulfill({ status: 404, contentType: 'text/plain', body: 'missing' }),
        ),
    });
    try {
      assert.equal(await demo.page.isVisible('#samples'), false);
      assert.equal(await demo.page.isVisible('#article-text'), true);
      assert.deepEqual(demo.offOrigin, []);
    } finally {
      await demo.close();
    }
  });

  test('keyboard: Tab reaches the controls, Enter on a sentence focuses its highlight', async () => {
    await withDemo({}, async ({ page }) => {
      const reached = new Set();
      for (let i = 0; i < 20; i += 1) {
        await page.keyboard.press('Tab');
        reached.add(await page.evaluate(() => document.activeElement?.id || ''));
      }
      for (const id of ['article-text', 'length-medium', 'clear-button', 'summarize-button']) {
        assert.ok(reached.has(id), `Tab never reached #${id}`);
      }

      await pickSample(page, samples[1].file);
      await page.focus('#summarize-button');
      let focused;
      for (let i = 0; i < 10; i += 1) {
        await page.keyboard.press('Tab');
        focused = await page.evaluate(() => document.activeElement?.className);
        if (focused === 'summary-link') break;
      }
      assert.equal(focused, 'summary-link', 'Tab from Summarize reaches the summary');
      await page.keyboard.press('Tab');
      const index = await page.evaluate(() => document.activeElement.dataset.index);
      await page.keyboard.press('Enter');
      const active = await page.evaluate(() => ({
        tag: document.activeElement.tagName,
        index: document.activeElement.dataset.index,
        inArticle: Boolean(document.activeElement.closest('#article-view')),
      }));
      assert.deepEqual(active, { tag: 'MARK', index, inArticle: true });
      const inView = await page.evaluate(() => {
        const box = document.activeElement.getBoundingClientRect();
        return box.bottom > 0 && box.top < window.innerHeight;
      });
      assert.ok(inView, 'the focused highlight is scrolled into view');
    });
  });

  test('the story view digests all samples with sources and merged entities', async (t) => {
    await withDemo({ viewport: DESKTOP, colorScheme: 'light' }, async ({ page }) => {
      await page.waitForSelector('html[data-engine="ready"]');
      await page.click('#story-button');
      await page.waitForSelector('#story-view:not([hidden]) .story-list__item');
      const view = await page.evaluate(() => ({
        items: [...document.querySelectorAll('.story-list__item')].map((item) => ({
          from: item.querySelector('.source-badge--from')?.textContent,
          also: item.querySelectorAll('.source-badge--also').length,
        })),
        entities: [...document.querySelectorAll('#story-entities .chip__text')].map(
          (chip) => chip.textContent,
        ),
        resultsHidden: document.getElementById('results').hidden,
      }));
      assert.ok(view.items.length >= 5, 'a long digest');
      assert.ok(view.items.every((item) => /^Sample \d/.test(item.from ?? '')));
      assert.ok(
        view.items.some((item) => item.also >= 2),
        'a fact reported by several sources',
      );
      for (const name of ['Vladimir Putin', 'North Korea', 'Russia', 'Kim Jong Un']) {
        assert.ok(view.entities.includes(name), `${name} is a merged entity`);
      }
      assert.ok(view.resultsHidden, 'the single-article results make way');
      const directory = screenshotDirectory();
      await page.screenshot({ path: join(directory, 'story-light.png'), fullPage: true });
      if (UPDATE_SCREENSHOTS) {
        const box = await page.locator('#story-view').boundingBox();
        await page.screenshot({ path: join(REPO_ROOT, 'docs', 'story.png'), clip: box });
      }
      // Italian only: every sentence comes from the Italian sample.
      await page.selectOption('#story-language', 'it');
      await page.waitForFunction(() =>
        [...document.querySelectorAll('.source-badge--from .source-badge__lang')].every(
          (badge) => badge.textContent === 'IT',
        ),
      );
      t.diagnostic(`story screenshot in ${directory}`);
    });
  });

  test('screenshots: light and dark, desktop and mobile', async (t) => {
    const directory = screenshotDirectory();
    const shots = [
      { name: 'desktop-light', viewport: DESKTOP, colorScheme: 'light' },
      { name: 'desktop-dark', viewport: DESKTOP, colorScheme: 'dark' },
      { name: 'mobile-light', viewport: MOBILE, colorScheme: 'light' },
      { name: 'mobile-dark', viewport: MOBILE, colorScheme: 'dark' },
    ];
    for (const shot of shots) {
      await withDemo(shot, async ({ page }) => {
        await pickSample(page, samples[1].file);
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        assert.equal(overflow, 0, `${shot.name}: horizontal overflow`);
        await page.screenshot({ path: join(directory, `${shot.name}.png`), fullPage: true });
        if (UPDATE_SCREENSHOTS && shot.name === 'desktop-light') {
          // Header, input, summary, tags and the start of the highlighted article.
          await page.screenshot({
            path: join(REPO_ROOT, 'docs', 'demo.png'),
            fullPage: true,
            clip: { x: 0, y: 0, width: DESKTOP.width, height: 1720 },
          });
        }
      });
    }
    t.diagnostic(`screenshots written to ${directory}`);
  });
});
