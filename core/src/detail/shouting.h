// Text in capitals ("HEAVY RAIN CAUSED SEVERE FLOODING"), where capitals say nothing about names.
#pragma once

#include <cstddef>

#include "precis/document.h"
#include "precis/utf8.h"

namespace precis::detail {

// Whether tokens [begin, end) hold at least three words, all in capitals: words of two letters
// or more entirely, shorter ones ("A", "À", "L'", "D'") by their capital; one-byte words ("a",
// "I") say nothing and count. O(end - begin).
inline bool shouted(const Document& doc, std::size_t begin, std::size_t end) {
  std::size_t words = 0;
  for (std::size_t i = begin; i < end; ++i) {
    const Token& token = doc.tokens[i];
    if (token.kind != TokenKind::kWord) continue;
    const bool short_capital = token.capitalized && code_point_count(token.norm) <= 2;
    if (!token.all_caps && !short_capital && token.norm.size() > 1) return false;
    ++words;
  }
  return words >= 3;
}

}  // namespace precis::detail
