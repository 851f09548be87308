// One word counter and one budget rule for every row of bench/story.mjs, so all systems get the
// same budget: a word is a whitespace-separated piece with a letter or digit in it.
const WORD = /[\p{L}\p{N}]/u;

/** Words in `text` by the bench's counter. */
export function countWords(text) {
  return String(text)
    .split(/\s+/)
    .filter((w) => WORD.test(w)).length;
}

/**
 * Whole sentences in the given (best-first) order while they fit in `budget` words; a sentence
 * that does not fit is skipped and later, shorter ones may still be taken.
 */
export function fillBudget(ranked, budget) {
  const out = [];
  let used = 0;
  for (const sentence of ranked) {
    const words = countWords(sentence);
    if (words === 0 || used + words > budget) continue;
    out.push(sentence);
    used += words;
  }
  return out;
}
