// A language's data loaded at run time: the wasm build has English built in and fetches the
// others as packs (data/lang/<code>.lang), so a page pays only for the languages it reads.
// tools/gen-language-data.mjs writes each pack from the same lists as the built-in tables.
//
// Format (UTF-8 text, "\n" line ends):
//   precis-language-pack 3
//   code it | name Italian | stemmer italian | elisions 0|1 | capitalized-nouns 0|1 |
//   sentence-case-names 0|1
//   stopwords N, then N lines, one lowercase word each, sorted bytewise, no duplicates
//   abbreviations N, then N lines likewise
//   countries N, then N lines "folded name<TAB>ISO 3166-1 alpha-2 code" (CLDR), sorted bytewise
//   exonyms N, then N lines "folded name<TAB>key" (tools/data/exonyms.tsv), sorted bytewise
// (the six key-value lines in that order, one per line).
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "precis/error.h"
#include "precis/language.h"

namespace precis {

// Owns the pack's text; data() points into it and stays valid when the pack is moved.
class LanguagePack {
 public:
  const LanguageData& data() const noexcept { return storage_->data; }

 private:
  struct Storage {
    std::string text;
    IndexedWords stopwords;  // views into `text`
    IndexedWords abbreviations;
    IndexedWords countries;
    IndexedWords exonyms;
    LanguageData data;
  };
  friend Result<LanguagePack> parse_language_pack(std::string bytes) noexcept;
  std::unique_ptr<Storage> storage_;
};

// Errors: kInvalidOptions naming what is wrong (bad header, unknown stemmer, unsorted list, a
// count that does not match). O(n) in the pack size, plus O(n) stemmer lookup.
Result<LanguagePack> parse_language_pack(std::string bytes) noexcept;

}  // namespace precis
