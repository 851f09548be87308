// Sentence segmentation over the body lines found by clean().
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "precis/clean.h"
#include "precis/language.h"

namespace precis {

struct Sentence {
  std::size_t start = 0;  // byte offsets into the original text, trimmed of whitespace
  std::size_t end = 0;
  std::size_t paragraph = 0;  // 0-based paragraph (block of body lines) the sentence is in
};

// Splits every body line of `article` into sentences; headline, byline and boilerplate lines
// are skipped, and cut-off datelines and agency tags are left out. A line break ends a sentence
// unless the line is visibly wrapped mid-sentence.
//
// Survives abbreviations ("Mr.", "U.S." from language.abbreviations), initials ("John F."),
// numbers ("6,700", "3.5"), quotes and brackets after the full stop, and missing spaces
// ("end.The", "report,This"). A run longer than kMaxSentenceBytes is cut at a space.
// O(n); sentences are in document order and never overlap.
std::vector<Sentence> segment(std::string_view text, const CleanedArticle& article,
                              const LanguageData& language);

}  // namespace precis
