// Shared set-up of the widget, polyfill and offline tests: a server whose root holds dist/ (as
// symlinks) plus tests/browser/fixtures/ at /fixtures/, every page with the strict CSP that
// tools/serve.mjs sends, and every request that leaves the origin aborted and recorded.
import { mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { startServer } from '../../tools/serve.mjs';
import { DESKTOP, DIST_ROOT, REPO_ROOT } from './helpers.mjs';

export const FIXTURES = join(REPO_ROOT, 'tests', 'browser', 'fixtures');

/** Serves dist/ with tests/browser/fixtures mounted at /fixtures/. */
export async function startFixtureServer() {
  const root = mkdtempSync(join(tmpdir(), 'precis-widget-root-'));
  for (const name of readdirSync(DIST_ROOT)) symlinkSync(join(DIST_ROOT, name), join(root, name));
  symlinkSync(FIXTURES, join(root, 'fixtures'));
  const server = await startServer({ root, port: 0 });
  return {
    origin: server.url,
    close: async () => {
      await server.close();
      rmSync(root, { recursive: true, force: true });
    },
  };
}

function recordCspViolations() {
  window.__cspViolations = [];
  document.addEventListener(
    'securitypolicyviolation',
    (event) => window.__cspViolations.push(`${event.violatedDirective} ${event.blockedURI}`),
    true,
  );
}

/**
 * Opens `path` in a fresh context. Returns the page and what it did wrong: requests off the
 * origin, console errors, page errors, CSP violations, plus every request URL it made.
 */
export async function openPage(browser, origin, path, options = {}) {
  const context = await browser.newContext({
    viewport: options.viewport ?? DESKTOP,
    colorScheme: options.colorScheme ?? 'light',
    reducedMotion: options.reducedMotion ?? 'reduce',
    deviceScaleFactor: options.deviceScaleFactor ?? 1,
    serviceWorkers: options.serviceWorkers ?? 'allow',
  });
  const offOrigin = [];
  const requests = [];
  const consoleErrors = [];
  const pageErrors = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (new URL(url).origin === origin) return route.fallback();
    offOrigin.push(url);
    return route.abort('blockedbyclient');
  });
  context.on('request', (request) => requests.push(request.url()));
  await context.addInitScript(recordCspViolations);
  if (options.initScript) await context.addInitScript(options.initScript);
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => pageErrors.push(String(error)));
  await page.goto(`${origin}${path}`);
  return {
    context,
    page,
    offOrigin,
    requests,
    consoleErrors,
    pageErrors,
    cspViolations: () => page.evaluate(() => window.__cspViolations ?? []),
    close: () => context.close(),
  };
}

/** Waits until the widget matching `selector` has settled in a final state; returns it. */
export async function waitForWidget(
  page,
  selector = 'precis-summary',
  states = ['result', 'short'],
) {
  await page.waitForFunction(
    ({ selector, states }) => states.includes(document.querySelector(selector)?.dataset.state),
    { selector, states },
    { timeout: 30_000 },
  );
  return page.evaluate((s) => document.querySelector(s).dataset.state, selector);
}

/** Summary sentences as shown in the widget's shadow root. */
export function readWidget(page, selector = 'precis-summary') {
  return page.evaluate((s) => {
    const widget = document.querySelector(s);
    const root = widget.shadowRoot;
    const texts = (query) => [...root.querySelectorAll(query)].map((node) => node.textContent);
    return {
      state: widget.dataset.state,
      sentences: texts('ol > li'),
      tags: texts('ul.chips > li'),
      status: root.querySelector('[role="status"]').textContent,
      busy: root.querySelector('section').getAttribute('aria-busy'),
      label: root.querySelector('section').getAttribute('aria-label'),
      error: root.querySelector('[part="error"]').hidden
        ? null
        : root.querySelector('[part="error"]').textContent,
      notice: root.querySelector('[part="notice"]').hidden
        ? null
        : root.querySelector('[part="notice"]').textContent,
    };
  }, selector);
}

/** Off-origin requests, page errors, console errors and CSP violations must all be empty. */
export async function assertClean(assert, opened) {
  assert.deepEqual(opened.offOrigin, [], 'requests left the page origin');
  assert.deepEqual(opened.pageErrors, [], 'uncaught page errors');
  assert.deepEqual(opened.consoleErrors, [], 'console errors');
  assert.deepEqual(await opened.cspViolations(), [], 'CSP violations');
}
