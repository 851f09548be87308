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
// Budgets. Table 1 gives every row three sentences, the product's default (key-points, short).
// Three sentences are not the same amount of text for every row: each system uses its own
// sentences and some prefer long ones, and ROUGE F1 against a long reference rewards length, so
// the table shows each row's mean summary length in words (bench/lib/budget.mjs's count).
// Table 2 gives every row the same WORD_BUDGET words (the DUC convention of a fixed length,
// e.g. 100 words in DUC 2004): each system's sentences, best first, are kept while they fit
// (bench/lib/budget.mjs, one rule and one word count for all rows); LEAD takes them in document
// order, RANDOM in its shuffled order, the rankers in their own rank order, Précis in its rank
// order from `summarize --ratio 1 --order rank` (MMR over every sentence). Précis's own `--words`
// counts its tokenizer's words, not the bench's, so it is not used here: one count for all rows.
import { benchArgs, cliExists, CLI_PATH, healthNote, indexById, runCli } from './lib/cli.mjs';
import { readDataset } from './lib/jsonl.mjs';
import { meanF, scoreRouge, scoreRougeMulti } from './lib/rouge.mjs';
import { splitSentences, stripTitle } from './lib/sentences.mjs';
import { lexRank, lexRankRanked, textRank, textRankRanked } from './lib/graph-rankers.mjs';
import { lexrankPeer, nodeSummarizerPeer, tsTextrankPeer } from './lib/peers.mjs';
import { countWords, fitWords, locate } from './lib/budget.mjs';
import { fmt2, markdownTable, writeSection } from './lib/table.mjs';

const SETS = ['cnndm', 'bbc-news-summary', 'orangesum-fr', 'tes-tr', 'multinews'];
// The ASCII tokenizer cuts French/Turkish words at accented letters; these sets get a second
// table with the Unicode-token variant (data README).
const UNICODE_SETS = new Set(['orangesum-fr', 'tes-tr']);
// About three news sentences: LEAD-3 averages 62 (bbc) to 84 (multinews) words on these sets.
const WORD_BUDGET = 75;

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

/** All sentence indices in a uniformly shuffled order (Fisher-Yates with `next`). */
function shuffled(sents, next) {
  const idx = sents.map((_, i) => i);
  for (let i = idx.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [idx[i], idx[j]] = [idx[j], idx[i]];
  }
  return idx;
}

/** Three sentences drawn uniformly without replacement (seed 1), kept in document order. */
function random3(order, sents) {
  return order
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

/** Mean summary length in words (bench/lib/budget.mjs's count), one decimal. */
function meanWords(preds) {
  const total = preds.reduce((sum, p) => sum + countWords(p.join(' ')), 0);
  return (total / Math.max(1, preds.length)).toFixed(1);
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

const RANKED = [
  ['TextRank (ours)', () => async (text, n, lang) => textRankRanked(text, lang)],
  ['LexRank (ours)', () => async (text, n, lang) => lexRankRanked(text, lang)],
  ['npm lexrank', () => lexrankPeer({ ranked: true })],
  ['npm ts-textrank', () => tsTextrankPeer({ ranked: true })],
  ['npm node-summarizer', () => nodeSummarizerPeer({ ranked: true })],
];

/** Précis under the word budget: all its sentences, best first, then the common fill rule. */
async function precisAtBudget(articles, notes, set) {
  const input = articles.map((a) => ({
    id: a.id,
    text: a.text,
    ...(a.title ? { title: a.title } : {}),
    ...(a.lang ? { lang: a.lang } : {}),
  }));
  const args = ['summarize', '--jsonl', '--ratio', '1'];
  const run = await runCli([...args, '--order', 'rank'], input);
  const { byId, health } = indexById(articles, run);
  const note = healthNote(`${set} precis summarize --ratio 1`, health, articles.length);
  if (note) notes.push(note);
  const preds = articles.map((a) =>
    fitWords(
      (byId.get(a.id)?.sentences ?? []).map((s) => ({ index: s.index, text: s.text })),
      WORD_BUDGET,
    ),
  );
  return { name: 'Précis', preds, ms: run.wallMs / articles.length };
}

/** Table 2: every row at WORD_BUDGET words (see the header). Rows as in table 1. */
async function runWordBudget(set, articles, split, orders, variants, notes) {
  const systems = [];
  if (cliExists()) systems.push(await precisAtBudget(articles, notes, set));
  const asRanked = (sents, order) => order.map((i) => ({ index: i, text: sents[i] }));
  systems.push({
    name: 'LEAD',
    preds: split.map((s) =>
      fitWords(
        asRanked(
          s,
          s.map((_, i) => i),
        ),
        WORD_BUDGET,
      ),
    ),
  });
  systems.push({
    name: 'RANDOM',
    preds: split.map((s, i) => fitWords(asRanked(s, orders[i]), WORD_BUDGET)),
  });
  for (const [name, make] of RANKED) {
    const rank = make();
    const preds = [];
    let failures = 0;
    const t0 = performance.now();
    for (const a of articles) {
      const body = stripTitle(a.text, a.title);
      try {
        const out = await rank(body, Infinity, a.lang ?? 'en');
        preds.push(fitWords(typeof out[0] === 'string' ? locate(body, out) : out, WORD_BUDGET));
      } catch {
        failures++;
        preds.push([]);
      }
    }
    if (failures) notes.push(`${set} (${WORD_BUDGET} words): ${name} failed on ${failures}`);
    systems.push({ name, preds, ms: (performance.now() - t0) / articles.length });
  }
  return variants.map((u) =>
    systems.map(({ name, preds, ms }) => {
      const m = meanF(articles.map((a, i) => score(a, preds[i], u)));
      const row = [fmt2(m.rouge1), fmt2(m.rouge2), fmt2(m.rougeLsum), meanWords(preds)];
      return [set, articles.length, name, ...row, ms === undefined ? '–' : fmt2(ms)];
    }),
  );
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
  const orders = split.map((s) => shuffled(s, next));
  const randoms = split.map((s, i) => random3([...orders[i]], s));
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
        meanWords(preds),
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
      meanWords(leads),
      fmt2(leadMs),
    ]);
    const r = meanF(randomScores[v]);
    rows[v].push([
      set,
      n,
      'RANDOM-3',
      fmt2(r.rouge1),
      fmt2(r.rouge2),
      fmt2(r.rougeLsum),
      meanWords(randoms),
      '–',
    ]);
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
        meanWords(ranker.preds),
        fmt2(ranker.ms),
      ]);
    });
  }
  const budgetRows = await runWordBudget(set, articles, split, orders, variants, notes);
  return { rows, budgetRows, notes, unicode: variants.length > 1 };
}

async function main() {
  const { limit, sets, write } = benchArgs(SETS);
  const headers = ['dataset', 'n', 'system', 'R-1', 'R-2', 'R-Lsum', 'words', 'ms/doc'];
  const ascii = [];
  const uni = [];
  const budgetAscii = [];
  const budgetUni = [];
  const notes = [];
  const t0 = performance.now();
  for (const set of sets) {
    const r = await runSet(set, limit);
    ascii.push(...r.rows[0]);
    if (r.unicode) uni.push(...r.rows[1]);
    budgetAscii.push(...r.budgetRows[0]);
    if (r.unicode) budgetUni.push(...r.budgetRows[1]);
    notes.push(...r.notes);
  }
  const uniTitle =
    'Unicode-token variant (letters/digits of any script) for the French/Turkish sets';
  let out = `ROUGE F1 × 100 (rouge_score tokenizer: [a-z0-9], Porter stem for tokens > 3 chars). words = mean summary length (runs of letters/digits).\n\n### Budget: 3 sentences\n\nEvery row gets three of its own sentences; Précis \`summarize --sentences 3\`.\n\n${markdownTable(headers, ascii)}\n`;
  if (uni.length) out += `\n${uniTitle}:\n\n${markdownTable(headers, uni)}\n`;
  out += `\n### Budget: ${WORD_BUDGET} words\n\nEvery row gets the same ${WORD_BUDGET} words: its sentences, best first, kept while they fit (bench/lib/budget.mjs); Précis \`summarize --ratio 1 --order rank\`.\n\n${markdownTable(headers, budgetAscii)}\n`;
  if (budgetUni.length) out += `\n${uniTitle}:\n\n${markdownTable(headers, budgetUni)}\n`;
  // Seen by calling it twice on the same 150 bbc articles in one process: 72 selections differed.
  notes.push(
    'npm node-summarizer is not deterministic (the same article can give other sentences on a second call), so its rows move by a few tenths between runs; every other row is deterministic.',
  );
  out += `\nNotes:\n\n${notes.map((n) => `- ${n}`).join('\n')}\n`;
  console.log(out);
  console.error(`bench:quality done in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  if (write)
    console.error(`wrote ${writeSection('quality', 'Summarization quality (ROUGE)', out)}`);
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
