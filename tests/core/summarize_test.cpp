#include "precis/summarize.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <cctype>
#include <set>

#include "precis/utf8.h"
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

// Whitespace-separated chunks with a letter or digit: never more than the core's word tokens.
std::size_t content_words(const std::string& text) {
  std::size_t words = 0;
  bool in_word = false;
  bool counted = false;
  for (const char c : text) {
    const bool space = c == ' ' || c == '\n';
    if (space) {
      in_word = counted = false;
      continue;
    }
    in_word = true;
    const bool alnum = std::isalnum(static_cast<unsigned char>(c)) || (c & 0x80);
    if (in_word && alnum && !counted) {
      ++words;
      counted = true;
    }
  }
  return words;
}

std::vector<std::string> split_words(const std::string& text) {
  std::vector<std::string> out;
  std::string word;
  for (const char c : text + " ") {
    if (std::isalnum(static_cast<unsigned char>(c)) || (c & 0x80) || c == '\'' || c == '-') {
      word += c;
    } else if (!word.empty()) {
      out.push_back(word);
      word.clear();
    }
  }
  return out;
}

std::size_t lines(const std::string& text) {
  return text.empty() ? 0 : 1 + std::count(text.begin(), text.end(), '\n');
}

const char* const kLongSentenceArticle =
    "Quake shakes the valley\n"
    "The earthquake, which struck shortly after midnight (local time) near the mountain town of "
    "Valdoro and was felt as far away as the coast, destroyed dozens of old stone houses, "
    "officials said. "
    "Rescue teams searched the rubble through the night for survivors. "
    "According to the regional government, at least twelve people were injured in the quake. "
    "Schools in the valley will stay closed until engineers have inspected every building. "
    "The last strong earthquake in the region, in 1980, destroyed much of the old town.";

// The headline of `text` at `length`.
std::string headline(const std::string& text, const std::string& lang, SummaryLength length) {
  SummaryOptions options;
  options.type = SummaryType::kHeadline;
  options.length = length;
  return precis::summarize(document_of(text, lang), options).summary;
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

TEST_CASE("summarize coverage passes over an off-topic sentence that position alone would take",
          "[summarize]") {
  // With the graph features off, position alone ranks the bakery second; the coverage of the
  // article's recurring terms (river, flood, old town, rain) takes a flood sentence instead.
  const auto doc = document_of(
      "The river flooded the old town on Monday after days of heavy rain. "
      "A local bakery on the main square celebrated its fiftieth anniversary with free cakes and "
      "music for children. "
      "Flood water from the river reached the town hall and the old bridge. "
      "Heavy rain is expected again this week, and the river may flood the old town once more. "
      "The mayor thanked the many volunteers.");
  SummaryOptions options;
  options.sentences = 2;
  options.weights.centrality = 0.0;
  options.weights.centroid = 0.0;
  const auto covered = precis::summarize(doc, options);
  REQUIRE(covered.sentences.size() == 2);
  CHECK(covered.sentences[0].index == 0);
  CHECK(covered.sentences[1].text.find("bakery") == std::string::npos);
  options.weights.coverage = 0.0;
  CHECK(precis::summarize(doc, options).sentences[1].index == 1);
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

TEST_CASE("summarize key-points give 3, 5 and 7 bullets", "[summarize]") {
  const auto doc = document_of(kArticle);
  for (auto length : {SummaryLength::kShort, SummaryLength::kMedium, SummaryLength::kLong}) {
    SummaryOptions options;
    options.length = length;
    const auto summary = precis::summarize(doc, options);
    const std::size_t wanted = 3 + 2 * static_cast<std::size_t>(length);
    CHECK(summary.sentences.size() == wanted);
    CHECK(lines(summary.summary) == wanted);
    std::size_t bullets = 0;
    for (std::size_t at = 0; (at = summary.summary.find("- ", at)) != std::string::npos; ++at) {
      bullets += at == 0 || summary.summary[at - 1] == '\n' ? 1 : 0;
    }
    CHECK(bullets == wanted);
  }
}

TEST_CASE("summarize tldr and teaser give 1, 3 and 5 sentences as one paragraph", "[summarize]") {
  const auto doc = document_of(kArticle);
  for (auto type : {SummaryType::kTldr, SummaryType::kTeaser}) {
    for (auto length : {SummaryLength::kShort, SummaryLength::kMedium, SummaryLength::kLong}) {
      SummaryOptions options;
      options.type = type;
      options.length = length;
      const auto summary = precis::summarize(doc, options);
      CHECK(summary.sentences.size() == 1 + 2 * static_cast<std::size_t>(length));
      CHECK(lines(summary.summary) == 1);
      CHECK(summary.summary.rfind("- ", 0) != 0);
    }
  }
}

TEST_CASE("summarize headlines keep to 12, 17 and 22 words, whole words, no dangling end",
          "[summarize]") {
  for (const char* text : {kArticle, kLongSentenceArticle}) {
    const auto doc = document_of(text);
    for (auto length : {SummaryLength::kShort, SummaryLength::kMedium, SummaryLength::kLong}) {
      SummaryOptions options;
      options.type = SummaryType::kHeadline;
      options.length = length;
      const auto summary = precis::summarize(doc, options);
      REQUIRE(summary.sentences.size() == 1);
      const std::string& headline = summary.summary;
      REQUIRE_FALSE(headline.empty());
      CHECK(content_words(headline) <= 12 + 5 * static_cast<std::size_t>(length));
      const auto source = split_words(summary.sentences[0].text);
      const std::set<std::string> source_words(source.begin(), source.end());
      for (const auto& word : split_words(headline)) CHECK(source_words.count(word) == 1);
      const auto words = split_words(headline);
      for (const char* dangling : {"the", "of", "and", "a", "in", "to", "was", "as"}) {
        CHECK(words.back() != dangling);
      }
      CHECK(std::string(",;:-").find(headline.back()) == std::string::npos);
    }
  }
}

TEST_CASE("summarize headlines drop attributions, parentheticals and relative clauses",
          "[summarize]") {
  const auto doc = document_of(kLongSentenceArticle);
  SummaryOptions options;
  options.type = SummaryType::kHeadline;
  options.length = SummaryLength::kLong;
  options.context = "earthquake destroyed houses";
  const auto summary = precis::summarize(doc, options);
  REQUIRE(summary.sentences[0].index == 0);
  CHECK(summary.summary.find("officials said") == std::string::npos);
  CHECK(summary.summary.find("local time") == std::string::npos);
  CHECK(summary.summary.find("which struck") == std::string::npos);
  CHECK(summary.summary.rfind("The earthquake", 0) == 0);
}

TEST_CASE("summarize headlines end before a clause the cut would leave unfinished", "[summarize]") {
  const auto doc = document_of(
      "Russian President Vladimir Putin is set to travel to North Korea on Tuesday and Wednesday "
      "for an extraordinary visit that may conclude with the signing of a strategic partnership "
      "agreement between the two countries. The visit is his first in 24 years. Officials in "
      "Seoul said they would watch the talks closely.");
  SummaryOptions options;
  options.type = SummaryType::kHeadline;
  options.length = SummaryLength::kLong;
  const auto summary = precis::summarize(doc, options);
  REQUIRE(summary.sentences[0].index == 0);
  CHECK(summary.summary ==
        "Russian President Vladimir Putin is set to travel to North Korea on Tuesday and "
        "Wednesday for an extraordinary visit");
}

TEST_CASE("summarize headlines never come from bylines or boilerplate", "[summarize]") {
  const auto doc = document_of(
      "By Jane Doe\nAdvertisement\nThe summit opened on Monday with a long speech by the host "
      "about trade.\nOur readers are reading too\nDelegates met in closed session afterwards "
      "and agreed on a joint statement on trade.\nMost read");
  SummaryOptions options;
  options.type = SummaryType::kHeadline;
  const auto summary = precis::summarize(doc, options);
  CHECK(summary.summary.find("Jane Doe") == std::string::npos);
  CHECK(summary.summary.find("Advertisement") == std::string::npos);
  CHECK(summary.summary.find("readers") == std::string::npos);
  CHECK(summary.summary.find("Most read") == std::string::npos);
  CHECK(summary.summary.find("summit") != std::string::npos);
}

TEST_CASE("summarize never exceeds a word or character budget in the summary string",
          "[summarize]") {
  const auto doc = document_of(kArticle);
  for (auto type : {SummaryType::kKeyPoints, SummaryType::kTldr, SummaryType::kHeadline}) {
    for (std::size_t budget : {3u, 10u, 25u, 60u}) {
      SummaryOptions options;
      options.type = type;
      options.length = SummaryLength::kLong;
      options.words = budget;
      CHECK(content_words(precis::summarize(doc, options).summary) <= budget);
    }
    for (std::size_t budget : {20u, 80u, 200u, 500u}) {
      SummaryOptions options;
      options.type = type;
      options.length = SummaryLength::kLong;
      options.chars = budget;
      const auto summary = precis::summarize(doc, options);
      CHECK(precis::utf16_length(summary.summary) <= budget);
      CHECK_FALSE(summary.summary.empty());
    }
  }
}

TEST_CASE("a character budget too small for one word gives no summary and no sentence",
          "[summarize]") {
  // A review found "- " (a bare bullet) beside the full sentence it did not show.
  const auto doc = document_of(kArticle);
  for (auto format : {precis::SummaryFormat::kMarkdown, precis::SummaryFormat::kPlainText}) {
    for (std::size_t budget : {1u, 2u, 3u}) {
      SummaryOptions options;
      options.format = format;
      options.chars = budget;
      const auto summary = precis::summarize(doc, options);
      CHECK(summary.summary.empty());
      CHECK(summary.sentences.empty());
    }
  }
}

TEST_CASE("summarize ratio takes that fraction of the article's sentences", "[summarize]") {
  const auto doc = document_of(kArticle);  // 8 sentences after the headline
  SummaryOptions options;
  options.ratio = 0.5;
  CHECK(precis::summarize(doc, options).sentences.size() == 4);
  options.ratio = 0.01;
  CHECK(precis::summarize(doc, options).sentences.size() == 1);
  options.ratio = 1.0;
  CHECK(precis::summarize(doc, options).sentences.size() == 8);
}

TEST_CASE("summarize order rank lists the best sentence first", "[summarize]") {
  const auto doc = document_of(kArticle);
  SummaryOptions options;
  options.sentences = 4;
  options.order = precis::SummaryOrder::kRank;
  const auto ranked = precis::summarize(doc, options);
  REQUIRE(ranked.sentences.size() == 4);
  CHECK(ranked.sentences[0].score == 1.0);
  options.order = precis::SummaryOrder::kDocument;
  const auto in_order = precis::summarize(doc, options);
  std::vector<std::size_t> a;
  std::vector<std::size_t> b;
  for (const auto& s : ranked.sentences) a.push_back(s.index);
  for (const auto& s : in_order.sentences) b.push_back(s.index);
  std::sort(a.begin(), a.end());
  CHECK(a == b);
}

TEST_CASE("summarize context steers the selection toward the context", "[summarize]") {
  const auto doc = document_of(kArticle);
  SummaryOptions options;
  options.type = SummaryType::kTldr;
  const auto plain = precis::summarize(doc, options);
  options.context = "insurance damage estimates in euros";
  const auto steered = precis::summarize(doc, options);
  REQUIRE(steered.sentences.size() == 1);
  CHECK(plain.sentences[0].text.find("Insurers") == std::string::npos);
  CHECK(steered.sentences[0].text.find("Insurers") == 0);
}

TEST_CASE("summarize markdown bullets key points and plain text puts one per line", "[summarize]") {
  const auto doc = document_of(
      "Prices rose by 5 * 2 percent in [some] regions on Monday, the office said. "
      "Energy costs drove most of the increase in the northern regions this year. "
      "Food prices were stable for the third month in a row, the data showed.");
  SummaryOptions options;
  const auto markdown = precis::summarize(doc, options);
  options.format = precis::SummaryFormat::kPlainText;
  const auto plain = precis::summarize(doc, options);
  CHECK(markdown.summary.rfind("- ", 0) == 0);
  CHECK(markdown.summary.find("5 \\* 2") != std::string::npos);
  CHECK(markdown.summary.find("\\[some\\]") != std::string::npos);
  CHECK(plain.summary.find("- ") == std::string::npos);
  CHECK(plain.summary.find("5 * 2 percent in [some]") != std::string::npos);
  CHECK(lines(plain.summary) == plain.sentences.size());
}

TEST_CASE("summarize never returns a given title as a sentence", "[summarize]") {
  // A headline long enough to be a summary sentence, given as pages give it: the headline, a
  // page title with the site's name, or the headline below a section label.
  const std::string headline = "Storm floods hundreds of homes on the northern coast";
  const std::string body = kArticle;
  const std::string article = headline + body.substr(body.find('\n'));
  const std::string kicker = "Weather\n" + article;
  for (const auto& [text, title] : std::vector<std::pair<std::string, std::string>>{
           {article, headline}, {article, headline + " | The Herald"}, {kicker, headline}}) {
    const auto doc = document_of(text, "en", title);
    for (auto type : {SummaryType::kKeyPoints, SummaryType::kTldr, SummaryType::kTeaser,
                      SummaryType::kHeadline}) {
      SummaryOptions options;
      options.type = type;
      options.length = SummaryLength::kLong;
      for (const auto& s : precis::summarize(doc, options).sentences) {
        CHECK(s.text.find(headline) == std::string::npos);
        CHECK(s.text.find("Weather") == std::string::npos);
      }
    }
  }
}

TEST_CASE("summarize works the same way on Italian", "[summarize]") {
  const auto doc = document_of(
      "Il governo ha approvato la legge di bilancio dopo una lunga discussione in Parlamento. "
      "La legge prevede nuovi fondi per la sanit\u00e0 e per la scuola pubblica. "
      "L'opposizione ha criticato il testo, che secondo i sindacati taglia le pensioni. "
      "Il voto finale \u00e8 previsto per la settimana prossima al Senato della Repubblica.",
      "it");
  SummaryOptions options;
  options.sentences = 2;
  CHECK(precis::summarize(doc, options).sentences.size() == 2);
  options.type = SummaryType::kHeadline;
  options.sentences.reset();
  const auto headline = precis::summarize(doc, options);
  CHECK_FALSE(headline.summary.empty());
  CHECK(content_words(headline.summary) <= 12);
}

TEST_CASE("a one-word line is never a key point while ranked sentences remain", "[summarize]") {
  // The widget demo's article as the element reads it: a section label ("Energy") that repeats
  // the article's topic word won the coverage term per word; it may only fill a budget the
  // ranked sentences cannot.
  const std::string text =
      "Energy\n"
      "\n"
      "By Mara Lindqvist · 14 March\n"
      "\n"
      "VALLMOUTH — The city of Vallmouth switched on a floating solar farm in its disused north "
      "harbour on Tuesday, the first project of its kind in the region and a test case for ports "
      "that are running out of land for renewable energy.\n"
      "\n"
      "The installation, built by the engineering firm Nordhavn Power, covers eleven hectares of "
      "water with about 24,000 panels mounted on recycled plastic floats. It is expected to "
      "produce 14 gigawatt-hours a year, enough for roughly 4,000 homes, according to the city "
      "council.\n"
      "\n"
      "Mayor Elena Sørby said the project showed that old industrial sites could be given a second "
      "life. \"For fifty years this basin held coal barges,\" she told reporters at the opening. "
      "\"Now it will help power the tram network and the new hospital.\"\n"
      "\n"
      "Floating panels stay cooler than panels on land because of the water beneath them, which "
      "raises their output by several percent, said Tomas Ekberg, an energy researcher at the "
      "University of Halden who advised the council. The floats also shade the water and slow the "
      "growth of algae in the basin.\n"
      "\n"
      "The project cost 19 million euros, of which a third came from the European Investment Bank. "
      "Local fishermen had opposed an earlier plan to place the panels in the outer harbour, and "
      "the council moved the site after a year of talks with the Vallmouth Fishermen's "
      "Association.\n"
      "\n"
      "Critics say the farm will do little to cut the city's emissions on its own. The "
      "environmental group Blue Coast Watch welcomed the project but urged the council to speed up "
      "the insulation of older housing, which it called the cheaper way to save energy.\n"
      "\n"
      "Nordhavn Power said it would monitor the effect of storms on the floats through the winter "
      "before the council decides on a second, larger farm in the south basin. A decision is "
      "expected next spring.\n"
      "\n"
      "\n";
  SummaryOptions options;  // key points, short: three sentences
  const precis::Summary summary = precis::summarize(
      document_of(text, "en", "Harbour city opens its first floating solar farm"), options);
  REQUIRE(summary.sentences.size() == 3);
  for (const auto& s : summary.sentences) CHECK(word_count(s.text) >= 5);
}

TEST_CASE("summarize headlines drop opening titles and \"said he\" only to say more",
          "[summarize]") {
  const char* english =
      "Russian President Vladimir Putin is set to make a historic visit to North Korea on "
      "Tuesday, his first in 24 years. Nothing else happened that day in the capital.";
  CHECK(headline(english, "en", SummaryLength::kShort) ==
        "Vladimir Putin is set to make a historic visit to North Korea");
  // The whole main clause fits with them: they stay.
  CHECK(headline(english, "en", SummaryLength::kLong) ==
        "Russian President Vladimir Putin is set to make a historic visit to North Korea on "
        "Tuesday, his first in 24 years");
  // The article goes with them.
  CHECK(headline("Il presidente russo Vladimir Putin ha lodato la Corea del Nord per il sostegno "
                 "costante alla guerra di Mosca in Ucraina. Non \xC3\xA8 successo altro quel "
                 "giorno nella capitale.",
                 "it", SummaryLength::kShort) ==
        "Vladimir Putin ha lodato la Corea del Nord per il sostegno costante");
  // So does "confirmed he", where the person is the one who reports.
  const char* reported =
      "Vladimir Putin confirmed he will be going on a two-day visit to North Korea on Tuesday, "
      "according to reports. Nothing else happened that day in the capital.";
  CHECK(headline(reported, "en", SummaryLength::kShort) ==
        "Vladimir Putin will be going on a two-day visit to North Korea");
  CHECK(headline(reported, "en", SummaryLength::kMedium) ==
        "Vladimir Putin confirmed he will be going on a two-day visit to North Korea on Tuesday");
  // Titles before a lone surname, or not at the start, are left alone.
  CHECK(headline("President Putin is set to make a historic visit to North Korea on Tuesday after "
                 "months of talks. Nothing else happened that day in the capital.",
                 "en", SummaryLength::kShort)
            .rfind("President Putin", 0) == 0);
}

TEST_CASE("summarize headlines close what they open and keep the main clause", "[summarize]") {
  const std::string tail = " Nothing else happened that day.";
  // An appositive after a name goes before the predicate does.
  CHECK(headline("Shares of Tesla, the electric car maker run by Elon Musk, fell by more than 12 "
                 "percent on Monday after the company reported weak sales in China." +
                     tail,
                 "en", SummaryLength::kShort) ==
        "Shares of Tesla fell by more than 12 percent on Monday");
  // A reporting verb deep in the last clause is no closing attribution.
  CHECK(headline("Shares of Tesla, the electric car maker, fell by more than 12 percent on Monday "
                 "after the company reported weak sales in China." +
                     tail,
                 "en", SummaryLength::kLong)
            .find("on Monday") != std::string::npos);
  // A long opening attribution still goes.
  CHECK(headline("According to officials at the US Department of Health and Human Services in "
                 "Washington, the number of people waiting for a kidney transplant has doubled "
                 "in ten years." +
                     tail,
                 "en", SummaryLength::kShort) ==
        "The number of people waiting for a kidney transplant has doubled");
  // A quotation is not left open.
  const std::string quoted =
      "The events leading to David Blunkett's resignation must not \"swept under the carpet\", "
      "the Tories have warned." +
      tail;
  for (auto length : {SummaryLength::kShort, SummaryLength::kMedium}) {
    const std::string h = headline(quoted, "en", length);
    CHECK(std::count(h.begin(), h.end(), '"') % 2 == 0);
    CHECK(h.find("Tories") == std::string::npos);
  }
  // A figure keeps its unit, a domain its ending, a question its main clause.
  CHECK(headline("UK Chancellor Gordon Brown has offered \xC2\xA3"
                 "960m over 15 years to an international scheme aiming to boost vaccination "
                 "rates." +
                     tail,
                 "en", SummaryLength::kShort)
            .find("15 years") != std::string::npos);
  for (auto length : {SummaryLength::kShort, SummaryLength::kMedium}) {
    const std::string h = headline(
        "The campaign of legal action is thought to be behind the closure of the widely used "
        "Suprnova.org website last week." +
            tail,
        "en", length);
    CHECK(h.find("Suprnova") == std::string::npos);
  }
  CHECK(
      headline("Pour avoir les cl\xC3\xA9s de la mairie de Barcelone, a-t-il d\xC3\xA9pass\xC3\xA9 "
               "les limites qu'il s'est lui-m\xC3\xAAme fix\xC3\xA9"
               "es ? Rien d'autre ne s'est pass\xC3\xA9.",
               "fr", SummaryLength::kMedium)
          .find("a-t-il") != std::string::npos);
  // A leading dash goes; a quotation open from the start is closed.
  CHECK(headline("-L'\xC3\xA9quipe de campagne de Fran\xC3\xA7ois Fillon est tr\xC3\xA8s "
                 "remont\xC3\xA9"
                 "e contre Nicolas Sarkozy depuis mardi soir. Rien d'autre ne s'est pass\xC3\xA9.",
                 "fr", SummaryLength::kShort)
            .rfind("L'", 0) == 0);
  const std::string opening_quote = headline(
      "\"SpOC sera la source principale de forces et de capacit\xC3\xA9s n\xC3\xA9"
      "cessaires aux commandements combattants\", a annonc\xC3\xA9 la Space Force mardi. Rien "
      "d'autre ne s'est pass\xC3\xA9.",
      "fr", SummaryLength::kShort);
  CHECK(opening_quote.front() == '"');
  CHECK(opening_quote.back() == '"');
  // No elided article at the end of a French headline.
  const std::string french =
      "Le pr\xC3\xA9sident a \xC3\xA9t\xC3\xA9 mis \xC3\xA0 l'abri vendredi soir par le "
      "Secret Service lors d'une fusillade pr\xC3\xA8s de la Maison Blanche. Rien d'autre ne "
      "s'est pass\xC3\xA9.";
  for (std::size_t words = 3; words <= 22; ++words) {
    SummaryOptions options;
    options.type = SummaryType::kHeadline;
    options.words = words;
    const std::string h = precis::summarize(document_of(french, "fr"), options).summary;
    REQUIRE_FALSE(h.empty());
    CHECK(h.back() != '\'');
  }
}

TEST_CASE("summarize headlines in Japanese and Chinese end where a word can end", "[summarize]") {
  // 12 characters end inside \u6761\u4f8b ("ordinance"); the cut goes back to where hiragana
  // ends and kanji starts.
  const char* japanese =
      "\u6771\u4eac\u90fd\u306f\u6708\u66dc\u65e5\u3001\u65b0\u3057\u3044\u6761\u4f8b\u3092"
      "\u767a\u8868\u3057\u305f\u3002\u6761\u4f8b\u306f\u6765\u5e74\u304b\u3089\u65bd"
      "\u884c\u3055\u308c\u308b\u3002";
  CHECK(headline(japanese, "ja", SummaryLength::kShort) ==
        "\u6771\u4eac\u90fd\u306f\u6708\u66dc\u65e5\u3001\u65b0\u3057\u3044");
  // A particle at the cut goes: "... \u706b\u66dc\u65e5", not "... \u706b\u66dc\u65e5\u306b".
  CHECK(headline("\u65e5\u672c\u653f\u5e9c\u306f\u706b\u66dc\u65e5\u306b\u30a8\u30cd\u30eb"
                 "\u30ae\u30fc\u653f\u7b56\u306e\u898b\u76f4\u3057\u3092\u6c7a\u5b9a\u3057"
                 "\u305f\u3002\u8a73\u7d30\u306f\u6765\u9031\u516c\u8868\u3055\u308c\u308b"
                 "\u3002",
                 "ja",
                 SummaryLength::kShort) == "\u65e5\u672c\u653f\u5e9c\u306f\u706b\u66dc\u65e5");
  // A figure keeps its counter (16日 is "the 16th"): no cut between them.
  const std::string typhoon = headline(
      "\u6c17\u8c61\u5e81\u306b\u3088\u308b\u3068\u3001\u5927\u578b\u306e\u53f0\u98a810"
      "\u53f7\u306f16\u65e5\u5348\u5f8c\u3001\u9e7f\u5150\u5cf6\u770c\u306b\u4e0a\u9678"
      "\u3057\u305f\u3002\u4e5d\u5dde\u5357\u90e8\u3067\u306f\u8a18\u9332\u7684\u306a"
      "\u5927\u96e8\u3068\u306a\u3063\u305f\u3002",
      "ja", SummaryLength::kMedium);
  REQUIRE_FALSE(typhoon.empty());
  CHECK((typhoon.back() < '0' || typhoon.back() > '9'));
  // Chinese: back to after \u7684 rather than inside \u89c4\u5b9a ("regulation").
  const std::string chinese = headline(
      "\u5317\u4eac\u5e02\u653f\u5e9c\u5468\u4e00\u5ba3\u5e03\u4e86\u65b0\u7684\u4ea4\u901a"
      "\u7ba1\u7406\u89c4\u5b9a\u3002\u89c4\u5b9a\u5c06\u4e8e\u660e\u5e74\u5b9e\u65bd\u3002",
      "zh", SummaryLength::kMedium);
  CHECK(chinese.find("\u89c4") == std::string::npos);
  CHECK(chinese.rfind("\u5317\u4eac\u5e02\u653f\u5e9c", 0) == 0);
}

TEST_CASE("summarize headlines cut between phrases, never inside a name or after an article",
          "[summarize]") {
  // 12 words end inside "Democratic Republic of Congo": the cut goes before the name.
  CHECK(headline("The delegation of the union will travel next week to the Democratic Republic "
                 "of Congo for talks on trade. Nothing else happened that day in the capital.",
                 "en",
                 SummaryLength::kShort) == "The delegation of the union will travel next week");
  // 12 words end at "the rapid", before its noun: the cut goes before the article.
  CHECK(headline("While Americans and Europeans have been worried for months about the rapid "
                 "rapprochement between Moscow and Pyongyang, officials met. Nothing else "
                 "happened that day in the capital.",
                 "en", SummaryLength::kShort) ==
        "While Americans and Europeans have been worried for months");
  // An opening subordinate clause goes before the main clause is cut, and so do the titles
  // before the name that then opens it.
  CHECK(headline("While Americans and Europeans have been worried for months about the "
                 "rapprochement, Russian President Vladimir Putin is set to travel to North Korea "
                 "on Tuesday. Nothing else happened that day in the capital.",
                 "en", SummaryLength::kShort) ==
        "Vladimir Putin is set to travel to North Korea on Tuesday");
  // A cut after a name ends a phrase as well as one before a function word.
  CHECK(headline("Ministers agreed on Monday to send an urgent mission to Vladivostok carrying "
                 "food and medicine for the winter. Nothing else happened that day.",
                 "en", SummaryLength::kShort) ==
        "Ministers agreed on Monday to send an urgent mission to Vladivostok");
  // French: the titles go, "Corée du Nord" (CLDR's name) stays whole.
  CHECK(headline("Le pr\xC3\xA9sident russe Vladimir Poutine doit se rendre en Cor\xC3\xA9"
                 "e du Nord mardi et mercredi pour une visite extraordinaire qui pourrait se "
                 "conclure par un accord. Rien d'autre ne s'est pass\xC3\xA9 ce jour-l\xC3\xA0.",
                 "fr", SummaryLength::kShort) ==
        "Vladimir Poutine doit se rendre en Cor\xC3\xA9"
        "e du Nord mardi et mercredi");
  // An Italian source named first, and an English one in the middle, are dropped.
  CHECK(headline("In base a autorit\xC3\xA0 in Russia, Putin dovr\xC3\xA0 atterrare in Corea del "
                 "Nord la domenica sera per il suo viaggio. Non \xC3\xA8 successo altro quel "
                 "giorno nella capitale.",
                 "it", SummaryLength::kShort) ==
        "Putin dovr\xC3\xA0 atterrare in Corea del Nord la domenica sera");
  CHECK(headline("Vladimir Putin confirmed he will visit North Korea on Tuesday, according to "
                 "reports, and aides agreed. Nothing else happened that day in the capital.",
                 "en", SummaryLength::kLong)
            .find("according") == std::string::npos);
}
