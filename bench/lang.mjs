// Language identification: `precis lang --jsonl` on the lingua dev sets (75 languages × 26 items).
//   node bench/lang.mjs [--limit N] [--sets lingua-sentences] [--write]
// Accuracy per gold language, then the mean over languages (macro; the data README's
// convention); en and it separately; "covered" = languages for which Précis predicts something
// other than "und" for at least one item. --limit N keeps the first N items *per language*.
// µs/item = wall time of the whole CLI run (incl. process start) / n.
import { benchArgs, cliExists, CLI_PATH, healthNote, indexById, runCli } from './lib/cli.mjs';
import { readDataset } from './lib/jsonl.mjs';
import { fmt2, markdownTable, writeSection } from './lib/table.mjs';

const SETS = ['lingua-sentences', 'lingua-wordpairs'];
const pct = (x) => fmt2(100 * x);

export function langScores(items, predOf) {
  const per = new Map();
  for (const x of items) {
    if (!per.has(x.lang)) per.set(x.lang, { n: 0, ok: 0, nonUnd: 0 });
    const s = per.get(x.lang);
    const p = predOf(x);
    s.n++;
    if (p === x.lang) s.ok++;
    if (p && p !== 'und') s.nonUnd++;
  }
  const accs = [...per.values()].map((s) => s.ok / s.n);
  return {
    macro: accs.reduce((a, b) => a + b, 0) / accs.length,
    langs: per.size,
    acc: (l) => (per.has(l) ? per.get(l).ok / per.get(l).n : NaN),
    covered: [...per.values()].filter((s) => s.nonUnd > 0).length,
    per,
  };
}

async function runSet(set, limit, notes) {
  let items = readDataset(set);
  if (Number.isFinite(limit)) {
    const seen = new Map();
    items = items.filter((x) => {
      seen.set(x.lang, (seen.get(x.lang) ?? 0) + 1);
      return seen.get(x.lang) <= limit;
    });
  }
  const n = items.length;
  const run = await runCli(
    ['lang', '--jsonl'],
    items.map((x) => ({ id: x.id, text: x.text })),
  );
  const { byId, health } = indexById(items, run);
  const note = healthNote(`${set} precis lang`, health, n);
  if (note) notes.push(note);
  const s = langScores(items, (x) => byId.get(x.id)?.lang);
  // Where wrong answers go: the most frequent confusions, for the lead.
  const conf = new Map();
  for (const x of items) {
    const p = byId.get(x.id)?.lang ?? 'missing';
    if (p !== x.lang) conf.set(`${x.lang}→${p}`, (conf.get(`${x.lang}→${p}`) ?? 0) + 1);
  }
  const top = [...conf].sort((a, b) => b[1] - a[1]).slice(0, 8);
  if (top.length)
    notes.push(`${set}: most frequent errors ${top.map(([k, v]) => `${k} ×${v}`).join(', ')}`);
  const perfect = [...s.per].filter(([, v]) => v.ok === v.n).map(([l]) => l);
  notes.push(`${set}: languages at 100 %: ${perfect.length ? perfect.join(' ') : 'none'}`);
  return [
    set,
    n,
    s.langs,
    'Précis',
    pct(s.macro),
    pct(s.acc('en')),
    pct(s.acc('it')),
    `${s.covered}/${s.langs}`,
    fmt2((1000 * run.wallMs) / n),
  ];
}

async function main() {
  const { limit, sets, write } = benchArgs(SETS);
  if (!cliExists())
    throw new Error(`${CLI_PATH} not found; build it with cmake --build --preset native`);
  const notes = [];
  const rows = [];
  const t0 = performance.now();
  for (const set of sets) rows.push(await runSet(set, limit, notes));
  let out = `Language ID (×100): accuracy per language averaged over languages (macro); covered = languages with at least one non-"und" prediction.\n\n`;
  out +=
    markdownTable(
      ['dataset', 'n', 'langs', 'system', 'macro acc', 'en', 'it', 'covered', 'µs/item'],
      rows,
    ) + '\n';
  if (notes.length) out += `\nNotes:\n\n${notes.map((n) => `- ${n}`).join('\n')}\n`;
  console.log(out);
  console.error(`bench:lang done in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  if (write) console.error(`wrote ${writeSection('lang', 'Language identification', out)}`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((err) => {
    console.error(err);
    process.exitCode = 1;
  });
}
