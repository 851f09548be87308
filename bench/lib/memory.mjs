// Wasm heap over many calls (issue 9, "Memory"): the linear memory of one Precis instance after
// 100 and after 10,000 calls (analyze, summarize, tag, detectLanguage in turn, rotating over
// distinct dev articles). Linear memory only grows, so equal sizes mean nothing accumulated.
import { markdownTable } from './table.mjs';
import { nodePrecis } from './speed-precis.mjs';
import { speedGroups } from './speed-texts.mjs';

const PAGE = 65536;

export async function measureMemory(calls = [100, 1000, 10000]) {
  const precis = await nodePrecis();
  const groups = speedGroups({ '≤300': 50, '~1,000': 50, '~3,000': 0, '~10,000': 0 });
  const texts = groups
    .filter((g) => g.name !== 'samples')
    .flatMap((g) => g.texts.map((x) => x.text));
  const verbs = ['analyze', 'summarize', 'tag', 'detectLanguage'];
  const rows = [];
  let done = 0;
  for (const target of calls) {
    for (; done < target; done++) await precis[verbs[done % 4]](texts[done % texts.length]);
    const bytes = precis._heapBytes;
    rows.push([done, bytes, bytes / PAGE]);
  }
  const growth = rows.at(-1)[1] - rows[0][1];
  const verdict = growth <= PAGE ? 'pass' : '**fail**';
  const table = markdownTable(['calls', 'wasm memory bytes', '64 KiB pages'], rows);
  return `Node wasm, one instance, ${texts.length} distinct texts (≤300 and ~1,000 words) in rotation, verbs in turn. Growth from 100 to 10,000 calls: ${growth} bytes (bar: within one page): ${verdict}.\n\n${table}`;
}
