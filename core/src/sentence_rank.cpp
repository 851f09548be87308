#include "detail/sentence_rank.h"

#include <algorithm>
#include <cmath>
#include <numeric>

#include "precis/limits.h"

namespace precis::detail {
namespace {

// Sentences shorter than this rarely carry a fact on their own ("Not so.", bylines that slipped
// through, captions).
constexpr std::size_t kMinSummaryWords = 5;
constexpr double kDamping = 0.85;
constexpr int kPageRankIterations = 40;

// News puts the key facts first; the prior decays with the sentence's rank among eligible ones.
double position_prior(std::size_t eligible_index) {
  return 1.0 / std::sqrt(1.0 + static_cast<double>(eligible_index));
}

// Very short and very long sentences make poor summary sentences.
double length_prior(std::size_t words) {
  if (words < 8) return 0.7;
  if (words > 60) return 0.85;
  return 1.0;
}

std::vector<double> centroid_similarity(const std::vector<TermVector>& vectors,
                                        std::size_t term_count) {
  std::vector<double> centroid(term_count, 0.0);
  for (const TermVector& v : vectors) {
    for (const auto& [term, weight] : v.weights) centroid[static_cast<std::size_t>(term)] += weight;
  }
  double squares = 0.0;
  for (const double c : centroid) squares += c * c;
  const double norm = std::sqrt(squares);
  std::vector<double> similarity(vectors.size(), 0.0);
  if (norm == 0.0) return similarity;
  for (std::size_t s = 0; s < vectors.size(); ++s) {
    if (vectors[s].norm == 0.0) continue;
    double dot = 0.0;
    for (const auto& [term, weight] : vectors[s].weights) {
      dot += weight * centroid[static_cast<std::size_t>(term)];
    }
    similarity[s] = dot / (vectors[s].norm * norm);
  }
  return similarity;
}

// PageRank over the weighted similarity graph of `nodes`; returns scores scaled to max 1.
std::vector<double> centrality(const std::vector<TermVector>& vectors,
                               const std::vector<std::size_t>& nodes) {
  const std::size_t k = nodes.size();
  std::vector<double> sim(k * k, 0.0);
  std::vector<double> row_sum(k, 0.0);
  for (std::size_t i = 0; i < k; ++i) {
    for (std::size_t j = i + 1; j < k; ++j) {
      const double s = cosine(vectors[nodes[i]], vectors[nodes[j]]);
      sim[i * k + j] = sim[j * k + i] = s;
      row_sum[i] += s;
      row_sum[j] += s;
    }
  }
  std::vector<double> rank(k, 1.0 / static_cast<double>(k));
  std::vector<double> next(k);
  for (int iteration = 0; iteration < kPageRankIterations; ++iteration) {
    for (std::size_t j = 0; j < k; ++j) {
      double incoming = 0.0;
      for (std::size_t i = 0; i < k; ++i) {
        if (row_sum[i] > 0.0) incoming += rank[i] * sim[i * k + j] / row_sum[i];
      }
      next[j] = (1.0 - kDamping) / static_cast<double>(k) + kDamping * incoming;
    }
    rank.swap(next);
  }
  const double top = *std::max_element(rank.begin(), rank.end());
  for (double& r : rank) r = top > 0.0 ? r / top : 0.0;
  return rank;
}

double title_overlap(const TermVector& vector, const std::vector<int>& title_terms) {
  if (title_terms.empty()) return 0.0;
  std::size_t shared = 0;
  for (const auto& entry : vector.weights) {
    shared += std::binary_search(title_terms.begin(), title_terms.end(), entry.first) ? 1 : 0;
  }
  return static_cast<double>(shared) / static_cast<double>(title_terms.size());
}

}  // namespace

std::vector<double> rank_sentences(const Document& doc, const std::vector<TermVector>& vectors,
                                   const RankWeights& weights) {
  const std::size_t count = vectors.size();
  std::vector<std::size_t> eligible;
  for (std::size_t s = 0; s < count; ++s) {
    if (vectors[s].words >= kMinSummaryWords) eligible.push_back(s);
  }
  if (eligible.empty()) {  // a text of short lines: rank them all rather than nothing
    eligible.resize(count);
    std::iota(eligible.begin(), eligible.end(), std::size_t{0});
  }
  const std::vector<double> centroid = centroid_similarity(vectors, doc.term_stems.size());
  std::vector<double> score(count, 0.0);
  std::vector<double> prefilter(eligible.size());
  for (std::size_t e = 0; e < eligible.size(); ++e) {
    prefilter[e] = position_prior(e) + centroid[eligible[e]];
  }
  std::vector<std::size_t> order(eligible.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  const std::size_t k = std::min(order.size(), kMaxGraphSentences);
  std::partial_sort(order.begin(), order.begin() + static_cast<std::ptrdiff_t>(k), order.end(),
                    [&](std::size_t a, std::size_t b) {
                      return prefilter[a] != prefilter[b] ? prefilter[a] > prefilter[b] : a < b;
                    });
  order.resize(k);
  std::vector<std::size_t> nodes;
  for (const std::size_t e : order) nodes.push_back(eligible[e]);
  const std::vector<double> central = centrality(vectors, nodes);
  const double top_centroid = *std::max_element(centroid.begin(), centroid.end());
  for (std::size_t n = 0; n < k; ++n) {
    const std::size_t e = order[n];
    const std::size_t s = eligible[e];
    const double features =
        weights.position * position_prior(e) + weights.centrality * central[n] +
        weights.centroid * (top_centroid > 0.0 ? centroid[s] / top_centroid : 0.0) +
        weights.title * title_overlap(vectors[s], doc.title_terms);
    score[s] = features * length_prior(vectors[s].words);
  }
  return score;
}

}  // namespace precis::detail
