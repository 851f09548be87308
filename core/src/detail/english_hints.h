// Part-of-speech hints for English key phrases, from suffixes and neighbouring words: cheap
// stand-ins for a tagger, each a rule of English grammar rather than a list of topic words.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "precis/document.h"

namespace precis::detail {

// Whether `word` ends with `suffix` after at least three other characters ("ly" in "robustly",
// not in "fly"). O(suffix).
bool ends_with(const std::string& word, std::string_view suffix);

// A word right after a subject pronoun or a modal is a verb ("we propose", "it requires", "can
// reduce"). O(1).
bool after_verb_marker(const Document& doc, std::size_t t);

// A word in "-s" between a content word and a determiner is a verb in the third person ("the
// method requires the", "this paper presents a"): a plural noun is rarely followed directly by a
// determiner, while "methods for" and "systems of" stay phrases. So is one right after a clause's
// opening "this", "the" or "our" and its noun ("This paper addresses robust ..."). O(1).
bool third_person_verb(const Document& doc, std::size_t t);

// "-ous", "-ful", "-ive", "-able", "-ible", "-al", "-ic" mostly end adjectives ("continuous",
// "explicit", "experimental"). O(1).
bool adjective(const std::string& word);

}  // namespace precis::detail
