// Builds the fuzz seed corpora into build/fuzz/seeds/<target>/ (never committed): the sample
// articles, a few items of each dev set, the edge cases of tests/cases, hostile byte strings and
// option objects. Each seed is named by its SHA-1, as libFuzzer names corpus files.
// Usage: node tests/fuzz/build-corpus.mjs [outDir]
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const shared = join(root, '..', 'shared');
const outDir = process.argv[2] ?? join(root, 'build', 'fuzz', 'seeds');
const MAX_SEED_BYTES = 16 << 10; // libFuzzer's -max_len in tests/fuzz/run.mjs
const DEV_ITEMS = 3;

const seeds = new Map(); // target -> Buffer[]
function add(targets, content) {
  const buffer = Buffer.isBuffer(content) ? content : Buffer.from(content, 'utf8');
  for (const target of targets) {
    if (!seeds.has(target)) seeds.set(target, []);
    seeds.get(target).push(buffer.subarray(0, MAX_SEED_BYTES));
  }
}

function devLines(dataset, n = DEV_ITEMS) {
  const path = join(shared, 'data', dataset, 'dev.jsonl');
  if (!existsSync(path)) return [];
  return readFileSync(path, 'utf8').split('\n').filter(Boolean).slice(0, n).map(JSON.parse);
}

function files(dir, pick) {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return [];
  return readdirSync(dir)
    .sort()
    .flatMap((name) => pick(join(dir, name), name));
}

const TEXT_VERBS = ['summarize', 'tag', 'analyze', 'lang'];
const OPTION_LINES = [
  '{}',
  '{"type":"tldr","length":"long"}',
  '{"type":"headline","length":"medium"}',
  '{"type":"teaser","sentences":2,"keyphrases":3}',
  '{"words":12,"lang":"en","title":"A title"}',
  '{"maxInputBytes":300,"onTooLarge":"truncate"}',
  '{"maxInputBytes":300,"onTooLarge":"error"}',
  '{"lang":"fr","keyphrases":0}',
  '{"lang":"xx"}',
  '{"sentences":1000,"keyphrases":100}',
];

// Articles: samples, dev items, edge cases.
const articles = [];
files(join(shared, 'samples'), (dir) =>
  files(dir, (path, name) => (name.endsWith('.txt') ? [readFileSync(path)] : [])),
).forEach((a) => articles.push(a));
for (const dataset of ['cnndm', 'bbc-news', 'orangesum-fr', 'tes-tr', 'kp-wikinews-fr']) {
  for (const item of devLines(dataset)) articles.push(Buffer.from(item.text ?? '', 'utf8'));
}
for (const item of devLines('lingua-sentences', 40).filter((_, i) => i % 4 === 0)) {
  articles.push(Buffer.from(item.text, 'utf8'));
}
files(join(root, 'tests', 'cases'), (dir) =>
  existsSync(join(dir, 'input.txt')) ? [readFileSync(join(dir, 'input.txt'))] : [],
).forEach((a) => articles.push(a));

// Byte strings that exercise the decoder: every kind of invalid UTF-8, bidi controls, ZWJ.
const hostile = [
  Buffer.from([0xc0, 0xaf, 0x20, 0xe0, 0x80, 0xaf, 0x20, 0xed, 0xa0, 0x80, 0x2e]), // overlong, surrogate
  Buffer.from([0x41, 0xe2, 0x82, 0x20, 0xf0, 0x9f, 0x98, 0x2e, 0x20, 0xff, 0xfe, 0xf4, 0x90]),
  Buffer.from('Nul\u0000byte. Second\u0000 sentence.\u0000', 'utf8'),
  Buffer.from(
    '\u202eevil\u202c \u200f\u05e9\u05dc\u05d5\u05dd\u200e hello. \u2066x\u2069.',
    'utf8',
  ),
  Buffer.from(
    'e\u0301\u0301\u0301 \ud83d\udc68\u200d\ud83d\udc69\u200d\ud83d\udc67. 北京欢迎你。东京。',
  ),
  Buffer.from('<div><script>var a="x.y";</script><p>Hello &amp; bye.</p></div>'),
];

for (const article of [...articles, ...hostile]) {
  for (const [i, options] of OPTION_LINES.entries()) {
    // Every article with {}; each option line with a few of them, to keep the corpus small.
    if (i === 0 || articles.indexOf(article) % OPTION_LINES.length === i) {
      add(TEXT_VERBS, Buffer.concat([Buffer.from(options + '\n'), article]));
    }
  }
  add(['utf8'], article);
  add(['jsonl'], JSON.stringify({ id: seeds.get('jsonl')?.length ?? 0, text: article.toString() }));
  add(['jsonl'], JSON.stringify({ id: 'x', text: article.toString() }));
}
// Stories: articles separated by 0x1E, as tests/fuzz/fuzz_story.cpp cuts them.
const RS = Buffer.from([0x1e]);
for (let i = 0; i + 1 < articles.length; i += 3) {
  add(
    ['story'],
    Buffer.concat([articles[i], RS, articles[i + 1], RS, hostile[i % hostile.length]]),
  );
}
add(['story'], Buffer.concat(articles.slice(0, 5).flatMap((a) => [a.subarray(0, 3000), RS])));
add(
  ['story'],
  '{"docs":[{"text":"One.","id":[1]},{"text":"Two.","lang":"it"}],"languages":["it"]}',
);
add(['story'], '[{"text":""},{"text":" "}]');
for (const options of OPTION_LINES) add(['options'], options);
add(['options'], '{"type":"bogus"}');
add(['options'], '{"sentences":-1,"words":1.5,"maxInputBytes":"9"}');
add(['options'], '[1,2,{"a":null}]');
add(
  ['jsonl'],
  '{"id":{"nested":[1,2]},"text":"Title line\\n\\nBody text.","title":null,"lang":"de"}',
);
add(['jsonl'], '{"id":"x","text":42}');
add(['jsonl'], 'not json');

for (const dataset of ['conll2003-en', 'conll2002-es', 'conll2002-nl', 'kind-wikinews-it']) {
  for (const item of devLines(dataset, 8)) {
    add(['ner'], JSON.stringify({ id: item.id, tokens: item.tokens, lang: item.lang }));
  }
}
add(['ner'], '{"id":1,"tokens":["", " ", "\\u0000", "Mr.", "Putin", "\\ud800"]}');
add(['ner'], '{"id":2,"tokens":[]}');

rmSync(outDir, { recursive: true, force: true });
let total = 0;
for (const [target, list] of seeds) {
  const dir = join(outDir, target);
  mkdirSync(dir, { recursive: true });
  for (const seed of list) {
    writeFileSync(join(dir, createHash('sha1').update(seed).digest('hex')), seed);
    total++;
  }
}
console.log(`fuzz seeds: ${total} files in ${outDir} (${[...seeds.keys()].join(', ')})`);
