// How often `story` disagreements are right, measured two ways on the multinews dev clusters:
// - false alarms: disagreements reported on the real clusters (each one is printed, to be
//   judged by reading; multinews sources mostly agree, so every report is suspect);
// - injected conflicts: a sentence of the first document with an unhedged "<figure> <word>"
//   (the word not a stopword, no hedge such as "around" in the two words before) is
//   copied into the second document with the figure changed, and we count how often the digest
//   reports exactly that conflict. Copies are verbatim apart from the figure: this measures the
//   mechanism, not paraphrase matching.
import { createRequire } from 'node:module';

import { runCli } from './cli.mjs';
import { readDataset } from './jsonl.mjs';
import { splitSentences } from './sentences.mjs';
import { markdownTable } from './table.mjs';

const require = createRequire(import.meta.url);
const STOPWORDS = new Set(require('stopwords-iso/stopwords-iso.json').en);
const FIGURE = /(?<![\d.,:-])\b(\d{1,3}(?:,\d{3})*)\s+([a-z]{3,})\b/g;
// A hedge in the two words before the figure ("around $ 100 million") makes it no claim.
const HEDGE = /\b(over|about|around|nearly|almost|some|than|least|up|to|and|or)\s+(\S+\s+)?$/i;

function injectable(text) {
  for (const sentence of splitSentences(text)) {
    for (const m of sentence.matchAll(FIGURE)) {
      if (STOPWORDS.has(m[2]) || HEDGE.test(sentence.slice(0, m.index))) continue;
      const value = Number(m[1].replace(/,/g, ''));
      const changed =
        sentence.slice(0, m.index) + `${value + 7} ${m[2]}` + sentence.slice(m.index + m[0].length);
      return { sentence, value, changed };
    }
  }
  return null;
}

export async function disagreementSection(limit) {
  const clusters = readDataset('multinews', { limit }).filter((c) => c.docs.length >= 2);
  const real = clusters.map((c) => ({ id: c.id, docs: c.docs.map((d) => ({ text: d.text })) }));
  const injected = [];
  for (const c of clusters) {
    const found = injectable(c.docs[0].text);
    if (!found) continue;
    const docs = c.docs.map((d) => ({ text: d.text }));
    docs[1] = { text: `${docs[1].text}\n${found.changed}` };
    injected.push({ id: c.id, docs, expect: [String(found.value), String(found.value + 7)] });
  }
  const realRun = await runCli(['story', '--jsonl', '--rules-only'], real);
  const alarms = realRun.outputs.filter((o) => o.disagreements?.length > 0);
  const injectedRun = await runCli(['story', '--jsonl', '--rules-only'], injected);
  const byId = new Map(injectedRun.outputs.map((o) => [o.id, o]));
  let caught = 0;
  let extra = 0;
  for (const item of injected) {
    const found = byId.get(item.id)?.disagreements ?? [];
    const digits = (text) => text.replace(/\D/g, '');
    const hit = found.some((d) =>
      item.expect.every((v) => d.claims.some((c) => digits(c.text) === v)),
    );
    caught += hit ? 1 : 0;
    extra += found.length - (hit ? 1 : 0);
  }
  const table = markdownTable(
    ['check', 'clusters', 'result'],
    [
      ['real clusters with a reported disagreement', String(real.length), String(alarms.length)],
      [
        'injected conflicts reported',
        String(injected.length),
        `${caught} (${((100 * caught) / injected.length).toFixed(1)} %)`,
      ],
      ['other disagreements in injected clusters', String(injected.length), String(extra)],
    ],
  );
  const examples = alarms.slice(0, 5).map((o) => {
    const d = o.disagreements[0];
    return `- ${o.id}: "${d.about}": ${d.claims.map((c) => `[${c.article}] ${c.text}`).join(' vs ')}`;
  });
  return ['### Disagreements (multinews dev)', '', table, '', ...examples].join('\n');
}
