// Time scaling on the worst inputs of the hostile-input table: each input at 1x and 10x size
// through the native CLI (`analyze`), timed as the child's CPU time (user + sys, from
// /usr/bin/time) so other load on the machine does not skew it; median of N runs. A ratio near
// 10 is linear; near 100 would be quadratic. This is a benchmark, not a test: nothing asserts
// on time. `--write` puts the table into bench/RESULTS.md. A second table (bench/lib/scaling-sizes.mjs)
// grows news text from 1 KB to 10 MB, plus a 1 MB "sentence" without a full stop, native and
// Node wasm, with peak memory; `--only hostile|sizes` runs one of the two.
//   node bench/scaling.mjs [--base-kb 500] [--runs 3] [--only sizes] [--write]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

import { REPO_ROOT } from './lib/jsonl.mjs';
import { sizeScaling } from './lib/scaling-sizes.mjs';
import { fmt2, markdownTable, writeSection } from './lib/table.mjs';

const { values } = parseArgs({
  options: {
    'base-kb': { type: 'string', default: '500' },
    runs: { type: 'string', default: '3' },
    only: { type: 'string' },
    write: { type: 'boolean', default: false },
  },
});
if (values.only !== 'hostile') {
  const body = await sizeScaling();
  console.log(body);
  if (values.write)
    console.error(
      `wrote ${writeSection('scaling-sizes', 'Scaling by input size, 1 KB to 10 MB', body)}`,
    );
}
if (values.only === 'sizes') process.exit(0);
const cli = join(REPO_ROOT, 'build', 'native', 'precis');
const baseBytes = Number(values['base-kb']) * 1024;
const runs = Number(values.runs);

// Each input is a pattern cycled to the wanted size, as in tests/hostile/table.json.
const INPUTS = {
  'one sentence, no full stop': 'and the committee said that ',
  'one word, no space': 'abcdefghij',
  'one-word lines': 'Word\n',
  'the same sentence repeated': 'President Maria Silva met officials in Geneva on Monday. ',
  'distinct sentences': null, // numbered, so no two sentences are equal
  'HTML soup': '<div><a href="/">Home</a> | <p>The mayor of Lyon opened a bridge.</p></div>\n',
  'CJK without punctuation': '\u5317\u4eac\u5e02\u653f\u5e9c\u5468\u4e00\u5ba3\u5e03',
  'ZWJ emoji and bidi controls':
    '\ud83d\udc68\u200d\ud83d\udc69\u200d\ud83d\udc67 \u202eThe president\u202c said. \u200f',
  'invalid UTF-8 bytes': Buffer.from([0xff, 0x41, 0xc0, 0xaf, 0x20, 0xed, 0xa0, 0x80, 0x2e, 0x20]),
  'nested brackets and quotes': '("[\u00ab',
};

function build(pattern, bytes) {
  if (pattern === null) {
    let text = '';
    for (let i = 0; text.length < bytes; i++) {
      text += `Officials in city ${i} reported ${i * 7} new cases on day ${i % 31}. `;
    }
    return Buffer.from(text.slice(0, bytes));
  }
  const unit = Buffer.isBuffer(pattern) ? pattern : Buffer.from(pattern, 'utf8');
  const out = Buffer.alloc(bytes);
  for (let at = 0; at < bytes; at += unit.length) unit.copy(out, at);
  return out;
}

const dir = mkdtempSync(join(tmpdir(), 'precis-scaling-'));
function cpuSeconds(file) {
  const samples = [];
  for (let i = 0; i < runs; i++) {
    // An error result (exit 1, e.g. EMPTY_INPUT) is timed like any other.
    const { stderr } = spawnSync('/usr/bin/time', ['-f', '%U %S', cli, 'analyze', file], {
      encoding: 'utf8',
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    // /usr/bin/time writes its line last on stderr.
    const [user, sys] = stderr.trim().split('\n').pop().split(' ').map(Number);
    samples.push(user + sys);
  }
  return samples.sort((a, b) => a - b)[Math.floor(samples.length / 2)];
}

const rows = [];
try {
  for (const [name, pattern] of Object.entries(INPUTS)) {
    const times = [1, 10].map((scale) => {
      const file = join(dir, 'input');
      writeFileSync(file, build(pattern, baseBytes * scale));
      return cpuSeconds(file);
    });
    // Below the clock's 10 ms resolution a ratio means nothing.
    const ratio = times[0] >= 0.02 ? fmt2(times[1] / times[0]) : '–';
    rows.push([name, fmt2(times[0]), fmt2(times[1]), ratio]);
    console.error(`${name}: ${times.join(' s, ')} s`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

const sizes = `1x = ${values['base-kb']} KiB, 10x = ${Number(values['base-kb']) * 10} KiB`;
const table = markdownTable(
  ['input (analyze, native CLI)', '1x CPU s', '10x CPU s', 'ratio 10x / 1x'],
  rows,
);
const body = `Time scaling on the worst inputs (${sizes}); CPU seconds (user + sys) of the CLI process, median of ${runs} runs. Linear time gives a ratio near 10, quadratic near 100.\n\n${table}`;
console.log(body);
if (values.write)
  console.error(`wrote ${writeSection('scaling', 'Time scaling on hostile inputs', body)}`);
