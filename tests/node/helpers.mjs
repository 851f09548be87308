// Shared fixtures for the node:test suites: the two wasm builds (dist/ = release, and
// build/wasm-debug when it exists), the sample articles and the native CLI.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { copyFile, cp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);

export const rootDir = fileURLToPath(new URL('../../', import.meta.url));
export const distDir = join(rootDir, 'dist');
export const debugBuildDir = join(rootDir, 'build', 'wasm-debug');
export const cliPath = join(rootDir, 'build', 'native', 'precis');
export const samplesDir = fileURLToPath(
  new URL('../../../shared/samples/putin-north-korea/', import.meta.url),
);

/** The five sample articles: [{ name, path, text }], sorted by file name. */
export function samples() {
  if (!existsSync(samplesDir)) return [];
  return readdirSync(samplesDir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => {
      const path = join(samplesDir, name);
      return { name, path, text: readFileSync(path, 'utf8') };
    });
}

// Emscripten 3.1.6 can only emit an ES6 module for web/worker; with -sASSERTIONS its factory
// asserts that it is not running in Node. The debug build is therefore instantiated with Node's
// `process` hidden and a `window` stub for the synchronous part of the factory call (the
// environment is sampled there once). The release build has no such check and is loaded exactly
// as an application would load it.
function asBrowser(fn) {
  const processDescriptor = Object.getOwnPropertyDescriptor(globalThis, 'process');
  Object.defineProperty(globalThis, 'process', {
    value: undefined,
    configurable: true,
    writable: true,
  });
  globalThis.window = {};
  try {
    return fn();
  } finally {
    delete globalThis.window;
    Object.defineProperty(globalThis, 'process', processDescriptor);
  }
}

// A private copy of dist/'s JS API next to the debug module, so debug runs the same precis.js.
let debugDir;
async function debugDist() {
  if (debugDir) return debugDir;
  const dir = mkdtempSync(join(tmpdir(), 'precis-debug-'));
  process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
  for (const file of [
    'precis.js',
    'errors.js',
    'data-files.js',
    'wasm-memory.js',
    'language-packs.js',
  ]) {
    await copyFile(join(distDir, file), join(dir, file));
  }
  for (const file of ['precis-core.js', 'precis-core.wasm']) {
    await copyFile(join(debugBuildDir, file), join(dir, file));
  }
  await cp(join(distDir, 'data'), join(dir, 'data'), { recursive: true });
  debugDir = dir;
  return dir;
}

/**
 * The builds to test. Each has `name`, `skip` (false or the reason) and `load()`, which resolves
 * to { Precis, PrecisError, create(), rawModule() }: `create()` makes a Precis instance and
 * `rawModule()` the bare Emscripten module, whose run() returns the core's JSON string unparsed.
 */
export function builds() {
  const distBuilt = existsSync(join(distDir, 'precis.js'));
  const release = {
    name: 'release',
    skip: distBuilt ? false : 'dist/ is not built: run `npm run build`',
    load: () => loadBuild(distDir, false),
  };
  const debugBuilt = existsSync(join(debugBuildDir, 'precis-core.wasm'));
  const debug = {
    name: 'debug',
    skip: !distBuilt
      ? 'dist/ is not built: run `npm run build`'
      : debugBuilt
        ? false
        : 'build/wasm-debug is not built: run `NODE_PATH=/usr/share/nodejs cmake --preset ' +
          'wasm-debug && cmake --build --preset wasm-debug`',
    load: async () => loadBuild(await debugDist(), true),
  };
  return [release, debug];
}

const loaded = new Map();
function loadBuild(dir, debug) {
  if (!loaded.has(dir)) loaded.set(dir, importBuild(dir, debug));
  return loaded.get(dir);
}

async function importBuild(dir, debug) {
  const api = await import(pathToFileURL(join(dir, 'precis.js')).href);
  const { default: createPrecisModule } = await import(
    pathToFileURL(join(dir, 'precis-core.js')).href
  );
  const memory = await import(pathToFileURL(join(dir, 'wasm-memory.js')).href);
  const wasmBinary = readFileSync(join(dir, 'precis-core.wasm'));
  let raw;
  return {
    Precis: api.Precis,
    PrecisError: api.PrecisError,
    create: (options = {}) =>
      debug
        ? asBrowser(() => api.Precis.create({ wasmBinary, ...options }))
        : api.Precis.create(options),
    // The bare module with the language-ID model loaded, as Precis.create() does.
    rawModule: () => {
      raw ??= (
        debug
          ? asBrowser(() => createPrecisModule({ wasmBinary }))
          : createPrecisModule({ wasmBinary })
      ).then((module) => {
        const core = bareCore(module, memory.withBytes);
        const error = core.loadLanguageIdModel(
          readFileSync(join(distDir, 'data', 'langid', 'langid.bin')),
        );
        if (error) throw new Error(`loadLanguageIdModel: ${error}`);
        return core;
      });
      return raw;
    },
  };
}

// The module's bindings with texts and files passed as strings or bytes, each copied into its
// memory for the call (wasm-memory.js, as precis.js does); every result is the core's JSON string.
function bareCore(module, withBytes) {
  const inMemory = (bytes, call) => withBytes(module, bytes, call);
  return {
    run: (verb, text, options) =>
      inMemory(text, (address, length) => module.run(verb, address, length, options)),
    loadLanguageIdModel: (bytes) =>
      inMemory(bytes, (address, length) => module.loadLanguageIdModel(address, length)),
    loadNerModel: (bytes) =>
      inMemory(bytes, (address, length) => module.loadNerModel(address, length)),
    loadLanguagePack: (bytes) =>
      inMemory(bytes, (address, length) => module.loadLanguagePack(address, length)),
    hasLanguage: (code) => module.hasLanguage(code),
    clusterCreate: () => module.clusterCreate(),
    clusterAdd: (handle, article, options) =>
      inMemory(article, (address, length) => module.clusterAdd(handle, address, length, options)),
    clusterDestroy: (handle) => module.clusterDestroy(handle),
  };
}

/** Runs the native CLI; resolves to its stdout (the JSON line, trailing newline included). */
export async function runCli(args, options = {}) {
  const { stdout } = await run(cliPath, args, { maxBuffer: 64 << 20, ...options });
  return stdout;
}

export const cliBuilt = existsSync(cliPath);
