#include "detail/term_vectors.h"

#include <algorithm>
#include <cmath>

namespace precis::detail {

std::vector<TermVector> sentence_vectors(const Document& doc) {
  const std::size_t count = doc.sentences.size();
  std::vector<TermVector> vectors(count);
  std::vector<std::size_t> sentence_frequency(doc.term_stems.size(), 0);
  std::vector<int> ids;
  for (std::size_t s = 0; s < count; ++s) {
    ids.clear();
    for (std::size_t t = doc.sentence_tokens[s]; t < doc.sentence_tokens[s + 1]; ++t) {
      vectors[s].words += doc.tokens[t].kind != TokenKind::kPunct ? 1 : 0;
      if (doc.terms[t] >= 0) ids.push_back(doc.terms[t]);
    }
    std::sort(ids.begin(), ids.end());
    for (std::size_t i = 0; i < ids.size();) {
      std::size_t j = i;
      while (j < ids.size() && ids[j] == ids[i]) ++j;
      vectors[s].weights.emplace_back(ids[i], static_cast<double>(j - i));
      ++sentence_frequency[static_cast<std::size_t>(ids[i])];
      i = j;
    }
  }
  const double n = static_cast<double>(count) + 1.0;
  for (TermVector& vector : vectors) {
    double squares = 0.0;
    for (auto& [term, weight] : vector.weights) {
      const double isf =
          std::log(n / static_cast<double>(sentence_frequency[static_cast<std::size_t>(term)])) +
          1.0;
      weight *= isf;
      squares += weight * weight;
    }
    vector.norm = std::sqrt(squares);
  }
  return vectors;
}

double cosine(const TermVector& a, const TermVector& b) {
  if (a.norm == 0.0 || b.norm == 0.0) return 0.0;
  double dot = 0.0;
  auto i = a.weights.begin();
  auto j = b.weights.begin();
  while (i != a.weights.end() && j != b.weights.end()) {
    if (i->first < j->first) {
      ++i;
    } else if (j->first < i->first) {
      ++j;
    } else {
      dot += i->second * j->second;
      ++i;
      ++j;
    }
  }
  return dot / (a.norm * b.norm);
}

}  // namespace precis::detail
