#include "precis/summarize.h"

#include <catch2/catch.hpp>

#include "test_support.h"

using precis::SummaryLength;
using precis::SummaryOptions;
using precis::SummaryType;
using precis::test::document_of;

namespace {

const char* const kArticle =
    "Storm hits the coast\n"
    "A powerful storm hit the northern coast on Monday, flooding hundreds of homes. "
    "Rescue teams evacuated about 2,000 people from the flooded coastal towns. "
    "The storm brought winds of up to 150 km per hour and heavy rain. "
    "Officials said the storm was the strongest to hit the coast in a decade. "
    "Schools and roads stayed closed on Tuesday as the water receded slowly. "
    "The weather service expects calmer weather later in the week. "
    "Insurers estimate the storm damage at several million euros. "
    "Residents began cleaning up their flooded homes on Tuesday afternoon.";

std::size_t word_count(const std::string& text) {
  std::size_t words = 0;
  bool in_word = false;
  for (const char c : text) {
    const bool space = c == ' ' || c == '\n';
    words += (!space && !in_word) ? 1 : 0;
    in_word = !space;
  }
  return words;
}

}  // namespace

TEST_CASE("summarize returns key points in document order with offsets that slice the input",
          "[summarize]") {
  const auto doc = document_of(kArticle);
  const auto summary = precis::summarize(doc, SummaryOptions{});
  REQUIRE(summary.sentences.size() == 3);
  for (std::size_t i = 0; i < summary.sentences.size(); ++i) {
    const auto& s = summary.sentences[i];
    CHECK(std::string(kArticle).substr(s.start, s.end - s.start) == s.text);
    CHECK(s.score > 0.0);
    CHECK(s.score <= 1.0);
    if (i > 0) CHECK(summary.sentences[i - 1].index < s.index);
  }
  CHECK(summary.summary.rfind("- ", 0) == 0);
  CHECK(std::count(summary.summary.begin(), summary.summary.end(), '\n') == 2);
}

TEST_CASE("summarize never picks the headline", "[summarize]") {
  const auto summary = precis::summarize(document_of(kArticle), SummaryOptions{});
  for (const auto& s : summary.sentences) CHECK(s.text.find("Storm hits the coast") != 0);
}

TEST_CASE("summarize sizes follow type and length", "[summarize]") {
  const auto doc = document_of(kArticle);
  const auto count = [&](SummaryType type, SummaryLength length) {
    SummaryOptions options;
    options.type = type;
    options.length = length;
    return precis::summarize(doc, options).sentences.size();
  };
  CHECK(count(SummaryType::kKeyPoints, SummaryLength::kShort) == 3);
  CHECK(count(SummaryType::kKeyPoints, SummaryLength::kMedium) == 5);
  CHECK(count(SummaryType::kKeyPoints, SummaryLength::kLong) == 7);
  CHECK(count(SummaryType::kTldr, SummaryLength::kShort) == 1);
  CHECK(count(SummaryType::kTldr, SummaryLength::kMedium) == 3);
  CHECK(count(SummaryType::kTeaser, SummaryLength::kLong) == 5);
}

TEST_CASE("summarize gives exactly N sentences when asked", "[summarize]") {
  const auto doc = document_of(kArticle);
  for (std::size_t n = 1; n <= 8; ++n) {
    SummaryOptions options;
    options.sentences = n;
    CHECK(precis::summarize(doc, options).sentences.size() == n);
  }
  SummaryOptions too_many;
  too_many.sentences = 50;
  CHECK(precis::summarize(doc, too_many).sentences.size() == 8);
}

TEST_CASE("summarize never exceeds a word budget", "[summarize]") {
  const auto doc = document_of(kArticle);
  for (std::size_t budget : {10u, 25u, 40u, 60u}) {
    SummaryOptions options;
    options.words = budget;
    options.sentences = 8;
    std::size_t words = 0;
    for (const auto& s : precis::summarize(doc, options).sentences) words += word_count(s.text);
    CHECK(words <= budget);
  }
}

TEST_CASE("summarize writes a headline within the word limit without cutting words",
          "[summarize]") {
  const auto doc = document_of(kArticle);
  for (auto length : {SummaryLength::kShort, SummaryLength::kMedium, SummaryLength::kLong}) {
    SummaryOptions options;
    options.type = SummaryType::kHeadline;
    options.length = length;
    const auto summary = precis::summarize(doc, options);
    REQUIRE(summary.sentences.size() == 1);
    const std::string& headline = summary.summary;
    CHECK(word_count(headline) <= 12 + 5 * static_cast<std::size_t>(length));
    CHECK(summary.sentences[0].text.rfind(headline, 0) == 0);  // a prefix of the sentence
    const std::size_t next = headline.size();
    const std::string& source = summary.sentences[0].text;
    CHECK((next == source.size() || source[next] == ' ' || source[next] == ','));
    CHECK(headline.back() != ',');
  }
}

TEST_CASE("summarize drops near-duplicate sentences", "[summarize]") {
  const auto doc = document_of(
      "The central bank raised interest rates by half a point on Thursday. "
      "The central bank raised interest rates by half a point on Thursday, officials said. "
      "Markets fell sharply after the announcement in early trading. "
      "Analysts had expected a smaller increase given weak growth this year.");
  precis::SummaryOptions options;
  options.sentences = 3;
  const auto summary = precis::summarize(doc, options);
  CHECK_FALSE((summary.sentences[0].index == 0 && summary.sentences[1].index == 1));
}

TEST_CASE("summarize handles a one-sentence article", "[summarize]") {
  const auto summary = precis::summarize(document_of("Only one sentence here."), {});
  REQUIRE(summary.sentences.size() == 1);
  CHECK(summary.sentences[0].score == 1.0);
}

TEST_CASE("summarize reports a megabyte of one repeated phrase once", "[summarize]") {
  // Every cut of "word word ..." says the same: redundancy removal keeps one.
  const auto doc = document_of(precis::test::megabyte_without_punctuation());
  const auto summary = precis::summarize(doc, {});
  REQUIRE(summary.sentences.size() == 1);
  CHECK(summary.sentences[0].end - summary.sentences[0].start <= precis::kMaxSentenceBytes);
}
