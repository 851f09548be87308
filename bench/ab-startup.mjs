// Cold start-up of two builds of dist/, compared: /demo/widget.html from each, in one headless
// Chromium, one new browser context (empty caches) per load, the two builds alternating load by
// load so that machine load hits both alike. Prints the medians of DOMContentLoaded, worker
// creation, wasm ready (the widget's precis-ready event) and first summary (its
// precis-summary:first mark), in ms from navigation start. Run it twice on the same dist/ to see
// the method's own noise (an A/A run).
//   node bench/ab-startup.mjs DIST_A DIST_B [--loads 21]
import { parseArgs } from 'node:util';

import { launchChromium, startStaticServer } from './lib/static-server.mjs';
import { median } from './lib/timing.mjs';

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { loads: { type: 'string', default: '21' } },
});
if (positionals.length !== 2) {
  console.error('usage: node bench/ab-startup.mjs DIST_A DIST_B [--loads 21]');
  process.exit(2);
}

const servers = await Promise.all(positionals.map((dir) => startStaticServer({ '/': dir })));
const browser = await launchChromium();
const runs = [[], []];
try {
  for (let i = 0; i < Number(values.loads); i++) {
    for (const k of i % 2 ? [1, 0] : [0, 1]) {
      const context = await browser.newContext();
      await context.addInitScript(() =>
        document.addEventListener('precis-ready', () => (window.__ready ??= performance.now())),
      );
      const page = await context.newPage();
      await page.goto(`${servers[k].url}/demo/widget.html`);
      await page.waitForFunction(
        () => performance.getEntriesByName('precis-summary:first').length > 0,
        null,
        { timeout: 30000 },
      );
      const times = await page.evaluate(() => ({
        origin: performance.timeOrigin,
        dcl: performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd,
        ready: window.__ready,
        first: performance.getEntriesByName('precis-summary:first')[0].startTime,
      }));
      const worker = page.workers()[0];
      const workerOrigin = worker ? await worker.evaluate(() => performance.timeOrigin) : NaN;
      runs[k].push({ ...times, worker: workerOrigin - times.origin });
      await context.close();
    }
  }
} finally {
  await browser.close();
  await Promise.all(servers.map((s) => s.close()));
}
for (const k of [0, 1]) {
  const m = (key) => median(runs[k].map((r) => r[key])).toFixed(1);
  console.log(
    `${positionals[k]}: DOMContentLoaded ${m('dcl')}  worker created ${m('worker')}  ` +
      `wasm ready ${m('ready')}  first summary ${m('first')}  (${runs[k].length} cold loads)`,
  );
}
