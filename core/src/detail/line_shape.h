// Cheap shape measurements of one line of text, shared by cleaning and segmentation.
#pragma once

#include <cstddef>
#include <string_view>

namespace precis::detail {

struct LineShape {
  std::size_t words = 0;             // runs of non-space characters holding a letter or digit
  std::size_t capitalized_long = 0;  // words of 4+ letters starting with an uppercase letter
  std::size_t long_words = 0;        // words of 4+ letters
  std::size_t sentence_breaks = 0;   // ". X" patterns: terminal, space, uppercase letter
  bool ends_with_terminal = false;   // last visible character, past quotes/brackets, is . ! ? ...
  bool has_letter = false;
};

// O(line length). With a word_limit, stops once more than word_limit words and a letter have been
// seen: `words` (> word_limit) and `has_letter` then answer every comparison against the limit,
// and the other fields describe only the part measured. Cleaning classifies every line by a
// few words, and news paragraphs are long.
LineShape measure_line(std::string_view line,
                       std::size_t word_limit = static_cast<std::size_t>(-1));

// [first, last) of the line without leading/trailing whitespace and ignorable characters.
std::pair<std::size_t, std::size_t> trim_span(std::string_view text, std::size_t begin,
                                              std::size_t end);

}  // namespace precis::detail
