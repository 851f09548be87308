// Sentence salience for extractive summaries.
#pragma once

#include <vector>

#include "detail/term_vectors.h"
#include "precis/document.h"

namespace precis::detail {

// The weights of the salience features. Fixed constants, chosen on the dev sets with
// `npm run bench:quality` (see bench/RESULTS.md); they are not learned per input.
struct RankWeights {
  double position = 0.45;
  double centrality = 0.25;
  double centroid = 0.15;
  double title = 0.15;
};

// One score >= 0 per sentence; sentences too short to summarize anything score 0.
// Centrality is a LexRank-style PageRank over cosine similarity, built only over the
// kMaxGraphSentences best sentences by a linear pre-filter (position + centroid similarity).
std::vector<double> rank_sentences(const Document& doc, const std::vector<TermVector>& vectors,
                                   const RankWeights& weights);

}  // namespace precis::detail
