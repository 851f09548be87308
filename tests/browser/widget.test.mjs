// <precis-summary> in Debian Chromium: on a sample news page (light, dark), highlight, keyboard
// navigation, reader-mode detection, designed states, lazy loading, one shared worker, hostile
// input, all under the strict CSP that tools/serve.mjs sends, with no request leaving the origin.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';

import {
  DESKTOP,
  DIST_ROOT,
  MOBILE,
  REPO_ROOT,
  SKIP_REASON,
  UPDATE_SCREENSHOTS,
  launchBrowser,
  screenshotDirectory,
} from './helpers.mjs';
import {
  assertClean,
  openPage,
  readWidget,
  startFixtureServer,
  waitForWidget,
} from './widget-helpers.mjs';

const squash = (text) => text.replace(/\s+/g, ' ').trim();

describe('<precis-summary>', { skip: SKIP_REASON }, () => {
  let browser;
  let server;

  before(async () => {
    assert.ok(
      existsSync(join(DIST_ROOT, 'define.js')),
      'dist/define.js is missing: run npm run build',
    );
    server = await startFixtureServer();
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  async function withPage(path, options, body) {
    const opened = await openPage(browser, server.origin, path, options);
    try {
      await body(opened);
      await assertClean(assert, opened);
    } finally {
      await opened.close();
    }
  }

  test('the strict CSP header is what the pages are served with', async () => {
    const response = await fetch(`${server.origin}/demo/widget.html`);
    assert.equal(
      response.headers.get('content-security-policy'),
      "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'",
    );
  });

  for (const colorScheme of ['light', 'dark']) {
    test(`summarizes the sample news page (${colorScheme}), accessible and themed`, async () => {
      await withPage('/demo/widget.html', { colorScheme }, async ({ page }) => {
        await waitForWidget(page);
        const widget = await readWidget(page);
        assert.equal(widget.state, 'result');
        assert.equal(widget.sentences.length, 3, 'key-points, short: 3 sentences');
        assert.equal(widget.label, 'Article summary');
        assert.equal(widget.busy, 'false');
        assert.match(widget.status, /Summary ready: 3 key points/);
        assert.ok(widget.tags.length >= 3, 'entity and key-phrase chips');
        const structure = await page.evaluate(() => {
          const root = document.querySelector('precis-summary').shadowRoot;
          return {
            section: root.querySelector('section[aria-label]') !== null,
            live: root.querySelector('[role="status"]').getAttribute('aria-live'),
            list: root.querySelectorAll('ol > li').length,
            tagLists: root.querySelectorAll('ul.chips').length,
            groupTitles: [...root.querySelectorAll('.group-title')].map((h) => h.textContent),
            inlineStyles:
              root.querySelectorAll('style').length + document.querySelectorAll('style').length,
            adopted: root.adoptedStyleSheets.length,
            pageAdopted: document.adoptedStyleSheets.length,
            background: getComputedStyle(root.querySelector('section')).backgroundColor,
            // Every sentence is text from the article (the headline goes in as the title).
            fromArticle: [...root.querySelectorAll('ol button')].every((b) =>
              document
                .getElementById('story')
                .textContent.replace(/\s+/g, ' ')
                .includes(b.textContent),
            ),
          };
        });
        assert.equal(structure.section, true);
        assert.equal(structure.live, 'polite');
        assert.equal(structure.list, 3);
        assert.ok(structure.tagLists >= 2);
        assert.ok(structure.groupTitles.includes('Key phrases'), 'tag groups are named in text');
        assert.equal(structure.inlineStyles, 0, 'no <style> elements');
        assert.equal(structure.adopted, 1);
        assert.equal(structure.pageAdopted, 1);
        assert.equal(structure.fromArticle, true);
        assert.equal(
          structure.background,
          colorScheme === 'dark' ? 'rgb(22, 27, 36)' : 'rgb(255, 255, 255)',
          'theme follows prefers-color-scheme',
        );
      });
    });
  }

  test('highlight marks the chosen sentences and entity mentions in the page', async () => {
    await withPage('/demo/widget.html', {}, async ({ page }) => {
      await waitForWidget(page);
      const painted = await page.evaluate(() => {
        const widget = document.querySelector('precis-summary');
        const ranges = (name) => [...(CSS.highlights.get(name) ?? [])].map((r) => r.toString());
        return {
          sentences: widget.result.sentences.map((s) => s.text),
          sentenceRanges: ranges('precis-sentence'),
          people: ranges('precis-per'),
          organisations: ranges('precis-org'),
          personMentions: widget.result.entities
            .filter((e) => e.type === 'PER')
            .reduce((n, e) => n + e.mentions.length, 0),
        };
      });
      assert.equal(painted.sentenceRanges.length, painted.sentences.length);
      for (const [i, text] of painted.sentences.entries()) {
        assert.equal(squash(painted.sentenceRanges[i]), squash(text), `sentence ${i}`);
      }
      assert.equal(painted.people.length, painted.personMentions, 'every person mention painted');
      assert.ok(painted.organisations.length >= 1);
    });
  });

  test('without the Highlight API, sentences are wrapped in <mark> and unwrapped on re-run', async () => {
    const initScript = () => {
      delete window.Highlight;
      Object.defineProperty(CSS, 'highlights', { value: undefined });
    };
    await withPage('/demo/widget.html', { initScript }, async ({ page }) => {
      await waitForWidget(page);
      const before = await page.evaluate(() => document.getElementById('story').textContent);
      const marks = await page.evaluate(() =>
        [...document.querySelectorAll('#story mark.precis-mark')].map((m) => [
          m.dataset.precisIndex,
          m.textContent,
        ]),
      );
      const sentences = await page.evaluate(() =>
        document.querySelector('precis-summary').result.sentences.map((s) => s.text),
      );
      const joined = new Map();
      for (const [index, text] of marks) joined.set(index, (joined.get(index) ?? '') + text);
      assert.equal(joined.size, sentences.length);
      for (const [i, text] of sentences.entries())
        assert.equal(squash(joined.get(String(i))), squash(text));
      // A new length re-runs: old marks go, the article text is unchanged.
      await page.evaluate(() =>
        document.querySelector('precis-summary').setAttribute('length', 'medium'),
      );
      await page.waitForFunction(
        () => document.querySelector('precis-summary').result?.sentences.length === 5,
      );
      await page.waitForFunction(
        () =>
          document.querySelectorAll('#story mark.precis-mark[data-precis-index="4"]').length > 0,
      );
      assert.equal(await page.evaluate(() => document.getElementById('story').textContent), before);
    });
  });

  test('keyboard: Tab reaches a summary sentence, Enter moves focus to it in the article', async () => {
    await withPage(
      '/demo/widget.html',
      { viewport: { width: 1280, height: 700 } },
      async ({ page }) => {
        await waitForWidget(page);
        let reached = null;
        for (let i = 0; i < 30 && !reached; i += 1) {
          await page.keyboard.press('Tab');
          reached = await page.evaluate(() => {
            const active = document.activeElement?.shadowRoot?.activeElement;
            return active?.getAttribute('part') === 'sentence' ? active.dataset.index : null;
          });
        }
        assert.equal(reached, '0', 'Tab reaches the first sentence');
        await page.keyboard.press('Tab');
        await page.keyboard.press('Tab');
        const index = await page.evaluate(
          () => document.activeElement.shadowRoot.activeElement.dataset.index,
        );
        assert.equal(index, '2');
        await page.keyboard.press('Enter');
        const landed = await page.evaluate(() => {
          const sentence = document.querySelector('precis-summary').result.sentences[2].text;
          const active = document.activeElement;
          const [range] = CSS.highlights.get('precis-active');
          const box = range.getBoundingClientRect();
          return {
            inArticle: Boolean(active.closest('#story')),
            containsSentence: active.textContent
              .replace(/\s+/g, ' ')
              .includes(sentence.replace(/\s+/g, ' ').slice(0, 40)),
            activeRange: range.toString(),
            sentence,
            inView: box.top >= 0 && box.bottom <= window.innerHeight,
          };
        });
        assert.equal(landed.inArticle, true, 'focus moved into the article');
        assert.equal(landed.containsSentence, true);
        assert.equal(squash(landed.activeRange), squash(landed.sentence));
        assert.equal(landed.inView, true, 'the sentence is scrolled into view');
      },
    );
  });

  test('without for or selector it finds the article, not the menu, ads or comments', async () => {
    await withPage('/fixtures/auto.html', {}, async ({ page }) => {
      await waitForWidget(page);
      const { sentences } = await readWidget(page);
      assert.ok(sentences.length >= 3);
      const article = await page.evaluate(() =>
        document.querySelector('.content').textContent.replace(/\s+/g, ' '),
      );
      for (const sentence of sentences)
        assert.ok(article.includes(sentence), `not from the article: ${sentence}`);
      const title = await page.evaluate(
        () => document.querySelector('precis-summary').result.title,
      );
      assert.equal(title, 'Lake town votes to ban cars from its old centre');
    });
  });

  test('mode="story" digests several articles, with sources, navigation and highlights', async () => {
    await withPage('/fixtures/story.html', {}, async ({ page }) => {
      await waitForWidget(page, '#digest');
      const view = await page.evaluate(() => {
        const widget = document.getElementById('digest');
        const root = widget.shadowRoot;
        return {
          result: widget.result,
          notes: [...root.querySelectorAll('[part="source"]')].map((n) => n.textContent),
          meta: root.querySelector('[part="meta"]')?.textContent ?? '',
        };
      });
      assert.equal(view.result.articles.length, 3);
      assert.ok(view.result.sentences.length >= 3);
      assert.equal(view.notes.length, view.result.sentences.length);
      assert.ok(view.notes.every((note) => note.startsWith('From ')));
      assert.ok(
        view.result.sentences.some((s) => s.support.length > 0),
        'a fact two outlets report',
      );
      assert.ok(view.notes.some((note) => note.includes('also reported in')));
      // Each sentence lands in its own article: click the first one from the second article on.
      const position = view.result.sentences.findIndex((s) => s.article > 0);
      assert.ok(position >= 0, 'a sentence from another article than the first');
      const articleId = view.result.articles[view.result.sentences[position].article];
      await page.evaluate((i) => {
        document.getElementById('digest').shadowRoot.querySelectorAll('button.sentence')[i].click();
      }, position);
      const focusedIn = await page.evaluate(() => document.activeElement.closest('article')?.id);
      const ids = ['harbour-times', 'island-post', 'gazzetta'];
      assert.equal(focusedIn, ids[view.result.sentences[position].article], String(articleId));
    });
  });

  test('designed states: too short, nothing found, invalid options, story mode, slotted text', async () => {
    await withPage('/fixtures/states.html', {}, async ({ page }) => {
      await waitForWidget(page, '#short', ['short']);
      assert.match((await readWidget(page, '#short')).notice, /very short/);
      await waitForWidget(page, '#missing', ['empty']);
      assert.match(
        (await readWidget(page, '#missing')).notice,
        /Nothing on this page matches #no-such-article/,
      );
      await waitForWidget(page, '#bad-type', ['error']);
      assert.match((await readWidget(page, '#bad-type')).error, /INVALID_OPTIONS/);
      await waitForWidget(page, '#story-mode', ['empty']);
      assert.match((await readWidget(page, '#story-mode')).notice, /#no-such-article/);
      // On a French page the widget speaks French; the summary is the article's own words.
      await waitForWidget(page, '#french-widget', ['result']);
      const french = await readWidget(page, '#french-widget');
      assert.equal(french.label, "Résumé de l'article");
      assert.match(french.status, /^Résumé prêt : \d+ points? clés?\.$/);
      const frenchTitles = await page.evaluate(() =>
        [
          ...document
            .getElementById('french-widget')
            .shadowRoot.querySelectorAll('.heading, .group-title, .meta li'),
        ].map((node) => node.textContent),
      );
      assert.ok(frenchTitles.includes('Résumé'), frenchTitles.join(' | '));
      assert.ok(frenchTitles.includes('Points clés'), frenchTitles.join(' | '));
      assert.ok(frenchTitles.includes('Mots-clés'), frenchTitles.join(' | '));
      assert.ok(frenchTitles.includes('français (fr)'), frenchTitles.join(' | '));
      await waitForWidget(page, '#slotted', ['result', 'short']);
      const slotted = await readWidget(page, '#slotted');
      assert.ok(slotted.sentences.length >= 1);
      assert.deepEqual(slotted.tags, [], 'tags="off"');
      const errorEvent = await page.evaluate(
        () =>
          new Promise((resolve) => {
            const widget = document.getElementById('bad-type');
            widget.addEventListener('precis-error', (event) => resolve(event.detail.code), {
              once: true,
            });
            widget.refresh();
          }),
      );
      assert.equal(errorEvent, 'INVALID_OPTIONS');
      const summaryEvent = await page.evaluate(
        () =>
          new Promise((resolve) => {
            const widget = document.getElementById('bad-type');
            widget.addEventListener(
              'precis-summary',
              (event) => resolve(event.detail.sentences.length),
              { once: true },
            );
            widget.setAttribute('type', 'tldr');
          }),
      );
      assert.equal(summaryEvent, 1, 'tldr short: one sentence');
    });
  });

  test('lazy: nothing loads until a widget scrolls into view; all widgets share one worker', async () => {
    await withPage('/fixtures/lazy.html', {}, async ({ page, requests }) => {
      const workers = [];
      page.on('worker', (worker) => workers.push(worker.url()));
      await page.waitForTimeout(500);
      assert.equal(
        await page.evaluate(() => document.querySelector('precis-summary').dataset.state),
        'idle',
      );
      assert.ok(
        !requests.some((url) => url.endsWith('.wasm') || url.endsWith('/worker.js')),
        'loaded before visible',
      );
      const ready = page.evaluate(
        () =>
          new Promise((resolve) =>
            document.addEventListener('precis-ready', () => resolve(true), { once: true }),
          ),
      );
      await page.evaluate(() => document.querySelector('precis-summary').scrollIntoView());
      assert.equal(await ready, true);
      await waitForWidget(page, 'precis-summary:nth-of-type(1)');
      await waitForWidget(page, 'precis-summary:nth-of-type(2)');
      assert.equal(workers.length, 1, 'one worker for the page');
      assert.equal(
        requests.filter((url) => url.endsWith('.wasm')).length,
        1,
        'the wasm is fetched once',
      );
      assert.equal(requests.filter((url) => url.endsWith('/langid.bin')).length, 1);
      // The page fetched and compiled both while the worker started; the worker fetched neither.
      const fetchedByWorker = await page
        .workers()[0]
        .evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name));
      assert.deepEqual(
        fetchedByWorker.filter((url) => url.endsWith('.wasm') || url.endsWith('/langid.bin')),
        [],
      );
    });
  });

  test('the worker client: promise API, AbortSignal, errors rebuilt as PrecisError', async () => {
    await withPage('/fixtures/lazy.html', {}, async ({ page }) => {
      const outcome = await page.evaluate(async () => {
        const { PrecisWorker, PrecisError } = await import('/worker-client.js');
        const engine = await PrecisWorker.create();
        const text = document.getElementById('story').textContent;
        const summary = await engine.summarize(text, { length: 'short' });
        const lang = await engine.detectLanguage(text);
        const controller = new AbortController();
        const pending = engine.analyze(text, { signal: controller.signal });
        controller.abort();
        const aborted = await pending.then(
          () => 'resolved',
          (e) => e.name,
        );
        const empty = await engine.summarize('   ').then(
          () => 'resolved',
          (e) => [e instanceof PrecisError, e.code],
        );
        const typeError = await engine.summarize(42).then(
          () => 'resolved',
          (e) => e.constructor.name,
        );
        const after = await engine.tag(text);
        const digest = await engine.story([text, { id: 'b', text }], { length: 'short' });
        const clusterer = await engine.createClusterer();
        const added = await clusterer.add({ id: 'a', text });
        const stories = await clusterer.clusters();
        clusterer.destroy();
        const gone = await clusterer.clusters().then(
          () => 'resolved',
          (e) => e.code,
        );
        engine.destroy();
        const destroyed = await engine.tag(text).then(
          () => 'resolved',
          (e) => e.code,
        );
        return {
          count: summary.sentences.length,
          lang: lang.lang,
          aborted,
          empty,
          typeError,
          tags: after.entities.length > 0,
          story: [digest.articles.length, digest.sentences.length > 0],
          cluster: [added.cluster, stories.articles, gone],
          destroyed,
        };
      });
      assert.deepEqual(outcome, {
        count: 3,
        lang: 'en',
        aborted: 'AbortError',
        empty: [true, 'EMPTY_INPUT'],
        typeError: 'TypeError',
        tags: true,
        story: [2, true],
        cluster: [0, 1, 'DESTROYED'],
        destroyed: 'DESTROYED',
      });
    });
  });

  test('hostile input is shown as text and never executed', async () => {
    await withPage('/fixtures/xss.html', {}, async ({ page }) => {
      await waitForWidget(page, '#from-page');
      await waitForWidget(page, '#from-property');
      await page.waitForTimeout(300); // an injected onerror would fire asynchronously
      const shown = await page.evaluate(() => {
        const all = ['#from-page', '#from-property'].map(
          (id) => document.querySelector(id).shadowRoot,
        );
        return {
          xss: window.__xss,
          elements: all.map((root) => root.querySelectorAll('img, script, b, iframe').length),
          text: all.map((root) => root.querySelector('ol').textContent).join('\n'),
        };
      });
      assert.equal(shown.xss, undefined);
      assert.deepEqual(shown.elements, [0, 0]);
      assert.match(shown.text, /<img src=x onerror="window.__xss=1">/);
      assert.match(shown.text, /<img src=x onerror="window.__xss=2">/);
      assert.ok(shown.text.includes('\u202Egnp.exe'), 'the RTL override stays a character');
      assert.ok(await page.getByText('onerror="window.__xss=2"').first().isVisible());
      // Each sentence is isolated (dir=auto, plaintext bidi), so an override cannot flip its neighbours.
      const dirs = await page.evaluate(() =>
        [
          ...document
            .querySelector('#from-property')
            .shadowRoot.querySelectorAll('[part="sentence"]'),
        ].map((n) => n.dir),
      );
      assert.ok(dirs.every((dir) => dir === 'auto'));
    });
  });

  test('screenshots: the widget on a news page, light and dark, desktop and mobile', async (t) => {
    const directory = screenshotDirectory();
    for (const [name, viewport, colorScheme] of [
      ['widget-light', DESKTOP, 'light'],
      ['widget-dark', DESKTOP, 'dark'],
      ['widget-mobile-light', MOBILE, 'light'],
    ]) {
      await withPage('/demo/widget.html', { viewport, colorScheme }, async ({ page }) => {
        await waitForWidget(page);
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        assert.equal(overflow, 0, `${name}: horizontal overflow`);
        await page.screenshot({ path: join(directory, `${name}.png`) });
        if (UPDATE_SCREENSHOTS && viewport === DESKTOP) {
          await page.screenshot({ path: join(REPO_ROOT, 'docs', `${name}.png`) });
        }
      });
    }
    t.diagnostic(`screenshots written to ${directory}`);
  });
});
