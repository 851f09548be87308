// Extractive summarization: rank the sentences of a Document and select a summary.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "precis/document.h"

namespace precis {

// The shapes of the browser Summarizer API.
enum class SummaryType { kKeyPoints, kTldr, kTeaser, kHeadline };
enum class SummaryLength { kShort, kMedium, kLong };

struct SummaryOptions {
  SummaryType type = SummaryType::kKeyPoints;
  SummaryLength length = SummaryLength::kShort;
  std::optional<std::size_t> sentences;  // exact sentence budget, overrides type/length
  std::optional<std::size_t> words;      // word budget: whole sentences while they fit
};

struct SummarySentence {
  std::size_t index = 0;  // position among the document's sentences
  std::size_t start = 0;  // byte offsets into the input
  std::size_t end = 0;
  double score = 0.0;  // 0..1, rounded to 4 decimals
  std::string text;    // the input sliced at [start, end), invalid bytes shown as U+FFFD
};

struct Summary {
  std::vector<SummarySentence> sentences;  // document order
  std::string summary;  // key-points: "- " bullets, one per line; others: one paragraph
};

// Scores every sentence by position, centrality (LexRank-style over tf-isf stem vectors,
// restricted to kMaxGraphSentences candidates chosen by a linear pre-filter), title overlap
// and a length prior, then selects greedily while skipping near-duplicates.
// O(n + k^2) for n tokens and k = kMaxGraphSentences.
Summary summarize(const Document& doc, const SummaryOptions& options);

}  // namespace precis
