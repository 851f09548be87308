// A deliberately simple sentence splitter for the LEAD-3 baseline. LEAD-3 must not depend on
// Précis's own segmentation (a segmentation bug would then move the baseline too), so it uses
// paragraph breaks plus one regex: a split after . ! ? or … (optionally followed by closing
// quotes/brackets) and whitespace, when the next word starts with an upper-case letter, a digit or
// an opening quote. A short list of English/French abbreviations and single initials blocks a split.
const BOUNDARY = /([.!?…]+["'”’»)\]]*)\s+(?=["'“‘«(\[]?[\p{Lu}\p{N}])/gu;
const NO_SPLIT_BEFORE =
  /(?:^|[\s(])(?:Mr|Mrs|Ms|Dr|Prof|St|Sr|Jr|Gen|Gov|Sen|Rep|Lt|Col|Sgt|Capt|Mt|No|vs|etc|Inc|Ltd|Co|Corp|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|M|Mme|Mlle|Dr|U\.S|U\.K|U\.N|E\.U|[\p{Lu}])\.$/u;

/** Splits `text` into sentences (trimmed, non-empty). Linear in the text length. */
export function splitSentences(text) {
  const out = [];
  for (const para of String(text).split(/\n+/)) {
    let start = 0;
    let pending = '';
    for (const m of para.matchAll(BOUNDARY)) {
      const end = m.index + m[1].length;
      const piece = pending + para.slice(start, end);
      start = m.index + m[0].length;
      if (NO_SPLIT_BEFORE.test(piece)) {
        pending = piece + ' ';
        continue;
      }
      pending = '';
      if (piece.trim()) out.push(piece.trim());
    }
    const rest = (pending + para.slice(start)).trim();
    if (rest) out.push(rest);
  }
  return out;
}

/** Drops a leading title line from `text` when it repeats `title` (whitespace-insensitive). */
export function stripTitle(text, title) {
  if (!title) return text;
  const norm = (s) => s.replace(/\s+/g, ' ').trim();
  const lines = String(text).split('\n');
  if (lines.length > 1 && norm(lines[0]) === norm(title)) return lines.slice(1).join('\n').trim();
  return text;
}
