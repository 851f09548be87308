#include "precis/language.h"

#include <algorithm>
#include <cstddef>
#include <iterator>
#include <string_view>

#include "data/languages.h"

namespace precis {
namespace {

constexpr std::size_t kMaxCodeBytes = 3;  // ISO 639-1 is two letters; 639-3 would be three.

constexpr LanguageData kNeutral = {
    "",
    "Neutral",
    "",
    {nullptr, 0},
    {detail::kAbbreviationsNeutral, std::size(detail::kAbbreviationsNeutral)},
    {nullptr, 0},
    false,
    false};

char ascii_lower(char c) noexcept { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c; }

// a < b bytewise as unsigned char, the order the generator sorts in. List words are a few bytes
// long: a loop beats a call to memcmp per probe (string_view's compare), notably in wasm.
bool bytes_less(std::string_view a, std::string_view b) noexcept {
  const std::size_t n = std::min(a.size(), b.size());
  for (std::size_t i = 0; i < n; ++i) {
    const auto x = static_cast<unsigned char>(a[i]);
    const auto y = static_cast<unsigned char>(b[i]);
    if (x != y) return x < y;
  }
  return a.size() < b.size();
}

// The code on the "name\tCODE" line of `countries` whose name is `folded_name`, or empty.
std::string_view country_in(const WordList& countries, std::string_view folded_name) noexcept {
  if (countries.words == nullptr) return {};
  const std::string_view* end = countries.words + countries.size;
  const std::string_view* it = std::lower_bound(countries.words, end, folded_name, bytes_less);
  if (it == end || it->size() <= folded_name.size() ||
      it->substr(0, folded_name.size()) != folded_name || (*it)[folded_name.size()] != '\t') {
    return {};
  }
  return it->substr(folded_name.size() + 1);
}

}  // namespace

bool WordList::contains(std::string_view lowercase_word) const noexcept {
  if (words == nullptr) return false;
  return std::binary_search(words, words + size, lowercase_word, bytes_less);
}

bool is_elided_word(const LanguageData& language, std::string_view norm) noexcept {
  return language.splits_elisions && norm.size() >= 2 && norm.back() == '\'';
}

bool is_function_word(const LanguageData& language, std::string_view norm) noexcept {
  return is_elided_word(language, norm) || language.stopwords.contains(norm);
}

std::string primary_language_code(std::string_view tag) {
  std::string out(tag.substr(0, std::min(tag.find_first_of("-_"), tag.size())));
  for (char& c : out) c = ascii_lower(c);
  return out;
}

LanguageTable all_languages() noexcept { return {detail::kLanguages, detail::kLanguageCount}; }

const LanguageData* find_language(std::string_view code) noexcept {
  // "en-US", "pt_BR": the primary subtag names the language.
  const std::size_t end = code.find_first_of("-_");
  if (end != std::string_view::npos) code = code.substr(0, end);
  if (code.empty() || code.size() > kMaxCodeBytes) return nullptr;
  char lower[kMaxCodeBytes] = {};
  for (std::size_t i = 0; i < code.size() && i < kMaxCodeBytes; ++i) {
    lower[i] = ascii_lower(code[i]);
  }
  const std::string_view key(lower, code.size());
  const LanguageData* first = detail::kLanguages;
  const LanguageData* last = first + detail::kLanguageCount;
  const LanguageData* it = std::lower_bound(
      first, last, key, [](const LanguageData& l, std::string_view k) { return l.code < k; });
  return (it != last && it->code == key) ? it : nullptr;
}

const LanguageData& neutral_language() noexcept { return kNeutral; }

std::string_view country_code(const LanguageData& language, std::string_view folded_name) noexcept {
  const std::string_view code = country_in(language.countries, folded_name);
  if (!code.empty() || language.code == "en") return code;
  const LanguageData* english = find_language("en");
  return english == nullptr ? std::string_view() : country_in(english->countries, folded_name);
}

}  // namespace precis
