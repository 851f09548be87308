// What rules make of a NER model's spans: the model sees two words either side and no more, so
// the spans it gives are mended with what the rest of the sentence and the document show (a
// sentence's capital, a name written elsewhere, an organisation's keyword).
#pragma once

#include <cstddef>
#include <vector>

#include "precis/document.h"
#include "precis/entities.h"

namespace precis::detail {

// Mends the model's spans of doc in place, in token order; sentence_of[k] is the first token of
// span k's sentence, and is kept in step. O(n log n).
void settle_model_spans(const Document& doc, std::vector<std::size_t>& sentence_of,
                        std::vector<EntitySpan>& spans);

}  // namespace precis::detail
