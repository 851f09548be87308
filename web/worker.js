// The Précis Web Worker: runs the wasm core off the main thread so a page never janks while an
// article is summarized. Protocol (STYLE.md, "JS API"):
//   in:  { id, type: 'init', wasmUrl?, text?: { wasmModule?, languageIdModel? } }
//        | { id, type: 'summarize'|'tag'|'analyze'|'detectLanguage',
//          text, options } | { id, type: 'story', text: articles, options }
//        | { id, type: 'clusterCreate', options } -> a clusterer id
//        | { id, type: 'clusterAdd', text: { clusterer, article } }
//        | { id, type: 'clusters' | 'clusterDestroy', text: clusterer } | { id, type: 'cancel' }
//   out: { id, ok: true, result } | { id, ok: false, error: { code, message, name? } }
// Calls run one at a time in arrival order (the core is synchronous), so a 'cancel' that arrives
// before its call starts drops the call without running it.
import { Precis } from './precis.js';

const METHODS = new Set(['summarize', 'tag', 'analyze', 'detectLanguage', 'story']);
const clusterers = new Map();
let nextClusterer = 1;

function clusterer(id) {
  const found = clusterers.get(id);
  if (!found) throw Object.assign(new Error('this clusterer was destroyed'), { code: 'DESTROYED' });
  return found;
}

// The clusterer messages: the StoryClusterer objects live here, the page holds their ids.
async function clusterMessage(precis, { type, text, options }) {
  if (type === 'clusterCreate') {
    clusterers.set(nextClusterer, precis.createClusterer(options));
    return nextClusterer++;
  }
  if (type === 'clusterAdd') return clusterer(text?.clusterer).add(text?.article);
  if (type === 'clusters') return clusterer(text).clusters();
  if (type === 'clusterDestroy') {
    clusterers.get(text)?.destroy();
    clusterers.delete(text);
    return null;
  }
  throw new TypeError(`precis worker: unknown message type ${type}`);
}

let enginePromise;
const cancelled = new Set();
let queue = Promise.resolve();

// `preloaded`: the compiled wasm and the language-ID model's bytes, when the page had them ready
// (web/worker-client.js); the engine loads whatever is missing itself.
function engine(wasmUrl, preloaded) {
  const { wasmModule, languageIdModel } = preloaded ?? {};
  enginePromise ??= Precis.create({
    ...(wasmUrl ? { wasmUrl } : {}),
    ...(wasmModule ? { wasmModule } : {}),
    ...(languageIdModel ? { languageIdModel } : {}),
  });
  // A failed load (offline, 404) is retried by the next call instead of failing forever.
  enginePromise.catch(() => {
    enginePromise = undefined;
  });
  return enginePromise;
}

// Structured clone keeps Error subclasses only partly; send plain fields and let the client
// rebuild PrecisError / TypeError / AbortError.
function serializeError(error) {
  return {
    code: typeof error?.code === 'string' ? error.code : 'INTERNAL',
    name: typeof error?.name === 'string' ? error.name : 'Error',
    message: String(error?.message ?? error),
  };
}

async function handle(message) {
  const { id, type } = message;
  if (cancelled.delete(id)) return;
  try {
    if (type === 'init') {
      await engine(message.wasmUrl, message.text);
      self.postMessage({ id, ok: true, result: null });
      return;
    }
    const precis = await engine(message.wasmUrl);
    const result = METHODS.has(type)
      ? await precis[type](message.text, message.options)
      : await clusterMessage(precis, message);
    self.postMessage({ id, ok: true, result });
  } catch (error) {
    self.postMessage({ id, ok: false, error: serializeError(error) });
  }
}

self.addEventListener('message', (event) => {
  const message = event.data;
  if (typeof message !== 'object' || message === null) return;
  if (message.type === 'cancel') {
    cancelled.add(message.id);
    return;
  }
  queue = queue.then(() => handle(message));
});
