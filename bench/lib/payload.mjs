// Payload (issue 9): raw, gzip (-9) and brotli (q 11) bytes of each shipped part of dist/, and of
// the files Chromium actually requests to summarize and tag one English and one Italian article
// (bench/www/payload.html: two <precis-summary> widgets; and the same with the JS API and
// `ner: true`, which also fetches the statistical NER models). Requests are recorded from the
// browser context (page and worker); bytes per encoding are computed from the requested files
// (Chromium does not offer br over plain http, so the wire size would only show gzip).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

import { REPO_ROOT } from './jsonl.mjs';
import { DIST } from './speed-precis.mjs';
import { italianArticle, speedGroups } from './speed-texts.mjs';
import { launchChromium, startStaticServer } from './static-server.mjs';
import { markdownTable } from './table.mjs';

const KB = 1000;
const kb = (n) => (n / KB).toFixed(1);

function sizes(files) {
  const raw = Buffer.concat(files.map((f) => readFileSync(resolve(DIST, f))));
  let gz = 0;
  let br = 0;
  // Each file is compressed on its own, as a server sends it.
  for (const f of files) {
    const bytes = readFileSync(resolve(DIST, f));
    gz += gzipSync(bytes, { level: 9 }).length;
    br += brotliCompressSync(bytes, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 11,
        [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
      },
    }).length;
  }
  return { raw: raw.length, gz, br };
}

const PARTS = [
  ['core wasm', ['precis-core.wasm']],
  ['JS glue (Emscripten)', ['precis-core.js']],
  ['JS API', ['precis.js', 'errors.js', 'data-files.js', 'wasm-memory.js', 'language-packs.js']],
  ['worker', ['worker.js', 'worker-client.js']],
  [
    'element',
    [
      'precis-summary.js',
      'precis-summary-styles.js',
      'precis-summary-labels.js',
      'article-text.js',
      'define.js',
    ],
  ],
  ['language-ID model (75 languages)', ['data/langid/langid.bin']],
  ...['en', 'es', 'it', 'nl'].map((l) => [`NER model ${l}`, [`data/ner/${l}.ner`]]),
  // English's stopwords and abbreviations are built into the wasm; every other language's are a
  // pack fetched on first use.
  ...['es', 'it', 'nl', 'de', 'zh'].map((l) => [`language data ${l}`, [`data/lang/${l}.lang`]]),
];

const BUDGET = {
  core: 200 * KB,
  langid: 150 * KB,
  pack: 120 * KB,
  page: 600 * KB,
};

async function pageRequests(browser, url, mode) {
  const context = await browser.newContext();
  const seen = new Set();
  context.on('request', (r) => seen.add(new URL(r.url()).pathname));
  const page = await context.newPage();
  await page.goto(`${url}/bench/payload.html?mode=${mode}`);
  await page.waitForFunction(() => window.payloadDone === true, null, { timeout: 60000 });
  const result = await page.evaluate(() => window.payloadResult);
  await context.close();
  const files = [...seen].filter((p) => !p.startsWith('/bench/')).map((p) => p.slice(1));
  return { files: files.sort(), result };
}

export async function measurePayload() {
  const rows = PARTS.map(([name, files]) => {
    const s = sizes(files);
    return [name, files.join(', '), s.raw, s.gz, s.br];
  });
  const br = (name) => rows.find((r) => r[0] === name)[4];
  const core = br('core wasm') + br('JS glue (Emscripten)') + br('JS API');
  const checks = [
    ['core (wasm + JS glue + JS API, all Snowball stemmers)', core, BUDGET.core],
    ['language-ID model, all languages', br('language-ID model (75 languages)'), BUDGET.langid],
    [
      'language pack en (NER model; stopwords, abbreviations built into the core wasm)',
      br('NER model en'),
      BUDGET.pack,
    ],
    ...['es', 'it', 'nl'].map((l) => [
      `language pack ${l} (data/lang/${l}.lang + NER model)`,
      br(`language data ${l}`) + br(`NER model ${l}`),
      BUDGET.pack,
    ]),
  ];
  const en = speedGroups({ '≤300': 0, '~1,000': 1, '~3,000': 0, '~10,000': 0 })[2].texts[0].text;
  const it = italianArticle();
  const server = await startStaticServer(
    { '/': DIST, '/bench/': resolve(REPO_ROOT, 'bench', 'www') },
    { extra: { '/bench/texts.json': JSON.stringify({ en, it }) } },
  );
  const browser = await launchChromium();
  const pages = [];
  try {
    for (const mode of ['widget', 'api-ner']) {
      const { files, result } = await pageRequests(browser, server.url, mode);
      const s = sizes(files);
      pages.push({ mode, files, result, ...s });
      checks.push([
        `page (${mode}): everything requested for one en + one it article`,
        s.br,
        BUDGET.page,
      ]);
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const budgetRows = checks.map(([what, bytes, budget]) => [
    what,
    kb(bytes),
    kb(budget),
    bytes <= budget ? 'pass' : '**fail**',
  ]);
  const pageNotes = pages.map(
    (p) =>
      `- ${p.mode}: ${p.files.length} requests (${p.files.join(', ')}); raw ${kb(p.raw)} KB, gzip ${kb(p.gz)} KB, brotli ${kb(p.br)} KB; results: ${p.result}`,
  );
  return [
    'Bytes of dist/ after `npm run build`; gzip level 9 and brotli quality 11, each file compressed on its own. KB = 1,000 bytes.',
    markdownTable(['part', 'files', 'raw', 'gzip', 'brotli'], rows),
    'Budget (brotli):',
    markdownTable(['budget', 'KB', 'budget KB', 'result'], budgetRows),
    'Requests Chromium made (page and worker), bench/www/payload.html served from dist/ (the page itself and its texts not counted):',
    pageNotes.join('\n'),
  ].join('\n\n');
}
