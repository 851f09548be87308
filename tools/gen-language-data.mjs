#!/usr/bin/env node
// Writes the per-language tables of core/src/data/ (npm run gen:languages).
//
// Languages: every ISO 639-1 code that has a Snowball UTF-8 stemmer in the vendored libstemmer
// (core/third_party/libstemmer/libstemmer/modules_utf8.h) or a stopwords-iso list, or both.
// Outputs: core/src/data/lang_<code>.cpp (built into native builds; the wasm build has English
// only) and data/lang/<code>.lang, the same data as a language pack the browser loads on demand
// (format in core/include/precis/language_pack.h).
// Stopwords: stopwords-iso, lowercased, U+2019 folded to "'", deduplicated, sorted bytewise.
// Abbreviations: CLDR SentenceBreak suppressions (cldr-segments-modern) merged with the news lists
// in tools/data/abbreviations/<code>.txt.
// Countries: CLDR territory names in the language (cldr-localenames-full), folded as
// entity_keys.cpp folds entity text, each with its ISO 3166-1 code, for canonical entity keys. The output is committed, so builds never need
// node_modules; rerun this after updating either package or a list, and review the diff.
import {
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'core/src/data');
const listDir = join(root, 'tools/data/abbreviations');
const modules = join(root, 'core/third_party/libstemmer/libstemmer/modules_utf8.h');
const stopwordsPkg = join(root, 'node_modules/stopwords-iso');
const cldrPkg = join(root, 'node_modules/cldr-segments-modern');
const cldrNamesPkg = join(root, 'node_modules/cldr-localenames-full');

// English names for every code Snowball may map to; a new stemmer needs a name here.
const NAMES = {
  af: 'Afrikaans',
  ar: 'Arabic',
  bg: 'Bulgarian',
  bn: 'Bengali',
  br: 'Breton',
  cs: 'Czech',
  eo: 'Esperanto',
  et: 'Estonian',
  fa: 'Persian',
  gl: 'Galician',
  gu: 'Gujarati',
  ha: 'Hausa',
  he: 'Hebrew',
  hr: 'Croatian',
  ja: 'Japanese',
  ko: 'Korean',
  ku: 'Kurdish',
  la: 'Latin',
  lv: 'Latvian',
  mr: 'Marathi',
  ms: 'Malay',
  pl: 'Polish',
  sk: 'Slovak',
  sl: 'Slovenian',
  so: 'Somali',
  st: 'Southern Sotho',
  sw: 'Swahili',
  th: 'Thai',
  tl: 'Tagalog',
  uk: 'Ukrainian',
  ur: 'Urdu',
  vi: 'Vietnamese',
  yo: 'Yoruba',
  zh: 'Chinese',
  zu: 'Zulu',
  ca: 'Catalan',
  da: 'Danish',
  de: 'German',
  el: 'Greek',
  en: 'English',
  es: 'Spanish',
  eu: 'Basque',
  fi: 'Finnish',
  fr: 'French',
  ga: 'Irish',
  hi: 'Hindi',
  hu: 'Hungarian',
  hy: 'Armenian',
  id: 'Indonesian',
  it: 'Italian',
  lt: 'Lithuanian',
  nb: 'Norwegian Bokm\u00e5l',
  ne: 'Nepali',
  nl: 'Dutch',
  no: 'Norwegian',
  pt: 'Portuguese',
  ro: 'Romanian',
  ru: 'Russian',
  sr: 'Serbian',
  sv: 'Swedish',
  ta: 'Tamil',
  tr: 'Turkish',
  yi: 'Yiddish',
};
// Snowball's Norwegian stemmer is Bokmål; "nb" is the tag browsers and langid emit for it.
const ALIASES = { nb: 'no' };
// Languages whose tokenizer splits "l'aggressione" into "l'" + "aggressione".
const ELISIONS = new Set(['ca', 'fr', 'it']);
// Languages that capitalise every noun: a capital letter is no evidence of a name there.
const CAPITALIZED_NOUNS = new Set(['de']);
// Languages that capitalise only the first word of an institution's name ("Corte penale
// internazionale", "Banque centrale européenne").
const SENTENCE_CASE_NAMES = new Set(['fr', 'it']);

// Languages Snowball has no stemmer for, stemmed by a light stemmer of the core's own
// (core/src/detail/light_stem.h).
const LIGHT_STEMMERS = new Map([['pl', 'polish']]);

const LICENCE_NOTE = [
  '// Data licences: stopwords from stopwords-iso (MIT, Copyright (c) Gene Diaz); abbreviations',
  '// from Unicode CLDR cldr-segments-modern (Unicode-DFS-2016, Copyright (c) 1991-2022 Unicode,',
  '// Inc., https://www.unicode.org/copyright.html) and tools/data/abbreviations (this project);',
  '// country names from Unicode CLDR cldr-localenames-full (same licence); exonyms from',
  '// tools/data/exonyms.tsv (this project).',
];

const bytes = (s) => Buffer.from(s, 'utf8');
const byteSort = (words) => [...words].sort((a, b) => Buffer.compare(bytes(a), bytes(b)));
const normalize = (w) => w.normalize('NFC').toLowerCase().replaceAll('\u2019', "'").trim();

// code -> algorithm, from rows like {"en", ENC_UTF_8, english_UTF_8_create_env, ...}.
function snowballAlgorithms() {
  const table = new Map();
  const row = /\{"([a-z]{2})", ENC_UTF_8, ([a-z_]+?)_UTF_8_create_env/g;
  for (const [, code, algorithm] of readFileSync(modules, 'utf8').matchAll(row)) {
    table.set(code, algorithm);
  }
  return table;
}

function stopwordsFor(all, code) {
  if (!(code in all)) return [];
  return byteSort(new Set(all[code].map(normalize).filter((w) => w !== '')));
}

// Suppressions are case-sensitive in CLDR ("Is." is Isaiah); the caller filters collisions.
function cldrAbbreviations(code) {
  const file = join(cldrPkg, 'segments', code, 'suppressions.json');
  if (!existsSync(file)) return [];
  const json = JSON.parse(readFileSync(file, 'utf8'));
  const list = json.segments.segmentations?.SentenceBreak?.standard ?? [];
  const out = [];
  for (const { suppression } of list) {
    if (!suppression.includes('.')) continue; // "rementente" (pt) is not an abbreviation
    const word = normalize(suppression).replace(/\.$/, '');
    out.push(word);
    // "z. B." is usually typed "z.B."; keep both spellings.
    if (word.includes('. ')) out.push(word.replaceAll('. ', '.'));
  }
  return out;
}

// Not countries: unknown region, pseudo-locales, and codes for groupings.
const NOT_COUNTRIES = new Set(['ZZ', 'XA', 'XB', 'QO', 'EU', 'EZ', 'UN']);

// Mirrors fold_key() in core/src/entity_keys.cpp for the characters CLDR names use.
function foldKey(name) {
  let s = name
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\u2019\u2018]/g, "'")
    .replace(/\./g, '');
  s = s.replace(/\s+/g, ' ').trim();
  if (s.startsWith('the ')) s = s.slice(4);
  return s;
}

// "folded name<TAB>ISO code" lines, sorted bytewise (the tab sorts below every name character,
// so this is the order of the names). A name CLDR gives to two codes keeps the first.
function countriesFor(code) {
  const file = join(cldrNamesPkg, 'main', code, 'territories.json');
  if (!existsSync(file)) return [];
  const json = JSON.parse(readFileSync(file, 'utf8'));
  const names = json.main[code].localeDisplayNames.territories;
  const entries = new Map();
  for (const [id, name] of Object.entries(names)) {
    const country = id.split('-alt-')[0];
    if (!/^[A-Z]{2}$/.test(country) || NOT_COUNTRIES.has(country)) continue;
    // "-alt-variant" forms are written with parentheses in some languages; not news names.
    if (/[()\t\n]/.test(name)) continue;
    const key = foldKey(name);
    if (key && !entries.has(key)) entries.set(key, country);
  }
  return byteSort([...entries].map(([key, country]) => `${key}\t${country}`));
}

// Language code -> "folded name<TAB>key" lines from tools/data/exonyms.tsv, sorted bytewise: each
// line there is a key, then <TAB>code=name for the languages that name it otherwise. A name the
// same as its key is left out (the key is found without it).
function readExonyms() {
  const byLanguage = new Map();
  const file = join(root, 'tools/data/exonyms.tsv');
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.trim() === '' || line.startsWith('#')) continue;
    const [key, ...names] = line.split('\t').map((f) => f.trim());
    for (const field of names) {
      const [code, name] = field.split('=');
      if (!code || !name) throw new Error(`exonyms.tsv: bad field "${field}" for ${key}`);
      const folded = foldKey(name);
      if (folded === foldKey(key)) continue;
      if (!byLanguage.has(code)) byLanguage.set(code, new Map());
      const entries = byLanguage.get(code);
      if (entries.has(folded) && entries.get(folded) !== foldKey(key)) {
        throw new Error(`exonyms.tsv: "${name}" (${code}) names both ${entries.get(folded)} and ${key}`);
      }
      entries.set(folded, foldKey(key));
    }
  }
  const out = new Map();
  for (const [code, entries] of byLanguage) {
    out.set(code, byteSort([...entries].map(([name, key]) => `${name}\t${key}`)));
  }
  return out;
}

// "word" adds, "-word" removes a CLDR entry, "#" starts a comment.
function handList(code) {
  const file = join(listDir, `${code}.txt`);
  const add = new Set();
  const remove = new Set();
  if (!existsSync(file)) return { add, remove };
  for (const raw of readFileSync(file, 'utf8').split('\n')) {
    const line = raw.replace(/#.*/, '').trim();
    if (line === '') continue;
    if (line.startsWith('-')) remove.add(normalize(line.slice(1)));
    else add.add(normalize(line).replace(/\.$/, ''));
  }
  return { add, remove };
}

function abbreviationsFor(code, stopwords) {
  const { add, remove } = handList(code);
  const stop = new Set(stopwords);
  // Lowercased, a CLDR entry can be a function word ("is", "in", "to"): as an abbreviation it
  // would glue "That is. Then" into one sentence. The hand list re-adds the ones we want ("mr").
  const cldr = cldrAbbreviations(code).filter((w) => !stop.has(w) && !remove.has(w));
  return byteSort(new Set([...cldr, ...add]));
}

// A C++ string literal holding the UTF-8 bytes of s, ASCII only: "\n", "\t" and "\xC3\xA0"
// escapes, split as "\xC3\xA9" "s" when a hex digit follows (an \x escape would swallow it).
function literal(s) {
  let out = '"';
  let afterHex = false;
  for (const b of bytes(s)) {
    const ch = String.fromCharCode(b);
    if (b === 0x0a || b === 0x09) {
      out += b === 0x0a ? '\\n' : '\\t';
      afterHex = false;
      continue;
    }
    if (b < 0x20 || b > 0x7e) {
      out += `\\x${b.toString(16).toUpperCase().padStart(2, '0')}`;
      afterHex = true;
      continue;
    }
    if (afterHex && /[0-9a-fA-F]/.test(ch)) out += '" "';
    out += ch === '"' || ch === '\\' ? `\\${ch}` : ch;
    afterHex = false;
  }
  return `${out}"`;
}

// A WordList's text (precis/language.h) as adjacent literals, one per word with its "\n",
// packed into lines of at most 100 columns. clang-format would put one literal per line, which
// is why npm run format skips core/src/data/.
function listBody(words) {
  const lines = [];
  let line = '   ';
  for (const w of words.map((word) => literal(`${word}\n`))) {
    const item = ` ${w}`;
    if (line.length + item.length > 100 && line.trim() !== '') {
      lines.push(line);
      line = '   ';
    }
    line += item;
  }
  if (line.trim() !== '') lines.push(line);
  return lines.join('\n');
}

// Bytes of a list's text: each word and its "\n".
const listBytes = (words) => words.reduce((n, w) => n + Buffer.byteLength(w) + 1, 0);

const ident = (code) => code[0].toUpperCase() + code.slice(1);

// Library sources are ASCII, hence "-" for the dash.
function header(what) {
  return [
    '// Generated by tools/gen-language-data.mjs - do not edit; run `npm run gen:languages`.',
    `// ${what}`,
    ...LICENCE_NOTE,
  ].join('\n');
}

function langFile(lang) {
  const id = ident(lang.code);
  // An empty list has no array, and its WordList is empty.
  const array = (name, words) =>
    words.length === 0
      ? `// No ${name.toLowerCase()}.`
      : `constexpr char k${name}${id}[] =\n${listBody(words)};`;
  return `${header(`${lang.name} (${lang.code}): stopwords, abbreviations, country names and exonyms, sorted bytewise.`)}
#include "data/languages.h"

namespace precis::detail {

${array('Stopwords', lang.stopwords)}

${array('Abbreviations', lang.abbreviations)}

${array('Countries', lang.countries)}

${array('Exonyms', lang.exonyms)}

}  // namespace precis::detail
`;
}

function declarations(lang) {
  const id = ident(lang.code);
  const decl = (name, words) =>
    words.length === 0 ? [] : [`extern const char k${name}${id}[${listBytes(words) + 1}];`];
  return [
    ...decl('Stopwords', lang.stopwords),
    ...decl('Abbreviations', lang.abbreviations),
    ...decl('Countries', lang.countries),
    ...decl('Exonyms', lang.exonyms),
  ].join('\n');
}

function tableHeader(primary, neutral, count) {
  return `${header('Declarations of the generated language tables (core/src/data/).')}
#pragma once

#include <cstddef>
#include <string_view>

namespace precis::detail {

// A built-in language as the binary stores it: each word list is one text, a word and "\\n"
// after another, sorted bytewise. language.cpp indexes the texts into WordLists on first use:
// a table of string_views in the binary cost 8 bytes of wasm data per word, more than the words.
struct LanguageText {
  std::string_view code;
  std::string_view name;
  std::string_view stemmer;
  std::string_view stopwords;
  std::string_view abbreviations;
  std::string_view countries;  // "folded name\\tISO code" lines
  std::string_view exonyms;    // "folded name\\tkey" lines
  bool splits_elisions;
  bool capitalizes_nouns;
  bool sentence_case_names;
};

// Each list's text is defined in lang_<code>.cpp; the bounds make a stale header a compile error.
${primary.map(declarations).join('\n')}
extern const char kAbbreviationsNeutral[${listBytes(neutral) + 1}];

// The built-in languages, sorted by code: all ${count}, or English alone when
// PRECIS_ALL_LANGUAGES is 0 (the wasm build, which loads the others as language packs).
extern const LanguageText kLanguageTexts[];
extern const std::size_t kLanguageCount;

}  // namespace precis::detail
`;
}

function tableRow(lang) {
  const id = ident(lang.dataCode);
  const list = (name, words) =>
    words.length === 0 ? '{}' : `std::string_view(k${name}${id}, ${listBytes(words)})`;
  const fields = [
    literal(lang.code),
    literal(lang.name),
    literal(lang.stemmer),
    list('Stopwords', lang.stopwords),
    list('Abbreviations', lang.abbreviations),
    list('Countries', lang.countries),
    list('Exonyms', lang.exonyms),
    lang.splitsElisions,
    lang.capitalizesNouns,
    lang.sentenceCaseNames,
  ];
  return `    {${fields.join(', ')}},`;
}

function tableSource(languages, neutral) {
  return `${header('The language table, sorted by code, and the neutral abbreviations.')}
#include "data/languages.h"

#include <iterator>
#include <string_view>

namespace precis::detail {

// Abbreviations for text in an unknown language (tools/data/abbreviations/und.txt).
constexpr char kAbbreviationsNeutral[] =
${listBody(neutral)};

#ifndef PRECIS_ALL_LANGUAGES
#define PRECIS_ALL_LANGUAGES 1
#endif

constexpr LanguageText kLanguageTexts[] = {
#if PRECIS_ALL_LANGUAGES
${languages.map(tableRow).join('\n')}
#else
${languages
  .filter((l) => l.code === 'en')
  .map(tableRow)
  .join('\n')}
#endif
};
const std::size_t kLanguageCount = std::size(kLanguageTexts);

}  // namespace precis::detail
`;
}

// A language pack (core/include/precis/language_pack.h): a header line, then key-value lines,
// then the two word lists, one word per line, each after a line with its count.
function packFile(lang) {
  const lines = [
    'precis-language-pack 3',
    `code ${lang.code}`,
    `name ${lang.name}`,
    `stemmer ${lang.stemmer}`,
    `elisions ${lang.splitsElisions ? 1 : 0}`,
    `capitalized-nouns ${lang.capitalizesNouns ? 1 : 0}`,
    `sentence-case-names ${lang.sentenceCaseNames ? 1 : 0}`,
    `stopwords ${lang.stopwords.length}`,
    ...lang.stopwords,
    `abbreviations ${lang.abbreviations.length}`,
    ...lang.abbreviations,
    `countries ${lang.countries.length}`,
    ...lang.countries,
    `exonyms ${lang.exonyms.length}`,
    ...lang.exonyms,
  ];
  return `${lines.join('\n')}\n`;
}

// web/language-packs.js: each pack's URL written out in full, so that bundlers (Vite) see every
// file and emit it, as they do for the wasm; English is built in and has no pack.
function packUrlsModule(languages) {
  const rows = languages
    .filter((l) => l.code !== 'en')
    .map((l) => `  ${l.code}: new URL('./data/lang/${l.code}.lang', import.meta.url),`);
  return `// Generated by tools/gen-language-data.mjs - do not edit; run \`npm run gen:languages\`.
// The language packs beside this module (dist/data/lang/), as static URLs so that bundlers such
// as Vite emit every pack; precis.js fetches one the first time a text in its language comes by.
export const LANGUAGE_PACK_URLS = {
${rows.join('\n')}
};
`;
}

function main() {
  const algorithms = snowballAlgorithms();
  const stopwordsIso = JSON.parse(readFileSync(join(stopwordsPkg, 'stopwords-iso.json'), 'utf8'));
  const codes = new Set([...algorithms.keys(), ...Object.keys(stopwordsIso)]);
  const exonyms = readExonyms();
  const primary = [...codes].sort().map((code) => {
    if (!(code in NAMES)) throw new Error(`no English name for "${code}" in NAMES`);
    const stopwords = stopwordsFor(stopwordsIso, code);
    return {
      code,
      dataCode: code,
      name: NAMES[code],
      stemmer: algorithms.get(code) ?? LIGHT_STEMMERS.get(code) ?? '',
      stopwords,
      abbreviations: abbreviationsFor(code, stopwords),
      countries: countriesFor(code),
      exonyms: exonyms.get(code) ?? [],
      splitsElisions: ELISIONS.has(code),
      capitalizesNouns: CAPITALIZED_NOUNS.has(code),
      sentenceCaseNames: SENTENCE_CASE_NAMES.has(code),
    };
  });
  const aliases = Object.entries(ALIASES)
    .map(([code, target]) => ({ code, target: primary.find((l) => l.code === target) }))
    .filter(({ target }) => target !== undefined)
    .map(({ code, target }) => ({ ...target, code, name: NAMES[code] }));
  const languages = [...primary, ...aliases].sort((a, b) => (a.code < b.code ? -1 : 1));
  const neutral = abbreviationsFor('und', []);

  const written = new Set();
  const write = (name, text) => {
    writeFileSync(join(outDir, name), text);
    written.add(name);
    return Buffer.byteLength(text);
  };
  for (const old of readdirSync(outDir).filter((f) => /^lang_[a-z]+\.cpp$/.test(f))) {
    unlinkSync(join(outDir, old));
  }
  let total = 0;
  for (const lang of primary) total += write(`lang_${lang.code}.cpp`, langFile(lang));
  total += write('languages.h', tableHeader(primary, neutral, languages.length));
  total += write('languages.cpp', tableSource(languages, neutral));
  const packDir = join(root, 'data/lang');
  mkdirSync(packDir, { recursive: true });
  for (const old of readdirSync(packDir).filter((f) => f.endsWith('.lang'))) {
    unlinkSync(join(packDir, old));
  }
  let packBytes = 0;
  for (const lang of languages) {
    const text = packFile(lang);
    writeFileSync(join(packDir, `${lang.code}.lang`), text);
    packBytes += Buffer.byteLength(text);
  }
  console.log(`wrote ${languages.length} language packs, ${packBytes} bytes, in data/lang/`);
  writeFileSync(join(root, 'web/language-packs.js'), packUrlsModule(languages));

  const noStopwords = [...algorithms.keys()].filter((c) => !(c in stopwordsIso));
  const noStemmer = Object.keys(stopwordsIso).filter((c) => !algorithms.has(c));
  console.log(`languages (${languages.length}): ${languages.map((l) => l.code).join(' ')}`);
  console.log(`snowball without a stopwords-iso list: ${noStopwords.join(' ')}`);
  console.log(`stopwords-iso without a snowball stemmer: ${noStemmer.join(' ')}`);
  for (const l of languages) {
    console.log(
      `  ${l.code} ${l.stemmer}: ${l.stopwords.length} stopwords, ` +
        `${l.abbreviations.length} abbreviations, ${l.countries.length} countries, ` +
        `${l.exonyms.length} exonyms`,
    );
  }
  console.log(`wrote ${written.size} files, ${total} bytes, in core/src/data/`);
  console.log(
    `add_library sources: ${[...written]
      .filter((f) => f.endsWith('.cpp'))
      .sort()
      .map((f) => `src/data/${f}`)
      .join(' ')}`,
  );
}

main();
