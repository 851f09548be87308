#include "precis/language.h"

#include <catch2/catch.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "precis/stem.h"

using precis::all_languages;
using precis::find_language;
using precis::LanguageData;
using precis::WordList;

namespace {

// ASCII A-Z, Latin-1 capitals (C3 80-9E except the multiplication sign C3 97), Greek capitals
// (CE 91-A9) and Cyrillic capitals (D0 90-AF): enough to catch a list that was not lowercased.
bool has_uppercase(std::string_view w) {
  for (std::size_t i = 0; i < w.size(); ++i) {
    const auto b = static_cast<unsigned char>(w[i]);
    if (b >= 'A' && b <= 'Z') return true;
    if (i + 1 == w.size()) break;
    const auto n = static_cast<unsigned char>(w[i + 1]);
    if (b == 0xC3 && n >= 0x80 && n <= 0x9E && n != 0x97) return true;
    if (b == 0xCE && n >= 0x91 && n <= 0xA9) return true;
    if (b == 0xD0 && n >= 0x90 && n <= 0xAF) return true;
  }
  return false;
}

void check_list(const WordList& list, std::string_view what) {
  INFO(what);
  if (list.size > 0) REQUIRE(list.words != nullptr);
  for (std::size_t i = 0; i < list.size; ++i) {
    const std::string_view w = list.words[i];
    INFO(std::string(w));
    CHECK_FALSE(w.empty());
    CHECK_FALSE(has_uppercase(w));
    CHECK(w.find("\xE2\x80\x99") == std::string_view::npos);  // U+2019 folded to '
    if (i > 0) CHECK(list.words[i - 1] < w);                  // sorted, no duplicates
    CHECK(list.contains(w));
  }
}

}  // namespace

TEST_CASE("language lookup is case-insensitive and accepts region tags", "[language]") {
  const LanguageData* en = find_language("en");
  REQUIRE(en != nullptr);
  CHECK(en->code == "en");
  CHECK(en->name == "English");
  CHECK(en->stemmer == "english");
  CHECK(find_language("IT") == find_language("it"));
  CHECK(find_language("en-US") == en);
  CHECK(find_language("EN_gb") == en);
  CHECK(find_language("pt-BR")->code == "pt");
}

TEST_CASE("language lookup rejects unknown codes", "[language]") {
  for (std::string_view code : {"", "xx", "-", "-en", "e", "eng", "english", "zz-ZZ"}) {
    INFO(std::string(code));
    CHECK(find_language(code) == nullptr);
  }
  CHECK(find_language(std::string_view("en\0", 3)) == nullptr);
  CHECK(find_language(std::string(1u << 20, 'e')) == nullptr);
}

TEST_CASE("language maps Norwegian to both no and nb", "[language]") {
  const LanguageData* no = find_language("no");
  const LanguageData* nb = find_language("nb");
  REQUIRE(no != nullptr);
  REQUIRE(nb != nullptr);
  CHECK(no->stemmer == "norwegian");
  CHECK(nb->stemmer == "norwegian");
  // One stored text, indexed twice.
  REQUIRE(nb->stopwords.size == no->stopwords.size);
  CHECK(nb->stopwords.words[0].data() == no->stopwords.words[0].data());
  // "Bokmål": the generator escapes non-ASCII as UTF-8 bytes.
  CHECK(nb->name == "Norwegian Bokm\xC3\xA5l");
}

TEST_CASE("language stopwords hold function words", "[language]") {
  CHECK(find_language("en")->stopwords.contains("the"));
  CHECK(find_language("it")->stopwords.contains("il"));
  CHECK(find_language("de")->stopwords.contains("und"));
  CHECK_FALSE(find_language("en")->stopwords.contains("sanctions"));
  CHECK_FALSE(find_language("en")->stopwords.contains("The"));  // callers lowercase first
  CHECK_FALSE(find_language("en")->stopwords.contains(""));
}

TEST_CASE("language stopwords keep non-ASCII words as UTF-8 bytes", "[language]") {
  // "perché" in NFC: "perch" + C3 A9.
  CHECK(find_language("it")->stopwords.contains("perch\xC3\xA9"));
  // "и" (Russian "and") is D0 B8.
  CHECK(find_language("ru")->stopwords.contains("\xD0\xB8"));
  // "und" is ASCII, "über" is C3 BC.
  CHECK(
      find_language("de")->stopwords.contains("\xC3\xBC"
                                              "ber"));
}

TEST_CASE("language abbreviations cover news titles and initialisms", "[language]") {
  const LanguageData* en = find_language("en");
  for (std::string_view w : {"mr", "mrs", "dr", "u.s", "u.k", "e.g", "inc", "sept", "gov"}) {
    INFO(std::string(w));
    CHECK(en->abbreviations.contains(w));
  }
  // Lowercased CLDR entries that are words would glue sentences together.
  for (std::string_view w : {"no", "is", "in", "to", "job", "sun", "sat", "long"}) {
    INFO(std::string(w));
    CHECK_FALSE(en->abbreviations.contains(w));
  }
  const LanguageData* it = find_language("it");
  for (std::string_view w : {"sig", "sig.ra", "dott", "on", "ecc", "s.p.a"}) {
    INFO(std::string(w));
    CHECK(it->abbreviations.contains(w));
  }
  CHECK(find_language("de")->abbreviations.contains("z.b"));
}

TEST_CASE("language flags elision splitting for Italian and French", "[language]") {
  CHECK(find_language("it")->splits_elisions);
  CHECK(find_language("fr")->splits_elisions);
  CHECK(find_language("ca")->splits_elisions);
  CHECK_FALSE(find_language("en")->splits_elisions);
}

TEST_CASE("language treats elided articles as function words where elisions split", "[language]") {
  CHECK(precis::is_function_word(*find_language("fr"), "l'"));
  CHECK(precis::is_function_word(*find_language("it"), "dell'"));
  CHECK(precis::is_function_word(*find_language("fr"), "le"));
  CHECK_FALSE(precis::is_function_word(*find_language("fr"), "universit\u00e9"));
  CHECK_FALSE(precis::is_function_word(*find_language("en"), "o'"));
  CHECK_FALSE(precis::is_function_word(*find_language("fr"), "'"));
}

TEST_CASE("language table is sorted and every list is sorted and lowercase", "[language]") {
  const precis::LanguageTable table = all_languages();
  REQUIRE(table.size >= 60);
  for (std::size_t i = 0; i < table.size; ++i) {
    const LanguageData& lang = table.languages[i];
    INFO(std::string(lang.code));
    if (i > 0) CHECK(table.languages[i - 1].code < lang.code);
    CHECK(lang.code.size() == 2);
    CHECK(find_language(lang.code) == &lang);
    CHECK_FALSE(lang.name.empty());
    // Every language has a Snowball stemmer or a stopwords-iso list, and a named stemmer exists.
    CHECK((lang.stopwords.size > 0 || !lang.stemmer.empty()));
    CHECK(lang.stemmer.empty() == precis::Stemmer(lang.stemmer).is_identity());
    check_list(lang.stopwords, "stopwords");
    check_list(lang.abbreviations, "abbreviations");
  }
}

TEST_CASE("neutral language has no stemmer, no stopwords, a few abbreviations", "[language]") {
  const LanguageData& neutral = precis::neutral_language();
  CHECK(neutral.stemmer.empty());
  CHECK(neutral.stopwords.size == 0);
  CHECK_FALSE(neutral.stopwords.contains("the"));
  CHECK(neutral.abbreviations.contains("e.g"));
  CHECK_FALSE(neutral.abbreviations.contains("no"));
  CHECK_FALSE(neutral.splits_elisions);
  check_list(neutral.abbreviations, "neutral abbreviations");
}

TEST_CASE("word list lookup is safe on empty lists and odd input", "[language]") {
  const WordList empty;
  CHECK_FALSE(empty.contains(""));
  CHECK_FALSE(empty.contains("the"));
  const WordList& en = find_language("en")->stopwords;
  CHECK_FALSE(en.contains(std::string_view("the\0", 4)));
  CHECK_FALSE(en.contains("\xFF\xFE"));
  CHECK_FALSE(en.contains(std::string(1u << 20, 'a')));
}

TEST_CASE("a word list finds an entry by the word before its tab", "[language]") {
  constexpr std::string_view kEntries[] = {"corea\tXX", "corea del nord\tKP", "corea del sud\tKR",
                                           "mr"};
  const precis::IndexedWords indexed({std::begin(kEntries), std::end(kEntries)});
  // Bisected without an index, hashed with one: the same answers.
  for (const WordList& list : {WordList{kEntries, std::size(kEntries)}, indexed.list()}) {
    CHECK(list.find("corea del nord") == "corea del nord\tKP");
    CHECK(list.find("corea") == "corea\tXX");
    CHECK(list.find("corea del sud") == "corea del sud\tKR");
    CHECK(list.find("mr") == "mr");
    CHECK(list.contains("mr"));
    CHECK_FALSE(list.contains("corea"));  // an entry with a value is not a plain word
    for (std::string_view absent : {"", "c", "core", "corea del", "m", "zz"}) {
      INFO(std::string(absent));
      CHECK(list.find(absent).empty());
    }
  }
  CHECK(indexed.list().slot_count == 8);  // twice the entries, a power of two
  CHECK(WordList{}.find("corea").empty());
}

TEST_CASE("every built-in language names countries by ISO code", "[language]") {
  std::size_t with_countries = 0;
  for (std::size_t i = 0; i < precis::all_languages().size; ++i) {
    const LanguageData& lang = precis::all_languages().languages[i];
    INFO(std::string(lang.code));
    with_countries += lang.countries.size > 0 ? 1 : 0;
    for (std::size_t k = 0; k < lang.countries.size; ++k) {
      const std::string_view entry = lang.countries.words[k];
      const std::size_t tab = entry.find('\t');
      REQUIRE(tab != std::string_view::npos);
      CHECK(entry.size() == tab + 3);
      if (k > 0) CHECK(lang.countries.words[k - 1] < entry);
      CHECK(lang.countries.find(entry.substr(0, tab)) == entry);
    }
  }
  // CLDR has no territory names for Latin, Southern Sotho and Tagalog.
  CHECK(with_countries + 3 == precis::all_languages().size);
  CHECK(precis::country_code(*find_language("es"), "corea del norte") == "KP");
  CHECK(precis::country_code(*find_language("es"), "north korea") == "KP");
  CHECK(precis::country_code(*find_language("es"), "nordkorea").empty());
}
