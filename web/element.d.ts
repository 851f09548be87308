// Types for precis/element (web/define.js, which registers <precis-summary>) and the class in
// web/precis-summary.js.
import type {
  AnalyzeOptions,
  AnalyzeResult,
  StoryArticle,
  StoryOptions,
  StoryResult,
  SummarizeOptions,
  SummarizeResult,
} from './precis.js';

/** What a widget needs from an engine: Precis, PrecisWorker or anything with the same shape. */
export interface PrecisSummaryEngine {
  summarize(text: string, options?: SummarizeOptions): Promise<SummarizeResult>;
  analyze(text: string, options?: AnalyzeOptions): Promise<AnalyzeResult>;
  /** Used by mode="story". */
  story(articles: (string | StoryArticle)[], options?: StoryOptions): Promise<StoryResult>;
}

/** The widget's `data-state`: waiting for the viewport, working, done, or why not. */
export type PrecisSummaryState = 'idle' | 'loading' | 'result' | 'short' | 'empty' | 'error';

export interface PrecisSummaryErrorDetail {
  /** PrecisErrorCode or 'ENGINE_LOAD_FAILED'. */
  code: string;
  message: string;
  error: unknown;
}

export interface PrecisSummaryEventMap extends HTMLElementEventMap {
  /** The engine is loaded (once per widget, before its first summary). */
  'precis-ready': CustomEvent<null>;
  /** A summary was rendered; detail is the core's result (AnalyzeResult when tags are on). */
  'precis-summary': CustomEvent<SummarizeResult | AnalyzeResult | StoryResult>;
  'precis-error': CustomEvent<PrecisSummaryErrorDetail>;
}

/**
 * `<precis-summary>`. Attributes: `for` (an element id), `selector` (CSS), `type`
 * (key-points | tldr | teaser | headline), `length` (short | medium | long), `lang`, `tags`
 * (on unless "off"/"false"), `highlight`, `eager`, `heading`, `theme` (light | dark), and
 * `mode="story"` with several space-separated `for` ids: one digest of those articles. Without
 * `for`, `selector`, text content or the `text` property it finds the page's main article.
 */
export class PrecisSummary extends HTMLElement {
  /** Where every widget runs Précis; default: the page's shared Web Worker. */
  static engine: () => Promise<PrecisSummaryEngine>;
  static readonly observedAttributes: string[];
  /** Text to summarize instead of the page; null to go back to the page. */
  text: string | null;
  /** The last rendered result, or null. */
  readonly result: SummarizeResult | AnalyzeResult | null;
  /** Summarizes again (say after the article changed); resolves when rendered. */
  refresh(): Promise<void>;
  addEventListener<K extends keyof PrecisSummaryEventMap>(
    type: K,
    listener: (this: PrecisSummary, event: PrecisSummaryEventMap[K]) => unknown,
    options?: boolean | AddEventListenerOptions,
  ): void;
  addEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject,
    options?: boolean | AddEventListenerOptions,
  ): void;
  removeEventListener<K extends keyof PrecisSummaryEventMap>(
    type: K,
    listener: (this: PrecisSummary, event: PrecisSummaryEventMap[K]) => unknown,
    options?: boolean | EventListenerOptions,
  ): void;
  removeEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject,
    options?: boolean | EventListenerOptions,
  ): void;
}

declare global {
  interface HTMLElementTagNameMap {
    'precis-summary': PrecisSummary;
  }
}
