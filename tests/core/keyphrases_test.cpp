#include "precis/keyphrases.h"

#include <catch2/catch.hpp>

#include "test_support.h"

using precis::test::document_of;

namespace {

std::vector<std::string> texts(const std::vector<precis::Keyphrase>& phrases) {
  std::vector<std::string> out;
  for (const auto& p : phrases) out.push_back(p.text);
  return out;
}

const char* const kArticle =
    "Western sanctions hit the Russian economy. New sanctions target the banking sector. "
    "The sanction on oil exports is the hardest. Economists say the sanctions regime will "
    "last. The central bank raised interest rates. North Korea offered support to Russia.";

}  // namespace

TEST_CASE("keyphrases are ranked best first with scores from 1 down", "[keyphrases]") {
  const auto phrases = precis::extract_keyphrases(document_of(kArticle), 10);
  REQUIRE(phrases.size() >= 5);
  CHECK(phrases.front().score == 1.0);
  for (std::size_t i = 1; i < phrases.size(); ++i) CHECK(phrases[i].score <= phrases[i - 1].score);
}

TEST_CASE("keyphrases keep one form per stem", "[keyphrases]") {
  const auto list = texts(precis::extract_keyphrases(document_of(kArticle), 10));
  const bool sanction = std::count(list.begin(), list.end(), "sanction") > 0;
  const bool sanctions = std::count(list.begin(), list.end(), "sanctions") > 0;
  CHECK((sanction || sanctions));
  CHECK_FALSE((sanction && sanctions));
}

TEST_CASE("keyphrases show names with capitals and common words in lowercase", "[keyphrases]") {
  const auto list = texts(precis::extract_keyphrases(document_of(kArticle), 20));
  CHECK(std::count(list.begin(), list.end(), "North Korea") == 1);
  for (const auto& phrase : list) CHECK(phrase.find("North Korea offered") == std::string::npos);
}

TEST_CASE("keyphrases respect the limit and work in Italian", "[keyphrases]") {
  CHECK(precis::extract_keyphrases(document_of(kArticle), 3).size() == 3);
  CHECK(precis::extract_keyphrases(document_of(kArticle), 0).empty());
  const auto italian = texts(precis::extract_keyphrases(
      document_of("Le sanzioni economiche colpiscono la Russia. Nuove sanzioni economiche "
                  "arrivano. La Russia risponde alle sanzioni.",
                  "it"),
      5));
  CHECK(std::count(italian.begin(), italian.end(), "sanzioni economiche") == 1);
}

TEST_CASE("keyphrases survive hostile input", "[keyphrases]") {
  CHECK(precis::extract_keyphrases(document_of(precis::test::megabyte_without_punctuation()), 5)
            .size() == 1);
  CHECK_NOTHROW(precis::extract_keyphrases(document_of(precis::test::html_soup()), 10));
  CHECK(precis::extract_keyphrases(document_of("In 2024, 2025 and 123."), 10).empty());
}

TEST_CASE("keyphrases score names with inner stopwords without reading out of bounds",
          "[keyphrases]") {
  // "of the" inside the name get stopword ids; they must add nothing to the score (under ASan
  // this read past the term weights).
  const auto phrases = precis::extract_keyphrases(
      document_of("He visited the Orthodox Church of the Life-Giving Trinity in Pyongyang. The "
                  "Orthodox Church of the Life-Giving Trinity is the only one there."),
      5);
  REQUIRE_FALSE(phrases.empty());
  for (const auto& p : phrases) {
    CHECK(p.score >= 0.0);
    CHECK(p.score <= 1.0);
  }
}
