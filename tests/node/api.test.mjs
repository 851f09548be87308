// The JS API (dist/precis.js) on the sample articles: result shapes, offsets, typed errors,
// abort, lone surrogates, destroy. Runs on the release build and, when built, the debug build.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';

import { builds, cliBuilt, distDir, runCli, samples } from './helpers.mjs';

const articles = samples();
const enc = (s) => Buffer.from(s, 'utf8');

// Both offset systems must point at the same characters of the caller's string.
function assertSpan(text, span, expected) {
  assert.ok(Number.isInteger(span.start) && Number.isInteger(span.end), 'integer byte offsets');
  assert.ok(
    Number.isInteger(span.start16) && Number.isInteger(span.end16),
    'integer utf16 offsets',
  );
  assert.ok(0 <= span.start16 && span.start16 < span.end16 && span.end16 <= text.length);
  const bytes = enc(text);
  assert.ok(0 <= span.start && span.start < span.end && span.end <= bytes.length);
  const bySlice = text.slice(span.start16, span.end16);
  const byBytes = bytes.subarray(span.start, span.end).toString('utf8');
  assert.equal(byBytes, bySlice, `UTF-8 and UTF-16 offsets disagree at ${span.start16}`);
  if (expected !== undefined) assert.equal(bySlice, expected);
}

function assertSentences(text, sentences) {
  assert.ok(Array.isArray(sentences) && sentences.length > 0, 'at least one sentence');
  let last = -1;
  for (const s of sentences) {
    assert.equal(typeof s.text, 'string');
    assert.equal(typeof s.score, 'number');
    assert.ok(s.index > last, 'sentences in article order');
    last = s.index;
    assertSpan(text, s, s.text);
  }
}

function assertTags(text, result) {
  assert.ok(Array.isArray(result.entities));
  assert.ok(Array.isArray(result.keyphrases));
  assert.equal(result.method, 'rules');
  for (const entity of result.entities) {
    assert.equal(typeof entity.text, 'string');
    assert.ok(['PER', 'LOC', 'ORG', 'MISC'].includes(entity.type), entity.type);
    assert.equal(entity.count, entity.mentions.length);
    for (const mention of entity.mentions) assertSpan(text, mention);
  }
  for (const k of result.keyphrases) {
    assert.equal(typeof k.text, 'string');
    assert.equal(typeof k.score, 'number');
  }
}

for (const build of builds()) {
  describe(`JS API, ${build.name} build`, { skip: build.skip }, () => {
    let api;
    let precis;
    before(async () => {
      api = await build.load();
      precis = await api.create();
    });

    test('the sample articles are present', () => {
      assert.equal(articles.length, 5);
    });

    for (const { name, text } of articles) {
      test(`summarize ${name}: sentences index the original text`, async () => {
        const result = await precis.summarize(text);
        assert.match(result.lang, /^[a-z]{2,3}$/);
        assertSentences(text, result.sentences);
        assert.equal(typeof result.summary, 'string');
        assert.ok(result.summary.length > 0);
      });

      test(`tag ${name}: entities and keyphrases with valid mentions`, async () => {
        const result = await precis.tag(text);
        assertTags(text, result);
        assert.ok(result.keyphrases.length > 0, 'some keyphrases');
      });

      test(`analyze ${name}: one pass equals summarize + tag`, async () => {
        const result = await precis.analyze(text);
        const summary = await precis.summarize(text);
        const tags = await precis.tag(text);
        assert.deepEqual(result.sentences, summary.sentences);
        assert.deepEqual(result.entities, tags.entities);
        assert.deepEqual(result.keyphrases, tags.keyphrases);
        assertTags(text, result);
      });

      test(`detectLanguage ${name}`, async () => {
        const result = await precis.detectLanguage(text);
        assert.match(result.lang, /^[a-z]{2,3}$/);
        assert.ok(result.score >= 0 && result.score <= 1, `score ${result.score} in [0, 1]`);
      });
    }

    test('detectLanguage tells the Italian sample from the English ones', async () => {
      const italian = articles.find((a) => a.text.startsWith('Prima della visita'));
      const english = articles.find((a) => a.text.startsWith('Putin praises'));
      assert.equal((await precis.detectLanguage(italian.text)).lang, 'it');
      assert.equal((await precis.detectLanguage(english.text)).lang, 'en');
    });

    test(
      'detectLanguage of a long text reads what the core reads of the whole text',
      {
        skip: !cliBuilt && 'build/native/precis not built',
      },
      async () => {
        // precis.js hands `lang` only the first 2,048 UTF-16 units of a text that cannot exceed
        // maxInputBytes: the answer must be the core's on the whole text, and a text over the limit
        // must still be reported as too large.
        const italian = articles.find((a) => a.text.startsWith('Prima della visita')).text;
        const english = articles.find((a) => a.text.startsWith('Putin praises')).text;
        const text = `${english.slice(0, 1000)} ${italian.repeat(200)}`;
        const file = join(mkdtempSync(join(tmpdir(), 'precis-lang-')), 'mixed.txt');
        writeFileSync(file, text);
        const whole = JSON.parse(await runCli(['lang', file]));
        assert.deepEqual(await precis.detectLanguage(text), whole);
        // Over the limit as a whole, though its first 2,048 units are not.
        await assert.rejects(precis.detectLanguage(text, { maxInputBytes: 100000 }), {
          code: 'INPUT_TOO_LARGE',
        });
      },
    );

    test('offsets stay right after multi-byte and astral characters', async () => {
      const text =
        'Zürich café owners 😀 welcomed Vladimir Putin on Tuesday. ' +
        'The Kremlin said the visit to Pyongyang would last two days. ' +
        'Kim Jong Un greeted him at the airport — 🇰🇵 flags lined the road. ' +
        'Analysts in Seoul expect a new defence pact between the two countries.';
      const summary = await precis.summarize(text, { sentences: 4 });
      assertSentences(text, summary.sentences);
      assertTags(text, await precis.tag(text));
    });

    test('options change the result', async () => {
      const { text } = articles[1];
      const one = await precis.summarize(text, { sentences: 1 });
      assert.equal(one.sentences.length, 1);
      const two = await precis.summarize(text, { sentences: 2 });
      assert.equal(two.sentences.length, 2);
      const tags = await precis.tag(text, { keyphrases: 3 });
      assert.ok(tags.keyphrases.length <= 3);
    });

    test('empty and whitespace-only input reject with EMPTY_INPUT', async () => {
      for (const text of ['', '   \n\t  ']) {
        await assert.rejects(precis.summarize(text), (error) => {
          assert.ok(error instanceof api.PrecisError);
          assert.ok(error instanceof Error);
          assert.equal(error.name, 'PrecisError');
          assert.equal(error.code, 'EMPTY_INPUT');
          assert.equal(typeof error.message, 'string');
          return true;
        });
      }
    });

    test('an option of the wrong type rejects with INVALID_OPTIONS', async () => {
      const { text } = articles[1];
      await assert.rejects(precis.summarize(text, { sentences: 'three' }), {
        name: 'PrecisError',
        code: 'INVALID_OPTIONS',
      });
      await assert.rejects(precis.tag(text, { keyphrases: true }), { code: 'INVALID_OPTIONS' });
    });

    test('input over maxInputBytes rejects with INPUT_TOO_LARGE', async () => {
      await assert.rejects(precis.summarize(articles[1].text, { maxInputBytes: 100 }), {
        code: 'INPUT_TOO_LARGE',
      });
    });

    // A language without data is processed with neutral rules (no stopwords, no stemmer) and
    // reported as given: forcing 'ja' on Japanese text must still summarize it.
    test('a forced language without data is processed neutrally and echoed', async () => {
      const result = await precis.summarize(articles[1].text, { lang: 'zz' });
      assert.equal(result.lang, 'zz');
      assert.ok(result.sentences.length > 0);
    });

    test('wrong argument types reject with TypeError', async () => {
      for (const text of [undefined, null, 42, {}, ['a'], new String('x')]) {
        await assert.rejects(precis.summarize(text), TypeError);
      }
      for (const options of [null, 'short', 3, ['a']]) {
        await assert.rejects(precis.tag('Some text.', options), TypeError);
      }
      await assert.rejects(precis.analyze('Some text.', { signal: 'stop' }), TypeError);
      await assert.rejects(api.Precis.create({ wasmUrl: 42 }), TypeError);
      await assert.rejects(api.Precis.create({ wasmBinary: 'bytes' }), TypeError);
      await assert.rejects(api.Precis.create({ wasmModule: new Uint8Array(8) }), TypeError);
      assert.throws(() => new api.Precis(), TypeError);
    });

    test('an aborted signal rejects with AbortError', async () => {
      const { text } = articles[2];
      const aborted = AbortSignal.abort();
      for (const call of ['summarize', 'tag', 'analyze', 'detectLanguage']) {
        await assert.rejects(precis[call](text, { signal: aborted }), (error) => {
          assert.ok(error instanceof DOMException);
          assert.equal(error.name, 'AbortError');
          return true;
        });
      }
      // Aborted after the call but before the result returns.
      const controller = new AbortController();
      const pending = precis.summarize(text, { signal: controller.signal });
      controller.abort();
      await assert.rejects(pending, { name: 'AbortError' });
      // A live signal does not get in the way.
      const live = new AbortController();
      assert.ok((await precis.summarize(text, { signal: live.signal })).sentences.length > 0);
    });

    test('lone surrogates do not crash and are read as U+FFFD', async () => {
      const text =
        'Vladimir Putin arrived in Pyongyang on Tuesday.\uD800 Kim Jong Un met him at the ' +
        'airport. The two leaders signed a pact\uDC00 on mutual defence. Lone \uDBFF';
      const seen = text.replace(/[\uD800-\uDFFF]/g, '\uFFFD');
      const summary = await precis.summarize(text, { sentences: 3 });
      // Offsets index the caller's string: only the surrogates themselves differ.
      assertSentences(seen, summary.sentences);
      for (const s of summary.sentences) {
        assert.equal(s.text.length, s.end16 - s.start16);
      }
      assertTags(seen, await precis.analyze(text, { title: 'Pact\uD83D' }));
      assert.ok((await precis.detectLanguage(text)).lang);
    });

    test('the instance stays usable after errors', async () => {
      const { text } = articles[3];
      const before = await precis.analyze(text);
      await assert.rejects(precis.analyze(''), { code: 'EMPTY_INPUT' });
      await assert.rejects(precis.analyze(text, { sentences: -1 }), { code: 'INVALID_OPTIONS' });
      await assert.rejects(precis.analyze(7), TypeError);
      await assert.rejects(precis.analyze(text, { signal: AbortSignal.abort() }), {
        name: 'AbortError',
      });
      assert.deepEqual(await precis.analyze(text), before);
    });

    test('destroy() makes later calls reject with DESTROYED, other instances keep working', async () => {
      const doomed = await api.create();
      const { text } = articles[4];
      assert.ok((await doomed.summarize(text)).sentences.length > 0);
      doomed.destroy();
      doomed.destroy();
      for (const call of ['summarize', 'tag', 'analyze', 'detectLanguage']) {
        await assert.rejects(doomed[call](text), (error) => {
          assert.ok(error instanceof api.PrecisError);
          assert.equal(error.code, 'DESTROYED');
          return true;
        });
      }
      assert.ok((await precis.summarize(text)).sentences.length > 0);
    });

    test('results are plain JSON objects', async () => {
      const result = await precis.analyze(articles[1].text);
      assert.deepEqual(JSON.parse(JSON.stringify(result)), result);
      assert.equal(Object.getPrototypeOf(result), Object.prototype);
      assert.ok(!Object.keys(precis).includes('_heapBytes'), 'heap accessor is not enumerable');
    });
  });
}

describe('module loading (release build)', { skip: builds()[0].skip }, () => {
  test('a missing wasm file rejects, and a later create() still succeeds', async () => {
    const api = await builds()[0].load();
    const missing = new URL('./does-not-exist.wasm', import.meta.url);
    await assert.rejects(api.Precis.create({ wasmUrl: missing }));
    const precis = await api.Precis.create();
    assert.equal((await precis.detectLanguage(articles[1].text)).lang, 'en');
  });

  test('create() instantiates a precompiled wasmModule, once per module', async () => {
    const api = await builds()[0].load();
    const compiled = await WebAssembly.compile(readFileSync(join(distDir, 'precis-core.wasm')));
    const a = await api.Precis.create({ wasmModule: compiled });
    const b = await api.Precis.create({ wasmModule: compiled });
    const other = await api.Precis.create();
    assert.deepEqual(await a.summarize(articles[1].text), await other.summarize(articles[1].text));
    await a.summarize(articles[1].text.repeat(2000));
    assert.equal(a._heapBytes, b._heapBytes);
  });

  test('create() shares one module per URL', async () => {
    const api = await builds()[0].load();
    const a = await api.Precis.create();
    const b = await api.Precis.create({ wasmUrl: './precis-core.wasm' });
    assert.notEqual(a, b);
    // Growing one instance's heap is visible through the other: same linear memory.
    assert.equal(a._heapBytes, b._heapBytes);
    await a.summarize(articles[1].text.repeat(2000));
    assert.equal(a._heapBytes, b._heapBytes);
  });
});
