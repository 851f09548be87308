// In-page half of bench/speed.mjs: the in-thread API on dist/, timed per call like in Node.
import { Precis } from '../precis.js';

const METHOD = { summarize: 'summarize', tag: 'tag', analyze: 'analyze', lang: 'detectLanguage' };
const ready = Precis.create();

// Per-call ms of `verb` on each of `texts`, after warm-up calls on `warm`.
window.timeVerb = async (verb, texts, warm, budgetMs) => {
  const precis = await ready;
  const method = METHOD[verb];
  for (const t of warm) await precis[method](t);
  const ms = [];
  const start = performance.now();
  for (const t of texts) {
    const t0 = performance.now();
    await precis[method](t);
    ms.push(performance.now() - t0);
    if (ms.length >= 3 && performance.now() - start > budgetMs) break;
  }
  return ms;
};
window.benchReady = ready.then(() => true);
