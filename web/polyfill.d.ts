// Types for precis/polyfill (web/polyfill.js): Summarizer and LanguageDetector backed by Précis.
// Importing the module installs them (see install()).

export type Availability = 'unavailable' | 'downloadable' | 'downloading' | 'available';
export type SummarizerType = 'key-points' | 'tldr' | 'teaser' | 'headline';
export type SummarizerFormat = 'markdown' | 'plain-text';
export type SummarizerLength = 'short' | 'medium' | 'long';

/** The create monitor: fires 'downloadprogress' ProgressEvents with loaded 0 then 1. */
export type CreateMonitorCallback = (monitor: EventTarget) => void;

export interface SummarizerCreateCoreOptions {
  type?: SummarizerType;
  format?: SummarizerFormat;
  length?: SummarizerLength;
  expectedInputLanguages?: readonly string[];
  expectedContextLanguages?: readonly string[];
  outputLanguage?: string;
}

export interface SummarizerCreateOptions extends SummarizerCreateCoreOptions {
  /** Kept on the instance; Précis's extractive selection does not use it yet. */
  sharedContext?: string;
  signal?: AbortSignal;
  monitor?: CreateMonitorCallback;
}

export interface SummarizeCallOptions {
  /** Accepted; Précis's extractive selection does not use it yet. */
  context?: string;
  signal?: AbortSignal;
}

/** A Summarizer session (the polyfill's; a native one has the same shape). */
export class PrecisSummarizer {
  private constructor();
  static availability(options?: SummarizerCreateCoreOptions): Promise<Availability>;
  static create(options?: SummarizerCreateOptions): Promise<PrecisSummarizer>;
  readonly type: SummarizerType;
  readonly format: SummarizerFormat;
  readonly length: SummarizerLength;
  readonly sharedContext: string;
  readonly expectedInputLanguages: readonly string[] | null;
  readonly expectedContextLanguages: readonly string[] | null;
  readonly outputLanguage: string | null;
  /** In UTF-8 bytes, like measureInputUsage(). */
  readonly inputQuota: number;
  /** Sentences of the input: '- ' bullets (key-points, markdown), or one paragraph. */
  summarize(input: string, options?: SummarizeCallOptions): Promise<string>;
  /** The same text as summarize(), one bullet or sentence per chunk. */
  summarizeStreaming(input: string, options?: SummarizeCallOptions): ReadableStream<string>;
  measureInputUsage(input: string, options?: SummarizeCallOptions): Promise<number>;
  destroy(): void;
}

export interface LanguageDetectionResult {
  /** BCP 47 language tag, or 'und'. */
  detectedLanguage: string;
  /** In [0, 1]; the results' confidences add up to 1. */
  confidence: number;
}

export interface LanguageDetectorCreateOptions {
  expectedInputLanguages?: readonly string[];
  signal?: AbortSignal;
  monitor?: CreateMonitorCallback;
}

export class PrecisLanguageDetector {
  private constructor();
  static availability(options?: {
    expectedInputLanguages?: readonly string[];
  }): Promise<Availability>;
  static create(options?: LanguageDetectorCreateOptions): Promise<PrecisLanguageDetector>;
  readonly expectedInputLanguages: readonly string[] | null;
  readonly inputQuota: number;
  detect(input: string, options?: { signal?: AbortSignal }): Promise<LanguageDetectionResult[]>;
  measureInputUsage(input: string): Promise<number>;
  destroy(): void;
}

export interface InstallOptions {
  /** Replace native APIs outright. Default false. */
  force?: boolean;
  /** Where a native API exists, use Précis when it is 'unavailable' or create() fails. Default true. */
  fallback?: boolean;
  /** Where Précis runs. Default: the page's shared Web Worker. */
  engine?: () => Promise<unknown>;
}

export type InstallOutcome = 'precis' | 'native+precis' | 'native';

/** (Re-)installs globalThis.Summarizer and globalThis.LanguageDetector. */
export function install(options?: InstallOptions): {
  Summarizer: InstallOutcome;
  LanguageDetector: InstallOutcome;
};
