// Speed, start-up, payload and memory of Précis against its npm peers, in one run (issue 9).
//   npm run bench:speed [-- --quick] [-- --sections speed,startup,payload,memory]
//     [-- --groups samples,300,1000,3000,10000]
//     [-- --mode interleaved|blocked] [-- --write]
// speed:   per-call medians of summarize, tag, analyze (summary + tags in one pass) and lang in
//          native (bench/speed_bench.cpp), Node wasm and Chromium wasm (bench/lib/speed-precis.mjs,
//          speed-chromium.mjs), on the five samples and on dev articles grouped by length
//          (bench/lib/speed-texts.mjs), and the npm peers on the same texts in the same process
//          (bench/lib/speed-peers.mjs), interleaved text by text (--mode blocked: each system
//          over all texts back to back). Each verb and each peer sees
//          every timed text once (none caches across calls); warm-up calls use other texts.
//          Ratios are peer / Précis (Node wasm): > 1 = Précis faster.
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
    // interleaved: text by text, every system in turn (robust to load bursts; caches cold for
    // all). blocked: each system over all texts back to back (caches warm; bursts skew one row).
    mode: { type: 'string', default: 'interleaved' },
    write: { type: 'boolean', default: false },
  },
});
const sections = new Set(values.sections.split(','));
const peerBudget = Number(values['peer-budget-ms']);
// `story` has no peer: each call digests five texts of the group (a window sliding by one, so
// each call sees a new first article), timed after the interleaved verbs, in all three runtimes.
const STORY_SIZE = 5;
function storyRequests(texts) {
  return texts.map((_, i) => {
    const docs = [];
    for (let k = 0; k < Math.min(STORY_SIZE, texts.length); k++) {
      docs.push({ text: texts[(i + k) % texts.length] });
    }
    return JSON.stringify({ docs });
  });
}
const PEER_JOB = { summary: 'summarize', tags: 'tag', keyphrases: 'tag', lang: 'lang' };

async function speed() {
  const counts = values.quick
    ? { '≤300': 12, '~1,000': 12, '~3,000': 4, '~10,000': 3 }
    : { '≤300': 40, '~1,000': 40, '~3,000': 12, '~10,000': 6 };
  let groups = speedGroups(counts);
  // --groups samples,300,1000: names without their "~", "≤" and thousands commas.
  const key = (name) => name.replace(/[^\p{L}\p{N}]/gu, '');
  if (values.groups) groups = groups.filter((g) => values.groups.split(',').includes(key(g.name)));
  const node = await nodePrecis();
  const verbs = VERBS;
  const nodeCall = (verb) =>
    verb === 'story' ? (t) => node.story(JSON.parse(t).docs) : (t) => node[METHOD[verb] ?? verb](t);
  const chromium = await chromiumSession();
  const peers = await speedPeers();
  const results = [];
  try {
    // Warm every verb once over all groups' warm-up texts first, so that tier-up of the wasm
    // (Liftoff, then TurboFan) is over before the first timed group, in Node and Chromium alike.
    const allWarm = groups.flatMap((g) => g.warm.map((x) => x.text));
    for (const verb of verbs) {
      await timeCalls(nodeCall(verb), [], allWarm);
      await chromium.times(verb, [], allWarm);
    }
    await timeCalls(nodeCall('story'), [], storyRequests(allWarm));
    await chromium.times('story', [], storyRequests(allWarm));
    for (const group of groups) {
      const texts = group.texts.map((x) => x.text);
      const warm = group.warm.map((x) => x.text);
      const words = median(group.texts.map((x) => x.words));
      const r = { group: group.name, n: texts.length, words, precis: {}, peers: [] };
      // Native runs in its own process, one batch per verb (warm-up texts first, dropped).
      const nat = {};
      for (const verb of verbs) {
        nat[verb] = nativeTimes(verb, [...warm.slice(0, 3), ...texts]).slice(3);
      }
      // Everything else is interleaved text by text (each verb in Node and Chromium, then each
      // peer), so a burst of load on the shared machine hits Précis and its peers alike.
      const nodeMs = Object.fromEntries(verbs.map((v) => [v, []]));
      const chrMs = Object.fromEntries(verbs.map((v) => [v, []]));
      const peerList = Object.entries(peers).flatMap(([job, list]) =>
        list.map(([name, fn]) => ({ job, name, fn, ms: [], spent: 0 })),
      );
      for (const p of peerList) await timeCalls(p.fn, [], warm.slice(0, 3));
      const timeNode = async (verb, list) =>
        nodeMs[verb].push(...(await timeCalls(nodeCall(verb), list)).ms);
      const timePeer = async (p, list) => {
        for (const text of list) {
          if (p.ms.length >= 3 && p.spent > peerBudget) return;
          const [ms] = (await timeCalls(p.fn, [text])).ms;
          p.ms.push(ms);
          p.spent += ms;
        }
      };
      if (values.mode === 'blocked') {
        for (const verb of verbs) {
          await timeNode(verb, texts);
          chrMs[verb].push(...(await chromium.times(verb, texts, [])));
        }
        for (const p of peerList) await timePeer(p, texts);
      } else {
        for (const text of texts) {
          for (const verb of verbs) {
            await timeNode(verb, [text]);
            chrMs[verb].push(...(await chromium.times(verb, [text], [])));
          }
          for (const p of peerList) await timePeer(p, [text]);
        }
      }
      const stories = storyRequests(texts);
      nat.story = nativeTimes('story', [...storyRequests(warm).slice(0, 3), ...stories]).slice(3);
      nodeMs.story = (await timeCalls(nodeCall('story'), stories)).ms;
      chrMs.story = await chromium.times('story', stories, []);
      for (const verb of [...verbs, 'story']) {
        r.precis[verb] = {
          native: median(nat[verb]),
          node: median(nodeMs[verb]),
          chromium: median(chrMs[verb]),
        };
        console.error(`${group.name} ${verb}: ${JSON.stringify(r.precis[verb])}`);
      }
      for (const p of peerList) {
        r.peers.push({
          job: p.job,
          name: p.name,
          n: p.ms.length,
          median: median(p.ms),
          verb: PEER_JOB[p.job],
        });
        console.error(`${group.name} ${p.name}: ${median(p.ms).toFixed(3)} ms (n=${p.ms.length})`);
      }
      results.push(r);
    }
  } finally {
    await chromium.close();
  }
  const storyNote = `\n\n\`story\`: one call digests ${STORY_SIZE} texts of the group (a window sliding by one text per call); its ms are per story, not per text; no npm peer does this.`;
  const head = `Per-call medians in ms; every call on a text not seen before (warm-up on other texts). Précis: native = \`precis::run_json\` in bench/speed_bench.cpp; Node / Chromium = the public JS API on dist/ (wasm, -O3, see wasm/CMakeLists.txt), result parsed; language-ID model loaded, rules NER (the API's default). Chromium ${chromium.version}, cross-origin isolated: ${chromium.isolated}. Peers run in the same Node process on the same texts, ${values.mode === 'blocked' ? 'each over all texts back to back' : 'interleaved with Précis text by text'}, capped at ${peerBudget / 1000} s per peer and group (n = calls made). Ratio = peer / Précis Node wasm (Précis tag for the tag and key-phrase peers).`;
  return [
    head + storyNote,
    '### Précis, three runtimes',
    precisTable(results, [...verbs, 'story']),
    '### Peers, same texts, same run',
    peerTable(results),
    "### Issue 9's bar (group ~1,000, Node wasm)",
    barTable(results),
  ].join('\n\n');
}

const out = [];
if (sections.has('speed')) {
  const blocked = values.mode === 'blocked';
  const title = `Speed against the npm peers${blocked ? ' (blocked runs)' : ''}`;
  out.push([blocked ? 'speed-blocked' : 'speed', title, await speed()]);
}
if (sections.has('startup')) out.push(['startup', 'Start-up in Chromium', await measureStartup()]);
if (sections.has('payload')) out.push(['payload', 'Payload', await measurePayload()]);
if (sections.has('memory'))
  out.push(['memory', 'Wasm heap over many calls', await measureMemory()]);
for (const [name, title, body] of out) {
  console.log(`## ${title}\n\n${body}\n`);
  if (values.write) console.error(`wrote ${writeSection(name, title, body)}`);
}
