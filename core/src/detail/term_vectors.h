// Sparse tf-isf vectors of sentences, the common currency of ranking and redundancy checks.
#pragma once

#include <cstddef>
#include <string_view>
#include <utility>
#include <vector>

#include "precis/document.h"

namespace precis::detail {

struct TermVector {
  std::vector<std::pair<int, double>> weights;  // (term id, weight), sorted by term id
  double norm = 0.0;
  std::size_t words = 0;  // word and number tokens in the sentence
};

// One vector per sentence: tf x isf, where isf = ln((N + 1) / sentence frequency) + 1. O(n log n)
// in the tokens of a sentence, O(n) overall for bounded sentence lengths.
std::vector<TermVector> sentence_vectors(const Document& doc);

// The terms of `text` (tokenized, stopword-free and stemmed with the document's language) that
// also occur in the document, weighted by the document's isf. Terms absent from the document
// cannot match a sentence and are dropped. O(m log m + V) for m tokens and V document terms.
TermVector text_vector(const Document& doc, const std::vector<TermVector>& sentences,
                       std::string_view text);

// Cosine similarity of two sparse vectors: a merge of the sorted entries.
double cosine(const TermVector& a, const TermVector& b);

}  // namespace precis::detail
