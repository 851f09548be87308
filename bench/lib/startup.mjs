// Start-up in Chromium (issue 9): dist/demo/widget.html (an article page with one
// <precis-summary>, the documented embed) from the bench static server on 127.0.0.1. Times from
// the navigation start (performance.timeOrigin): DOMContentLoaded, load, wasm ready (the
// widget's `precis-ready` event: the worker has instantiated the wasm and the language-ID model)
// and first summary shown (the widget's `precis-summary:first` performance mark, set right after
// it rendered). Cold = a new browser context (empty HTTP and code caches) per load; warm = the
// same context loading the page again (HTTP cache, max-age=3600, and V8's wasm code cache).
// Each widget load alternates with a load of bench/www/blank.html (one paragraph, no script) in
// the same cache state: its DOMContentLoaded is the floor no page gets under on the machine (a
// new context starts a renderer process first), so the table shows what Précis adds to it.
import { resolve } from 'node:path';

import { REPO_ROOT } from './jsonl.mjs';
import { DIST } from './speed-precis.mjs';
import { launchChromium, startStaticServer } from './static-server.mjs';
import { markdownTable } from './table.mjs';
import { median } from './timing.mjs';

const PAGE = '/demo/widget.html';
const BLANK = '/bench/blank.html';

async function loadBlank(page, url) {
  await page.goto(url);
  return page.evaluate(
    () => performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd,
  );
}

async function load(page, url) {
  await page.goto(url);
  await page.waitForFunction(
    () => performance.getEntriesByName('precis-summary:first').length > 0,
    null,
    { timeout: 30000 },
  );
  const times = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0];
    return {
      origin: performance.timeOrigin,
      dcl: nav.domContentLoadedEventEnd,
      load: nav.loadEventEnd,
      ready: window.__precisReady,
      summary: performance.getEntriesByName('precis-summary:first')[0].startTime,
      res: performance
        .getEntriesByType('resource')
        .map((e) => [e.name.split('/').pop(), e.responseEnd]),
    };
  });
  // The page fetches the wasm and the language-ID model while the worker starts
  // (web/worker-client.js); the worker fetches them only when that failed. The worker's own
  // clock starts when it is created; its entries are moved onto the page's clock.
  const worker = page.workers()[0];
  const w = worker
    ? await worker.evaluate(() => ({
        origin: performance.timeOrigin,
        res: performance
          .getEntriesByType('resource')
          .map((e) => [e.name.split('/').pop(), e.responseEnd]),
      }))
    : { origin: NaN, res: [] };
  const shift = w.origin - times.origin;
  const at = (file) => {
    const own = times.res.find(([name]) => name === file);
    return own ? own[1] : shift + (w.res.find(([name]) => name === file)?.[1] ?? NaN);
  };
  const { res: _, ...marks } = times;
  return { ...marks, worker: shift, wasm: at('precis-core.wasm'), langid: at('langid.bin') };
}

function recordReady(context) {
  return context.addInitScript(() => {
    document.addEventListener('precis-ready', () => (window.__precisReady ??= performance.now()));
  });
}

export async function measureStartup(runs = 15) {
  const server = await startStaticServer({
    '/': DIST,
    '/bench/': resolve(REPO_ROOT, 'bench', 'www'),
  });
  const browser = await launchChromium();
  const url = server.url + PAGE;
  const cold = [];
  const warm = [];
  const inNewContext = async (visit) => {
    const context = await browser.newContext();
    await recordReady(context);
    try {
      return await visit(await context.newPage());
    } finally {
      await context.close();
    }
  };
  try {
    for (let i = 0; i < runs; i++) {
      const blank = await inNewContext((page) => loadBlank(page, server.url + BLANK));
      cold.push({ ...(await inNewContext((page) => load(page, url))), blank });
    }
    await inNewContext(async (page) => {
      await load(page, url); // fills the cache
      await loadBlank(page, server.url + BLANK);
      for (let i = 0; i < runs; i++) {
        const blank = await loadBlank(page, server.url + BLANK);
        warm.push({ ...(await load(page, url)), blank });
      }
    });
  } finally {
    await browser.close();
    await server.close();
  }
  const row = (name, xs, bar) => {
    const m = (k) => median(xs.map((x) => x[k]));
    return [
      name,
      xs.length,
      m('blank').toFixed(1),
      m('dcl').toFixed(1),
      m('load').toFixed(1),
      m('worker').toFixed(1),
      m('wasm').toFixed(1),
      m('langid').toFixed(1),
      m('ready').toFixed(1),
      m('summary').toFixed(1),
      `≤ ${bar}`,
      m('summary') <= bar ? 'pass' : '**fail**',
    ];
  };
  const headers = ['cache', 'loads', 'blank page DCL', 'DOMContentLoaded', 'load'];
  headers.push('worker created');
  headers.push('wasm received', 'langid.bin received', 'wasm ready', 'first summary');
  headers.push('bar ms', 'result');
  const table = markdownTable(headers, [row('cold', cold, 300), row('warm', warm, 150)]);
  return `${PAGE} from dist/, medians in ms from navigation start, headless Chromium ${browser.version()}. "worker created" is the worker's time origin; "received" = responseEnd of its fetch (by the page, or by the worker if the page's failed); "wasm ready" = the widget's precis-ready event (wasm instantiated, language-ID model parsed); "first summary" = its precis-summary:first mark. "blank page DCL" = DOMContentLoaded of ${BLANK}, one paragraph and no script, loaded before each widget load in the same cache state: the floor any page starts from on this machine.\n\n${table}`;
}
