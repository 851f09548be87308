// Light stemmers, written here, for languages that Snowball has no algorithm for. Each strips
// the inflectional ending of a lowercase word so that the forms of one word share a stem; none
// touches derivation. Used by Stemmer (precis/stem.h) under the algorithm names below.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace precis::detail {

using LightStemmer = std::string (*)(std::string_view lowercase_word);

// Whether `word` ends with `ending` after at least `min_stem_letters` characters (code points):
// the test of every ending rule here and in detail/polish_lemma.h. O(length).
bool ends_with_stem(std::string_view word, std::string_view ending, std::size_t min_stem_letters);

// The light stemmer called `algorithm` ("polish"), or nullptr. O(1).
LightStemmer find_light_stemmer(std::string_view algorithm);

// Polish: case and number endings of nouns and adjectives ("pomiarach", "pomiarów" -> "pomiar";
// "akustycznej" -> "akustyczn") and the "-ość" nouns ("skuteczności" -> "skuteczność").
// O(length).
std::string polish_light_stem(std::string_view lowercase_word);

}  // namespace precis::detail
