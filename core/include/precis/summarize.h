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
enum class SummaryOrder { kDocument, kRank };
enum class SummaryFormat { kMarkdown, kPlainText };

// The salience model: score = position * (1 + index)^-position_decay + centrality * PageRank
// + centroid * similarity to the document centroid + title * title overlap + entity * entity
// overlap + length * min(1, words / 40), times a length prior; selection is MMR with `diversity` as
// the weight of the redundancy penalty, plus `coverage` times the gain per word in a concave
// coverage of the article's recurring terms (a set-level objective, Lin & Bilmes 2011). Defaults
// were learned on the dev sets by tools/tune-summary.mjs (bench/RESULTS.md); callers rarely need
// to change them.
struct SummaryWeights {
  double position = 1.0;
  double position_decay = 0.4975;
  double centrality = 0.55;
  double centroid = 0.175;
  double title = 0.3491;
  double entity = 0.0;  // learned 0: entity overlap did not help on the dev sets
  double length = 0.0;  // learned 0: longer picks help bbc-news-summary, hurt the rest
  double diversity = 0.199;
  double coverage = 1.0;
};

struct SummaryOptions {
  SummaryType type = SummaryType::kKeyPoints;
  SummaryLength length = SummaryLength::kShort;
  std::optional<std::size_t> sentences;  // exact sentence budget, overrides type/length
  std::optional<double> ratio;           // fraction (0, 1] of the article's sentences
  std::optional<std::size_t> words;      // at most this many words in `summary`
  std::optional<std::size_t> chars;      // at most this many UTF-16 code units in `summary`
  SummaryOrder order = SummaryOrder::kDocument;
  SummaryFormat format = SummaryFormat::kMarkdown;
  std::string context;  // steers selection toward sentences sharing its terms
  SummaryWeights weights;
};

struct SummarySentence {
  std::size_t index = 0;  // position among the document's sentences
  std::size_t start = 0;  // byte offsets into the input
  std::size_t end = 0;
  double score = 0.0;  // 0..1, rounded to 4 decimals
  std::string text;    // the input sliced at [start, end), invalid bytes shown as U+FFFD
};

struct Summary {
  std::vector<SummarySentence> sentences;  // document order, or best first for kRank
  // markdown key-points: "- " bullets, one per line; plain-text key-points: one sentence per
  // line; tldr and teaser: one paragraph; headline: the compressed best sentence.
  std::string summary;
};

// Scores every sentence by position, centrality (PageRank over tf-isf stem vectors, restricted
// to kMaxGraphSentences candidates chosen by a linear pre-filter), centroid, title, entity and
// context overlap and a length prior, then selects by MMR plus the per-word gain in coverage of
// the article's recurring terms, within the sentence, word and char budgets. O(n log n + k^2)
// for n tokens and k = kMaxGraphSentences.
Summary summarize(const Document& doc, const SummaryOptions& options);

}  // namespace precis
