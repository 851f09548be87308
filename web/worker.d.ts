// Types for precis/worker (web/worker-client.js): the Précis API backed by a Web Worker.
import type {
  AnalyzeOptions,
  AnalyzeResult,
  CallOptions,
  Clusterer,
  StoryArticle,
  StoryOptions,
  StoryResult,
  LanguageResult,
  SummarizeOptions,
  SummarizeResult,
  TagOptions,
  TagResult,
} from './precis.js';

export { PrecisError } from './precis.js';
export type * from './precis.js';

/** Options of PrecisWorker.create() and sharedPrecisWorker(). */
export interface WorkerCreateOptions {
  /** The worker script (precis/worker's worker.js). Default: beside worker-client.js. */
  workerUrl?: string | URL;
  /** Where the worker loads precis-core.wasm from, resolved against the page. */
  wasmUrl?: string | URL;
}

/**
 * The Précis API with the wasm in a dedicated module worker, so the page never janks. Same
 * methods, options and results as Precis; calls reject with TypeError, PrecisError (codes as in
 * Precis, plus 'ENGINE_LOAD_FAILED') or a DOMException named 'AbortError' when the signal aborts.
 */
export class PrecisWorker {
  private constructor();
  /** Starts a worker and resolves once the wasm in it is ready. */
  static create(options?: WorkerCreateOptions): Promise<PrecisWorker>;
  summarize(text: string, options?: SummarizeOptions): Promise<SummarizeResult>;
  tag(text: string, options?: TagOptions): Promise<TagResult>;
  analyze(text: string, options?: AnalyzeOptions): Promise<AnalyzeResult>;
  detectLanguage(text: string, options?: CallOptions): Promise<LanguageResult>;
  story(articles: (string | StoryArticle)[], options?: StoryOptions): Promise<StoryResult>;
  /** A clusterer living in the worker. */
  createClusterer(options?: { lang?: string }): Promise<Clusterer>;
  /** Terminates the worker; pending and later calls reject with PrecisError 'DESTROYED'. */
  destroy(): void;
}

/**
 * The page's one shared PrecisWorker (used by every <precis-summary>), started on first call.
 * Options only matter on the first call; a failed start is retried by the next call.
 */
export function sharedPrecisWorker(options?: WorkerCreateOptions): Promise<PrecisWorker>;
