// Token-level named-entity tags, the evaluation interface behind `precis ner`.
#pragma once

#include <string>
#include <vector>

#include "precis/error.h"

namespace precis {

class NerModel;

// IOB2 tags ("B-PER", "I-ORG", "O"), one per input token, from the same entity tagger as `tag`.
// The tokens are joined with spaces and analysed as one text; an entity tags every input token
// it overlaps. `lang` as in DocumentOptions. A sentence without any word gives all "O".
// `model` null: the rules, on the text as a document. Otherwise the model, on the text as one
// sentence (no clean / segment pass, so headline-like lines are tagged too); empty or "auto"
// `lang` then means the model's language. O(n) in the total token length.
Result<std::vector<std::string>> tag_tokens(const std::vector<std::string>& tokens,
                                            const std::string& lang,
                                            const NerModel* model = nullptr);

}  // namespace precis
