// Language packs in the wasm build: English is built in, every other language's stopwords and
// abbreviations arrive as data/lang/<code>.lang the first time a text in it comes by.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, test } from 'node:test';

import { builds, cliBuilt, distDir, runCli, samples } from './helpers.mjs';

const italian = samples().find((s) => s.name.startsWith('000'));
const wasmBytes = () => new Uint8Array(readFileSync(join(distDir, 'precis-core.wasm')));

describe('language packs', { skip: !italian && 'the samples are missing' }, () => {
  test('dist/data/lang lists a pack for every language but English', () => {
    const index = JSON.parse(readFileSync(join(distDir, 'data', 'lang', 'index.json'), 'utf8'));
    assert.ok(index.languages.length >= 60);
    for (const code of ['it', 'de', 'fr', 'ru', 'zh']) assert.ok(index.languages.includes(code));
  });

  test('an Italian text loads the Italian pack once, and reads like the CLI', async (t) => {
    if (!cliBuilt) return t.skip('build/native/precis is not built');
    const { Precis } = await import(pathToFileURL(join(distDir, 'precis.js')).href);
    // A fresh copy of the bytes is a fresh module, with nothing loaded yet.
    const precis = await Precis.create({ wasmBinary: wasmBytes() });
    const result = await precis.analyze(italian.text, { ner: false });
    const cli = JSON.parse(await runCli(['analyze', '--rules-only', italian.path]));
    assert.deepEqual(result, cli);
    assert.equal(result.lang, 'it');
  });

  test('a Polish text is stemmed by the light stemmer of its pack, as in the CLI', async (t) => {
    if (!cliBuilt) return t.skip('build/native/precis is not built');
    const { Precis } = await import(pathToFileURL(join(distDir, 'precis.js')).href);
    const precis = await Precis.create({ wasmBinary: wasmBytes() });
    // Only the genitive "emisji akustycznej" occurs; the key phrase is shown in the nominative.
    const text =
      'Przedstawiono wyniki pomiarów emisji akustycznej. Zbadano przydatność emisji ' +
      'akustycznej do wykrywania wyładowań. Wyniki pomiarów emisji akustycznej porównano z ' +
      'symulacją.';
    const dir = mkdtempSync(join(tmpdir(), 'precis-pl-'));
    try {
      writeFileSync(join(dir, 'pl.txt'), text);
      const result = await precis.tag(text, { lang: 'pl', ner: false });
      const cli = JSON.parse(
        await runCli(['tag', '--rules-only', '--lang', 'pl', join(dir, 'pl.txt')]),
      );
      assert.deepEqual(result, cli);
      assert.ok(result.keyphrases.some((k) => k.text === 'emisja akustyczna'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('without reachable packs the call still answers, on neutral rules', async () => {
    const { Precis } = await import(pathToFileURL(join(distDir, 'precis.js')).href);
    const empty = mkdtempSync(join(tmpdir(), 'precis-nodata-'));
    try {
      const languageIdModel = readFileSync(join(distDir, 'data', 'langid', 'langid.bin'));
      const precis = await Precis.create({
        wasmBinary: wasmBytes(),
        dataUrl: pathToFileURL(empty + '/'),
        languageIdModel,
      });
      const result = await precis.summarize(italian.text);
      assert.equal(result.lang, 'it');
      assert.ok(result.sentences.length > 0);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });

  test('inlined packs are used without a fetch', async () => {
    const { Precis } = await import(pathToFileURL(join(distDir, 'precis.js')).href);
    const empty = mkdtempSync(join(tmpdir(), 'precis-nodata-'));
    try {
      const pack = readFileSync(join(distDir, 'data', 'lang', 'it.lang'), 'utf8');
      const precis = await Precis.create({
        wasmBinary: wasmBytes(),
        dataUrl: pathToFileURL(empty + '/'),
        languageIdModel: readFileSync(join(distDir, 'data', 'langid', 'langid.bin')),
        languagePacks: { it: pack },
      });
      const withPack = await precis.summarize(italian.text);
      const reference = await (await Precis.create()).summarize(italian.text);
      assert.deepEqual(withPack, reference);
      await assert.rejects(Precis.create({ languagePacks: 'it' }), TypeError);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});

for (const build of builds()) {
  describe(`language packs in the core, ${build.name} build`, { skip: build.skip }, () => {
    test('a malformed pack is a typed error and changes nothing', async () => {
      const core = await (await build.load()).rawModule();
      assert.equal(JSON.parse(core.loadLanguagePack('nonsense')).error.code, 'INVALID_OPTIONS');
      assert.equal(core.hasLanguage('en'), true);
      assert.equal(core.hasLanguage('qq'), false);
    });
  });
}
