// Story digests and clustering through the JS API: the same bytes as the CLI, the documented
// shapes, typed errors, and a clusterer that is freed when destroyed.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';

import { builds, cliBuilt, distDir, runCli, samples } from './helpers.mjs';

const articles = samples().map(({ name, text }) => ({ id: name.slice(0, 3), text }));

function withFile(content, fn) {
  const dir = mkdtempSync(join(tmpdir(), 'precis-story-'));
  const path = join(dir, 'input.json');
  writeFileSync(path, content);
  return fn(path).finally(() => rmSync(dir, { recursive: true, force: true }));
}

for (const build of builds()) {
  const skip = build.skip || (!cliBuilt && 'build/native/precis is not built: run `npm run build`');
  describe(`story and cluster, ${build.name} build`, { skip }, () => {
    let precis;
    let api;
    before(async () => {
      api = await build.load();
      precis = await api.create();
    });

    test('story returns the CLI digest of the five samples byte for byte', async () => {
      const request = JSON.stringify({ docs: articles });
      const cli = await withFile(request, (path) =>
        runCli(['story', '--rules-only', '--length', 'medium', path]),
      );
      const core = await api.rawModule();
      // The raw module has English built in; precis.js loads other packs on demand, here by hand.
      const packs = join(distDir, 'data', 'lang');
      for (const file of readdirSync(packs).filter((f) => f.endsWith('.lang'))) {
        assert.equal(core.loadLanguagePack(readFileSync(join(packs, file), 'utf8')), '');
      }
      assert.equal(core.run('story', request, '{"length":"medium"}') + '\n', cli);
      assert.deepEqual(await precis.story(articles, { length: 'medium' }), JSON.parse(cli));
    });

    test('story sentences slice their own article at their offsets, with support', async () => {
      const digest = await precis.story(articles, { length: 'long' });
      assert.equal(digest.articles.length, 5);
      assert.equal(digest.sentences.length, 7);
      for (const s of digest.sentences) {
        assert.equal(articles[s.article].text.slice(s.start16, s.end16), s.text);
        assert.ok(Array.isArray(s.support) && !s.support.includes(s.article));
      }
      assert.ok(
        digest.sentences.some((s) => s.support.length >= 2),
        'some fact is shared',
      );
      const keys = new Map(digest.entities.map((e) => [e.key, e]));
      for (const key of ['PER:putin', 'LOC:KP', 'LOC:RU']) {
        assert.deepEqual(keys.get(key)?.articles, [0, 1, 2, 3, 4], key);
      }
      const kim = digest.entities.find((e) => e.text === 'Kim Jong Un');
      assert.ok(kim?.articles.includes(0), 'Kim Jong Un is merged with the Italian article');
    });

    test('story takes plain strings, a word budget and an output language', async () => {
      const texts = articles.map((a) => a.text);
      const digest = await precis.story(texts, { words: 80, languages: ['it'] });
      assert.ok(digest.sentences.length > 0);
      assert.ok(
        digest.sentences.every((s) => s.article === 0),
        'only the Italian article speaks',
      );
      const words = digest.sentences.reduce((n, s) => n + s.text.split(/\s+/).length, 0);
      assert.ok(words <= 80, `${words} words`);
    });

    test('story errors are typed', async () => {
      await assert.rejects(precis.story([]), { name: 'PrecisError', code: 'EMPTY_INPUT' });
      await assert.rejects(precis.story('text'), TypeError);
      await assert.rejects(precis.story([{ title: 'no text' }]), TypeError);
      await assert.rejects(precis.story(['a b c'], { languages: 'it' }), {
        code: 'INVALID_OPTIONS',
      });
      const digest = await precis.story(['   ', articles[1].text]);
      assert.equal(digest.articles[0].error.code, 'EMPTY_INPUT');
      assert.ok(digest.sentences.every((s) => s.article === 1));
    });

    test('a clusterer groups a feed and matches the CLI', async () => {
      const feed = [
        ...articles,
        {
          id: 'x1',
          text: 'The central bank raised interest rates by half a point on Tuesday. Inflation stays high, the bank said, and markets fell.',
        },
        {
          id: 'x2',
          text: 'Markets fell after the central bank raised interest rates again. The bank expects inflation to stay high this year.',
        },
      ];
      const clusterer = precis.createClusterer();
      for (const article of feed) {
        const added = await clusterer.add(article);
        assert.equal(added.id, article.id);
        assert.equal(typeof added.cluster, 'number');
      }
      const result = await clusterer.clusters();
      assert.equal(result.articles, feed.length);
      const story = (id) => result.clusters.findIndex((c) => c.ids.includes(id));
      assert.equal(story('x1'), story('x2'));
      assert.notEqual(story('x1'), story('001'));
      assert.equal(story('001'), story('002'));
      const cli = await withFile(feed.map((a) => JSON.stringify(a)).join('\n'), (path) =>
        runCli(['cluster', '--jsonl', '--rules-only', path]),
      );
      assert.deepEqual(result, JSON.parse(cli));
      clusterer.destroy();
      await assert.rejects(clusterer.clusters(), { code: 'DESTROYED' });
    });

    test('a clusterer reports a bad article and leaves it out', async () => {
      const clusterer = precis.createClusterer();
      await assert.rejects(clusterer.add({ id: 1, text: '  ' }), { code: 'EMPTY_INPUT' });
      assert.equal((await clusterer.clusters()).articles, 0);
      clusterer.destroy();
    });
  });
}
