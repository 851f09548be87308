// In-thread JS API over the wasm core: strings go in, the core's JSON comes back parsed, so results
// have exactly the CLI's shape (parity is tested). Offsets are computed in C++; nothing here
// recomputes them.
import createPrecisModule from './precis-core.js';
import { PrecisError } from './errors.js';

export { PrecisError };

const DEFAULT_WASM_URL = new URL('./precis-core.wasm', import.meta.url);

// Node has neither `window` nor a worker scope; there the wasm bytes are read from disk because
// Node 20's fetch breaks Emscripten 3.1.6's loader for file: URLs.
const IS_NODE =
  typeof window === 'undefined' &&
  typeof WorkerGlobalScope === 'undefined' &&
  typeof process === 'object' &&
  typeof process.versions?.node === 'string';

// One instantiation per wasm URL (or per caller-supplied binary), shared by every Precis.
const modulesByUrl = new Map();
const modulesByBinary = new WeakMap();

// Lone surrogates: Emscripten 3.1.6's UTF-8 encoder pairs a lone surrogate with the next code
// unit, which would silently eat a character. U+FFFD is also one UTF-16 unit, so start16/end16
// still index the caller's string, and it matches what Buffer/TextEncoder produce.
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

async function readWasmInNode(url) {
  if (url.protocol !== 'file:') {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`failed to load ${url.href}: HTTP ${response.status}`);
    return new Uint8Array(await response.arrayBuffer());
  }
  const { readFile } = await import('node:fs/promises');
  return readFile(url);
}

async function instantiate(url, wasmBinary) {
  const binary = wasmBinary ?? (IS_NODE ? await readWasmInNode(url) : undefined);
  return createPrecisModule({
    ...(binary ? { wasmBinary: binary } : {}),
    // Browsers: Emscripten fetches (and streams) the .wasm from wherever the caller put it.
    locateFile: (path, prefix) => (path.endsWith('.wasm') ? url.href : prefix + path),
  });
}

function loadModule(url, wasmBinary) {
  const cache = wasmBinary ? modulesByBinary : modulesByUrl;
  const key = wasmBinary ?? url.href;
  let promise = cache.get(key);
  if (!promise) {
    promise = instantiate(url, wasmBinary);
    cache.set(key, promise);
    // A failed load (offline, 404) is not memoized, so a later create() can retry.
    promise.catch(() => cache.delete(key));
  }
  return promise;
}

function abortError() {
  return new DOMException('The operation was aborted.', 'AbortError');
}

function isAbortSignal(value) {
  // Duck-typed so signals from another realm (iframe, vm) are accepted too.
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof value.aborted === 'boolean' &&
    typeof value.addEventListener === 'function'
  );
}

// Splits the caller's options into the JSON the core reads and the AbortSignal; validation of
// option values (types, ranges) is the core's job and comes back as INVALID_OPTIONS.
function splitOptions(method, options) {
  if (options === undefined) return { json: '{}', signal: undefined };
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
  return { json: JSON.stringify(coreOptions), signal };
}

const CONSTRUCT = Symbol('Precis.construct');

export class Precis {
  #module;

  /** @private Use `await Precis.create()`. */
  constructor(token, module) {
    if (token !== CONSTRUCT) throw new TypeError('use Precis.create() to make a Precis');
    this.#module = module;
  }

  /**
   * Loads the wasm module (once per URL or binary) and returns a ready instance.
   * @param {{ wasmUrl?: string | URL, wasmBinary?: ArrayBuffer | ArrayBufferView }} [options]
   */
  static async create(options = {}) {
    if (typeof options !== 'object' || options === null) {
      throw new TypeError('Precis.create: options must be an object or undefined');
    }
    const { wasmUrl, wasmBinary } = options;
    if (wasmBinary !== undefined && !isBinary(wasmBinary)) {
      throw new TypeError('Precis.create: wasmBinary must be an ArrayBuffer or a typed array');
    }
    const module = await loadModule(resolveWasmUrl(wasmUrl), wasmBinary);
    return new Precis(CONSTRUCT, module);
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

  async #run(method, verb, text, options) {
    if (typeof text !== 'string') throw new TypeError(`Precis.${method}: text must be a string`);
    const { json, signal } = splitOptions(method, options);
    if (!this.#module) throw new PrecisError('DESTROYED', 'this Precis instance was destroyed');
    if (signal?.aborted) throw abortError();
    // Yield once so an abort() issued right after the call still wins: the core runs
    // synchronously and cannot be interrupted once started.
    await undefined;
    if (signal?.aborted) throw abortError();
    const module = this.#module;
    if (!module) throw new PrecisError('DESTROYED', 'this Precis instance was destroyed');
    let output;
    try {
      output = module.run(verb, wellFormed(text), json);
    } catch (cause) {
      // Only a wasm trap (out of memory, a core bug) gets here; the core itself never throws.
      throw new PrecisError('INTERNAL', `wasm call failed: ${cause?.message ?? cause}`, { cause });
    }
    const result = JSON.parse(output);
    if (result.error) throw new PrecisError(result.error.code, result.error.message);
    return result;
  }
}
