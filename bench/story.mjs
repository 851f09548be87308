// Story digests: ROUGE-1/2/Lsum F1 (bench/lib/rouge.mjs) of `precis story` on the multi-document
// dev set (multinews), side by side with our TextRank and LexRank (bench/lib/graph-rankers.mjs)
// over the concatenated documents and a round-robin LEAD (first sentence of every document, then
// the second of every document, ...), all at the same word budget in the same run: the mean
// reference length of the dev split, rounded (`--words`). Every row counts words with
// bench/lib/budget.mjs's countSpacedWords (see there why); baselines take whole sentences best
// first while they fit, and the table reports any Précis output over budget by that count.
// Then disagreements (bench/lib/disagreement-eval.mjs), clustering (bench/lib/cluster-eval.mjs)
// and timing.
//   node bench/story.mjs [--limit N] [--write]
import { benchArgs, cliExists, CLI_PATH, healthNote, indexById, runCli } from './lib/cli.mjs';
import { clusterSection } from './lib/cluster-eval.mjs';
import { disagreementSection } from './lib/disagreement-eval.mjs';
import { lexRankRanked, textRankRanked } from './lib/graph-rankers.mjs';
import { readDataset } from './lib/jsonl.mjs';
import { meanF, scoreRouge } from './lib/rouge.mjs';
import { splitSentences } from './lib/sentences.mjs';
import { fmt2, markdownTable, writeSection } from './lib/table.mjs';
import { countSpacedWords as countWords, fitWords } from './lib/budget.mjs';

const SETS = ['multinews'];

// First sentence of every document, then the second of every document, ...; `index` keeps that
// order in the output.
function roundRobinLead(docs) {
  const split = docs.map((d) => splitSentences(d.text));
  const out = [];
  for (let i = 0; split.some((s) => i < s.length); i++) {
    for (const s of split) if (i < s.length) out.push({ index: out.length, text: s[i] });
  }
  return out;
}

async function digestRows(set, limit) {
  const items = readDataset(set, { limit });
  const budget = Math.round(
    items.reduce((n, item) => n + countWords(item.summaries[0]), 0) / items.length,
  );
  const requests = items.map((item) => ({
    id: item.id,
    docs: item.docs.map((d) => ({ text: d.text, lang: item.lang })),
  }));
  const run = await runCli(['story', '--jsonl', '--words', String(budget)], requests);
  const { byId, health } = indexById(requests, run);
  let over = 0;
  const systems = {
    'Précis story': (item) => {
      const out = byId.get(item.id);
      const sentences = out?.sentences?.map((s) => s.text) ?? [];
      if (countWords(sentences.join(' ')) > budget) over++;
      return sentences;
    },
    'TextRank (ours)': (item) =>
      fitWords(
        textRankRanked(item.docs.map((d) => d.text).join('\n'), item.lang),
        budget,
        countWords,
      ),
    'LexRank (ours)': (item) =>
      fitWords(
        lexRankRanked(item.docs.map((d) => d.text).join('\n'), item.lang),
        budget,
        countWords,
      ),
    'Round-robin LEAD': (item) => fitWords(roundRobinLead(item.docs), budget, countWords),
  };
  const rows = [];
  for (const [name, system] of Object.entries(systems)) {
    const m = meanF(items.map((item) => scoreRouge(item.summaries[0], system(item).join('\n'))));
    rows.push([name, fmt2(m.rouge1), fmt2(m.rouge2), fmt2(m.rougeLsum)]);
  }
  const ms = run.wallMs / items.length;
  const notes = [healthNote('precis story', health, items.length)].filter(Boolean);
  notes.push(`Précis outputs over ${budget} words (bench counter): ${over} of ${items.length}.`);
  notes.push(`Précis: ${ms.toFixed(2)} ms per cluster (whole CLI run incl. process start / n).`);
  return { items, budget, rows, notes };
}

async function main() {
  const { limit, write } = benchArgs(SETS);
  if (!cliExists()) throw new Error(`${CLI_PATH} is missing: run npm run build first`);
  const parts = [];
  for (const set of SETS) {
    const { items, budget, rows, notes } = await digestRows(set, limit);
    const table = markdownTable(['system', 'ROUGE-1', 'ROUGE-2', 'ROUGE-Lsum'], rows);
    const title = `### ${set} (${items.length} clusters, ${budget} words each)`;
    parts.push([title, '', table, '', ...notes.map((n) => `- ${n}`)].join('\n'));
  }
  parts.push(await disagreementSection(limit));
  parts.push(await clusterSection(limit));
  const body = parts.join('\n\n');
  console.log(body);
  if (write) console.log(`\nwrote ${writeSection('story', 'Story digests (bench:story)', body)}`);
}

await main();
