// Sentence salience for extractive summaries.
#pragma once

#include <vector>

#include "detail/term_vectors.h"
#include "precis/document.h"
#include "precis/summarize.h"

namespace precis::detail {

// Per-sentence features, each in 0..1; sentences outside the graph have all zeros.
struct SentenceFeatures {
  std::vector<double> position;
  std::vector<double> centrality;
  std::vector<double> centroid;
  std::vector<double> title;
  std::vector<double> entity;
  std::vector<double> context;
  std::vector<double> length;  // min(1, words / kFullLengthWords): longer sentences say more
  std::vector<double> length_prior;
  std::vector<bool> candidate;  // in the similarity graph
};

// Centrality is a LexRank-style PageRank over cosine similarity, built only over the
// kMaxGraphSentences best sentences by a linear pre-filter (position + centroid + context).
// `context` may be empty (no terms). O(n log n + k^2).
SentenceFeatures sentence_features(const Document& doc, const std::vector<TermVector>& vectors,
                                   const TermVector& context, const SummaryWeights& weights);

// One score >= 0 per sentence: the weighted features times the length prior, plus
// kContextBoost * context similarity; non-candidates score 0.
std::vector<double> combine_features(const SentenceFeatures& features,
                                     const SummaryWeights& weights);

}  // namespace precis::detail
