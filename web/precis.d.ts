// Types for precis.js (hand-written; checked by tsc on tests/node/types-usage.ts).
// Results are the core's JSON, byte-identical to the native CLI's output.

/** Error codes of PrecisError: the core's ErrorCode plus 'DESTROYED'. */
export type PrecisErrorCode =
  | 'EMPTY_INPUT'
  | 'INPUT_TOO_LARGE'
  | 'INVALID_OPTIONS'
  | 'INVALID_JSON'
  | 'INTERNAL'
  | 'DESTROYED'
  /** PrecisWorker (precis/worker): the worker script or the wasm in it failed to load. */
  | 'ENGINE_LOAD_FAILED';

/** Rejection reason of every failed call except TypeError (bad arguments) and AbortError. */
export class PrecisError extends Error {
  constructor(code: PrecisErrorCode, message?: string, options?: { cause?: unknown });
  readonly name: 'PrecisError';
  readonly code: PrecisErrorCode;
}

/** Options of Precis.create(). */
export interface CreateOptions {
  /**
   * Where to load precis-core.wasm from. Default: beside precis.js. Resolved like fetch() against
   * the page or worker location; in Node against precis.js's own URL (file: or http(s):).
   */
  wasmUrl?: string | URL;
  /** The wasm bytes, when the caller already has them (no fetch, no file read). */
  wasmBinary?: ArrayBuffer | ArrayBufferView;
  /**
   * precis-core.wasm already compiled, e.g. on the page and posted to a worker (no fetch, no
   * compile). Takes precedence over wasmBinary and wasmUrl.
   */
  wasmModule?: WebAssembly.Module;
  /**
   * Where the data files live (langid/langid.bin, lang/<code>.lang, ner/<code>.ner). Default:
   * data/ beside precis.js. The language-ID model is loaded by create(); a language's pack
   * (stopwords, abbreviations; English is built in) the first time a text in it comes by, and
   * NER models on first need. A pack that cannot be fetched leaves that call on neutral rules.
   */
  dataUrl?: string | URL;
  /** The bytes of langid/langid.bin, when the caller already has them (no fetch). */
  languageIdModel?: ArrayBuffer | ArrayBufferView;
  /** Language packs the caller already has, by code (no fetch): the text or bytes of a pack. */
  languagePacks?: Record<string, string | ArrayBuffer | ArrayBufferView>;
  /**
   * Opt in to the statistical NER models (trained on research-only / non-commercial data: see
   * data/ner/LICENSE.md): true for every language that has one, or a list of codes. Default
   * false: entities come from the rules, and results say `method: 'rules'`.
   */
  ner?: boolean | string[];
}

/** Options shared by every call: the CLI's long option names in camelCase. */
export interface CallOptions {
  /** Rejects the call with a DOMException named 'AbortError' if aborted before the result. */
  signal?: AbortSignal;
  /** Force the language (ISO 639-1 code such as 'en') instead of detecting it. */
  lang?: string;
  /** Article title; improves ranking and is echoed in summarize results. */
  title?: string;
  /** Inputs longer than this many UTF-8 bytes fail with INPUT_TOO_LARGE (default 16 MiB). */
  maxInputBytes?: number;
  /** What to do with an input over maxInputBytes: fail (default) or cut it. */
  onTooLarge?: 'error' | 'truncate';
}

export type SummaryType = 'key-points' | 'tldr' | 'teaser' | 'headline';
export type SummaryLength = 'short' | 'medium' | 'long';

export interface SummarizeOptions extends CallOptions {
  type?: SummaryType;
  length?: SummaryLength;
  /** Exact number of sentences (overrides length). */
  sentences?: number;
  /** Word budget of the summary. */
  words?: number;
  /** Character budget of `summary`, in UTF-16 code units (`summary.length`). */
  chars?: number;
  /** Fraction (0, 1] of the article's sentences, rounded, at least 1. */
  ratio?: number;
  /** `sentences` in article order (default) or best first. */
  order?: 'document' | 'rank';
  /** Steers the selection toward sentences about this text (query-focused summary). */
  context?: string;
  /** `summary` as Markdown (default: "- " bullets, escaped) or plain text (one key point per line). */
  format?: 'markdown' | 'plain-text';
}

export interface TagOptions extends CallOptions {
  /** Maximum number of keyphrases. */
  keyphrases?: number;
}

export interface AnalyzeOptions extends SummarizeOptions, TagOptions {}

/** A span of the original input: UTF-8 byte offsets and UTF-16 code-unit offsets. */
export interface Span {
  /** UTF-8 byte offset of the first byte. */
  start: number;
  /** UTF-8 byte offset one past the last byte. */
  end: number;
  /** UTF-16 offset for `text.slice(start16, end16)` and DOM ranges. */
  start16: number;
  end16: number;
}

export interface Sentence extends Span {
  /** The sentence as it appears in the input. */
  text: string;
  /** Position of the sentence in the article (0-based). */
  index: number;
  /** Ranking score, rounded to 4 decimals. */
  score: number;
}

export type Mention = Span;

/** Person, location, organization, anything else (CoNLL classes). */
export type EntityType = 'PER' | 'LOC' | 'ORG' | 'MISC';

export interface Entity {
  /** Canonical surface form. */
  text: string;
  type: EntityType;
  /**
   * Canonical key shared across articles and languages: 'LOC:KP' for North Korea / Corea del
   * Nord (CLDR names), 'PER:putin' (surname), otherwise the folded text ('ORG:kremlin').
   */
  key: string;
  /** Number of mentions. */
  count: number;
  mentions: Mention[];
}

export interface Keyphrase {
  text: string;
  /** Rounded to 4 decimals; higher is more central. */
  score: number;
}

export interface SummarizeResult {
  /** Language used (ISO 639-1), detected or forced. */
  lang: string;
  title?: string;
  /** Selected sentences in article order. */
  sentences: Sentence[];
  /** The selected sentences joined into one string. */
  summary: string;
}

export interface TagResult {
  lang: string;
  entities: Entity[];
  keyphrases: Keyphrase[];
  method: 'model' | 'rules';
}

/** summarize and tag from one pass. */
export interface AnalyzeResult extends SummarizeResult, TagResult {}

export interface LanguageResult {
  /** ISO 639-1 code. */
  lang: string;
  /** Confidence in [0, 1]. */
  score: number;
}

/** One article of a story: its text, and what the caller knows of it. */
export interface StoryArticle {
  /** Echoed in the digest's `articles`. */
  id?: string | number;
  title?: string;
  text: string;
  /** The outlet, echoed in the digest's `articles`. */
  source?: string;
  /** ISO 639-1; detected when absent. */
  lang?: string;
}

export interface StoryOptions extends AnalyzeOptions {
  /** Output sentences only from articles in these languages; every article still supports. */
  languages?: string[];
}

export interface StoryArticleInfo {
  id?: string | number;
  source?: string;
  title?: string;
  lang?: string;
  /** The article could not be read (e.g. EMPTY_INPUT) and was left out. */
  error?: { code: PrecisErrorCode; message: string };
}

/** A sentence of the digest: offsets index its own article's text. */
export interface StorySentence extends Sentence {
  /** Index into the input articles. */
  article: number;
  /** The other articles that state the same fact, sorted. */
  support: number[];
}

export interface StoryMention extends Span {
  article: number;
}

export interface StoryEntity {
  text: string;
  type: EntityType;
  /** Canonical across articles and languages: "PER:putin", "LOC:KP". */
  key: string;
  count: number;
  /** The articles that mention it, sorted. */
  articles: number[];
  mentions: StoryMention[];
}

/** A figure as one article states it ("24 years"); offsets index that article. */
export interface StoryClaim extends Span {
  article: number;
  text: string;
}

export interface StoryDisagreement {
  /** The unit or word the figures are attached to ("people"). */
  about: string;
  claims: StoryClaim[];
}

export interface StoryResult {
  articles: StoryArticleInfo[];
  sentences: StorySentence[];
  summary: string;
  entities: StoryEntity[];
  keyphrases: Keyphrase[];
  /** Figures the sources give differently for the same fact. */
  disagreements: StoryDisagreement[];
}

export interface ClusterAssignment {
  id: unknown;
  /** The story the article joins for now (stories may still regroup). */
  cluster: number;
}

export interface StoryClusters {
  /** Articles added so far. */
  articles: number;
  clusters: { label: string; ids: unknown[]; articles: number[] }[];
}

/** A feed being grouped into stories. */
export interface Clusterer {
  add(article: StoryArticle): Promise<ClusterAssignment>;
  clusters(): Promise<StoryClusters>;
  /** Frees its memory; later calls reject with PrecisError 'DESTROYED'. */
  destroy(): void;
}

/**
 * A handle on the shared wasm module. Every method returns a promise that rejects with
 * TypeError (wrong argument types), PrecisError (invalid input or options, destroyed instance)
 * or DOMException 'AbortError'.
 */
export class Precis {
  private constructor();
  /**
   * Loads the wasm module once per wasmUrl (or wasmBinary, or wasmModule) and returns a new
   * instance.
   */
  static create(options?: CreateOptions): Promise<Precis>;
  summarize(text: string, options?: SummarizeOptions): Promise<SummarizeResult>;
  tag(text: string, options?: TagOptions): Promise<TagResult>;
  analyze(text: string, options?: AnalyzeOptions): Promise<AnalyzeResult>;
  detectLanguage(text: string, options?: CallOptions): Promise<LanguageResult>;
  /** One digest of several articles about one event. */
  story(articles: (string | StoryArticle)[], options?: StoryOptions): Promise<StoryResult>;
  /** A clusterer for a feed (options: e.g. `lang`). */
  createClusterer(options?: { lang?: string }): Clusterer;
  /** Later calls on this instance reject with PrecisError 'DESTROYED'. */
  destroy(): void;
}
