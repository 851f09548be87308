// The word budget of bench/quality.mjs's second table: one count and one filling rule for every
// system, so no row gets more text than another.
//   countWords: runs of letters, marks and digits of any script ("don't" = 2, "9.7bn" = 2).
//   fitWords: walks a system's sentences best first and keeps each one that still fits in `budget`
//   words (a sentence that does not fit is skipped, the walk goes on), then restores document
//   order. This is the greedy a ranked extractive summarizer runs under a length limit; applied
//   to LEAD it keeps the longest prefix of the article that fits, plus later short sentences.

export const countWords = (s) => (String(s).match(/[\p{L}\p{M}\p{N}]+/gu) ?? []).length;

// bench/story.mjs passes the budget to Précis as --words, which counts word and number tokens
// ("don't", "full-scale" and "6,700" are one each). So that a compliant output is never counted
// over, every row there counts whitespace-separated pieces holding a letter or digit, which never
// outnumber those tokens.
export const countSpacedWords = (s) =>
  String(s)
    .split(/\s+/)
    .filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

/**
 * @param {{index: number, text: string}[]} ranked best first; `index` orders the output
 * @param {number} budget words
 * @param {(s: string) => number} [count] the word counter
 * @returns {string[]} the kept sentences in document order
 */
export function fitWords(ranked, budget, count = countWords) {
  const kept = [];
  let used = 0;
  for (const s of ranked) {
    const n = count(s.text);
    if (n === 0 || used + n > budget) continue;
    used += n;
    kept.push(s);
  }
  return kept.sort((a, b) => a.index - b.index).map((s) => s.text);
}

/** Sentences given as strings, located in `body` to recover document order (unfound: last). */
export function locate(body, texts) {
  return texts.map((text) => {
    const at = body.indexOf(text);
    return { index: at < 0 ? Infinity : at, text };
  });
}
