// Summarizer and LanguageDetector (the browser's Writing Assistance / Language Detector APIs),
// backed by Précis in the page's shared Web Worker. Importing this module installs them where
// needed: where the browser has no native API, and where the native one answers 'unavailable'
// or fails to create a session (Chromium exposes both on localhost and https pages even when its
// on-device model is missing). `install({ force })` re-installs with other choices.
//
// Précis is extractive: a summary is sentences of the input in the input's language, sized by the
// spec's table (key-points 3/5/7 bullets, tldr and teaser 1/3/5 sentences, headline 12/17/22
// words for short/medium/long), which is exactly the core's own table. `sharedContext` and
// `context` are accepted and kept but do not change the selection: the core has no such input yet.
import { extractText } from './article-text.js';
import { sharedPrecisWorker } from './worker-client.js';

const TYPES = ['key-points', 'tldr', 'teaser', 'headline'];
const FORMATS = ['markdown', 'plain-text'];
const LENGTHS = ['short', 'medium', 'long'];
// The languages Précis has stemmers, stopwords and abbreviations for (README, "How it works").
const LANGUAGES = new Set(
  'ar ca da de el en es eu fi fr ga hi hu hy id it lt nb nl no pt ro ru sv tr'.split(' '),
);
// The wasm build's default maxInputBytes; usage is measured in UTF-8 bytes.
const INPUT_QUOTA = 16 * 1024 * 1024;

let engineFactory = () => sharedPrecisWorker();

// A tag of the elements articles are written with: "<p>", "</h2>", "<br/>", "<a href=...>".
const MARKUP =
  /<\/?(?:p|div|br|span|a|h[1-6]|li|ul|ol|article|section|em|strong|b|i|figure|figcaption|blockquote|img|table|tr|td)\b[^<>]*>/i;

// The API's own documentation summarizes `article.innerHTML`: markup in, the text a reader sees
// out, read as the widget reads a page (paragraphs apart, scripts and figures left out). A
// DOMParser document is inert: nothing in it runs or loads.
function readableText(input) {
  if (!MARKUP.test(input) || typeof DOMParser === 'undefined') return input;
  return extractText(new DOMParser().parseFromString(input, 'text/html').body).text;
}

function abortReason(signal) {
  return signal.reason ?? new DOMException('The operation was aborted.', 'AbortError');
}

function checkSignal(signal) {
  if (signal?.aborted) throw abortReason(signal);
}

// Rejects as soon as the signal aborts, even if the engine is still working.
function raceSignal(promise, signal) {
  if (!signal) return promise;
  return new Promise((resolve, reject) => {
    const onAbort = () => reject(abortReason(signal));
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

function baseLanguage(tag) {
  return String(tag).toLowerCase().split('-')[0];
}

function languagesSupported(list) {
  return (
    list === undefined ||
    list === null ||
    [...list].every((tag) => LANGUAGES.has(baseLanguage(tag)))
  );
}

function summarizerOptions(options = {}) {
  const type = options.type ?? 'key-points';
  const format = options.format ?? 'markdown';
  const length = options.length ?? 'short';
  if (!TYPES.includes(type)) throw new TypeError(`Summarizer: unknown type '${type}'`);
  if (!FORMATS.includes(format)) throw new TypeError(`Summarizer: unknown format '${format}'`);
  if (!LENGTHS.includes(length)) throw new TypeError(`Summarizer: unknown length '${length}'`);
  return { type, format, length };
}

function summarizerAvailable(options) {
  try {
    summarizerOptions(options);
  } catch {
    return false;
  }
  const { expectedInputLanguages, expectedContextLanguages, outputLanguage } = options ?? {};
  if (
    !languagesSupported(expectedInputLanguages) ||
    !languagesSupported(expectedContextLanguages)
  ) {
    return false;
  }
  // Extractive: the output is in the input's language, so it must be one of the inputs'.
  if (outputLanguage === undefined || outputLanguage === null) return true;
  const output = baseLanguage(outputLanguage);
  if (!LANGUAGES.has(output)) return false;
  return (
    !expectedInputLanguages ||
    [...expectedInputLanguages].some((tag) => baseLanguage(tag) === output)
  );
}

function utf8Length(text) {
  return new TextEncoder().encode(text).length;
}

// The create monitor: Précis has nothing to download beyond its wasm, so progress is 0 then 1.
async function loadEngine({ signal, monitor } = {}) {
  checkSignal(signal);
  const target = new EventTarget();
  if (typeof monitor === 'function') monitor(target);
  target.dispatchEvent(new ProgressEvent('downloadprogress', { loaded: 0, total: 1 }));
  const engine = await raceSignal(engineFactory(), signal);
  target.dispatchEvent(new ProgressEvent('downloadprogress', { loaded: 1, total: 1 }));
  return engine;
}

function formatSummary(result, { type, format }) {
  const sentences = result.sentences.map((s) => s.text.replace(/\s+/g, ' ').trim());
  if (type === 'headline') return [result.summary.replace(/\s+/g, ' ').trim()];
  if (type === 'key-points') {
    const bullet = format === 'markdown' ? '- ' : '\u2022 ';
    return sentences.map((sentence, i) => `${i === 0 ? '' : '\n'}${bullet}${sentence}`);
  }
  return sentences.map((sentence, i) => (i === 0 ? sentence : ` ${sentence}`));
}

export class PrecisSummarizer {
  #engine;
  #options;
  #destroyed = false;
  #controller = new AbortController();

  /** @private Use `await PrecisSummarizer.create()` (installed as `Summarizer.create()`). */
  constructor(engine, options, createOptions) {
    this.#engine = engine;
    this.#options = options;
    this.sharedContext = String(createOptions.sharedContext ?? '');
    this.expectedInputLanguages = createOptions.expectedInputLanguages
      ? Object.freeze([...createOptions.expectedInputLanguages])
      : null;
    this.expectedContextLanguages = createOptions.expectedContextLanguages
      ? Object.freeze([...createOptions.expectedContextLanguages])
      : null;
    this.outputLanguage = createOptions.outputLanguage ?? null;
    this.inputQuota = INPUT_QUOTA;
    Object.freeze(this);
  }

  get type() {
    return this.#options.type;
  }

  get format() {
    return this.#options.format;
  }

  get length() {
    return this.#options.length;
  }

  static async availability(options = {}) {
    return summarizerAvailable(options) ? 'available' : 'unavailable';
  }

  static async create(options = {}) {
    const checked = summarizerOptions(options);
    if (!summarizerAvailable(options)) {
      throw new DOMException('Précis cannot summarize with these options', 'NotSupportedError');
    }
    const engine = await loadEngine(options);
    const summarizer = new PrecisSummarizer(engine, checked, options);
    options.signal?.addEventListener('abort', () => summarizer.destroy(), { once: true });
    return summarizer;
  }

  async summarize(input, options = {}) {
    const chunks = await this.#chunks(input, options);
    return chunks.join('');
  }

  summarizeStreaming(input, options = {}) {
    let chunks;
    return new ReadableStream({
      start: async () => {
        chunks = await this.#chunks(input, options);
      },
      pull: (controller) => {
        if (chunks.length === 0) controller.close();
        else controller.enqueue(chunks.shift());
      },
    });
  }

  async measureInputUsage(input, options = {}) {
    this.#checkAlive();
    checkSignal(options.signal);
    return utf8Length(String(input)) + utf8Length(String(options.context ?? ''));
  }

  destroy() {
    this.#destroyed = true;
    this.#controller.abort(new DOMException('The summarizer was destroyed.', 'AbortError'));
  }

  #checkAlive() {
    if (this.#destroyed) {
      throw new DOMException('The summarizer has been destroyed.', 'InvalidStateError');
    }
  }

  async #chunks(input, options) {
    this.#checkAlive();
    const text = readableText(String(input));
    const signal = options.signal
      ? AbortSignal.any([options.signal, this.#controller.signal])
      : this.#controller.signal;
    checkSignal(signal);
    if (text.trim() === '') return [];
    const usage = utf8Length(text);
    if (usage > this.inputQuota) {
      throw new DOMException(
        `The input is ${usage} bytes; the quota is ${this.inputQuota}.`,
        'QuotaExceededError',
      );
    }
    const { type, length } = this.#options;
    const lang = this.outputLanguage ? baseLanguage(this.outputLanguage) : undefined;
    let result;
    try {
      result = await this.#engine.summarize(text, {
        type,
        length,
        signal,
        ...(lang ? { lang } : {}),
      });
    } catch (error) {
      if (error?.name === 'AbortError') throw abortReason(signal);
      if (error?.code === 'EMPTY_INPUT') return [];
      if (error?.code === 'INPUT_TOO_LARGE')
        throw new DOMException(error.message, 'QuotaExceededError');
      throw new DOMException(error?.message ?? String(error), 'OperationError');
    }
    return formatSummary(result, this.#options);
  }
}

export class PrecisLanguageDetector {
  #engine;
  #destroyed = false;

  /** @private Use `await PrecisLanguageDetector.create()` (installed as `LanguageDetector.create()`). */
  constructor(engine, options) {
    this.#engine = engine;
    this.expectedInputLanguages = options.expectedInputLanguages
      ? Object.freeze([...options.expectedInputLanguages])
      : null;
    this.inputQuota = INPUT_QUOTA;
    Object.freeze(this);
  }

  static async availability(options = {}) {
    return languagesSupported(options.expectedInputLanguages) ? 'available' : 'unavailable';
  }

  static async create(options = {}) {
    if (!languagesSupported(options.expectedInputLanguages)) {
      throw new DOMException('Précis cannot detect these languages', 'NotSupportedError');
    }
    const detector = new PrecisLanguageDetector(await loadEngine(options), options);
    options.signal?.addEventListener('abort', () => detector.destroy(), { once: true });
    return detector;
  }

  /** Most likely first; the rest of the confidence goes to 'und' (undetermined), as in the spec. */
  async detect(input, options = {}) {
    if (this.#destroyed)
      throw new DOMException('The detector has been destroyed.', 'InvalidStateError');
    checkSignal(options.signal);
    const text = String(input);
    if (text.trim() === '') return [{ detectedLanguage: 'und', confidence: 1 }];
    const { lang, score } = await raceSignal(this.#engine.detectLanguage(text), options.signal);
    if (lang === 'und' || !(score > 0)) return [{ detectedLanguage: 'und', confidence: 1 }];
    const confidence = Math.min(1, score);
    const results = [{ detectedLanguage: lang, confidence }];
    if (confidence < 1) results.push({ detectedLanguage: 'und', confidence: 1 - confidence });
    return results;
  }

  async measureInputUsage(input) {
    return utf8Length(String(input));
  }

  destroy() {
    this.#destroyed = true;
  }
}

// Where a native API exists, the installed global asks it first and falls back to Précis when it
// answers 'unavailable', throws, or fails to create a session.
function withFallback(native, polyfill) {
  return {
    async availability(options = {}) {
      try {
        const answer = await native.availability(options);
        if (answer !== 'unavailable') return answer;
      } catch {
        // A native API that cannot even answer is as good as absent.
      }
      return polyfill.availability(options);
    },
    async create(options = {}) {
      let answer = 'unavailable';
      try {
        answer = await native.availability(options);
      } catch {
        answer = 'unavailable';
      }
      if (answer !== 'unavailable') {
        try {
          return await native.create(options);
        } catch (error) {
          if (error?.name === 'AbortError' || options.signal?.aborted) throw error;
        }
      }
      return polyfill.create(options);
    },
  };
}

const originals = {};

function define(name, value) {
  Object.defineProperty(globalThis, name, {
    value,
    writable: true,
    configurable: true,
    enumerable: false,
  });
}

/**
 * Installs `Summarizer` and `LanguageDetector` on `globalThis`.
 * @param {{ force?: boolean, fallback?: boolean, engine?: () => Promise<object> }} [options]
 *   force: replace any native API outright. fallback (default true): where a native API exists,
 *   use Précis when it is unavailable; false leaves native APIs alone. engine: where Précis runs
 *   (default: the page's shared Web Worker).
 * @returns {{ Summarizer: 'native' | 'precis' | 'native+precis', LanguageDetector: string }}
 */
export function install({ force = false, fallback = true, engine } = {}) {
  if (engine !== undefined) {
    if (typeof engine !== 'function') throw new TypeError('install: engine must be a function');
    engineFactory = engine;
  }
  const report = {};
  for (const [name, polyfill] of [
    ['Summarizer', PrecisSummarizer],
    ['LanguageDetector', PrecisLanguageDetector],
  ]) {
    if (!(name in originals)) originals[name] = globalThis[name];
    const native = originals[name];
    if (
      force ||
      typeof native?.availability !== 'function' ||
      typeof native?.create !== 'function'
    ) {
      define(name, polyfill);
      report[name] = 'precis';
    } else if (fallback) {
      define(name, withFallback(native, polyfill));
      report[name] = 'native+precis';
    } else {
      define(name, native);
      report[name] = 'native';
    }
  }
  return report;
}

install();
