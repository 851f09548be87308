// Summarization quality: ROUGE-1/2/Lsum F1 (rouge_score conventions, bench/lib/rouge.mjs) of
// Précis's 3-sentence extract vs LEAD-3 on the summarization dev sets.
//   node bench/quality.mjs [--limit N] [--sets cnndm,multinews] [--write]
// Inputs: text (+ title when the item has one, lang from the item); multinews clusters are sent as
// one article, documents joined with a blank line. References: `summary` (one sentence per line);
// tes-tr has three annotators (`summaries`), scored against the best one per ROUGE type
// (rouge_score's score_multi). Predictions are joined with "\n" for ROUGE-Lsum. References are
// used as given: the multinews and orangesum-fr references are one paragraph without newlines, so
// their Lsum treats the whole reference as one sentence (we do not re-split them).
// LEAD-3 = the first three sentences: for cnndm the text's own lines (See et al.'s sentence split);
// elsewhere bench/lib/sentences.mjs (paragraphs + one regex), independent of Précis's segmenter.
// RANDOM-3 = three of those sentences drawn with a fixed seed, in document order (a floor).
// ms/doc for Précis = wall time of the whole CLI run (incl. process start) / n.
// Graph rankers, all at 3 sentences on the same articles in the same run: our own TextRank and
// LexRank reimplementations (bench/lib/graph-rankers.mjs, where the graph, threshold and damping
// are documented) and the npm peers lexrank, ts-textrank and node-summarizer
// (bench/lib/peers.mjs); their ms/doc is in-process time per article. A peer that throws on an
// article scores 0 there, and the notes count it.
import { benchArgs, cliExists, CLI_PATH, healthNote, indexById, runCli } from './lib/cli.mjs';
import { readDataset } from './lib/jsonl.mjs';
import { meanF, scoreRouge, scoreRougeMulti } from './lib/rouge.mjs';
import { splitSentences, stripTitle } from './lib/sentences.mjs';
import { lexRank, textRank } from './lib/graph-rankers.mjs';
import { lexrankPeer, nodeSummarizerPeer, tsTextrankPeer } from './lib/peers.mjs';
import { fmt2, markdownTable, writeSection } from './lib/table.mjs';

const SETS = ['cnndm', 'bbc-news-summary', 'orangesum-fr', 'tes-tr', 'multinews'];
// The ASCII tokenizer cuts French/Turkish words at accented letters; these sets get a second
// table with the Unicode-token variant (data README).
const UNICODE_SETS = new Set(['orangesum-fr', 'tes-tr']);

function toArticle(item) {
  if (item.docs) {
    return {
      id: item.id,
      lang: item.lang,
      text: item.docs.map((d) => d.text.trim()).join('\n\n'),
      refs: item.summaries,
    };
  }
  return {
    id: item.id,
    lang: item.lang,
    title: item.title,
    text: item.text,
    refs: item.summaries?.length ? item.summaries : [item.summary],
  };
}

function baselineSentences(article, set) {
  const body = stripTitle(article.text, article.title);
  return set === 'cnndm'
    ? body
        .split('\n')
        .map((s) => s.trim())
        .filter(Boolean)
    : splitSentences(body);
}

// mulberry32: a tiny seeded PRNG so RANDOM-3 is the same on every run.
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Three sentences drawn uniformly without replacement (seed 1), kept in document order. */
function random3(sents, next) {
  const idx = sents.map((_, i) => i);
  for (let i = idx.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [idx[i], idx[j]] = [idx[j], idx[i]];
  }
  return idx
    .slice(0, 3)
    .sort((a, b) => a - b)
    .map((i) => sents[i]);
}

const RANKERS = [
  ['TextRank (ours)', () => async (text, n, lang) => textRank(text, n, lang)],
  ['LexRank (ours)', () => async (text, n, lang) => lexRank(text, n, lang)],
  ['npm lexrank', lexrankPeer],
  ['npm ts-textrank', tsTextrankPeer],
  ['npm node-summarizer', nodeSummarizerPeer],
];

/** Runs every graph ranker on every article body; rows in RANKERS order. */
async function runRankers(articles) {
  const out = [];
  for (const [name, make] of RANKERS) {
    const summarize = make();
    const preds = [];
    let failures = 0;
    const t0 = performance.now();
    for (const a of articles) {
      try {
        const sents = await summarize(stripTitle(a.text, a.title), 3, a.lang ?? 'en');
        preds.push(sents.map(String));
      } catch {
        failures++;
        preds.push([]);
      }
    }
    out.push({ name, preds, failures, ms: (performance.now() - t0) / articles.length });
  }
  return out;
}

function score(article, predSents, unicode) {
  const pred = predSents.map((s) => s.replace(/\s*\n\s*/g, ' ')).join('\n');
  const refs = article.refs.map((r) => r.trim());
  return refs.length > 1
    ? scoreRougeMulti(refs, pred, { unicode })
    : scoreRouge(refs[0], pred, { unicode });
}

// Checks Précis's sentence spans against the input: text.slice(start16, end16) and the UTF-8
// byte range must both reproduce the sentence text.
function checkOffsets(article, out, odd) {
  const buf = Buffer.from(article.text, 'utf8');
  for (const s of out.sentences ?? []) {
    const by16 = article.text.slice(s.start16, s.end16);
    const by8 = buf.subarray(s.start, s.end).toString('utf8');
    if (by16 !== s.text || by8 !== s.text) {
      odd.offsets++;
      if (odd.offsetExamples.length < 3) {
        odd.offsetExamples.push(
          `${article.id} #${s.index} [${s.start},${s.end})/[${s.start16},${s.end16}): ` +
            `text=${JSON.stringify(s.text.slice(0, 60))} slice16=${JSON.stringify(by16.slice(0, 60))}`,
        );
      }
    }
  }
}

async function runSet(set, limit) {
  const articles = readDataset(set, { limit }).map(toArticle);
  const n = articles.length;
  const variants = UNICODE_SETS.has(set) ? [false, true] : [false];
  const rows = variants.map(() => []);
  const notes = [];

  const t0 = performance.now();
  const split = articles.map((a) => baselineSentences(a, set));
  const leads = split.map((s) => s.slice(0, 3));
  const leadScores = variants.map((u) => articles.map((a, i) => score(a, leads[i], u)));
  const leadMs = (performance.now() - t0) / n / variants.length;
  const next = rng(1);
  const randoms = split.map((s) => random3(s, next));
  const randomScores = variants.map((u) => articles.map((a, i) => score(a, randoms[i], u)));

  if (cliExists()) {
    const input = articles.map((a) => ({
      id: a.id,
      text: a.text,
      ...(a.title ? { title: a.title } : {}),
      ...(a.lang ? { lang: a.lang } : {}),
    }));
    const run = await runCli(['summarize', '--jsonl', '--sentences', '3'], input);
    const { byId, health } = indexById(articles, run);
    const note = healthNote(`${set} precis summarize`, health, n);
    if (note) notes.push(note);
    const odd = {
      offsets: 0,
      offsetExamples: [],
      empty: 0,
      emptyIds: [],
      notThree: new Map(),
      langs: new Map(),
    };
    const preds = articles.map((a) => {
      const out = byId.get(a.id);
      if (!out || out.error) return [];
      checkOffsets(a, out, odd);
      odd.langs.set(out.lang, (odd.langs.get(out.lang) ?? 0) + 1);
      const sents = (out.sentences ?? []).map((s) => s.text);
      if (sents.length !== 3)
        odd.notThree.set(sents.length, (odd.notThree.get(sents.length) ?? 0) + 1);
      if (sents.length === 0) {
        odd.empty++;
        if (odd.emptyIds.length < 3) odd.emptyIds.push(a.id);
      }
      return sents;
    });
    if (odd.offsets)
      notes.push(
        `${set}: ${odd.offsets} sentence spans do not match the input, e.g. ${odd.offsetExamples.join(' ; ')}`,
      );
    if (odd.notThree.size)
      notes.push(
        `${set}: sentence counts ≠ 3 (count: docs) ${JSON.stringify(Object.fromEntries(odd.notThree))}`,
      );
    if (odd.empty)
      notes.push(
        `${set}: ${odd.empty} documents with no sentences, e.g. ${odd.emptyIds.join(', ')}`,
      );
    const wrongLang = [...odd.langs].filter(([l]) => l !== articles[0].lang);
    if (wrongLang.length)
      notes.push(
        `${set}: output lang ${JSON.stringify(Object.fromEntries(odd.langs))} (input lang ${articles[0].lang})`,
      );
    variants.forEach((u, v) => {
      const m = meanF(articles.map((a, i) => score(a, preds[i], u)));
      rows[v].push([
        set,
        n,
        'Précis',
        fmt2(m.rouge1),
        fmt2(m.rouge2),
        fmt2(m.rougeLsum),
        fmt2(run.wallMs / n),
      ]);
    });
  } else {
    notes.push(`${set}: ${CLI_PATH} not found, Précis row skipped`);
  }
  variants.forEach((u, v) => {
    const m = meanF(leadScores[v]);
    rows[v].push([
      set,
      n,
      'LEAD-3',
      fmt2(m.rouge1),
      fmt2(m.rouge2),
      fmt2(m.rougeLsum),
      fmt2(leadMs),
    ]);
    const r = meanF(randomScores[v]);
    rows[v].push([set, n, 'RANDOM-3', fmt2(r.rouge1), fmt2(r.rouge2), fmt2(r.rougeLsum), '–']);
  });
  for (const ranker of await runRankers(articles)) {
    if (ranker.failures) notes.push(`${set}: ${ranker.name} failed on ${ranker.failures} articles`);
    variants.forEach((u, v) => {
      const m = meanF(articles.map((a, i) => score(a, ranker.preds[i], u)));
      rows[v].push([
        set,
        n,
        ranker.name,
        fmt2(m.rouge1),
        fmt2(m.rouge2),
        fmt2(m.rougeLsum),
        fmt2(ranker.ms),
      ]);
    });
  }
  return { rows, notes, unicode: variants.length > 1 };
}

async function main() {
  const { limit, sets, write } = benchArgs(SETS);
  const headers = ['dataset', 'n', 'system', 'R-1', 'R-2', 'R-Lsum', 'ms/doc'];
  const ascii = [];
  const uni = [];
  const notes = [];
  const t0 = performance.now();
  for (const set of sets) {
    const r = await runSet(set, limit);
    ascii.push(...r.rows[0]);
    if (r.unicode) uni.push(...r.rows[1]);
    notes.push(...r.notes);
  }
  let out = `ROUGE F1 × 100 (rouge_score tokenizer: [a-z0-9], Porter stem for tokens > 3 chars); Précis \`summarize --sentences 3\`.\n\n${markdownTable(headers, ascii)}\n`;
  if (uni.length)
    out += `\nUnicode-token variant (letters/digits of any script) for the French/Turkish sets:\n\n${markdownTable(headers, uni)}\n`;
  if (notes.length) out += `\nNotes:\n\n${notes.map((n) => `- ${n}`).join('\n')}\n`;
  console.log(out);
  console.error(`bench:quality done in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  if (write)
    console.error(`wrote ${writeSection('quality', 'Summarization quality (ROUGE)', out)}`);
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
