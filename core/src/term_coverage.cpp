#include "detail/term_coverage.h"

#include <algorithm>
#include <cmath>

namespace precis::detail {

TermCoverage term_coverage(const std::vector<TermVector>& vectors) {
  TermCoverage c;
  double words = 0.0;
  for (const TermVector& v : vectors) {
    words += static_cast<double>(v.words);
    for (const auto& [term, _] : v.weights) {
      const auto t = static_cast<std::size_t>(term);
      if (t >= c.weight.size()) c.weight.resize(t + 1, 0.0);
      c.weight[t] += 1.0;
    }
  }
  c.count.assign(c.weight.size(), 0.0);
  for (double& w : c.weight) {
    w = std::max(0.0, w - 1.0);
    c.total += w * std::sqrt(w + 1.0);
  }
  c.mean_words =
      std::max(1.0, words / static_cast<double>(std::max<std::size_t>(1, vectors.size())));
  return c;
}

double coverage_gain(const TermCoverage& c, const TermVector& v) {
  if (c.total <= 0.0) return 0.0;
  double gain = 0.0;
  for (const auto& [term, _] : v.weights) {
    const auto t = static_cast<std::size_t>(term);
    gain += c.weight[t] * (std::sqrt(c.count[t] + 1.0) - std::sqrt(c.count[t]));
  }
  return gain / c.total * c.mean_words / std::max(1.0, static_cast<double>(v.words));
}

void add_coverage(TermCoverage& c, const TermVector& v) {
  for (const auto& [term, _] : v.weights) c.count[static_cast<std::size_t>(term)] += 1.0;
}

}  // namespace precis::detail
