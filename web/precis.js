// In-thread JS API over the wasm core: strings go in, the core's JSON comes back parsed, so results
// have exactly the CLI's shape (parity is tested). Offsets are computed in C++; nothing here
// recomputes them.
import createPrecisModule from './precis-core.js';
import {
  IS_NODE,
  ensureLanguage,
  ensureNerModel,
  fetchLanguageId,
  DEFAULT_LANGID_URL,
  loadLanguageId,
  readWasmInNode,
} from './data-files.js';
import { PrecisError, abortError, isAbortSignal } from './errors.js';
import { utf8, withBytes } from './wasm-memory.js';

export { PrecisError };

const DEFAULT_WASM_URL = new URL('./precis-core.wasm', import.meta.url);

// One instantiation per wasm URL (or per caller-supplied binary or compiled module), shared by
// every Precis.
const modulesByUrl = new Map();
const modulesByBinary = new WeakMap();

// Lone surrogates in strings that reach the core inside JSON (options, a story's articles):
// JSON.stringify escapes them (\uD800), which decodes to no valid UTF-8. They become U+FFFD, as
// TextEncoder makes them in texts (web/wasm-memory.js): one UTF-16 unit, so start16/end16 still
// index the caller's string.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function wellFormed(s) {
  if (typeof s.isWellFormed === 'function') return s.isWellFormed() ? s : s.toWellFormed();
  return s.replace(LONE_SURROGATE, '\uFFFD');
}

function resolveWasmUrl(wasmUrl) {
  if (wasmUrl === undefined) return DEFAULT_WASM_URL;
  if (typeof wasmUrl !== 'string' && !(wasmUrl instanceof URL)) {
    throw new TypeError('Precis.create: wasmUrl must be a string or a URL');
  }
  // Like fetch(): relative to the page or worker; elsewhere (Node) relative to this module.
  return new URL(wasmUrl, globalThis.location?.href ?? import.meta.url);
}

function isBinary(value) {
  return value instanceof ArrayBuffer || ArrayBuffer.isView(value);
}

// The opt-in statistical NER models (dist/data/ner/<code>.ner; research / non-commercial terms:
// dist/data/ner/LICENSE.md). Loaded into a module once per language, on first need.
const NER_VERBS = new Set(['tag', 'analyze', 'story']);

// The core tells the language from a text's first 1,536 bytes (kLanguageIdSampleBytes). A text
// that cannot exceed maxInputBytes (a UTF-16 unit is at most 3 UTF-8 bytes) goes to `lang` as its
// first 2,048 units, which always hold those bytes: a long article is not encoded and copied for
// bytes the core never reads. A longer text goes whole, so the core still reports it too large.
const LANGUAGE_SAMPLE_UNITS = 2048;
const DEFAULT_MAX_INPUT_BYTES = 16 * 1024 * 1024;

function languageSample(text, maxInputBytes = DEFAULT_MAX_INPUT_BYTES) {
  const fits = typeof maxInputBytes === 'number' && text.length * 3 <= maxInputBytes;
  return fits ? text.slice(0, LANGUAGE_SAMPLE_UNITS) : text;
}

// `compiled` (a WebAssembly.Module) is instantiated as is; otherwise the bytes are compiled.
async function instantiate(url, wasmBinary, compiled) {
  if (compiled) {
    return createPrecisModule({
      instantiateWasm: (imports, receive) => {
        WebAssembly.instantiate(compiled, imports).then((instance) => receive(instance, compiled));
        return {};
      },
    });
  }
  const binary = wasmBinary ?? (IS_NODE ? await readWasmInNode(url) : undefined);
  return createPrecisModule({
    ...(binary ? { wasmBinary: binary } : {}),
    // Browsers: Emscripten fetches (and streams) the .wasm from wherever the caller put it.
    locateFile: (path, prefix) => (path.endsWith('.wasm') ? url.href : prefix + path),
  });
}

function loadModule(url, wasmBinary, compiled) {
  const given = compiled ?? wasmBinary;
  const cache = given ? modulesByBinary : modulesByUrl;
  const key = given ?? url.href;
  let promise = cache.get(key);
  if (!promise) {
    promise = instantiate(url, wasmBinary, compiled);
    cache.set(key, promise);
    // A failed load (offline, 404) is not memoized, so a later create() can retry.
    promise.catch(() => cache.delete(key));
  }
  return promise;
}

// Splits the caller's options into the JSON the core reads and the AbortSignal; validation of
// option values (types, ranges) is the core's job and comes back as INVALID_OPTIONS.
function splitOptions(method, options) {
  if (options === undefined) return { coreOptions: {}, signal: undefined };
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new TypeError(`Precis.${method}: options must be an object or undefined`);
  }
  const { signal, ...coreOptions } = options;
  if (signal !== undefined && !isAbortSignal(signal)) {
    throw new TypeError(`Precis.${method}: options.signal must be an AbortSignal`);
  }
  for (const [key, value] of Object.entries(coreOptions)) {
    if (typeof value === 'string') coreOptions[key] = wellFormed(value);
  }
  return { coreOptions, signal };
}

// A story's articles as the core reads them: strings, or {id?, title?, text, source?, lang?}.
function storyDocs(method, articles) {
  if (!Array.isArray(articles)) {
    throw new TypeError(`Precis.${method}: articles must be an array`);
  }
  return articles.map((article, i) => {
    if (typeof article === 'string') return { text: wellFormed(article) };
    if (typeof article !== 'object' || article === null || typeof article.text !== 'string') {
      throw new TypeError(`Precis.${method}: article ${i} must be a string or have a string text`);
    }
    const doc = { text: wellFormed(article.text) };
    for (const key of ['title', 'source', 'lang']) {
      if (article[key] === undefined || article[key] === null) continue;
      if (typeof article[key] !== 'string') {
        throw new TypeError(`Precis.${method}: article ${i}'s ${key} must be a string`);
      }
      doc[key] = wellFormed(article[key]);
    }
    if (article.id !== undefined) doc.id = article.id;
    return doc;
  });
}

const CONSTRUCT = Symbol('Precis.construct');
const clusterHandles = new FinalizationRegistry(({ module, handle }) => {
  module.clusterDestroy(handle);
});

/** A feed being grouped into stories: add articles one at a time, read the stories any time. */
export class StoryClusterer {
  #module;
  #handle;
  #options;

  /** @private Use `precis.createClusterer()`. */
  #prepare;

  constructor(token, module, options, prepare) {
    if (token !== CONSTRUCT) throw new TypeError('use precis.createClusterer()');
    this.#module = module;
    this.#prepare = prepare;
    this.#handle = module.clusterCreate();
    this.#options = JSON.stringify(options);
    clusterHandles.register(this, { module, handle: this.#handle }, this);
  }

  /** Adds one article; resolves to `{ id, cluster }`, the story it joins for now. */
  async add(article) {
    const [doc] = storyDocs('StoryClusterer.add', [article]);
    await this.#prepare(doc);
    return this.#call(() =>
      withBytes(this.#module, JSON.stringify(doc), (address, length) =>
        this.#module.clusterAdd(this.#handle, address, length, this.#options),
      ),
    );
  }

  /** The stories so far: `{ articles, clusters: [{ label, ids, articles }] }`. */
  async clusters() {
    return this.#call(() => this.#module.clusterResult(this.#handle));
  }

  /** Frees the clusterer's memory in the module; later calls reject with 'DESTROYED'. */
  destroy() {
    if (!this.#module) return;
    this.#module.clusterDestroy(this.#handle);
    clusterHandles.unregister(this);
    this.#module = undefined;
  }

  async #call(body) {
    await undefined;
    if (!this.#module) throw new PrecisError('DESTROYED', 'this clusterer was destroyed');
    const result = JSON.parse(body());
    if (result.error) throw new PrecisError(result.error.code, result.error.message);
    return result;
  }
}

export class Precis {
  #module;
  #ner;
  #dataUrl;
  #packsUrl; // undefined: the packs beside this module (static URLs bundlers see)
  #languagePacks;

  /** @private Use `await Precis.create()`. */
  constructor(token, module, ner, dataUrl, languagePacks, customData) {
    if (token !== CONSTRUCT) throw new TypeError('use Precis.create() to make a Precis');
    this.#module = module;
    this.#ner = ner;
    this.#dataUrl = dataUrl;
    this.#packsUrl = customData ? dataUrl : undefined;
    this.#languagePacks = languagePacks;
  }

  /**
   * Loads the wasm module (once per URL or binary) and returns a ready instance.
   * @param {{ wasmUrl?: string | URL, wasmBinary?: ArrayBuffer | ArrayBufferView,
   *   wasmModule?: WebAssembly.Module }} [options]
   */
  static async create(options = {}) {
    if (typeof options !== 'object' || options === null) {
      throw new TypeError('Precis.create: options must be an object or undefined');
    }
    const { wasmUrl, wasmBinary, wasmModule, ner = false, dataUrl } = options;
    const { languageIdModel, languagePacks } = options;
    if (
      languagePacks !== undefined &&
      (typeof languagePacks !== 'object' || languagePacks === null || Array.isArray(languagePacks))
    ) {
      throw new TypeError('Precis.create: languagePacks must be an object of code -> pack');
    }
    const nerOk =
      typeof ner === 'boolean' || (Array.isArray(ner) && ner.every((l) => typeof l === 'string'));
    if (!nerOk)
      throw new TypeError('Precis.create: ner must be a boolean or an array of language codes');
    if (wasmBinary !== undefined && !isBinary(wasmBinary)) {
      throw new TypeError('Precis.create: wasmBinary must be an ArrayBuffer or a typed array');
    }
    if (wasmModule !== undefined && !(wasmModule instanceof WebAssembly.Module)) {
      throw new TypeError('Precis.create: wasmModule must be a WebAssembly.Module');
    }
    if (languageIdModel !== undefined && !isBinary(languageIdModel)) {
      throw new TypeError('Precis.create: languageIdModel must be an ArrayBuffer or a typed array');
    }
    const data =
      dataUrl === undefined ? new URL('./data/', import.meta.url) : resolveWasmUrl(dataUrl);
    const languageId =
      languageIdModel ??
      fetchLanguageId(
        dataUrl === undefined ? DEFAULT_LANGID_URL : new URL('langid/langid.bin', data),
      );
    languageId.catch?.(() => {}); // reported below, once the module is there
    const module = await loadModule(resolveWasmUrl(wasmUrl), wasmBinary, wasmModule);
    try {
      await loadLanguageId(module, languageId);
    } catch (cause) {
      module.precisLanguageId = undefined; // the next create() retries
      if (cause instanceof PrecisError) throw cause;
      const message = `cannot load the language-ID model: ${cause?.message ?? cause}`;
      throw new PrecisError('INTERNAL', message, { cause });
    }
    return new Precis(CONSTRUCT, module, ner, data, languagePacks, dataUrl !== undefined);
  }

  summarize(text, options) {
    return this.#run('summarize', 'summarize', text, options);
  }

  tag(text, options) {
    return this.#run('tag', 'tag', text, options);
  }

  analyze(text, options) {
    return this.#run('analyze', 'analyze', text, options);
  }

  detectLanguage(text, options) {
    return this.#run('detectLanguage', 'lang', text, options);
  }

  /**
   * One digest of several articles about one event: sentences with the articles that support
   * them, entities merged across articles and languages, key phrases of the whole story.
   */
  async story(articles, options) {
    const docs = storyDocs('story', articles);
    return this.#run('story', 'story', JSON.stringify({ docs }), options);
  }

  /** A clusterer for a feed of articles (options as for `analyze`, e.g. `lang`). */
  createClusterer(options) {
    const { coreOptions } = splitOptions('createClusterer', options);
    if (!this.#module) throw new PrecisError('DESTROYED', 'this Precis instance was destroyed');
    const clusterOptions = { ...coreOptions, ner: false };
    return new StoryClusterer(CONSTRUCT, this.#module, clusterOptions, (doc) =>
      this.#prepareLanguage(doc, clusterOptions),
    );
  }

  /** Releases this instance; later calls reject with PrecisError 'DESTROYED'. */
  destroy() {
    this.#module = undefined;
  }

  /**
   * @internal Bytes of wasm linear memory, for leak tests; not part of the public API.
   * @returns {number | undefined}
   */
  get _heapBytes() {
    return this.#module?.HEAP8.buffer.byteLength;
  }

  // The language the core will use for `doc`: the one given, else the detected one.
  #languageOf(module, doc, coreOptions) {
    const given = doc.lang ?? coreOptions.lang;
    if (typeof given === 'string' && given !== 'auto') return given.split(/[-_]/)[0].toLowerCase();
    const json = withBytes(module, languageSample(doc.text), (text, length) =>
      module.run('lang', text, length, '{}'),
    );
    return JSON.parse(json).lang;
  }

  // Loads the language pack for one article before a clusterer reads it.
  async #prepareLanguage(article, coreOptions) {
    const module = this.#module;
    if (!module) return;
    const lang = this.#languageOf(module, article, coreOptions);
    await ensureLanguage(module, this.#packsUrl, this.#languagePacks, lang);
  }

  async #run(method, verb, text, options) {
    if (typeof text !== 'string') throw new TypeError(`Precis.${method}: text must be a string`);
    const { coreOptions, signal } = splitOptions(method, options);
    if (!this.#module) throw new PrecisError('DESTROYED', 'this Precis instance was destroyed');
    if (signal?.aborted) throw abortError();
    // Yield once so an abort() issued right after the call still wins: the core runs
    // synchronously and cannot be interrupted once started.
    await undefined;
    if (signal?.aborted) throw abortError();
    const module = this.#module;
    if (!module) throw new PrecisError('DESTROYED', 'this Precis instance was destroyed');
    // The module may hold models another instance loaded; this one uses them only if it opted in.
    const useNer = this.#ner !== false && NER_VERBS.has(verb);
    const json = JSON.stringify(
      NER_VERBS.has(verb) ? { ...coreOptions, ner: useNer } : coreOptions,
    );
    const bytes = utf8(verb === 'lang' ? languageSample(text, coreOptions.maxInputBytes) : text);
    const run = () => {
      try {
        return JSON.parse(
          withBytes(module, bytes, (address, length) => module.run(verb, address, length, json)),
        );
      } catch (cause) {
        if (cause instanceof PrecisError) throw cause; // no room for the text
        // Only a wasm trap (out of memory, a core bug) gets here; the core never throws.
        throw new PrecisError('INTERNAL', `wasm call failed: ${cause?.message ?? cause}`, {
          cause,
        });
      }
    };
    let result = run();
    // The result names each text's language. The first text in a language whose pack (or,
    // when opted in, NER model) is not loaded yet loads it and runs again; later ones run once.
    if (verb !== 'lang' && !result.error) {
      const langs = verb === 'story' ? result.articles.map((a) => a.lang) : [result.lang];
      let loaded = false;
      for (const lang of new Set(langs.filter(Boolean))) {
        loaded =
          (await ensureLanguage(module, this.#packsUrl, this.#languagePacks, lang)) || loaded;
        if (useNer)
          loaded = (await ensureNerModel(module, this.#dataUrl, this.#ner, lang)) || loaded;
      }
      if (loaded) {
        if (signal?.aborted) throw abortError();
        if (this.#module !== module)
          throw new PrecisError('DESTROYED', 'this Precis instance was destroyed');
        result = run();
      }
    }
    if (result.error) throw new PrecisError(result.error.code, result.error.message);
    return result;
  }
}
