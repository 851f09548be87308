// A concave coverage of recurring terms (Lin & Bilmes 2011, "A class of submodular functions
// for document summarization"), the set-level part of extractive selection: shared by
// single-article summaries and story digests.
#pragma once

#include <vector>

#include "detail/term_vectors.h"

namespace precis::detail {

// f(S) = sum_t w_t sqrt(n_S(t)), where n_S(t) counts the chosen sentences containing term t and
// w_t = (sentences containing t) - 1, so a term said once weighs nothing and each repetition of a
// covered term is worth less. The gain of a sentence is divided by its length relative to the
// mean sentence: content per word, so a long sentence is not preferred just for holding more
// terms. f(all) = 1.
struct TermCoverage {
  std::vector<double> weight;
  std::vector<double> count;  // n_S(t)
  double total = 0.0;         // f(all sentences), the normaliser
  double mean_words = 1.0;
};

// The coverage of `vectors` with nothing chosen yet. O(n) in their entries.
TermCoverage term_coverage(const std::vector<TermVector>& vectors);

// What choosing `v` would add to f, per word relative to the mean sentence.
double coverage_gain(const TermCoverage& c, const TermVector& v);

// Records `v` as chosen.
void add_coverage(TermCoverage& c, const TermVector& v);

}  // namespace precis::detail
