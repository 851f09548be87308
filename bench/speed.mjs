// Speed, start-up, payload and memory of Précis against its npm peers, in one run (issue 9).
//   npm run bench:speed [-- --quick] [-- --sections speed,startup,payload,memory] [-- --write]
// speed:   per-call medians of summarize, tag, analyze (summary + tags in one pass) and lang in
//          native (bench/speed_bench.cpp), Node wasm and Chromium wasm (bench/lib/speed-precis.mjs,
//          speed-chromium.mjs), on the five samples and on dev articles grouped by length
//          (bench/lib/speed-texts.mjs), and the npm peers on the same texts in the same process
//          (bench/lib/speed-peers.mjs). Each timed call gets a text it has not seen before;
//          warm-up calls use other texts. Ratios are peer / Précis (Node wasm): > 1 = Précis faster.
// startup: bench/lib/startup.mjs; payload: bench/lib/payload.mjs; memory: bench/lib/memory.mjs.
// Nothing here asserts on time: the "bar" table says pass or fail against issue 9's numbers.
import { parseArgs } from 'node:util';

import { measureMemory } from './lib/memory.mjs';
import { measurePayload } from './lib/payload.mjs';
import { chromiumSession } from './lib/speed-chromium.mjs';
import { speedPeers } from './lib/speed-peers.mjs';
import { METHOD, nativeTimes, nodePrecis, VERBS } from './lib/speed-precis.mjs';
import { barTable, peerTable, precisTable } from './lib/speed-report.mjs';
import { speedGroups } from './lib/speed-texts.mjs';
import { measureStartup } from './lib/startup.mjs';
import { writeSection } from './lib/table.mjs';
import { median, timeCalls } from './lib/timing.mjs';

const { values } = parseArgs({
  options: {
    sections: { type: 'string', default: 'speed,startup,payload,memory' },
    groups: { type: 'string' },
    quick: { type: 'boolean', default: false },
    'peer-budget-ms': { type: 'string', default: '6000' },
    write: { type: 'boolean', default: false },
  },
});
const sections = new Set(values.sections.split(','));
const peerBudget = Number(values['peer-budget-ms']);
// `story` (another verb, in progress elsewhere) gets its row as soon as the core knows it.
const OPTIONAL_VERBS = ['story'];
const PEER_JOB = { summary: 'summarize', tags: 'tag', keyphrases: 'tag', lang: 'lang' };

async function speed() {
  const counts = values.quick
    ? { '≤300': 12, '~1,000': 12, '~3,000': 4, '~10,000': 3 }
    : { '≤300': 40, '~1,000': 40, '~3,000': 12, '~10,000': 6 };
  let groups = speedGroups(counts);
  if (values.groups) groups = groups.filter((g) => values.groups.split(',').includes(g.name));
  const node = await nodePrecis();
  const verbs = [...VERBS, ...OPTIONAL_VERBS.filter((v) => typeof node[v] === 'function')];
  const missing = OPTIONAL_VERBS.filter((v) => !verbs.includes(v));
  const chromium = await chromiumSession();
  const peers = await speedPeers();
  const results = [];
  try {
    for (const group of groups) {
      const texts = group.texts.map((x) => x.text);
      const warm = group.warm.map((x) => x.text);
      const words = median(group.texts.map((x) => x.words));
      const r = { group: group.name, n: texts.length, words, precis: {}, peers: [] };
      for (const verb of verbs) {
        // Native: warm-up texts first in the same process, their times dropped.
        const nat = nativeTimes(verb, [...warm.slice(0, 3), ...texts]).slice(3);
        const method = METHOD[verb] ?? verb;
        const nodeT = await timeCalls((t) => node[method](t), texts, warm, 60000);
        const chr = await chromium.times(verb, texts, warm, 60000);
        r.precis[verb] = { native: median(nat), node: nodeT.median, chromium: median(chr) };
        console.error(`${group.name} ${verb}: ${JSON.stringify(r.precis[verb])}`);
      }
      for (const [job, list] of Object.entries(peers)) {
        for (const [name, fn] of list) {
          const t = await timeCalls(fn, texts, warm.slice(0, 3), peerBudget);
          r.peers.push({ job, name, n: t.ms.length, median: t.median, verb: PEER_JOB[job] });
          console.error(`${group.name} ${name}: ${t.median.toFixed(3)} ms (n=${t.ms.length})`);
        }
      }
      results.push(r);
    }
  } finally {
    await chromium.close();
  }
  const storyNote = missing.length
    ? `\n\n\`story\`: not in this build yet (another branch adds it); its rows appear here once \`Precis#story\` and the core verb exist.`
    : '';
  const head = `Per-call medians in ms; every call on a text not seen before (warm-up on other texts). Précis: native = \`precis::run_json\` in bench/speed_bench.cpp; Node / Chromium = the public JS API on dist/ (wasm, -O3, see wasm/CMakeLists.txt), result parsed; language-ID model loaded, rules NER (the API's default). Chromium ${chromium.version}, cross-origin isolated: ${chromium.isolated}. Peers run in the same Node process on the same texts, capped at ${peerBudget / 1000} s per peer and group (n = calls made). Ratio = peer / Précis Node wasm (Précis tag for the tag and key-phrase peers).`;
  return [
    head + storyNote,
    '### Précis, three runtimes',
    precisTable(results, verbs),
    '### Peers, same texts, same run',
    peerTable(results),
    "### Issue 9's bar (group ~1,000, Node wasm)",
    barTable(results),
  ].join('\n\n');
}

const out = [];
if (sections.has('speed')) out.push(['speed', 'Speed against the npm peers', await speed()]);
if (sections.has('startup')) out.push(['startup', 'Start-up in Chromium', await measureStartup()]);
if (sections.has('payload')) out.push(['payload', 'Payload', await measurePayload()]);
if (sections.has('memory'))
  out.push(['memory', 'Wasm heap over many calls', await measureMemory()]);
for (const [name, title, body] of out) {
  console.log(`## ${title}\n\n${body}\n`);
  if (values.write) console.error(`wrote ${writeSection(name, title, body)}`);
}
