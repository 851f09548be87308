// Text in capitals ("HEAVY RAIN CAUSED SEVERE FLOODING"), where capitals say nothing about names.
#pragma once

#include <cstddef>

#include "precis/document.h"

namespace precis::detail {

// Whether tokens [begin, end) hold at least three words and every word longer than one letter
// is written in capitals. O(end - begin).
inline bool shouted(const Document& doc, std::size_t begin, std::size_t end) {
  std::size_t words = 0;
  for (std::size_t i = begin; i < end; ++i) {
    const Token& token = doc.tokens[i];
    if (token.kind != TokenKind::kWord) continue;
    if (!token.all_caps && token.norm.size() > 1) return false;
    ++words;
  }
  return words >= 3;
}

}  // namespace precis::detail
