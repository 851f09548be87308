// Start-up in Chromium (issue 9): dist/demo/widget.html (an article page with one
// <precis-summary>, the documented embed) from the bench static server on 127.0.0.1. Times from
// the navigation start (performance.timeOrigin): DOMContentLoaded, load, wasm ready (the
// widget's `precis-ready` event: the worker has instantiated the wasm and the language-ID model)
// and first summary shown (the widget's `precis-summary:first` performance mark, set right after
// it rendered). Cold = a new browser context (empty HTTP and code caches) per load; warm = the
// same context loading the page again (HTTP cache, max-age=3600, and V8's wasm code cache).
import { DIST } from './speed-precis.mjs';
import { launchChromium, startStaticServer } from './static-server.mjs';
import { markdownTable } from './table.mjs';
import { median } from './timing.mjs';

const PAGE = '/demo/widget.html';

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
  const server = await startStaticServer({ '/': DIST });
  const browser = await launchChromium();
  const url = server.url + PAGE;
  const cold = [];
  const warm = [];
  try {
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext();
      await recordReady(context);
      const page = await context.newPage();
      cold.push(await load(page, url));
      await context.close();
    }
    const context = await browser.newContext();
    await recordReady(context);
    const page = await context.newPage();
    await load(page, url); // fills the cache
    for (let i = 0; i < runs; i++) warm.push(await load(page, url));
    await context.close();
  } finally {
    await browser.close();
    await server.close();
  }
  const row = (name, xs, bar) => {
    const m = (k) => median(xs.map((x) => x[k]));
    return [
      name,
      xs.length,
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
  const headers = ['cache', 'loads', 'DOMContentLoaded', 'load', 'worker created'];
  headers.push('wasm received', 'langid.bin received', 'wasm ready', 'first summary');
  headers.push('bar ms', 'result');
  const table = markdownTable(headers, [row('cold', cold, 300), row('warm', warm, 150)]);
  return `${PAGE} from dist/, medians in ms from navigation start, headless Chromium ${browser.version()}. "worker created" is the worker's time origin; "received" = responseEnd of its fetch (by the page, or by the worker if the page's failed); "wasm ready" = the widget's precis-ready event (wasm instantiated, language-ID model parsed); "first summary" = its precis-summary:first mark.\n\n${table}`;
}
