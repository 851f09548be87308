// Précis timed inside headless Chromium (bench/www/speed.html on the bench static server): the
// same texts, warm-up and per-call timing as in Node, sent to the page with page.evaluate.
import { resolve } from 'node:path';

import { REPO_ROOT } from './jsonl.mjs';
import { DIST } from './speed-precis.mjs';
import { launchChromium, startStaticServer } from './static-server.mjs';

export async function chromiumSession() {
  const server = await startStaticServer({
    '/': DIST,
    '/bench/': resolve(REPO_ROOT, 'bench', 'www'),
  });
  const browser = await launchChromium();
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${server.url}/bench/speed.html`);
  await page.waitForFunction(() => window.benchReady !== undefined);
  await page.evaluate(() => window.benchReady);
  const isolated = await page.evaluate(() => self.crossOriginIsolated);
  return {
    isolated,
    version: browser.version(),
    /** Per-call ms of `verb` on `texts` after warm-up on `warm`. */
    times: (verb, texts, warm, budgetMs = 20000) =>
      page.evaluate(([v, t, w, b]) => window.timeVerb(v, t, w, b), [verb, texts, warm, budgetMs]),
    errors,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}
