#include "precis/language.h"

#include <algorithm>
#include <cstddef>
#include <iterator>
#include <string_view>
#include <utility>
#include <vector>

#include "data/languages.h"
#include "detail/country_cases.h"
#include "detail/fnv1a.h"
#include "detail/text_lines.h"

namespace precis {
namespace {

constexpr std::size_t kMaxCodeBytes = 3;  // ISO 639-1 is two letters; 639-3 would be three.

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

// An entry's word: the text before any tab.
std::string_view word_of(std::string_view entry) noexcept {
  return entry.substr(0, entry.find('\t'));
}

// The value on the "name\tvalue" entry of `list` whose name is `folded_name`, or empty: a
// country's code, an exonym's key.
std::string_view value_in(const WordList& list, std::string_view folded_name) noexcept {
  const std::string_view entry = list.find(folded_name);
  return entry.size() > folded_name.size() ? entry.substr(folded_name.size() + 1)
                                           : std::string_view();
}

// The built-in languages, their word lists indexed from the generated texts on first use.
struct BuiltinLanguages {
  std::vector<IndexedWords> lists;      // what the WordLists below point into
  std::vector<LanguageData> languages;  // detail::kLanguageTexts' order, by code
  LanguageData neutral;
};

const BuiltinLanguages& builtin_languages() noexcept {
  static const BuiltinLanguages built = [] {
    BuiltinLanguages b;
    const auto add_list = [&b](std::string_view text) {
      b.lists.emplace_back(detail::text_lines(text));
      return b.lists.size() - 1;
    };
    std::vector<std::size_t> first_list;
    for (std::size_t i = 0; i < detail::kLanguageCount; ++i) {
      const detail::LanguageText& t = detail::kLanguageTexts[i];
      first_list.push_back(add_list(t.stopwords));
      add_list(t.abbreviations);
      add_list(t.countries);
      add_list(t.exonyms);
    }
    const std::size_t neutral_list = add_list(std::string_view(
        detail::kAbbreviationsNeutral, std::size(detail::kAbbreviationsNeutral) - 1));
    const auto list = [&b](std::size_t k) { return b.lists[k].list(); };
    for (std::size_t i = 0; i < detail::kLanguageCount; ++i) {
      const detail::LanguageText& t = detail::kLanguageTexts[i];
      const std::size_t k = first_list[i];
      b.languages.push_back(LanguageData{t.code, t.name, t.stemmer, list(k), list(k + 1),
                                         list(k + 2), list(k + 3), t.splits_elisions,
                                         t.capitalizes_nouns, t.sentence_case_names});
    }
    b.neutral =
        LanguageData{"", "Neutral", "", {}, list(neutral_list), {}, {}, false, false, false};
    return b;
  }();
  return built;
}

}  // namespace

bool WordList::contains(std::string_view lowercase_word) const noexcept {
  const std::string_view entry = find(lowercase_word);
  return !entry.empty() && entry.size() == lowercase_word.size();
}

std::string_view WordList::find(std::string_view word) const noexcept {
  if (words == nullptr) return {};
  if (slots != nullptr) {
    for (std::size_t s = detail::fnv1a(word) & (slot_count - 1); slots[s] != 0;
         s = (s + 1) & (slot_count - 1)) {
      const std::string_view entry = words[slots[s] - 1];
      if (word_of(entry) == word) return entry;
    }
    return {};
  }
  // The first entry not below `word`: "corea\tXX" sorts below "corea del nord", so this is
  // "word" or "word\t..." when the word is there.
  const std::string_view* end = words + size;
  const std::string_view* it = std::lower_bound(words, end, word, bytes_less);
  if (it == end || it->substr(0, word.size()) != word) return {};
  return it->size() == word.size() || (*it)[word.size()] == '\t' ? *it : std::string_view();
}

IndexedWords::IndexedWords(std::vector<std::string_view> sorted_entries)
    : words_(std::move(sorted_entries)) {
  std::size_t count = 1;
  while (count < 2 * words_.size()) count *= 2;
  slots_.assign(count, 0);
  for (std::size_t i = 0; i < words_.size(); ++i) {
    std::size_t s = detail::fnv1a(word_of(words_[i])) & (count - 1);
    while (slots_[s] != 0) s = (s + 1) & (count - 1);
    slots_[s] = static_cast<std::uint32_t>(i + 1);
  }
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

LanguageTable all_languages() noexcept {
  const std::vector<LanguageData>& languages = builtin_languages().languages;
  return {languages.data(), languages.size()};
}

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
  const LanguageTable table = all_languages();
  const LanguageData* first = table.languages;
  const LanguageData* last = first + table.size;
  const LanguageData* it = std::lower_bound(
      first, last, key, [](const LanguageData& l, std::string_view k) { return l.code < k; });
  return (it != last && it->code == key) ? it : nullptr;
}

const LanguageData& neutral_language() noexcept { return builtin_languages().neutral; }

bool declines_names(const LanguageData& language) noexcept {
  constexpr std::string_view kDeclining = "bs cs et fi hr hu lt lv pl ru sk sl sr uk";
  const std::size_t at = kDeclining.find(language.code);
  return language.code.size() == 2 && at != std::string_view::npos && at % 3 == 0;
}

namespace {

// value_in English's `list`, built in everywhere: where a name not found in a text's language is
// looked up next.
std::string_view value_in_english(WordList LanguageData::*list,
                                  std::string_view folded_name) noexcept {
  const LanguageData* english = find_language("en");
  return english == nullptr ? std::string_view() : value_in(english->*list, folded_name);
}

}  // namespace

std::string_view country_code(const LanguageData& language, std::string_view folded_name) noexcept {
  std::string_view code = value_in(language.countries, folded_name);
  if (code.empty() && declines_names(language)) {
    code = detail::declined_name_in(language.countries, folded_name);
  }
  if (!code.empty() || language.code == "en") return code;
  return value_in_english(&LanguageData::countries, folded_name);
}

std::string_view exonym_key(const LanguageData& language, std::string_view folded_name) noexcept {
  std::string_view key = value_in(language.exonyms, folded_name);
  if (key.empty() && declines_names(language)) {
    key = detail::declined_name_in(language.exonyms, folded_name);  // "Москву" -> moscow
  }
  if (!key.empty() || language.code == "en") return key;
  return value_in_english(&LanguageData::exonyms, folded_name);
}

}  // namespace precis
