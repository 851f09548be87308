// Main-thread client of web/worker.js, with the same promise API as the in-thread Precis
// (summarize, tag, analyze, detectLanguage; options.signal aborts). Errors come back as plain
// { code, name, message } and are rebuilt here as PrecisError, TypeError or AbortError.
import { PrecisError, abortError, isAbortSignal } from './errors.js';

export { PrecisError };

function rebuildError(error) {
  if (error.name === 'TypeError') return new TypeError(error.message);
  if (error.name === 'AbortError') return abortError();
  return new PrecisError(error.code, error.message);
}

function spawn(workerUrl) {
  // Written out literally so bundlers (Vite, webpack 5) see and bundle the worker.
  if (workerUrl === undefined) {
    return new Worker(new URL('./worker.js', import.meta.url), { type: 'module' });
  }
  return new Worker(workerUrl, { type: 'module' });
}

// Beside this module, as the worker's own defaults are beside it (web/precis.js,
// web/data-files.js); written out so bundlers see and emit both files.
const DEFAULT_WASM_URL = new URL('./precis-core.wasm', import.meta.url);
const DEFAULT_LANGID_URL = new URL('./data/langid/langid.bin', import.meta.url);

// What the worker needs before its first call, loaded here while the worker starts (its script
// is fetched and run first): the wasm, fetched and compiled on the browser's background threads
// (from V8's code cache on a warm load), and the language-ID model's bytes. A cold start is
// ~15 ms shorter (bench/RESULTS.md, "Start-up"). Whatever fails here (a CSP without
// 'wasm-unsafe-eval', a server without the wasm MIME type, offline) is left to the worker, which
// then loads it itself.
async function preload(wasmUrl) {
  const compile =
    typeof WebAssembly.compileStreaming === 'function'
      ? WebAssembly.compileStreaming(fetch(wasmUrl)).catch(() => undefined)
      : undefined;
  const model = fetch(DEFAULT_LANGID_URL)
    .then((response) => (response.ok ? response.arrayBuffer() : undefined))
    .catch(() => undefined);
  const [wasmModule, languageIdModel] = await Promise.all([compile, model]);
  return { wasmModule, languageIdModel };
}

const CONSTRUCT = Symbol('PrecisWorker.construct');
// Messages whose payload is not an article's text (init, a story's article array, clusterers).
const NON_TEXT = new Set([
  'init',
  'story',
  'clusterCreate',
  'clusterAdd',
  'clusters',
  'clusterDestroy',
]);

export class PrecisWorker {
  #worker;
  #wasmUrl;
  #nextId = 1;
  #pending = new Map();
  #failure;

  /** @private Use `await PrecisWorker.create()`. */
  constructor(token, worker, wasmUrl) {
    if (token !== CONSTRUCT)
      throw new TypeError('use PrecisWorker.create() to make a PrecisWorker');
    this.#worker = worker;
    this.#wasmUrl = wasmUrl;
    worker.addEventListener('message', (event) => this.#receive(event.data));
    // A worker script that fails to load or throws at the top level fails every call.
    worker.addEventListener('error', (event) => {
      event.preventDefault?.();
      this.#fail(new PrecisError('ENGINE_LOAD_FAILED', 'the Précis worker failed to start'));
    });
  }

  /**
   * Starts a worker and loads the wasm in it. Resolves once the engine is ready.
   * @param {{ workerUrl?: string | URL, wasmUrl?: string | URL }} [options]
   */
  static async create(options = {}) {
    if (typeof options !== 'object' || options === null) {
      throw new TypeError('PrecisWorker.create: options must be an object or undefined');
    }
    const { workerUrl, wasmUrl } = options;
    // The worker resolves URLs against its own location; resolve against the page here.
    const absoluteWasm =
      wasmUrl === undefined ? undefined : new URL(wasmUrl, globalThis.location?.href).href;
    const preloading = preload(absoluteWasm ?? DEFAULT_WASM_URL.href);
    const client = new PrecisWorker(CONSTRUCT, spawn(workerUrl), absoluteWasm);
    try {
      await client.#call('init', await preloading, undefined);
    } catch (error) {
      client.destroy();
      throw error;
    }
    return client;
  }

  summarize(text, options) {
    return this.#call('summarize', text, options);
  }

  tag(text, options) {
    return this.#call('tag', text, options);
  }

  analyze(text, options) {
    return this.#call('analyze', text, options);
  }

  detectLanguage(text, options) {
    return this.#call('detectLanguage', text, options);
  }

  /** One digest of several articles (see Precis.story), computed in the worker. */
  story(articles, options) {
    if (!Array.isArray(articles))
      throw new TypeError('PrecisWorker.story: articles must be an array');
    return this.#call('story', articles, options);
  }

  /** A clusterer living in the worker: add(article), clusters(), destroy(), as Precis's. */
  async createClusterer(options) {
    const id = await this.#call('clusterCreate', undefined, options);
    const call = (type, text) => this.#call(type, text, undefined);
    let destroyed = false;
    const alive = () => {
      if (destroyed) throw new PrecisError('DESTROYED', 'this clusterer was destroyed');
    };
    return {
      add: async (article) => (alive(), call('clusterAdd', { clusterer: id, article })),
      clusters: async () => (alive(), call('clusters', id)),
      destroy: () => {
        if (destroyed) return;
        destroyed = true;
        call('clusterDestroy', id).catch(() => {});
      },
    };
  }

  /** Terminates the worker; pending and later calls reject with PrecisError 'DESTROYED'. */
  destroy() {
    this.#fail(new PrecisError('DESTROYED', 'this PrecisWorker was destroyed'));
    this.#worker?.terminate();
    this.#worker = undefined;
  }

  #fail(error) {
    this.#failure ??= error;
    for (const { reject } of this.#pending.values()) reject(error);
    this.#pending.clear();
  }

  #receive(message) {
    if (typeof message !== 'object' || message === null) return;
    const entry = this.#pending.get(message.id);
    if (!entry) return;
    this.#pending.delete(message.id);
    if (message.ok) entry.resolve(message.result);
    else entry.reject(rebuildError(message.error ?? {}));
  }

  async #call(type, text, options) {
    if (!NON_TEXT.has(type)) {
      if (typeof text !== 'string')
        throw new TypeError(`PrecisWorker.${type}: text must be a string`);
      if (
        options !== undefined &&
        (typeof options !== 'object' || options === null || Array.isArray(options))
      ) {
        throw new TypeError(`PrecisWorker.${type}: options must be an object or undefined`);
      }
    }
    const { signal, ...coreOptions } = options ?? {};
    if (signal !== undefined && !isAbortSignal(signal)) {
      throw new TypeError(`PrecisWorker.${type}: options.signal must be an AbortSignal`);
    }
    if (this.#failure) throw this.#failure;
    if (signal?.aborted) throw abortError();
    const id = this.#nextId++;
    return new Promise((resolve, reject) => {
      const onAbort = () => {
        if (!this.#pending.delete(id)) return;
        // The worker skips the call if it has not started it yet; a running call's result is
        // dropped when it arrives.
        this.#worker?.postMessage({ id, type: 'cancel' });
        reject(abortError());
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      const settle = (fn) => (value) => {
        signal?.removeEventListener('abort', onAbort);
        fn(value);
      };
      this.#pending.set(id, { resolve: settle(resolve), reject: settle(reject) });
      this.#worker.postMessage({ id, type, text, options: coreOptions, wasmUrl: this.#wasmUrl });
    });
  }
}

let shared;

/**
 * The page's one shared worker, started on first use (every <precis-summary> uses it). Options
 * only matter on the first call. A failed start is not memoized, so a later call can retry.
 * @param {{ workerUrl?: string | URL, wasmUrl?: string | URL }} [options]
 */
export function sharedPrecisWorker(options) {
  if (!shared) {
    shared = PrecisWorker.create(options);
    shared.catch(() => {
      shared = undefined;
    });
  }
  return shared;
}
