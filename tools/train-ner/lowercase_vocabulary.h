// The lowercase vocabulary behind the kNerLowercaseSeen feature, counted on unlabeled text.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "precis/language.h"

namespace precis::tools {

// Sorted, distinct vocabulary keys (detail::ner_vocabulary_key) of the folded words written
// lowercase at least `min_count` times in `sentences` (each a list of input tokens, tokenized
// as the tagger tokenizes them). O(total length + V log V).
std::vector<std::uint32_t> lowercase_vocabulary(
    const std::vector<std::vector<std::string>>& sentences, const LanguageData& language,
    int min_count);

}  // namespace precis::tools
