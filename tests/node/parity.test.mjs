// wasm JSON == CLI JSON: for every sample and verb, the string the wasm core returns is the exact
// line the native CLI prints, and precis.js returns that object unchanged.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { before, describe, test } from 'node:test';

import { builds, cliBuilt, cliPath, distDir, runCli, samples } from './helpers.mjs';

const articles = samples();

// verb name for the core, CLI arguments, precis.js method, options (camelCase and CLI flags).
// The CLI loads the NER models beside it by default and the JS API only when asked: the rules
// cases compare `--rules-only` with the default API, the model cases the CLI default with
// { ner: true }.
const cases = [
  { verb: 'summarize', method: 'summarize', options: {}, flags: [] },
  { verb: 'tag', method: 'tag', options: { ner: false }, flags: ['--rules-only'] },
  { verb: 'analyze', method: 'analyze', options: { ner: false }, flags: ['--rules-only'] },
  { verb: 'tag', method: 'tag', options: { ner: true }, flags: [], ner: true },
  { verb: 'analyze', method: 'analyze', options: { ner: true }, flags: [], ner: true },
  { verb: 'lang', method: 'detectLanguage', options: {}, flags: [] },
  {
    verb: 'summarize',
    method: 'summarize',
    options: { sentences: 2 },
    flags: ['--sentences', '2'],
  },
  {
    verb: 'summarize',
    method: 'summarize',
    options: { length: 'long' },
    flags: ['--length', 'long'],
  },
  {
    verb: 'tag',
    method: 'tag',
    options: { keyphrases: 5, ner: false },
    flags: ['--keyphrases', '5', '--rules-only'],
  },
];

const langDir = join(distDir, 'data', 'lang');
const languagePacks = () =>
  readdirSync(langDir)
    .filter((f) => f.endsWith('.lang'))
    .map((f) => readFileSync(join(langDir, f), 'utf8'));

const nerDir = join(distDir, 'data', 'ner');
const nerModels = () =>
  readdirSync(nerDir)
    .filter((f) => f.endsWith('.ner'))
    .map((f) => readFileSync(join(nerDir, f)));

// The core changes under active development: say so when the CLI and the wasm were built apart.
function skewNote() {
  const cli = statSync(cliPath).mtimeMs;
  const wasm = statSync(join(distDir, 'precis-core.wasm')).mtimeMs;
  const minutes = Math.abs(cli - wasm) / 60000;
  return minutes > 1
    ? ` (CLI and dist/ built ${minutes.toFixed(0)} min apart: rerun npm run build)`
    : '';
}

function stripNewline(s) {
  return s.endsWith('\n') ? s.slice(0, -1) : s;
}

for (const build of builds()) {
  const skip = build.skip || (!cliBuilt && 'build/native/precis is not built: run `npm run build`');
  describe(`wasm/CLI parity, ${build.name} build`, { skip }, () => {
    let precis;
    let precisWithNer;
    let core;
    before(async () => {
      const api = await build.load();
      precis = await api.create();
      const dataUrl = pathToFileURL(join(distDir, 'data') + '/');
      precisWithNer = await api.create({ ner: true, dataUrl });
      core = await api.rawModule();
      for (const model of nerModels()) assert.equal(core.loadNerModel(model), '');
      // The raw module reads other languages than English only from their packs, as precis.js
      // loads them on demand.
      for (const pack of languagePacks()) assert.equal(core.loadLanguagePack(pack), '');
    });

    test('the sample articles are present', () => assert.equal(articles.length, 5));

    for (const { name, path, text } of articles) {
      for (const { verb, method, options, flags, ner } of cases) {
        const label = [verb, ...flags, ner ? '(NER model)' : ''].join(' ');
        test(`${label} ${name}`, async () => {
          const cli = stripNewline(await runCli([verb, ...flags, path]));
          assert.ok(!cli.includes('\n'), 'the CLI prints one JSON line per file');
          const raw = core.run(verb, text, JSON.stringify(options));
          assert.equal(raw, cli, `raw JSON strings differ${skewNote()}`);
          const expected = JSON.parse(cli);
          assert.ok(!('error' in expected), `the CLI failed: ${cli}`);
          const api = ner ? precisWithNer : precis;
          const { ner: _, ...apiOptions } = options;
          assert.deepEqual(await api[method](text, apiOptions), expected);
        });
      }
    }

    test('errors are identical too', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'precis-parity-'));
      try {
        const blank = join(dir, 'blank.txt');
        writeFileSync(blank, '  \n\t\n');
        // The CLI exits 1 on an input error but still prints the JSON line on stdout.
        const cli = await runCli(['summarize', blank]).then(
          () => assert.fail('the CLI accepted a blank file'),
          (error) => stripNewline(error.stdout),
        );
        assert.equal(core.run('summarize', '  \n\t\n', '{}'), cli);
        assert.equal(JSON.parse(cli).error.code, 'EMPTY_INPUT');
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });
}
