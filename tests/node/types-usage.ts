// Compiled by tests/node/types.test.mjs (tsc --noEmit), never run: every public function, option
// and result shape of precis.d.ts, reached as `import ... from 'precis'`.
import {
  Precis,
  PrecisError,
  type AnalyzeResult,
  type CallOptions,
  type Entity,
  type EntityType,
  type Keyphrase,
  type LanguageResult,
  type Mention,
  type PrecisErrorCode,
  type Sentence,
  type SummarizeOptions,
  type StoryResult,
  type SummarizeResult,
  type TagResult,
} from 'precis';

export async function usage(text: string): Promise<string[]> {
  const precis: Precis = await Precis.create();
  await Precis.create({ wasmUrl: '/assets/precis-core.wasm' });
  await Precis.create({ wasmUrl: new URL('https://example.com/precis-core.wasm') });
  await Precis.create({ wasmBinary: new Uint8Array(8) });
  await Precis.create({ wasmBinary: new ArrayBuffer(8) });

  const controller = new AbortController();
  const options: SummarizeOptions = {
    type: 'key-points',
    length: 'short',
    sentences: 3,
    words: 80,
    lang: 'en',
    title: 'Title',
    maxInputBytes: 1 << 20,
    signal: controller.signal,
  };
  const summary: SummarizeResult = await precis.summarize(text, options);
  const first: Sentence | undefined = summary.sentences[0];
  const out: string[] = [summary.lang, summary.summary, summary.title ?? ''];
  if (first) {
    const n: number = first.start + first.end + first.start16 + first.end16 + first.index;
    out.push(text.slice(first.start16, first.end16), first.text, String(n + first.score));
  }

  const tags: TagResult = await precis.tag(text, { keyphrases: 10, lang: 'fr' });
  const method: 'model' | 'rules' = tags.method;
  const key: string | undefined = tags.entities[0]?.key;
  for (const entity of tags.entities) {
    const e: Entity = entity;
    const mentions: Mention[] = e.mentions;
    const type: EntityType = e.type;
    out.push(e.text, type, String(e.count + mentions.length), method);
  }
  const k: Keyphrase | undefined = tags.keyphrases[0];
  if (k) out.push(k.text, k.score.toFixed(4));

  const all: AnalyzeResult = await precis.analyze(text, { length: 'medium', keyphrases: 5 });
  out.push(String(all.sentences.length + all.entities.length + all.keyphrases.length));

  const callOptions: CallOptions = { signal: AbortSignal.timeout(1000) };
  const language: LanguageResult = await precis.detectLanguage(text, callOptions);
  const digest: StoryResult = await precis.story([text, { id: 2, text, lang: 'en' }], {
    words: 200,
    languages: ['en'],
  });
  const supporters: number[] = digest.sentences.flatMap((s) => s.support);
  const clusterer = precis.createClusterer();
  const joined: number = (await clusterer.add({ id: 'a', text })).cluster;
  const labels: string[] = (await clusterer.clusters()).clusters.map((c) => c.label);
  clusterer.destroy();
  void [supporters, joined, labels];
  out.push(language.lang, language.score.toFixed(2));

  try {
    await precis.summarize('');
  } catch (error) {
    if (error instanceof PrecisError) {
      const code: PrecisErrorCode = error.code;
      const name: 'PrecisError' = error.name;
      out.push(code, name, error.message);
    }
  }
  precis.destroy();

  // Misuses the types must reject.
  // @ts-expect-error text must be a string
  await precis.summarize(42);
  // @ts-expect-error unknown summary length
  await precis.summarize(text, { length: 'huge' });
  // @ts-expect-error sentences is a number
  await precis.summarize(text, { sentences: '3' });
  // @ts-expect-error detectLanguage results have no sentences
  (await precis.detectLanguage(text)).sentences;
  // @ts-expect-error not an EntityType
  const badType: EntityType = 'PERSON';
  // @ts-expect-error not a PrecisErrorCode
  const bad: PrecisErrorCode = 'NOT_A_CODE';
  // @ts-expect-error the constructor is private: use Precis.create()
  new Precis();
  // @ts-expect-error the heap accessor is internal, not part of the typed API
  precis._heapBytes;
  out.push(bad, badType);
  return out;
}
