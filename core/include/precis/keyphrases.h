// Key phrases: what an article is about, as short noun-phrase-like n-grams.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "precis/document.h"

namespace precis {

struct Keyphrase {
  std::string text;    // a surface form from the article, lowercased unless it is a name
  double score = 0.0;  // 0..1, best = 1, rounded to 4 decimals
};

// Candidates are 1-3 word n-grams inside a sentence that neither start nor end with a stopword
// or number. Each is scored by how often its stems occur, how early and how widely spread they
// are, plus a bonus for names; near-duplicates by stem ("sanction" / "sanctions") and phrases
// nested in a better one are dropped. Best first, at most `limit`. O(n log n).
std::vector<Keyphrase> extract_keyphrases(const Document& doc, std::size_t limit);

}  // namespace precis
