// Word lists kept as one text, a word and "\n" after another ("a\nabout\n"): the generated
// built-in lists are stored that way, which costs the binary no table of pointers.
#pragma once

#include <string_view>
#include <vector>

namespace precis::detail {

// The lines of `text`, each without its "\n"; a last line without one counts too. O(n).
std::vector<std::string_view> text_lines(std::string_view text);

}  // namespace precis::detail
