#include "precis/language.h"

#include <algorithm>
#include <array>
#include <cstddef>
#include <iterator>
#include <string_view>
#include <utility>
#include <vector>

#include "data/languages.h"
#include "detail/fnv1a.h"
#include "detail/text_lines.h"
#include "precis/utf8.h"

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

// The code on the "name\tCODE" entry of `countries` whose name is `folded_name`, or empty.
std::string_view country_in(const WordList& countries, std::string_view folded_name) noexcept {
  const std::string_view entry = countries.find(folded_name);
  return entry.size() > folded_name.size() ? entry.substr(folded_name.size() + 1)
                                           : std::string_view();
}

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

// A country named in another case, where names decline ("России", "Polsce", "Китаем"): each word
// without its last one (else two) letters begins the same word of exactly one country's name,
// a word at most two letters longer. The code, or empty. O(log n + the names sharing the stem).
std::string_view declined_country_in(const WordList& countries, std::string_view folded) noexcept {
  const NameWords words = words_of(folded);
  if (words.count == 0 || countries.words == nullptr) return {};
  for (std::size_t cut = 1; cut <= 2; ++cut) {
    NameWords stems = words;
    for (std::size_t k = 0; k < words.count; ++k) {
      stems.words[k] = without_ending(words.words[k], cut);
    }
    const std::string_view first = stems.words[0];
    const std::string_view* end = countries.words + countries.size;
    std::string_view found;
    bool ambiguous = false;
    for (const std::string_view* it = std::lower_bound(countries.words, end, first);
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
    }
    const std::size_t neutral_list = add_list(std::string_view(
        detail::kAbbreviationsNeutral, std::size(detail::kAbbreviationsNeutral) - 1));
    const auto list = [&b](std::size_t k) { return b.lists[k].list(); };
    for (std::size_t i = 0; i < detail::kLanguageCount; ++i) {
      const detail::LanguageText& t = detail::kLanguageTexts[i];
      const std::size_t k = first_list[i];
      b.languages.push_back(LanguageData{t.code, t.name, t.stemmer, list(k), list(k + 1),
                                         list(k + 2), t.splits_elisions, t.capitalizes_nouns,
                                         t.sentence_case_names});
    }
    b.neutral = LanguageData{"", "Neutral", "", {}, list(neutral_list), {}, false, false, false};
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
  constexpr std::string_view kDeclining[] = {"bs", "cs", "et", "fi", "hr", "hu", "lt",
                                             "lv", "pl", "ru", "sk", "sl", "sr", "uk"};
  return std::find(std::begin(kDeclining), std::end(kDeclining), language.code) !=
         std::end(kDeclining);
}

std::string_view country_code(const LanguageData& language, std::string_view folded_name) noexcept {
  std::string_view code = country_in(language.countries, folded_name);
  if (code.empty() && declines_names(language)) {
    code = declined_country_in(language.countries, folded_name);
  }
  if (!code.empty() || language.code == "en") return code;
  const LanguageData* english = find_language("en");
  return english == nullptr ? std::string_view() : country_in(english->countries, folded_name);
}

}  // namespace precis
