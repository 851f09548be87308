// Compiled by tests/node/types.test.mjs (tsc --noEmit), never run: the widget, worker, polyfill
// and single-file entry points of the package, reached through its `exports` (types first).
import { PrecisSummary, type PrecisSummaryErrorDetail } from 'precis/element';
import { install, PrecisLanguageDetector, PrecisSummarizer } from 'precis/polyfill';
import { Precis as SinglePrecis, PrecisSummary as SingleSummary } from 'precis/single-file';
import { PrecisError, PrecisWorker, sharedPrecisWorker, type AnalyzeResult } from 'precis/worker';

export async function webUsage(text: string): Promise<string[]> {
  const out: string[] = [];

  // HTMLElementTagNameMap knows the element.
  const widget: PrecisSummary = document.createElement('precis-summary');
  const found: PrecisSummary | null = document.querySelector('precis-summary');
  widget.text = text;
  widget.text = null;
  widget.addEventListener('precis-summary', (event) => out.push(event.detail.summary));
  widget.addEventListener('precis-error', (event) => {
    const detail: PrecisSummaryErrorDetail = event.detail;
    out.push(detail.code, detail.message);
  });
  await widget.refresh();
  out.push(widget.result?.lang ?? '', String(found?.dataset.state));
  PrecisSummary.engine = () => SinglePrecis.create();
  const sameClass: typeof PrecisSummary = SingleSummary;
  out.push(sameClass.name);

  const worker = await PrecisWorker.create({
    workerUrl: '/worker.js',
    wasmUrl: '/precis-core.wasm',
  });
  const shared: PrecisWorker = await sharedPrecisWorker();
  const all: AnalyzeResult = await worker.analyze(text, { signal: new AbortController().signal });
  out.push(all.summary, (await shared.detectLanguage(text)).lang);
  try {
    await worker.summarize(text, { length: 'long' });
  } catch (error) {
    if (error instanceof PrecisError && error.code === 'ENGINE_LOAD_FAILED')
      out.push(error.message);
  }
  worker.destroy();

  const report = install({ force: true });
  out.push(report.Summarizer, report.LanguageDetector);
  if ((await PrecisSummarizer.availability({ type: 'tldr' })) === 'available') {
    const summarizer = await PrecisSummarizer.create({
      type: 'key-points',
      format: 'markdown',
      length: 'medium',
      sharedContext: 'news',
      monitor(m) {
        m.addEventListener('downloadprogress', (e) =>
          out.push(String((e as ProgressEvent).loaded)),
        );
      },
    });
    out.push(await summarizer.summarize(text, { context: 'for a general audience' }));
    const stream: ReadableStream<string> = summarizer.summarizeStreaming(text);
    const reader = stream.getReader();
    const { value } = await reader.read();
    out.push(
      value ?? '',
      String(await summarizer.measureInputUsage(text)),
      String(summarizer.inputQuota),
    );
    summarizer.destroy();
  }
  const detector = await PrecisLanguageDetector.create();
  for (const { detectedLanguage, confidence } of await detector.detect(text)) {
    out.push(detectedLanguage, confidence.toFixed(2));
  }

  // Misuses the types must reject.
  // @ts-expect-error not a summary type of the Summarizer API
  await PrecisSummarizer.create({ type: 'bullets' });
  // @ts-expect-error the worker takes text as a string
  await worker.summarize(42);
  // @ts-expect-error text is a string or null
  widget.text = 42;
  // @ts-expect-error result is read-only
  widget.result = null;
  return out;
}
