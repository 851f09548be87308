// Token-level named-entity tags, the evaluation interface behind `precis ner`.
#pragma once

#include <string>
#include <vector>

#include "precis/error.h"

namespace precis {

// IOB2 tags ("B-PER", "I-ORG", "O"), one per input token, from the same entity tagger as `tag`.
// The tokens are joined with spaces and analysed as one text; an entity tags every input token
// it overlaps. `lang` as in DocumentOptions. A sentence without any word gives all "O".
// O(n) in the total token length.
Result<std::vector<std::string>> tag_tokens(const std::vector<std::string>& tokens,
                                            const std::string& lang);

}  // namespace precis
