#include "precis/stem.h"

#include <catch2/catch.hpp>
#include <string>
#include <utility>

using precis::Stemmer;

TEST_CASE("stem reduces English plurals and -ing forms", "[stem]") {
  Stemmer english("english");
  REQUIRE_FALSE(english.is_identity());
  CHECK(english.stem("sanctions") == "sanction");
  CHECK(english.stem("sanction") == "sanction");
  CHECK(english.stem("running") == "run");
  CHECK(english.stem("elections") == english.stem("election"));
}

TEST_CASE("stem gives Italian singular and plural the same stem", "[stem]") {
  Stemmer italian("italian");
  REQUIRE_FALSE(italian.is_identity());
  CHECK(italian.stem("relazioni") == italian.stem("relazione"));
  CHECK(italian.stem("relazioni").size() < std::string("relazioni").size());
}

TEST_CASE("stem handles UTF-8 words", "[stem]") {
  Stemmer italian("italian");
  // "citt\xC3\xA0" is "città": the accented final vowel is two bytes.
  const std::string stem = italian.stem("citt\xC3\xA0");
  CHECK(stem.rfind("citt", 0) == 0);
  Stemmer russian("russian");
  // "книги" (books) and "книга" (book) share the stem "книг".
  CHECK(russian.stem("\xD0\xBA\xD0\xBD\xD0\xB8\xD0\xB3\xD0\xB8") ==
        russian.stem("\xD0\xBA\xD0\xBD\xD0\xB8\xD0\xB3\xD0\xB0"));
}

TEST_CASE("stem with an unknown or empty algorithm is the identity", "[stem]") {
  for (const char* name : {"", "klingon", "porter2", "UTF_8", "ENGLISH"}) {
    Stemmer stemmer(name);
    CHECK(stemmer.is_identity());
    CHECK(stemmer.stem("sanctions") == "sanctions");
  }
  Stemmer embedded_nul(std::string_view("english\0x", 9));
  CHECK(embedded_nul.is_identity());
  Stemmer too_long(std::string(1000, 'e'));
  CHECK(too_long.is_identity());
}

TEST_CASE("stem of an empty word is empty", "[stem]") {
  Stemmer english("english");
  CHECK(english.stem("").empty());
}

TEST_CASE("stem survives invalid UTF-8 and NUL bytes", "[stem]") {
  const std::string inputs[] = {
      "\xFF\xFE", "caf\xC3", "\xC3", "\x80\x80\x80s", std::string("ab\0cd", 5), "\xED\xA0\x80ing"};
  for (const char* algorithm : {"english", "italian", "russian", "greek", "arabic", "turkish"}) {
    Stemmer stemmer(algorithm);
    REQUIRE_FALSE(stemmer.is_identity());
    for (const std::string& input : inputs) {
      const std::string stem = stemmer.stem(input);
      CHECK(stem.size() <= input.size() + 8);
    }
  }
}

TEST_CASE("stem of a 1 MB word does not crash", "[stem]") {
  const std::string huge(1u << 20, 'a');
  Stemmer english("english");
  CHECK(english.stem(huge).size() <= huge.size());
  std::string ings;
  while (ings.size() < (1u << 20)) ings += "sing";
  Stemmer italian("italian");
  CHECK(italian.stem(ings).size() <= ings.size());
}

TEST_CASE("stemmer can be moved and keeps working", "[stem]") {
  Stemmer a("english");
  Stemmer b(std::move(a));
  CHECK(a.is_identity());  // NOLINT(bugprone-use-after-move): moved-from state is documented
  CHECK(b.stem("sanctions") == "sanction");
  Stemmer c("italian");
  c = std::move(b);
  CHECK(c.stem("sanctions") == "sanction");
  c = Stemmer("");
  CHECK(c.is_identity());
}

TEST_CASE("stem works for every generated language", "[stem]") {
  for (const char* algorithm :
       {"arabic",    "catalan",    "danish",     "german",  "greek",      "english",
        "spanish",   "basque",     "finnish",    "french",  "irish",      "hindi",
        "hungarian", "armenian",   "indonesian", "italian", "lithuanian", "dutch",
        "norwegian", "portuguese", "romanian",   "russian", "swedish",    "turkish"}) {
    INFO(algorithm);
    CHECK_FALSE(Stemmer(algorithm).is_identity());
  }
}

TEST_CASE("the Polish light stemmer gives the case forms of a word one stem", "[stem]") {
  Stemmer polish("polish");
  REQUIRE_FALSE(polish.is_identity());
  for (const char* form : {"pomiary", "pomiar\xC3\xB3w", "pomiarach", "pomiarami", "pomiaru"}) {
    INFO(form);
    CHECK(polish.stem(form) == polish.stem("pomiar"));
  }
  // "skuteczność", "skuteczności", "skutecznością": the "-ość" nouns spell "ś" + "ci".
  CHECK(polish.stem("skuteczno\xC5\x9B\x63i") == "skuteczno\xC5\x9B\xC4\x87");
  CHECK(polish.stem("skuteczno\xC5\x9B\x63i\xC4\x85") == "skuteczno\xC5\x9B\xC4\x87");
  CHECK(polish.stem("skuteczno\xC5\x9B\xC4\x87") == "skuteczno\xC5\x9B\xC4\x87");
  for (const char* form : {"akustycznej", "akustycznych", "akustycznym", "akustyczny"}) {
    INFO(form);
    CHECK(polish.stem(form) == polish.stem("akustyczna"));
  }
  for (const char* form : {"rozpoznawania", "rozpoznawaniu", "rozpoznawaniem"}) {
    INFO(form);
    CHECK(polish.stem(form) == polish.stem("rozpoznawanie"));
  }
  CHECK(polish.stem("lokalizacji") == polish.stem("lokalizacja"));
  // Short words stay whole rather than lose a letter of their root.
  CHECK(polish.stem("oko") == "oko");
  CHECK(polish.stem("dom") == "dom");
}

TEST_CASE("the Polish light stemmer survives invalid UTF-8 and long words", "[stem]") {
  Stemmer polish("polish");
  for (const std::string& input :
       {std::string("\xC4"), std::string("ab\xC4"), std::string("\x85\x85\x85\x85"),
        std::string("o\0ci", 4), std::string(1u << 20, 'a') + "ach"}) {
    CHECK(polish.stem(input).size() <= input.size() + 2);
  }
}
