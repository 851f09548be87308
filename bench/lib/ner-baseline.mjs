// Memorization baseline for NER, after the CoNLL-2002/2003 shared-task baseline (Tjong Kim Sang
// 2002; Tjong Kim Sang & De Meulder 2003): tag an entity in the dev text only if the same token
// sequence was an entity in train.jsonl with a single class, and was tagged so in at least half
// of its occurrences there (drops annotation slips such as a lone "de" tagged ORG). Greedy left-to-right longest match
// (up to 8 tokens), case-sensitive; output is IOB2.
import { extractEntities } from './ner-metrics.mjs';

const MAX_LEN = 8;

/** Builds the lexicon (token sequence joined by U+0001 → type) from training sentences. */
export function buildLexicon(trainItems) {
  const types = new Map();
  for (const x of trainItems) {
    for (const e of extractEntities(x.tags)) {
      if (e.end - e.start > MAX_LEN) continue;
      const key = x.tokens.slice(e.start, e.end).join('\u0001');
      if (!types.has(key)) types.set(key, new Set());
      types.get(key).add(e.type);
    }
  }
  const tagged = new Map();
  for (const x of trainItems) {
    for (const e of extractEntities(x.tags)) {
      const key = x.tokens.slice(e.start, e.end).join('\u0001');
      tagged.set(key, (tagged.get(key) ?? 0) + 1);
    }
  }
  const seen = new Map();
  for (const x of trainItems) {
    for (let i = 0; i < x.tokens.length; i++) {
      for (let n = 1; n <= MAX_LEN && i + n <= x.tokens.length; n++) {
        const key = x.tokens.slice(i, i + n).join('\u0001');
        if (types.has(key)) seen.set(key, (seen.get(key) ?? 0) + 1);
      }
    }
  }
  const lex = new Map();
  for (const [k, s] of types) {
    if (s.size === 1 && 2 * tagged.get(k) >= seen.get(k)) lex.set(k, [...s][0]);
  }
  return lex;
}

/** IOB2 tags for one token list. */
export function tagWithLexicon(lex, tokens) {
  const tags = tokens.map(() => 'O');
  for (let i = 0; i < tokens.length;) {
    let hit = 0;
    for (let n = Math.min(MAX_LEN, tokens.length - i); n > 0 && !hit; n--) {
      const type = lex.get(tokens.slice(i, i + n).join('\u0001'));
      if (type) {
        tags[i] = `B-${type}`;
        for (let j = 1; j < n; j++) tags[i + j] = `I-${type}`;
        hit = n;
      }
    }
    i += hit || 1;
  }
  return tags;
}
