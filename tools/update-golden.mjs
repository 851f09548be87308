// npm run golden:update: rewrites tests/golden/<sample>.json (the `precis analyze` output for each
// sample article in ../shared/samples) and tests/cases/<name>/expected.json (the same for each
// hand-made edge case), and tests/golden/story/putin-north-korea.json (`precis story --length
// long` of all samples). Review the diff before committing: it is the behaviour change.
import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const cli = `${root}build/native/precis`;
const samples = `${root}../shared/samples/putin-north-korea/`;

function analyze(file) {
  let out;
  try {
    out = execFileSync(cli, ['analyze', file], { encoding: 'utf8' });
  } catch (error) {
    out = error.stdout; // input errors exit 1 and still print their JSON
  }
  return `${JSON.stringify(JSON.parse(out), null, 2)}\n`;
}

if (existsSync(samples)) {
  for (const name of readdirSync(samples).filter((f) => f.endsWith('.txt'))) {
    const target = `${root}tests/golden/${name.replace(/\.txt$/, '.json')}`;
    writeFileSync(target, analyze(samples + name));
    console.log(`wrote ${target}`);
  }
  // The story digest of all samples, as tests/core/golden_test.cpp requests it.
  const docs = readdirSync(samples)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ id: f.replace(/\.txt$/, ''), text: readFileSync(samples + f, 'utf8') }));
  const dir = mkdtempSync(`${tmpdir()}/precis-golden-`);
  writeFileSync(`${dir}/story.json`, JSON.stringify({ docs }));
  const story = execFileSync(cli, ['story', '--length', 'long', `${dir}/story.json`], {
    encoding: 'utf8',
  });
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(`${root}tests/golden/story`, { recursive: true });
  const target = `${root}tests/golden/story/putin-north-korea.json`;
  writeFileSync(target, `${JSON.stringify(JSON.parse(story), null, 2)}\n`);
  console.log(`wrote ${target}`);
} else {
  console.warn(`no samples at ${samples}: golden files left as they are`);
}
for (const name of readdirSync(`${root}tests/cases`)) {
  const dir = `${root}tests/cases/${name}/`;
  if (!existsSync(`${dir}input.txt`)) continue;
  writeFileSync(`${dir}expected.json`, analyze(`${dir}input.txt`));
  console.log(`wrote ${dir}expected.json`);
}
