// Part of `npm start`: summarizes and tags the sample articles with the native CLI and prints a
// readable digest to the terminal. The samples live in ../shared/samples beside the project.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const cli = `${root}build/native/precis`;
const samples = `${root}../shared/samples/putin-north-korea/`;

if (!existsSync(samples)) {
  console.log(`No sample articles at ${samples}; skipping the terminal digest.`);
} else {
  for (const name of readdirSync(samples)
    .filter((f) => f.endsWith('.txt'))
    .sort()) {
    const started = process.hrtime.bigint();
    const result = JSON.parse(execFileSync(cli, ['analyze', samples + name], { encoding: 'utf8' }));
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    console.log(
      `\n\u001b[1m${name}\u001b[0m  [${result.lang}]  ${ms.toFixed(1)} ms (process included)`,
    );
    if (result.title) console.log(`  ${result.title}`);
    for (const sentence of result.sentences) console.log(`  \u2022 ${sentence.text}`);
    const names = result.entities.slice(0, 8).map((e) => `${e.text} (${e.type}\u00d7${e.count})`);
    console.log(`  entities: ${names.join(', ')}`);
    console.log(`  key phrases: ${result.keyphrases.map((k) => k.text).join(', ')}`);
  }

  // All samples as one story: what the sources agree on and who reported it.
  const names = readdirSync(samples)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  const request = JSON.stringify({
    docs: names.map((name) => ({ id: name, text: readFileSync(samples + name, 'utf8') })),
  });
  const digest = JSON.parse(
    execFileSync(cli, ['story', '--length', 'medium'], { encoding: 'utf8', input: request }),
  );
  console.log(`\n\u001b[1mStory digest of all ${names.length} articles\u001b[0m`);
  for (const sentence of digest.sentences) {
    const support = sentence.support.map((i) => i + 1).join(', ');
    console.log(`  \u2022 ${sentence.text}`);
    console.log(`    [sample ${sentence.article + 1}${support ? `; also in ${support}` : ''}]`);
  }
  const shared = digest.entities.filter((e) => e.articles.length > 1).slice(0, 8);
  console.log(
    `  shared entities: ${shared.map((e) => `${e.text} (${e.articles.length})`).join(', ')}`,
  );
}
