// The hostile-input table (tests/hostile/table.json) through the wasm JS API: each row gives a
// typed PrecisError or a result whose offsets are exact, and the same Precis instance must still
// summarize a sample article identically after every row. tests/core/hostile_test.cpp runs the
// same rows natively. The input reaches wasm as a page would hand it over: the row's bytes
// decoded by TextDecoder, so offsets are checked against that string.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';

import { builds, rootDir, samples } from './helpers.mjs';

const table = JSON.parse(readFileSync(join(rootDir, 'tests', 'hostile', 'table.json'), 'utf8'));
const VERBS = { summarize: 'summarize', tag: 'tag', analyze: 'analyze', lang: 'detectLanguage' };

// The bytes a row describes: parts concatenated, then cycled and cut to `bytes` if given.
function buildInput(spec) {
  const pieces = [];
  for (const part of spec.parts) {
    const piece =
      part.text !== undefined
        ? Buffer.from(part.text, 'utf8')
        : Buffer.from(part.hex.replaceAll(' ', ''), 'hex');
    for (let i = 0; i < (part.times ?? 1); i++) pieces.push(piece);
  }
  const pattern = Buffer.concat(pieces);
  if (spec.bytes === undefined) return pattern;
  const out = Buffer.alloc(spec.bytes);
  for (let at = 0; at < spec.bytes; at += pattern.length) pattern.copy(out, at);
  return out;
}

const forWasm = (row, key) => row.wasm?.[key] ?? row[key] ?? {};

// Every span's byte and UTF-16 offsets name the same code-point boundary of `text`, in one walk
// over the string; `text` of a sentence is the slice.
function assertSpans(text, result) {
  const pairs = [];
  for (const s of result.sentences ?? []) {
    assert.equal(text.slice(s.start16, s.end16), s.text, 'sentence text is the slice');
    pairs.push(s);
  }
  for (const e of result.entities ?? []) {
    assert.equal(e.count, e.mentions.length);
    pairs.push(...e.mentions);
  }
  const points = pairs.flatMap((p) => {
    assert.ok(p.start <= p.end && p.start16 <= p.end16, `ordered span ${JSON.stringify(p)}`);
    return [
      [p.start16, p.start],
      [p.end16, p.end],
    ];
  });
  points.sort((a, b) => a[0] - b[0]);
  let units = 0;
  let bytes = 0;
  for (const [unit, byte] of points) {
    while (units < unit && units < text.length) {
      const cp = text.codePointAt(units);
      units += cp > 0xffff ? 2 : 1;
      bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    }
    assert.equal(units, unit, `UTF-16 offset ${unit} is inside a character or past the end`);
    assert.equal(bytes, byte, `UTF-16 offset ${unit} is byte ${bytes}, not ${byte}`);
  }
}

async function checkRow(precis, PrecisError, row) {
  const text = new TextDecoder().decode(buildInput(row.input));
  const options = forWasm(row, 'options');
  const expect = forWasm(row, 'expect');
  const call = precis[VERBS[row.verb]].bind(precis);
  if (expect.error) {
    await assert.rejects(call(text, options), (error) => {
      assert.ok(error instanceof PrecisError, `a PrecisError, not ${error}`);
      assert.equal(error.code, expect.error);
      return true;
    });
    return;
  }
  const result = await call(text, options);
  assert.equal(typeof result.lang, 'string');
  assertSpans(text, result);
  const sentences = result.sentences?.length ?? 0;
  if (expect.minSentences !== undefined)
    assert.ok(sentences >= expect.minSentences, `${sentences}`);
  if (expect.maxSentences !== undefined)
    assert.ok(sentences <= expect.maxSentences, `${sentences}`);
  if (expect.minEntities !== undefined) assert.ok(result.entities.length >= expect.minEntities);
  if (expect.lang !== undefined) assert.equal(result.lang, expect.lang);
  assert.equal(result.truncated ?? false, expect.truncated ?? false);
}

const sample = samples()[0];

for (const build of builds()) {
  describe(`hostile inputs (${build.name} wasm)`, { skip: build.skip }, () => {
    let api;
    let precis;
    let baseline;
    before(async () => {
      api = await build.load();
      precis = await api.create();
      baseline = sample && (await precis.summarize(sample.text));
    });

    for (const row of table.rows) {
      test(`${row.name}: ${forWasm(row, 'expect').error ?? 'a sound result'}`, async () => {
        await checkRow(precis, api.PrecisError, row);
        // The same instance still works, with no state carried over from the row.
        if (sample) assert.deepEqual(await precis.summarize(sample.text), baseline);
      });
    }
  });
}

// JSON handed to the core as text (options, a story, a feed line) nested 100,000 levels deep:
// nlohmann recursed once per level and overflowed the stack; the core now refuses it up front.
for (const build of builds()) {
  describe(`deeply nested JSON (${build.name} wasm)`, { skip: build.skip }, () => {
    test('is a typed error, and the module keeps working', async () => {
      const core = await (await build.load()).rawModule();
      const deep = '['.repeat(100000) + ']'.repeat(100000);
      const codeOf = (json) => JSON.parse(json).error?.code;
      assert.equal(
        codeOf(core.run('summarize', 'A cat sat. A dog ran.', `{"context":${deep}}`)),
        'INVALID_JSON',
      );
      assert.equal(codeOf(core.run('story', `{"id":${deep},"docs":[]}`, '{}')), 'INVALID_JSON');
      const feed = core.clusterCreate();
      assert.equal(
        codeOf(core.clusterAdd(feed, `{"id":${deep},"text":"A cat sat."}`, '{}')),
        'INVALID_JSON',
      );
      core.clusterDestroy(feed);
      const fine = JSON.parse(core.run('summarize', 'A cat sat on the mat. A dog ran away.', '{}'));
      assert.equal(fine.sentences.length, 2);
    });
  });
}
