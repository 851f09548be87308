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

// O(line length).
LineShape measure_line(std::string_view line);

// [first, last) of the line without leading/trailing whitespace and ignorable characters.
std::pair<std::size_t, std::size_t> trim_span(std::string_view text, std::size_t begin,
                                              std::size_t end);

}  // namespace precis::detail
