#include "precis/tokenize.h"

#include <catch2/catch.hpp>

#include "test_support.h"

using precis::Token;
using precis::TokenKind;

namespace {

std::vector<std::string> norms(const std::string& text, const std::string& lang = "en") {
  const precis::LanguageData* language = precis::find_language(lang);
  std::vector<std::string> out;
  for (const Token& t : precis::tokenize(text, 0, text.size(), *language)) out.push_back(t.norm);
  return out;
}

}  // namespace

TEST_CASE("tokenize keeps hyphenated words, numbers and dotted acronyms", "[tokenize]") {
  CHECK(norms("full-scale U.S. 6,700 2.5%") ==
        std::vector<std::string>{"full-scale", "u.s", ".", "6,700", "2.5", "%"});
}

TEST_CASE("tokenize splits the English possessive", "[tokenize]") {
  CHECK(norms("North Korea\xe2\x80\x99s leader") ==
        std::vector<std::string>{"north", "korea", "'s", "leader"});
  CHECK(norms("don't") == std::vector<std::string>{"don't"});
}

TEST_CASE("tokenize splits Italian elisions", "[tokenize]") {
  CHECK(norms("l'aggressione dell'Ucraina", "it") ==
        std::vector<std::string>{"l'", "aggressione", "dell'", "ucraina"});
}

TEST_CASE("tokenize marks capitalisation and keeps byte offsets", "[tokenize]") {
  const std::string text = "  NATO met \xc3\x89lise";
  const auto tokens = precis::tokenize(text, 0, text.size(), *precis::find_language("en"));
  REQUIRE(tokens.size() == 3);
  CHECK(tokens[0].all_caps);
  CHECK(tokens[0].capitalized);
  CHECK_FALSE(tokens[1].capitalized);
  CHECK(tokens[2].capitalized);
  CHECK(tokens[2].norm == "\xc3\xa9lise");
  CHECK(text.substr(tokens[2].start, tokens[2].end - tokens[2].start) == "\xc3\x89lise");
}

TEST_CASE("tokenize makes each CJK character a token", "[tokenize]") {
  const std::string text = "\xe6\x99\xae\xe4\xba\xac";
  CHECK(precis::tokenize(text, 0, text.size(), precis::neutral_language()).size() == 2);
}

TEST_CASE("tokenize survives hostile input", "[tokenize]") {
  const auto& en = *precis::find_language("en");
  CHECK(precis::tokenize("", 0, 0, en).empty());
  CHECK(precis::tokenize(" \t\n ", 0, 4, en).empty());
  const std::string bad =
      "ab\xff"
      "cd\xe2\x80";
  const auto tokens = precis::tokenize(bad, 0, bad.size(), en);
  CHECK(tokens.size() == 4);  // "ab", U+FFFD, "cd", U+FFFD
  const std::string nul("a\0b", 3);
  CHECK(precis::tokenize(nul, 0, 3, en).size() == 3);
  const std::string mb = precis::test::megabyte_without_punctuation();
  CHECK(precis::tokenize(mb, 0, mb.size(), en).size() == mb.size() / 5);
  const std::string soup = precis::test::html_soup();
  CHECK_FALSE(precis::tokenize(soup, 0, soup.size(), en).empty());
}

TEST_CASE("tokenize marks single characters of unspaced scripts", "[tokenize]") {
  const std::string text = "Tokyo \xE6\x9D\xB1\xE4\xBA\xAC 2024";  // Tokyo 東京 2024
  const auto tokens = precis::tokenize(text, 0, text.size(), precis::neutral_language());
  REQUIRE(tokens.size() == 4);
  CHECK_FALSE(precis::is_unspaced_character(text, tokens[0]));
  CHECK(precis::is_unspaced_character(text, tokens[1]));
  CHECK(precis::is_unspaced_character(text, tokens[2]));
  CHECK_FALSE(precis::is_unspaced_character(text, tokens[3]));
}

TEST_CASE("tokenize keeps Thai vowel signs and tone marks with their letter", "[tokenize]") {
  // ไม่ใช่ ("is not"): ไ ม ่ ใ ช ่ , two tone marks after their consonants.
  const std::string text =
      "\xE0\xB9\x84\xE0\xB8\xA1\xE0\xB9\x88\xE0\xB9\x83\xE0\xB8\x8A\xE0\xB9\x88";
  const auto tokens = precis::tokenize(text, 0, text.size(), precis::neutral_language());
  REQUIRE(tokens.size() == 4);  // ไ, ม่, ใ, ช่
  for (const Token& t : tokens) {
    CHECK(t.kind == TokenKind::kWord);
    CHECK(precis::is_unspaced_character(text, t));
  }
  CHECK(tokens[1].end - tokens[1].start == 6);  // ม + ่
}
