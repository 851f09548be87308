// Country names in another grammatical case, for languages whose names decline.
#pragma once

#include <string_view>

#include "precis/language.h"

namespace precis::detail {

// A country named in another case ("России", "Polsce", "Китаем"): each word without its last one
// (else two) letters begins the same word of exactly one country's name in `countries`
// ("folded name\tCODE" entries), a word at most two letters longer. The code, or empty.
// O(log n + the names sharing the stem).
std::string_view declined_country_in(const WordList& countries, std::string_view folded) noexcept;

}  // namespace precis::detail
