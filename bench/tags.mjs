// Tagging quality: NER on the CoNLL / KIND dev sets and key phrases on the LIAAD sets.
//   node bench/tags.mjs [--limit N] [--sets conll2003-en,kp-inspec] [--write]
// NER: `precis ner --jsonl` gets {id, tokens, lang} per sentence. CoNLL sets: conlleval entity
// micro P/R/F1; kind-wikinews-it: KIND token-level P/R/F1 over PER/LOC/ORG (bench/lib/ner-metrics.mjs).
// Baseline: bench/lib/ner-baseline.mjs, the CoNLL shared-task memorization baseline built from
// the set's train.jsonl (its ms/doc includes building the lexicon).
// A prediction whose tag count differs from the token count is padded with O / cut, and reported.
// Key phrases: `precis tag --jsonl --keyphrases 10` with the item lang; P/R/F1 at 5 and 10,
// macro-averaged (bench/lib/keyphrase-metrics.mjs), against a TF-IDF n-gram baseline
// (bench/lib/tfidf.mjs, IDF over the same dev set) and the npm peers rake-modified,
// keyword-extractor and retext-keywords (bench/lib/kp-peers.mjs), all in the same run.
// ms/doc for Précis = wall time of the whole CLI run (incl. process start) / n.
// "Précis (model)": the statistical tagger in data/ner/<code>.ner, run by build/native/ner-bench
// (bench/ner_bench.cpp: `precis ner --jsonl` with a model file) until the CLI loads models; its
// ms/doc is the whole run too (incl. process start and parsing the model). Model sizes: raw and
// after brotli quality 11 (node:zlib, the same encoder as `brotli -q 11`).
// Peers that are npm packages (compromise) run when installed, else a note says so.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { brotliCompressSync, constants as zlibConstants } from 'node:zlib';

import { benchArgs, cliExists, CLI_PATH, healthNote, indexById, runCli } from './lib/cli.mjs';
import { readDataset, REPO_ROOT } from './lib/jsonl.mjs';
import { macroAtK } from './lib/keyphrase-metrics.mjs';
import { buildLexicon, tagWithLexicon } from './lib/ner-baseline.mjs';
import { conllScore, tokenScore } from './lib/ner-metrics.mjs';
import { keywordExtractorPeer, rakePeer, retextKeywordsPeer } from './lib/kp-peers.mjs';
import { fmt2, markdownTable, writeSection } from './lib/table.mjs';
import { tfidfKeyphrases } from './lib/tfidf.mjs';

const NER_SETS = {
  'conll2003-en': 'en',
  'conll2002-es': 'es',
  'conll2002-nl': 'nl',
  'kind-wikinews-it': 'it',
};
// npm key-phrase peers (bench/lib/kp-peers.mjs), timed per document in this process.
const KP_PEERS = [
  ['rake-modified', rakePeer],
  ['keyword-extractor', keywordExtractorPeer],
  ['retext-keywords', retextKeywordsPeer],
];
const KP_SETS = ['kp-500n-kpcrowd', 'kp-110-pt-bn', 'kp-inspec', 'kp-wikinews-fr', 'kp-pak2018-pl'];
const pct = (x) => fmt2(100 * x);
const NER_BENCH = resolve(REPO_ROOT, 'build', 'native', 'ner-bench');
const modelPath = (lang) => resolve(REPO_ROOT, 'data', 'ner', `${lang}.ner`);

function modelSizeRow(lang) {
  const path = modelPath(lang);
  if (!existsSync(path)) return [lang, '–', '–'];
  const bytes = readFileSync(path);
  const br = brotliCompressSync(bytes, {
    params: {
      [zlibConstants.BROTLI_PARAM_QUALITY]: 11,
      [zlibConstants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
    },
  });
  return [lang, (bytes.length / 1024).toFixed(1), (br.length / 1024).toFixed(1)];
}

// Tags with the model file through bench/ner_bench.cpp; null (with a note) when unavailable.
function runModel(set, lang, items, notes) {
  if (!existsSync(NER_BENCH) || !existsSync(modelPath(lang))) {
    notes.push(
      `${set}: ${existsSync(NER_BENCH) ? modelPath(lang) : NER_BENCH} not found, Précis (model) row skipped`,
    );
    return null;
  }
  const input = items.map((x) => JSON.stringify({ id: x.id, tokens: x.tokens })).join('\n') + '\n';
  const t0 = performance.now();
  const run = spawnSync(NER_BENCH, [modelPath(lang), lang], { input, maxBuffer: 1 << 30 });
  const wallMs = performance.now() - t0;
  if (run.status !== 0) {
    notes.push(`${set}: ner-bench failed: ${String(run.stderr).slice(0, 200)}`);
    return null;
  }
  const byId = new Map();
  for (const line of String(run.stdout).split('\n'))
    if (line) {
      const o = JSON.parse(line);
      byId.set(o.id, o.tags ?? []);
    }
  const pairs = items.map((x) => ({
    gold: x.tags,
    pred: x.tokens.map((_, i) => byId.get(x.id)?.[i] ?? 'O'),
  }));
  return { pairs, wallMs };
}

async function loadCompromise() {
  try {
    return (await import('compromise')).default;
  } catch {
    return null;
  }
}

// compromise (English only): people / places / organizations, matched back to the tokens.
function compromiseTags(nlp, tokens) {
  const doc = nlp(tokens.join(' '));
  const tags = tokens.map(() => 'O');
  const mark = (list, type) => {
    for (const m of list.json({ offset: true })) {
      const start = m.offset?.start ?? -1;
      const end = start + (m.offset?.length ?? 0);
      let pos = 0;
      let first = true;
      tokens.forEach((t, i) => {
        const a = pos;
        pos += t.length + 1;
        if (a >= start && a < end && tags[i] === 'O') {
          tags[i] = `${first ? 'B' : 'I'}-${type}`;
          first = false;
        }
      });
    }
  };
  mark(doc.people(), 'PER');
  mark(doc.places(), 'LOC');
  mark(doc.organizations(), 'ORG');
  return tags;
}

function nerRow(set, n, system, pairs, ms) {
  const kind = set.startsWith('kind');
  const s = kind ? tokenScore(pairs) : conllScore(pairs);
  const typeF = (t) => (s.perType[t] ? pct(s.perType[t].f) : '–');
  return [
    set,
    n,
    kind ? 'token' : 'entity',
    system,
    pct(s.p),
    pct(s.r),
    pct(s.f),
    typeF('PER'),
    typeF('LOC'),
    typeF('ORG'),
    kind ? '–' : typeF('MISC'),
    fmt2(ms),
  ];
}

async function runNer(set, limit, notes) {
  const items = readDataset(set, { limit });
  const n = items.length;
  const lang = NER_SETS[set];
  const rows = [];
  if (cliExists()) {
    const run = await runCli(
      ['ner', '--jsonl', '--rules-only'],
      items.map((x) => ({ id: x.id, tokens: x.tokens, lang })),
    );
    const { byId, health } = indexById(items, run);
    const note = healthNote(`${set} precis ner`, health, n);
    if (note) notes.push(note);
    let lenMismatch = 0;
    const mismatchIds = [];
    const badTags = new Map();
    const pairs = items.map((x) => {
      const out = byId.get(x.id);
      const tags = out?.tags ?? [];
      if (out && !out.error && tags.length !== x.tokens.length) {
        lenMismatch++;
        if (mismatchIds.length < 3)
          mismatchIds.push(`${x.id} (${x.tokens.length} tokens, ${tags.length} tags)`);
      }
      for (const t of tags)
        if (!/^(O|[BI]-(PER|LOC|ORG|MISC))$/.test(t)) badTags.set(t, (badTags.get(t) ?? 0) + 1);
      return { gold: x.tags, pred: x.tokens.map((_, i) => tags[i] ?? 'O') };
    });
    if (lenMismatch)
      notes.push(
        `${set}: ${lenMismatch} sentences with tags.length ≠ tokens.length, e.g. ${mismatchIds.join('; ')}`,
      );
    if (badTags.size)
      notes.push(
        `${set}: unexpected tags ${JSON.stringify(Object.fromEntries([...badTags].slice(0, 8)))}`,
      );
    if (pairs.every((p) => p.pred.every((t) => t === 'O')))
      notes.push(`${set}: Précis predicted no entities at all`);
    rows.push(nerRow(set, n, 'Précis (rules)', pairs, run.wallMs / n));
  } else {
    notes.push(`${set}: ${CLI_PATH} not found, Précis row skipped`);
  }
  const model = runModel(set, lang, items, notes);
  if (model) rows.push(nerRow(set, n, 'Précis (model)', model.pairs, model.wallMs / n));
  if (lang === 'en') {
    const nlp = await loadCompromise();
    if (nlp) {
      const t1 = performance.now();
      const cp = items.map((x) => ({ gold: x.tags, pred: compromiseTags(nlp, x.tokens) }));
      rows.push(nerRow(set, n, 'compromise', cp, (performance.now() - t1) / n));
    } else {
      notes.push(`${set}: compromise not installed, its row skipped (ask for it in package.json)`);
    }
  }
  const t0 = performance.now();
  const lex = buildLexicon(readDataset(set, { split: 'train' }));
  const pairs = items.map((x) => ({ gold: x.tags, pred: tagWithLexicon(lex, x.tokens) }));
  rows.push(nerRow(set, n, 'train lexicon', pairs, (performance.now() - t0) / n));
  return rows;
}

// Entity mentions must be non-empty spans whose UTF-8 and UTF-16 ranges agree, and whose text
// is the entity's text or a part of it (a short form such as a surname), case-insensitively.
function checkSpans(item, out, odd) {
  const buf = Buffer.from(item.text, 'utf8');
  for (const e of out.entities ?? []) {
    if (Array.isArray(e.mentions) && e.count !== undefined && e.count !== e.mentions.length) {
      odd.counts++;
    }
    for (const m of e.mentions ?? []) {
      if (typeof m !== 'object' || m.start16 === undefined) continue;
      const got = item.text.slice(m.start16, m.end16);
      const byte = buf.subarray(m.start, m.end).toString('utf8');
      const a = got.toLowerCase();
      const b = String(m.text ?? e.text).toLowerCase();
      const ok =
        m.end > m.start && m.end16 > m.start16 && got === byte && (b.includes(a) || a.includes(b));
      if (!ok) {
        odd.spans++;
        if (odd.examples.length < 3) {
          const t =
            e.text.length > 50 ? `${e.text.slice(0, 50)}… (${e.text.length} chars)` : e.text;
          odd.examples.push(
            `${item.id}: ${e.type} ${JSON.stringify(t)} [${m.start16},${m.end16}) -> ${JSON.stringify(got.slice(0, 50))}`,
          );
        }
      }
    }
  }
}

async function runKp(set, limit, notes) {
  const items = readDataset(set, { limit });
  const n = items.length;
  const rows = [];
  const row = (system, preds, ms) => {
    const docs = items.map((x, i) => ({ gold: x.keyphrases, pred: preds[i] }));
    const a5 = macroAtK(docs, 5);
    const a10 = macroAtK(docs, 10);
    return [
      set,
      n,
      system,
      pct(a5.p),
      pct(a5.r),
      pct(a5.f),
      pct(a10.p),
      pct(a10.r),
      pct(a10.f),
      fmt2(ms),
    ];
  };
  if (cliExists()) {
    const run = await runCli(
      ['tag', '--jsonl', '--keyphrases', '10'],
      items.map((x) => ({ id: x.id, text: x.text, lang: x.lang })),
    );
    const { byId, health } = indexById(items, run);
    const note = healthNote(`${set} precis tag`, health, n);
    if (note) notes.push(note);
    const odd = {
      spans: 0,
      counts: 0,
      examples: [],
      few: 0,
      fewIds: [],
      unsorted: 0,
      langs: new Map(),
      dupes: 0,
    };
    const preds = items.map((x) => {
      const out = byId.get(x.id);
      if (!out || out.error) return [];
      checkSpans(x, out, odd);
      odd.langs.set(out.lang, (odd.langs.get(out.lang) ?? 0) + 1);
      const kp = out.keyphrases ?? [];
      if (kp.length < 10) {
        odd.few++;
        if (odd.fewIds.length < 3) odd.fewIds.push(`${x.id} (${kp.length})`);
      }
      if (kp.some((k, i) => i > 0 && k.score > kp[i - 1].score)) odd.unsorted++;
      const lower = kp.map((k) => k.text.toLowerCase());
      if (new Set(lower).size !== lower.length) odd.dupes++;
      return kp.map((k) => k.text);
    });
    if (odd.spans)
      notes.push(
        `${set}: ${odd.spans} entity mentions whose text is not in the entity's name (two names merged by their key, or a wrong span), e.g. ${odd.examples.join(' ; ')}`,
      );
    if (odd.counts) notes.push(`${set}: ${odd.counts} entities whose count ≠ number of mentions`);
    if (odd.few)
      notes.push(
        `${set}: ${odd.few}/${n} documents with fewer than 10 key phrases, e.g. ${odd.fewIds.join(', ')}`,
      );
    if (odd.unsorted)
      notes.push(`${set}: ${odd.unsorted} documents whose key phrases are not sorted by score`);
    if (odd.dupes)
      notes.push(`${set}: ${odd.dupes} documents with case-insensitive duplicate key phrases`);
    const wrong = [...odd.langs].filter(([l]) => l !== items[0].lang);
    if (wrong.length)
      notes.push(
        `${set}: output lang ${JSON.stringify(Object.fromEntries(odd.langs))} (input ${items[0].lang})`,
      );
    rows.push(row('Précis', preds, run.wallMs / n));
  } else {
    notes.push(`${set}: ${CLI_PATH} not found, Précis row skipped`);
  }
  const t0 = performance.now();
  const base = tfidfKeyphrases(items, 10);
  rows.push(row('TF-IDF 1–3-gram', base, (performance.now() - t0) / n));
  for (const [system, make] of KP_PEERS) {
    let peer;
    try {
      peer = await make();
    } catch (err) {
      notes.push(`${set}: ${system} not available (${err.message}), its row skipped`);
      continue;
    }
    let failed = 0;
    const t1 = performance.now();
    const preds = items.map((x) => {
      try {
        return peer(x.text, x.lang, 10);
      } catch {
        failed++;
        return [];
      }
    });
    rows.push(row(system, preds, (performance.now() - t1) / n));
    if (failed) notes.push(`${set}: ${system} threw on ${failed}/${n} documents (scored as empty)`);
  }
  return rows;
}

async function main() {
  const { limit, sets, write } = benchArgs([...Object.keys(NER_SETS), ...KP_SETS]);
  const notes = [];
  const ner = [];
  const kp = [];
  const t0 = performance.now();
  for (const set of sets) {
    if (set in NER_SETS) {
      ner.push(...(await runNer(set, limit, notes)));
    } else {
      kp.push(...(await runKp(set, limit, notes)));
    }
  }
  let out = '';
  if (ner.length) {
    out += `NER (×100): CoNLL = conlleval entity-level exact-match micro P/R/F1; KIND = token-level over PER/LOC/ORG (get-results.py). Type columns are F1. Baseline: entities memorized from train.jsonl (single class, tagged in ≥ half of their occurrences), longest match.\n\n`;
    out +=
      markdownTable(
        ['dataset', 'n', 'level', 'system', 'P', 'R', 'F1', 'PER', 'LOC', 'ORG', 'MISC', 'ms/doc'],
        ner,
      ) + '\n';
    const langs = [...new Set(sets.filter((x) => x in NER_SETS).map((x) => NER_SETS[x]))];
    out += `\nNER model files (data/ner/<code>.ner, opt-in data, see data/ner/LICENSE.md):\n\n`;
    out += markdownTable(['lang', 'KB raw', 'KB brotli -q 11'], langs.map(modelSizeRow)) + '\n';
  }
  if (kp.length) {
    if (out) out += '\n';
    out += `Key phrases (×100): stemmed exact match, P@k = matches in top k / k, macro-averaged over documents; Précis \`tag --keyphrases 10\`.\n\n`;
    out +=
      markdownTable(
        ['dataset', 'n', 'system', 'P@5', 'R@5', 'F1@5', 'P@10', 'R@10', 'F1@10', 'ms/doc'],
        kp,
      ) + '\n';
  }
  if (notes.length) out += `\nNotes:\n\n${notes.map((n) => `- ${n}`).join('\n')}\n`;
  console.log(out);
  console.error(`bench:tags done in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  if (write)
    console.error(`wrote ${writeSection('tags', 'Tagging quality (NER, key phrases)', out)}`);
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
