// Key phrases: what an article is about, as short noun-phrase-like n-grams.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "precis/document.h"
#include "precis/entities.h"

namespace precis {

struct Keyphrase {
  std::string text;    // a surface form from the article, lowercased unless it is a name
  double score = 0.0;  // 0..1, best = 1, rounded to 4 decimals
};

// Candidates are names and 1-5 word n-grams inside a sentence that neither start nor end with a
// stopword or number (in English, nor hold a verb after a pronoun or modal or an "-s" verb before
// a determiner); in clearly technical text one may start with a one-word name ("Gaussian
// smoothing"). An acronym defined in parentheses ("model predictive control (MPC)") is not a
// candidate: its mentions count for the phrase it stands for. Each candidate is scored by how
// often its stems occur, how early and how widely spread they are, plus a bonus for names;
// multiword phrases weigh more in documents with few capitalised names (abstracts) and less in
// name-heavy ones (news); in the former, English adjectives are not candidates alone, and in
// clearly technical text common words said once score less. Near-duplicates by stem ("sanction"
// / "sanctions") and phrases nested in a better one are dropped, but fill the list when fewer
// than `limit` would remain (never one whose stems are all shown already). Best first, at most
// `limit`. O(n log n).
std::vector<Keyphrase> extract_keyphrases(const Document& doc, std::size_t limit);

// The same with the document's names given: `names` must be find_entity_spans(doc), the rules'
// spans, which this would otherwise compute again.
std::vector<Keyphrase> extract_keyphrases(const Document& doc, std::size_t limit,
                                          const std::vector<EntitySpan>& names);

}  // namespace precis
