// The npm key-phrase extractors people install today, wrapped to one shape for bench/tags.mjs:
// `(text, lang, k) => string[]` (the top k phrases, best first). Each is called as its README
// shows, with its own tokenizer and stopwords:
//   rake-modified 1.0.8     rake(text): RAKE (Rose et al. 2010) with the package's built-in English
//                           stop list (it ignores the stop-list argument), phrases ≤ 5 words,
//                           sorted by its score. Its word regex is ASCII-only, as shipped.
//   keyword-extractor 0.3.0 extract(text, {language, remove_digits, return_changed_case,
//                           return_chained_words: true, remove_duplicates: false}): stopword-
//                           delimited phrases in text order; the package does not rank, so we
//                           rank them by frequency (ties: first occurrence), as its README's
//                           "most common keywords" usage suggests. It has stop lists for all five
//                           sets' languages (en, pt, fr, pl); others fall back to English.
//   retext-keywords 8.0.2   retext().use(retextPos).use(retextKeywords, {maximum: k}): the
//                           `file.data.keyphrases` list (its POS tagger and stemmer are English),
//                           in the package's order, each as the text of its first match.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export function rakePeer() {
  const rake = require('rake-modified').default;
  return (text, _lang, k) => Object.keys(rake(text)).slice(0, k);
}

export function keywordExtractorPeer() {
  const extractor = require('keyword-extractor');
  const supported = new Set(extractor.supported_language_codes ?? []);
  return (text, lang, k) => {
    const phrases = extractor.extract(text, {
      language: supported.has(lang) ? lang : 'en',
      remove_digits: true,
      return_changed_case: true,
      return_chained_words: true,
      remove_duplicates: false,
    });
    const counts = new Map();
    phrases.forEach((p, i) => {
      const c = counts.get(p);
      if (c) c.n++;
      else counts.set(p, { n: 1, first: i });
    });
    return [...counts.entries()]
      .sort((a, b) => b[1].n - a[1].n || a[1].first - b[1].first)
      .slice(0, k)
      .map(([p]) => p);
  };
}

export async function retextKeywordsPeer() {
  const { retext } = await import('retext');
  const retextPos = (await import('retext-pos')).default;
  const retextKeywords = (await import('retext-keywords')).default;
  const { toString } = await import('nlcst-to-string');
  return (text, _lang, k) => {
    const file = retext().use(retextPos).use(retextKeywords, { maximum: k }).processSync(text);
    return (file.data.keyphrases ?? []).map((p) => toString(p.matches[0].nodes)).slice(0, k);
  };
}
