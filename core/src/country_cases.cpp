#include "detail/country_cases.h"

#include <algorithm>
#include <array>
#include <cstddef>

#include "precis/utf8.h"

namespace precis::detail {
namespace {

// The words of a folded name, at most kMaxNameWords of them (count 0 when there are more).
constexpr std::size_t kMaxNameWords = 6;
struct NameWords {
  std::array<std::string_view, kMaxNameWords> words;
  std::size_t count = 0;
};

NameWords words_of(std::string_view name) noexcept {
  NameWords out;
  for (std::size_t start = 0; start <= name.size();) {
    const std::size_t space = std::min(name.find(' ', start), name.size());
    if (space > start) {
      if (out.count == kMaxNameWords) return {};
      out.words[out.count++] = name.substr(start, space - start);
    }
    start = space + 1;
  }
  return out;
}

// `word` without its last `cut` letters, or whole when fewer than three would remain.
std::string_view without_ending(std::string_view word, std::size_t cut) noexcept {
  if (code_point_count(word) < cut + 3) return word;
  std::size_t end = word.size();
  for (std::size_t n = 0; n < cut; ++n) {
    --end;
    while (end > 0 && (static_cast<unsigned char>(word[end]) & 0xC0) == 0x80) --end;
  }
  return word.substr(0, end);
}

}  // namespace

std::string_view declined_name_in(const WordList& names, std::string_view folded) noexcept {
  const NameWords words = words_of(folded);
  if (words.count == 0 || names.words == nullptr) return {};
  for (std::size_t cut = 1; cut <= 2; ++cut) {
    NameWords stems = words;
    for (std::size_t k = 0; k < words.count; ++k) {
      stems.words[k] = without_ending(words.words[k], cut);
    }
    const std::string_view first = stems.words[0];
    const std::string_view* end = names.words + names.size;
    std::string_view found;
    bool ambiguous = false;
    for (const std::string_view* it = std::lower_bound(names.words, end, first);
         it != end && it->substr(0, first.size()) == first; ++it) {
      const std::size_t tab = it->find('\t');
      if (tab == std::string_view::npos) continue;
      const NameWords name = words_of(it->substr(0, tab));
      bool fits = name.count == words.count;
      for (std::size_t k = 0; fits && k < name.count; ++k) {
        fits = name.words[k].substr(0, stems.words[k].size()) == stems.words[k] &&
               code_point_count(name.words[k]) <= code_point_count(words.words[k]) + 2;
      }
      if (!fits) continue;
      const std::string_view code = it->substr(tab + 1);
      ambiguous |= !found.empty() && found != code;
      found = code;
    }
    if (!found.empty()) return ambiguous ? std::string_view() : found;
  }
  return {};
}

}  // namespace precis::detail
