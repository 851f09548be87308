// Shared set-up for the browser tests: Debian Chromium through playwright-core, the demo served
// from dist/ by tools/serve.mjs on 127.0.0.1, and every other request aborted (proves offline).
import { existsSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CHROMIUM_PATH = '/usr/bin/chromium';
export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
// PRECIS_DIST points the tests at another build of dist/ (for example a scratch copy).
export const DIST_ROOT = process.env.PRECIS_DIST ?? join(REPO_ROOT, 'dist');
export const UPDATE_SCREENSHOTS = process.env.UPDATE_SCREENSHOTS === '1';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** The skip reason for node:test, or false when the browser tests can run. */
export const SKIP_REASON = existsSync(CHROMIUM_PATH)
  ? false
  : `Chromium not found at ${CHROMIUM_PATH}: browser tests skipped (apt-get install chromium)`;

export const DESKTOP = { width: 1280, height: 900 };
export const MOBILE = { width: 390, height: 844 };

let screenshotDir;
/** A fresh temporary directory for this run's screenshots (never inside the repo). */
export function screenshotDirectory() {
  screenshotDir ??= mkdtempSync(join(tmpdir(), 'precis-screenshots-'));
  return screenshotDir;
}

export async function launchBrowser() {
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

// Runs in the page before any of its scripts: records CSP violations where the test can read them.
function recordCspViolations() {
  window.__cspViolations = [];
  document.addEventListener(
    'securitypolicyviolation',
    (event) => {
      window.__cspViolations.push({
        directive: event.violatedDirective,
        blocked: event.blockedURI,
        source: event.sourceFile,
        line: event.lineNumber,
      });
    },
    true,
  );
}

/**
 * Opens the demo in a fresh context.
 * @param {import('playwright-core').Browser} browser
 * @param {string} origin e.g. http://127.0.0.1:41234
 * @param {{viewport?: {width: number, height: number}, colorScheme?: 'light'|'dark',
 *   reducedMotion?: 'reduce'|'no-preference', route?: (context) => Promise<void>,
 *   waitForEngine?: boolean}} [options]
 */
export async function openDemo(browser, origin, options = {}) {
  const context = await browser.newContext({
    viewport: options.viewport ?? DESKTOP,
    colorScheme: options.colorScheme ?? 'light',
    reducedMotion: options.reducedMotion ?? 'reduce',
    deviceScaleFactor: 1,
  });
  const offOrigin = [];
  const consoleErrors = [];
  const pageErrors = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (new URL(url).origin === origin) return route.fallback();
    offOrigin.push(url);
    return route.abort('blockedbyclient');
  });
  if (options.route) await options.route(context);
  await context.addInitScript(recordCspViolations);
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => pageErrors.push(String(error)));
  await page.goto(`${origin}/demo/`);
  if (options.waitForEngine !== false) await waitForEngine(page);
  return {
    context,
    page,
    offOrigin,
    consoleErrors,
    pageErrors,
    cspViolations: () => page.evaluate(() => window.__cspViolations ?? []),
    close: () => context.close(),
  };
}

export async function waitForEngine(page) {
  await page.waitForSelector('html[data-engine="ready"]', { timeout: 30_000 });
}

/** Waits until a run newer than `previousRun` has been rendered and the results are idle. */
export async function waitForRun(page, previousRun) {
  await page.waitForFunction(
    (previous) => {
      const results = document.getElementById('results');
      return (
        Number(results.dataset.run ?? 0) > previous && results.getAttribute('aria-busy') === 'false'
      );
    },
    previousRun,
    { timeout: 30_000 },
  );
}

export async function currentRun(page) {
  return page.evaluate(() => Number(document.getElementById('results').dataset.run ?? 0));
}

/** Clicks a sample button and waits until its own result is rendered. Returns its text. */
export async function pickSample(page, file) {
  const before = await currentRun(page);
  const text = await page.evaluate(async (name) => (await fetch(`samples/${name}`)).text(), file);
  await page.click(`#sample-list button[data-file="${file}"]`);
  await waitForRun(page, before);
  // A run started earlier (say by a length change) may land first: wait for this text's run.
  await page.waitForFunction(
    (expected) =>
      document.getElementById('article-view').textContent === expected &&
      document.getElementById('results').getAttribute('aria-busy') === 'false',
    text,
    { timeout: 30_000 },
  );
  return text;
}

/** Summary sentences and article marks, as {index, text} in document order. */
export async function readHighlights(page) {
  return page.evaluate(() => ({
    summary: [...document.querySelectorAll('#summary-list .summary-link')].map((link) => ({
      index: link.dataset.index,
      text: link.textContent,
    })),
    marks: [...document.querySelectorAll('#article-view mark')].map((mark) => ({
      index: mark.dataset.index,
      text: mark.textContent,
    })),
  }));
}
