#include "detail/sentence_rank.h"

#include <algorithm>
#include <cmath>
#include <numeric>

#include "detail/ordering.h"
#include "precis/entities.h"
#include "precis/limits.h"

namespace precis::detail {
namespace {

// Sentences shorter than this rarely carry a fact on their own ("Not so.", bylines that slipped
// through, captions).
constexpr std::size_t kMinSummaryWords = 5;
constexpr double kDamping = 0.85;
constexpr int kPageRankIterations = 40;
// A caller's context is an explicit request: a sentence that matches it fully outweighs
// everything else (the other features sum to about 2 at most).
constexpr double kContextWeight = 3.0;
// Sentences reach the full length feature at this many words.
constexpr double kFullLengthWords = 40.0;

// Very short and very long sentences make poor summary sentences.
double length_prior(std::size_t words) {
  if (words < 8) return 0.7;
  if (words > 60) return 0.85;
  return 1.0;
}

// Scales to max 1 (all zeros stay zeros).
void normalize(std::vector<double>& values) {
  const double top = values.empty() ? 0.0 : *std::max_element(values.begin(), values.end());
  if (top > 0.0) {
    for (double& v : values) v /= top;
  }
}

// cosine(vectors[s], other) for every s in O(total sentence terms + term_count): `other` (the
// centroid, the context) can hold every term of the document, and walking it once per sentence
// made a document whose vocabulary grows with its length (numbers, names) quadratic. Same
// products in the same order as cosine(), so the scores are bit-identical.
std::vector<double> cosine_with(const std::vector<TermVector>& vectors, const TermVector& other,
                                std::size_t term_count) {
  std::vector<double> dense(term_count, 0.0);
  for (const auto& [term, weight] : other.weights) {
    if (static_cast<std::size_t>(term) >= dense.size()) dense.resize(term + 1, 0.0);
    dense[static_cast<std::size_t>(term)] = weight;
  }
  std::vector<double> similarity(vectors.size(), 0.0);
  for (std::size_t s = 0; s < vectors.size(); ++s) {
    const TermVector& v = vectors[s];
    if (v.norm == 0.0 || other.norm == 0.0) continue;
    double dot = 0.0;
    for (const auto& [term, weight] : v.weights) {
      const auto t = static_cast<std::size_t>(term);
      if (t < dense.size() && dense[t] != 0.0) dot += weight * dense[t];
    }
    similarity[s] = dot / (v.norm * other.norm);
  }
  return similarity;
}

std::vector<double> centroid_similarity(const std::vector<TermVector>& vectors,
                                        std::size_t term_count) {
  TermVector centroid;
  std::vector<double> sum(term_count, 0.0);
  for (const TermVector& v : vectors) {
    for (const auto& [term, weight] : v.weights) sum[static_cast<std::size_t>(term)] += weight;
  }
  double squares = 0.0;
  for (std::size_t t = 0; t < term_count; ++t) {
    if (sum[t] == 0.0) continue;
    centroid.weights.emplace_back(static_cast<int>(t), sum[t]);
    squares += sum[t] * sum[t];
  }
  centroid.norm = std::sqrt(squares);
  std::vector<double> similarity = cosine_with(vectors, centroid, term_count);
  normalize(similarity);
  return similarity;
}

// cosine() of every pair of `nodes`, as a k x k matrix with a zero diagonal, through an inverted
// index of their terms: the work is the pairs that share a term, not all k^2 pairs. Each pair's
// dot product adds its shared terms in ascending term order, as cosine() does, so the values are
// bit-identical. Term ids are below `term_count`.
std::vector<double> pairwise_cosines(const std::vector<TermVector>& vectors,
                                     const std::vector<std::size_t>& nodes,
                                     std::size_t term_count) {
  const std::size_t k = nodes.size();
  // Postings in CSR form: for each term, the (node index, weight) pairs in node order.
  std::vector<std::size_t> begin(term_count + 1, 0);
  for (const std::size_t node : nodes) {
    for (const auto& entry : vectors[node].weights) {
      ++begin[static_cast<std::size_t>(entry.first) + 1];
    }
  }
  for (std::size_t t = 0; t < term_count; ++t) begin[t + 1] += begin[t];
  std::vector<std::pair<std::size_t, double>> postings(begin[term_count]);
  std::vector<std::size_t> fill(begin.begin(), begin.end() - 1);
  for (std::size_t i = 0; i < k; ++i) {
    for (const auto& [term, weight] : vectors[nodes[i]].weights) {
      postings[fill[static_cast<std::size_t>(term)]++] = {i, weight};
    }
  }
  std::vector<double> sim(k * k, 0.0);
  for (std::size_t i = 0; i < k; ++i) {
    double* row = &sim[i * k];
    for (const auto& [term, weight] : vectors[nodes[i]].weights) {
      const auto t = static_cast<std::size_t>(term);
      for (std::size_t p = begin[t]; p < begin[t + 1]; ++p) {
        if (postings[p].first > i) row[postings[p].first] += weight * postings[p].second;
      }
    }
    const double norm = vectors[nodes[i]].norm;
    for (std::size_t j = i + 1; j < k; ++j) {
      const double other = vectors[nodes[j]].norm;
      row[j] = norm == 0.0 || other == 0.0 ? 0.0 : row[j] / (norm * other);
      sim[j * k + i] = row[j];
    }
  }
  return sim;
}

// PageRank over the weighted similarity graph of `nodes`; returns scores scaled to max 1.
std::vector<double> centrality(const std::vector<TermVector>& vectors,
                               const std::vector<std::size_t>& nodes, std::size_t term_count) {
  const std::size_t k = nodes.size();
  const std::vector<double> sim = pairwise_cosines(vectors, nodes, term_count);
  std::vector<double> row_sum(k, 0.0);
  for (std::size_t i = 0; i < k; ++i) {
    for (std::size_t j = i + 1; j < k; ++j) {
      row_sum[i] += sim[i * k + j];
      row_sum[j] += sim[i * k + j];
    }
  }
  // The transition matrix, transposed: row j holds what j receives from each i, so an
  // iteration reads memory in order and divides nothing.
  std::vector<double> incoming_share(k * k, 0.0);
  for (std::size_t i = 0; i < k; ++i) {
    if (row_sum[i] == 0.0) continue;
    for (std::size_t j = 0; j < k; ++j) incoming_share[j * k + i] = sim[i * k + j] / row_sum[i];
  }
  std::vector<double> rank(k, 1.0 / static_cast<double>(k));
  std::vector<double> next(k);
  for (int iteration = 0; iteration < kPageRankIterations; ++iteration) {
    for (std::size_t j = 0; j < k; ++j) {
      const double* share = &incoming_share[j * k];
      double incoming = 0.0;
      for (std::size_t i = 0; i < k; ++i) incoming += rank[i] * share[i];
      next[j] = (1.0 - kDamping) / static_cast<double>(k) + kDamping * incoming;
    }
    rank.swap(next);
  }
  normalize(rank);
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

// Entities the article keeps returning to mark its subject: a sentence scores the sum of
// ln(mentions) over the distinct entities it names (keyed by the stem of their last word, so
// "Vladimir Putin" and "Putin" agree). Lower-cased text has no entities and scores 0.
std::vector<double> entity_overlap(const Document& doc) {
  const std::vector<EntitySpan> spans = find_entity_spans(doc);
  std::vector<std::pair<std::size_t, int>> keyed;  // (sentence, entity key)
  std::size_t sentence = 0;
  for (const EntitySpan& span : spans) {
    int key = -1;
    for (std::size_t t = span.token_begin; t < span.token_end; ++t) {
      if (doc.terms[t] >= 0) key = doc.terms[t];
    }
    if (key < 0) continue;
    while (doc.sentence_tokens[sentence + 1] <= span.token_begin) ++sentence;
    keyed.emplace_back(sentence, key);
  }
  std::vector<std::size_t> mentions(doc.term_stems.size(), 0);
  for (const auto& entry : keyed) ++mentions[static_cast<std::size_t>(entry.second)];
  detail::stable_sort_items(keyed);
  keyed.erase(std::unique(keyed.begin(), keyed.end()), keyed.end());
  std::vector<double> score(doc.sentences.size(), 0.0);
  for (const auto& [s, key] : keyed) {
    score[s] += std::log(static_cast<double>(mentions[static_cast<std::size_t>(key)]));
  }
  normalize(score);
  return score;
}

// The eligible sentences' indices (enough words to state a fact), or all when none is.
std::vector<std::size_t> eligible_sentences(const std::vector<TermVector>& vectors) {
  std::vector<std::size_t> eligible;
  for (std::size_t s = 0; s < vectors.size(); ++s) {
    if (vectors[s].words >= kMinSummaryWords) eligible.push_back(s);
  }
  if (eligible.empty()) {  // a text of short lines: rank them all rather than nothing
    eligible.resize(vectors.size());
    std::iota(eligible.begin(), eligible.end(), std::size_t{0});
  }
  return eligible;
}

}  // namespace

SentenceFeatures sentence_features(const Document& doc, const std::vector<TermVector>& vectors,
                                   const TermVector& context, const SummaryWeights& weights) {
  const std::size_t count = vectors.size();
  SentenceFeatures f;
  for (auto* v : {&f.position, &f.centrality, &f.centroid, &f.title, &f.entity, &f.context,
                  &f.length, &f.length_prior}) {
    v->assign(count, 0.0);
  }
  f.candidate.assign(count, false);
  const std::vector<std::size_t> eligible = eligible_sentences(vectors);
  const std::vector<double> centroid = centroid_similarity(vectors, doc.term_stems.size());
  std::vector<double> context_similarity = cosine_with(vectors, context, doc.term_stems.size());
  normalize(context_similarity);
  // News puts the key facts first; the prior decays with the rank among eligible sentences.
  std::vector<double> prefilter(eligible.size());
  for (std::size_t e = 0; e < eligible.size(); ++e) {
    const std::size_t s = eligible[e];
    // (1 + e)^-decay, written with exp and log, which the core needs anyway: std::pow costs the
    // wasm a 4 KB table of its own.
    f.position[s] = std::exp(-weights.position_decay * std::log(1.0 + static_cast<double>(e)));
    prefilter[e] = f.position[s] + centroid[s] + context_similarity[s];
  }
  std::vector<std::size_t> order = detail::stable_order(
      eligible.size(), [&](std::size_t a, std::size_t b) { return prefilter[a] > prefilter[b]; });
  order.resize(std::min(order.size(), kMaxGraphSentences));
  std::vector<std::size_t> nodes;
  for (const std::size_t e : order) nodes.push_back(eligible[e]);
  const std::vector<double> central = centrality(vectors, nodes, doc.term_stems.size());
  // Entity spans cost a pass of their own; skip it when the feature does not count.
  const std::vector<double> entity =
      weights.entity > 0.0 ? entity_overlap(doc) : std::vector<double>(count, 0.0);
  for (std::size_t n = 0; n < nodes.size(); ++n) {
    const std::size_t s = nodes[n];
    f.candidate[s] = true;
    f.centrality[s] = central[n];
    f.centroid[s] = centroid[s];
    f.title[s] = title_overlap(vectors[s], doc.title_terms);
    f.entity[s] = entity[s];
    f.context[s] = context_similarity[s];
    f.length[s] = std::min(1.0, static_cast<double>(vectors[s].words) / kFullLengthWords);
    f.length_prior[s] = length_prior(vectors[s].words);
  }
  return f;
}

std::vector<double> combine_features(const SentenceFeatures& f, const SummaryWeights& w) {
  std::vector<double> score(f.position.size(), 0.0);
  for (std::size_t s = 0; s < score.size(); ++s) {
    if (!f.candidate[s]) continue;
    const double salience = w.position * f.position[s] + w.centrality * f.centrality[s] +
                            w.centroid * f.centroid[s] + w.title * f.title[s] +
                            w.entity * f.entity[s] + w.length * f.length[s] +
                            kContextWeight * f.context[s];
    score[s] = salience * f.length_prior[s];
  }
  return score;
}

}  // namespace precis::detail
