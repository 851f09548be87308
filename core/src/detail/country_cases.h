// Country and city names in another grammatical case, for languages whose names decline.
#pragma once

#include <string_view>

#include "precis/language.h"

namespace precis::detail {

// A name in another case ("России", "Polsce", "Китаем", "Москву"): each word without its last one
// (else two) letters begins the same word of exactly one name in `names` ("folded name\tVALUE"
// entries: the countries, the exonyms), a word at most two letters longer. The value, or empty.
// O(log n + the names sharing the stem).
std::string_view declined_name_in(const WordList& names, std::string_view folded) noexcept;

}  // namespace precis::detail
