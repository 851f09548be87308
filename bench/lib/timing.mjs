// Per-call timing for bench/speed.mjs: one call per text, each text timed once, median reported.
import { performance } from 'node:perf_hooks';

export const median = (xs) => {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/**
 * Times `fn(text)` once on each of `texts` after `warm` warm-up calls (on other texts, so no
 * timed text has been seen). Stops early once `budgetMs` is spent and at least 3 calls are
 * done (the slow peers on 10,000-word texts). Returns { ms: per-call times, median }.
 */
export async function timeCalls(fn, texts, warm = [], budgetMs = 20000) {
  for (const t of warm) await fn(t);
  const ms = [];
  const start = performance.now();
  for (const t of texts) {
    const t0 = performance.now();
    const r = fn(t);
    if (r && typeof r.then === 'function') await r;
    ms.push(performance.now() - t0);
    if (ms.length >= 3 && performance.now() - start > budgetMs) break;
  }
  return { ms, median: median(ms) };
}
