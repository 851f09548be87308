// JSONL helpers for the evaluation data in ../shared/data/<set>/dev.jsonl.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DATA_DIR = process.env.PRECIS_DATA ?? resolve(REPO_ROOT, '..', 'shared', 'data');

/** Parses JSONL text; blank lines are skipped, a bad line throws with its line number. */
export function parseJsonl(text, source = 'jsonl') {
  const out = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (line === '') continue;
    try {
      out.push(JSON.parse(line));
    } catch (err) {
      throw new Error(`${source}:${i + 1}: ${err.message}`);
    }
  }
  return out;
}

/** Reads `<DATA_DIR>/<set>/<split>.jsonl`; `limit` keeps the first N items (file order). */
export function readDataset(set, { split = 'dev', limit = Infinity } = {}) {
  const path = join(DATA_DIR, set, `${split}.jsonl`);
  if (!existsSync(path)) throw new Error(`missing dataset file ${path}`);
  const items = parseJsonl(readFileSync(path, 'utf8'), path);
  return Number.isFinite(limit) ? items.slice(0, limit) : items;
}
