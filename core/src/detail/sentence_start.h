// Where a sentence's words begin: a capital there is the sentence's, not a name's.
#pragma once

#include <cstddef>

#include "precis/document.h"

namespace precis::detail {

// Whether token t is the first word of the sentence whose tokens begin at `sentence_begin`: only
// punctuation (an opening quote, a dash) comes before it. O(t - sentence_begin).
inline bool opens_sentence(const Document& doc, std::size_t sentence_begin, std::size_t t) {
  std::size_t first = sentence_begin;
  while (first < t && doc.tokens[first].kind == TokenKind::kPunct) ++first;
  return first == t;
}

}  // namespace precis::detail
