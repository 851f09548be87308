// In-page half of bench/speed.mjs: the in-thread API on dist/, timed per call like in Node.
import { Precis } from '../precis.js';

const METHOD = { summarize: 'summarize', tag: 'tag', analyze: 'analyze', lang: 'detectLanguage' };
const ready = Precis.create();

// Per-call ms of `verb` on each of `texts`, after warm-up calls on `warm`.
window.timeVerb = async (verb, texts, warm, budgetMs) => {
  const precis = await ready;
  // A story call's input is its request JSON (bench/speed.mjs): the articles go in as an array.
  const call =
    verb === 'story' ? (t) => precis.story(JSON.parse(t).docs) : (t) => precis[METHOD[verb]](t);
  for (const t of warm) await call(t);
  const ms = [];
  const start = performance.now();
  for (const t of texts) {
    const t0 = performance.now();
    await call(t);
    ms.push(performance.now() - t0);
    if (ms.length >= 3 && performance.now() - start > budgetMs) break;
  }
  return ms;
};
window.benchReady = ready.then(() => true);
