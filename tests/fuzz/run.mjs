// Runs the libFuzzer targets of build/fuzz, two at a time (one per core), each for a bounded
// time or number of runs, and prints one Markdown row per target. Exit code 1 if any target
// finds a crash, leak, timeout or property violation (the input is saved under
// build/fuzz/artifacts/<target>/).
//   node tests/fuzz/run.mjs --seconds 20            # the CI smoke (npm run test:fuzz)
//   node tests/fuzz/run.mjs --runs 1000000          # the long run (README)
//   options: --jobs N (parallel targets, default 2), --targets a,b (default all),
//            --max-len N (bytes per input, default 4096; seeds are cut to it),
//            --bin DIR (the fuzz_* executables), --work DIR (corpus/ and artifacts/)
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = fileURLToPath(new URL('../../', import.meta.url));
// Slowest first, so a parallel run ends with the short ones.
const ALL = ['analyze', 'story', 'jsonl', 'summarize', 'tag', 'lang', 'ner', 'options', 'utf8'];

const { values } = parseArgs({
  options: {
    seconds: { type: 'string' },
    runs: { type: 'string' },
    jobs: { type: 'string', default: '2' },
    'max-len': { type: 'string', default: '4096' },
    bin: { type: 'string', default: join(root, 'build', 'fuzz', 'tests', 'fuzz') },
    work: { type: 'string', default: join(root, 'build', 'fuzz') },
    targets: { type: 'string', default: ALL.join(',') },
  },
});
if (!values.seconds && !values.runs) {
  console.error('usage: node tests/fuzz/run.mjs --seconds N | --runs N [--jobs N] [--targets a,b]');
  process.exit(2);
}

function fuzz(target) {
  const exe = join(values.bin, `fuzz_${target}`);
  if (!existsSync(exe)) return Promise.resolve({ target, rc: 1, log: `${exe} is not built` });
  const corpus = join(values.work, 'corpus', target); // grows; seeds stay read-only
  const artifacts = join(values.work, 'artifacts', target) + '/';
  mkdirSync(corpus, { recursive: true });
  mkdirSync(artifacts, { recursive: true });
  const args = [
    `-dict=${join(root, 'tests', 'fuzz', 'json.dict')}`,
    `-max_len=${values['max-len']}`,
    '-timeout=10', // seconds per input: a hang is a failure
    '-rss_limit_mb=2048',
    '-print_final_stats=1',
    `-artifact_prefix=${artifacts}`,
    ...(values.seconds ? [`-max_total_time=${values.seconds}`] : []),
    // Long runs turn off the entropic schedule: with thousands of corpus units its feature
    // bookkeeping (InputCorpus::UpdateFeatureFrequency) took 56% of fuzz_story's time.
    ...(values.runs ? [`-runs=${values.runs}`, '-entropic=0'] : []),
    corpus,
    join(root, 'build', 'fuzz', 'seeds', target),
  ];
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(exe, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let log = '';
    child.stderr.on('data', (chunk) => {
      log = (log + chunk).slice(-200_000);
    });
    child.on('close', (rc) => resolve({ target, rc, log, seconds: (Date.now() - started) / 1000 }));
  });
}

// libFuzzer exits 72 when interrupted (SIGINT): stopped early, nothing found.
const verdict = (rc) =>
  rc === 0 ? 'ok' : rc === 72 ? 'interrupted, no finding' : `FAILED (exit ${rc})`;
const stat = (log, name) => Number(log.match(new RegExp(`stat::${name}:\\s+(\\d+)`))?.[1] ?? 0);

const queue = values.targets.split(',');
const results = [];
await Promise.all(
  Array.from({ length: Number(values.jobs) }, async () => {
    while (queue.length) {
      const r = await fuzz(queue.shift());
      results.push(r);
      process.stderr.write(`fuzz_${r.target}: ${verdict(r.rc)}\n`);
      if (r.rc !== 0 && r.rc !== 72) process.stderr.write(r.log.slice(-6000) + '\n');
    }
  }),
);

console.log('| target | executions | exec/s | new corpus units | peak RSS MB | seconds | result |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: | --- |');
for (const target of values.targets.split(',')) {
  const r = results.find((x) => x.target === target);
  const runs = stat(r.log, 'number_of_executed_units');
  console.log(
    `| fuzz_${target} | ${runs} | ${stat(r.log, 'average_exec_per_sec')} | ` +
      `${stat(r.log, 'new_units_added')} | ${stat(r.log, 'peak_rss_mb')} | ` +
      `${r.seconds?.toFixed(0) ?? '-'} | ${verdict(r.rc)} |`,
  );
}
process.exit(results.every((r) => r.rc === 0 || r.rc === 72) ? 0 : 1);
