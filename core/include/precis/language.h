// Per-language data: stopwords, abbreviations, country names, exonyms, stemmer name and
// tokenisation flags.
//
// Adding a language is adding data: tools/gen-language-data.mjs writes one constexpr table per
// language into core/src/data/ from npm data packages (stopwords-iso, cldr-segments-modern) and
// the news lists in tools/data/. No code changes.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace precis {

// A sorted array of lowercase UTF-8 strings. An entry may carry a value after a tab ("corea del
// nord\tKP"); the tab sorts below every character of a word, so entries in bytewise order are in
// the order of their words. Lists built at run time carry a hash index (IndexedWords) and are
// searched through it; others are bisected.
struct WordList {
  const std::string_view* words = nullptr;
  std::size_t size = 0;
  // slot_count (a power of two) slots, each 0 (empty) or an entry's index + 1, or null.
  const std::uint32_t* slots = nullptr;
  std::size_t slot_count = 0;
  bool contains(std::string_view lowercase_word) const noexcept;
  // The entry whose word (the text before any tab) is `word`, or empty. O(1) expected with an
  // index, O(log n) without.
  std::string_view find(std::string_view word) const noexcept;
};

// A word list built at run time: its sorted entries and their hash index (open addressing over
// twice as many slots as entries, rounded up to a power of two, each entry hashed by its word).
// list() points into it; a move keeps that valid (the vectors keep their buffers). O(n) to build.
class IndexedWords {
 public:
  IndexedWords() = default;
  explicit IndexedWords(std::vector<std::string_view> sorted_entries);
  WordList list() const noexcept {
    return {words_.data(), words_.size(), slots_.data(), slots_.size()};
  }

 private:
  std::vector<std::string_view> words_;
  std::vector<std::uint32_t> slots_;
};

struct LanguageData {
  std::string_view code;     // ISO 639-1, e.g. "en"
  std::string_view name;     // English name, e.g. "English"
  std::string_view stemmer;  // Stemmer algorithm ("english", "polish"), or empty for none
  WordList stopwords;        // lowercase, curly apostrophes folded to '
  // Words that end with "." but rarely end a sentence, lowercase, without the final dot:
  // "mr", "u.s", "approx". From CLDR's SentenceBreak suppressions plus tools/data/ news lists.
  WordList abbreviations;
  // "folded name\tISO 3166-1 alpha-2 code" entries from CLDR ("corea del nord\tKP").
  WordList countries;
  // "folded name\tkey" entries for places and organisations whose name differs across
  // languages ("mosca\tmoscow", "nazioni unite\tun"; tools/data/exonyms.tsv).
  WordList exonyms;
  // Split "l'aggressione" into "l'" + "aggressione" (Italian, French, Catalan).
  bool splits_elisions = false;
  // Every noun is capitalised (German): capitals alone are no evidence of a name.
  bool capitalizes_nouns = false;
  // An institution's name capitalises its first word only (Italian "Corte penale
  // internazionale"): lowercase words after a name's keyword may still belong to it.
  bool sentence_case_names = false;
};

// True for a stopword, and, where the language splits elisions, for an elided article or pronoun
// ("l'", "qu'", "dell'"): stopword lists hold "l", but the tokenizer keeps the apostrophe. O(log
// n).
bool is_function_word(const LanguageData& language, std::string_view norm) noexcept;

// The elision half of is_function_word: where the language splits elisions, a word that the
// tokenizer kept with its apostrophe ("l'", "dell'"). O(1).
bool is_elided_word(const LanguageData& language, std::string_view norm) noexcept;

// Whether the language declines names by case (Russian "Путин", "Путина", "Путину"; Polish
// "Tusk", "Tuska"): entity mentions then match by stem, and country names in any case. O(1).
bool declines_names(const LanguageData& language) noexcept;

// The ISO 3166-1 alpha-2 code of a country name in this language, then in English (built in
// everywhere), or empty. Where the language declines names, a name in another case is found by
// its stem ("России" -> RU). `folded_name` is folded as entity_keys.cpp folds: lowercase, no dots,
// single spaces, no leading "the ". O(log n).
std::string_view country_code(const LanguageData& language, std::string_view folded_name) noexcept;

// The key name of a place or organisation named `folded_name` in this language, then in English
// (built in everywhere): "moscow" for the Italian "mosca", "un" for "nazioni unite" or "united
// nations"; where names decline, in any case ("москву" -> "moscow"); empty when the name is the
// same in every language the data knows. `folded_name` is folded as for country_code. O(log n).
std::string_view exonym_key(const LanguageData& language, std::string_view folded_name) noexcept;

// Every language the core has data for, sorted by code.
struct LanguageTable {
  const LanguageData* languages;
  std::size_t size;
};
LanguageTable all_languages() noexcept;

// The primary subtag of a language tag, lowercased: "en-US" -> "en", "PT_br" -> "pt". O(n).
std::string primary_language_code(std::string_view tag);

// The language with this ISO 639-1 code (case-insensitive), or nullptr.
const LanguageData* find_language(std::string_view code) noexcept;

// Data used when no language is known: no stopwords, no stemmer, a few universal abbreviations.
const LanguageData& neutral_language() noexcept;

}  // namespace precis
