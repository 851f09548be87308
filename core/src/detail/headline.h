// Sentence compression for headlines and tight budgets.
#pragma once

#include <cstddef>
#include <string>

#include "precis/document.h"

namespace precis::detail {

// The sentence `sentence` of `doc`, compressed to at most `max_words` words and `max_chars`
// UTF-16 code units: parentheticals, dash asides and attributions (", officials said",
// "According to police,") are always dropped; subordinate clauses (", who ...,") only while the
// text is over the limit, and a person's opening titles and a "said he" after a name only where
// that lets the cut text say more; then it is cut at a word boundary, preferring a clause
// boundary, never inside a name, and trailing punctuation (and, where it was cut, stopwords) are
// trimmed so it never ends on a dangling word. Never empty when the sentence has a word (a first
// word longer than max_chars is the one exception: then the result is empty). Valid UTF-8.
// O(document) to find its names, then O(sentence x names).
std::string compress_sentence(const Document& doc, std::size_t sentence, std::size_t max_words,
                              std::size_t max_chars);

}  // namespace precis::detail
