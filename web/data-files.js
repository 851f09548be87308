// The data files the JS API loads beside the wasm (dist/data/): the language-ID model, the
// language packs and the opt-in NER models, each fetched once and loaded into a module once.
import { PrecisError } from './errors.js';
import { LANGUAGE_PACK_URLS } from './language-packs.js';
import { withBytes } from './wasm-memory.js';

// Written out in full (not derived from the data folder) so bundlers such as Vite see the file
// and emit it, as they do for the wasm.
export const DEFAULT_LANGID_URL = new URL('./data/langid/langid.bin', import.meta.url);

// Node has neither `window` nor a worker scope; there the wasm bytes are read from disk because
// Node 20's fetch breaks Emscripten 3.1.6's loader for file: URLs.
export const IS_NODE =
  typeof window === 'undefined' &&
  typeof WorkerGlobalScope === 'undefined' &&
  typeof process === 'object' &&
  typeof process.versions?.node === 'string';

export async function readBytes(url) {
  if (IS_NODE) return readWasmInNode(url);
  const response = await fetch(url);
  if (!response.ok) throw new Error(`failed to load ${url.href}: HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

// The core's {"error": {code, message}} JSON as a PrecisError.
export function coreError(json) {
  const { code, message } = JSON.parse(json).error;
  return new PrecisError(code, message);
}

// The language-ID model, loaded into each module once, before its first call: a later
// create() on the same module neither fetches nor parses it again.
// `bytes` may be a promise: create() starts the fetch before the wasm is compiled, so the two
// downloads overlap.
export function loadLanguageId(module, bytes) {
  module.precisLanguageId ??= (async () => {
    const error = withBytes(module, await bytes, (address, length) =>
      module.loadLanguageIdModel(address, length),
    );
    if (error) throw coreError(error);
  })();
  return module.precisLanguageId;
}

// The model's bytes, fetched once per URL (a failed fetch is forgotten, so create() can retry).
const languageIdFetches = new Map();
export function fetchLanguageId(url) {
  let fetching = languageIdFetches.get(url.href);
  if (!fetching) {
    fetching = readBytes(url);
    languageIdFetches.set(url.href, fetching);
    fetching.catch(() => languageIdFetches.delete(url.href));
  }
  return fetching;
}

// Language packs (data/lang/<code>.lang): stopwords and abbreviations of every language but
// English, loaded into each module the first time a text in that language comes by. `inlined`
// maps codes to pack bytes or text (the single-file build carries them all).
// Resolves to true when this call made the language newly available (the caller then runs again).
export async function ensureLanguage(module, dataUrl, inlined, lang) {
  if (!lang || lang === 'und' || module.hasLanguage(lang)) return false;
  module.precisLanguages ??= { index: undefined, loads: new Map() };
  const state = module.precisLanguages;
  const own = inlined?.[lang];
  // Beside this module (dataUrl undefined): the static URLs bundlers see. Elsewhere: the
  // folder's index.json says which packs it has.
  let url =
    dataUrl === undefined ? LANGUAGE_PACK_URLS[lang] : new URL(`lang/${lang}.lang`, dataUrl);
  if (own === undefined && dataUrl !== undefined) {
    state.index ??= readBytes(new URL('lang/index.json', dataUrl))
      .then((bytes) => new Set(JSON.parse(new TextDecoder().decode(bytes)).languages))
      .catch(() => new Set()); // no packs shipped: neutral rules for other languages
    if (!(await state.index).has(lang)) url = undefined;
  }
  if (own === undefined && url === undefined) return false;
  let load = state.loads.get(lang);
  if (!load) {
    const bytes = own === undefined ? readBytes(url) : Promise.resolve(own);
    load = bytes.then((b) => {
      const error = withBytes(module, b, (address, length) =>
        module.loadLanguagePack(address, length),
      );
      if (error) throw coreError(error);
    });
    state.loads.set(lang, load);
  }
  try {
    await load;
    return true;
  } catch {
    // Offline or missing: this call runs with neutral rules, and the next one tries again.
    state.loads.delete(lang);
    return false;
  }
}

function nerState(module, dataUrl) {
  module.precisNer ??= { index: undefined, loads: new Map(), loaded: new Set() };
  const state = module.precisNer;
  state.index ??= readBytes(new URL('ner/index.json', dataUrl))
    .then((bytes) => new Set(JSON.parse(new TextDecoder().decode(bytes)).languages))
    .catch(() => new Set()); // no models shipped: the rules tag
  return state;
}

// Makes sure the model for `lang` is in the module when one exists and the caller allowed it.
// Resolves to true when this call made it newly available.
export async function ensureNerModel(module, dataUrl, allowed, lang) {
  if (allowed !== true && !allowed.includes(lang)) return false;
  const state = nerState(module, dataUrl);
  if (state.loaded.has(lang) || !(await state.index).has(lang)) return false;
  let load = state.loads.get(lang);
  if (!load) {
    load = readBytes(new URL(`ner/${lang}.ner`, dataUrl)).then((bytes) => {
      const error = withBytes(module, bytes, (address, length) =>
        module.loadNerModel(address, length),
      );
      if (error) throw coreError(error);
    });
    state.loads.set(lang, load);
    load.catch(() => state.loads.delete(lang));
  }
  await load;
  state.loaded.add(lang);
  return true;
}

export async function readWasmInNode(url) {
  if (url.protocol !== 'file:') {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`failed to load ${url.href}: HTTP ${response.status}`);
    return new Uint8Array(await response.arrayBuffer());
  }
  const { readFile } = await import('node:fs/promises');
  return readFile(url);
}
