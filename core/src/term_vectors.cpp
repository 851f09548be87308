#include "detail/term_vectors.h"

#include <algorithm>
#include <cmath>
#include <string>

#include "detail/ordering.h"
#include "precis/limits.h"
#include "precis/stem.h"
#include "precis/tokenize.h"

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

TermVector text_vector(const Document& doc, const std::vector<TermVector>& sentences,
                       std::string_view text) {
  TermVector out;
  if (text.empty()) return out;
  std::vector<std::pair<std::string_view, int>> by_stem;
  by_stem.reserve(doc.term_stems.size());
  for (std::size_t id = 0; id < doc.term_stems.size(); ++id) {
    by_stem.emplace_back(doc.term_stems[id], static_cast<int>(id));
  }
  detail::stable_sort_items(by_stem);
  const LanguageData& language = *doc.language;
  Stemmer stemmer(language.stemmer);
  std::vector<int> ids;
  for (const Token& token : tokenize(text, 0, text.size(), language)) {
    // The same filter as the document's term table, so the stems are comparable.
    if (token.kind == TokenKind::kPunct || token.norm.size() > kMaxTermBytes) continue;
    if (language.stopwords.contains(token.norm)) continue;
    const std::string stem = token.kind == TokenKind::kWord ? stemmer.stem(token.norm) : token.norm;
    const auto it = std::lower_bound(by_stem.begin(), by_stem.end(),
                                     std::pair<std::string_view, int>(stem, -1));
    if (it != by_stem.end() && it->first == stem) ids.push_back(it->second);
  }
  std::sort(ids.begin(), ids.end());
  std::vector<std::size_t> frequency(doc.term_stems.size(), 0);
  for (const TermVector& v : sentences) {
    for (const auto& entry : v.weights) ++frequency[static_cast<std::size_t>(entry.first)];
  }
  const double n = static_cast<double>(sentences.size()) + 1.0;
  double squares = 0.0;
  for (std::size_t i = 0; i < ids.size();) {
    std::size_t j = i;
    while (j < ids.size() && ids[j] == ids[i]) ++j;
    const std::size_t df = std::max<std::size_t>(1, frequency[static_cast<std::size_t>(ids[i])]);
    const double weight =
        static_cast<double>(j - i) * (std::log(n / static_cast<double>(df)) + 1.0);
    out.weights.emplace_back(ids[i], weight);
    squares += weight * weight;
    i = j;
  }
  out.norm = std::sqrt(squares);
  out.words = ids.size();
  return out;
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
