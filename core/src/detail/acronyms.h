// Acronyms defined in the text, as in "model predictive control (MPC)": later mentions of the
// acronym are mentions of the phrase it stands for. Used by key-phrase extraction.
#pragma once

#include <cstddef>
#include <vector>

#include "precis/document.h"

namespace precis::detail {

struct AcronymDefinition {
  std::size_t phrase_begin = 0;  // tokens [phrase_begin, phrase_end) of doc.tokens
  std::size_t phrase_end = 0;
  std::size_t acronym = 0;  // the token inside the parentheses
};

struct Acronyms {
  std::vector<AcronymDefinition> definitions;
  std::vector<int> definition_of;  // per token: the definition an acronym token refers to, or -1
};

// A word of 2-5 capital letters (a final plural "s" aside: "PDEs") in parentheses right after
// the words whose initials spell it, one per word or per hyphenated part. Every token of the
// same term written in capitals is then a mention; the first definition of a term wins. O(n).
Acronyms find_acronyms(const Document& doc);

}  // namespace precis::detail
