#include "precis/clean.h"

#include <catch2/catch.hpp>

#include "test_support.h"

using precis::clean;
using precis::CleanOptions;
using precis::LineKind;

namespace {

std::vector<LineKind> kinds(const precis::CleanedArticle& article) {
  std::vector<LineKind> out;
  for (const auto& line : article.lines) out.push_back(line.kind);
  return out;
}

}  // namespace

TEST_CASE("clean detects a headline line without a full stop", "[clean]") {
  const std::string text =
      "Kim Prepares to Welcome Putin Amid Western Concerns\n\nWhile Americans worried, Russian "
      "President Vladimir Putin is set to travel to North Korea. He will stay two days.";
  const auto article = clean(text, {});
  CHECK(article.headline_line == 0);
  CHECK(kinds(article) ==
        std::vector<LineKind>{LineKind::kHeadline, LineKind::kBlank, LineKind::kBody});
}

TEST_CASE("clean detects a short one-sentence headline before a long paragraph", "[clean]") {
  const std::string text =
      "Prima della visita, Putin ringrazia la Corea del Nord.\nIn base a fonti in Russia, Putin "
      "dovrebbe atterrare domenica sera per il suo viaggio. Questa sarebbe la seconda visita di "
      "Putin nella nazione. Dopo la sua insediamento come Presidente nel 2000 ha incontrato Kim.";
  CHECK(clean(text, {}).headline_line == 0);
}

TEST_CASE("clean finds no headline in one-sentence-per-line text", "[clean]") {
  const std::string text =
      "the president spoke on monday about the economy .\nhe said growth would return soon .\n";
  CHECK(clean(text, {}).headline_line == static_cast<std::size_t>(-1));
}

TEST_CASE("clean takes the first line as headline only when it repeats a given title", "[clean]") {
  const std::string text = "Talks resume\nThe two sides met again on Monday. They agreed.";
  CHECK(clean(text, CleanOptions{"Talks resume"}).headline_line == 0);
  CHECK(clean(text, CleanOptions{"Something else"}).headline_line == static_cast<std::size_t>(-1));
}

TEST_CASE("clean matches a page title with the site's name, or a final stop, to the headline",
          "[clean]") {
  const std::string text = "Talks resume\nThe two sides met again on Monday. They agreed.";
  for (const std::string_view title :
       {"Talks resume | The Herald", "Talks resume - The Herald", "Talks resume \u2014 The Herald",
        "Talks resume.", "TALKS RESUME"}) {
    CHECK(clean(text, CleanOptions{title}).headline_line == 0);
  }
  for (const std::string_view title : {"Talks resumed", "Talks resume today", "Talks"}) {
    CHECK(clean(text, CleanOptions{title}).headline_line == static_cast<std::size_t>(-1));
  }
}

TEST_CASE("clean cuts a trailing agency tag off the last sentence", "[clean]") {
  const std::string text = "Putin will travel to Vietnam to discuss trade. (ILKHA)";
  const auto article = clean(text, {});
  const auto& line = article.lines.at(0);
  CHECK(text.substr(line.body_start, line.body_end - line.body_start) ==
        "Putin will travel to Vietnam to discuss trade.");
}

TEST_CASE("clean keeps an acronym in brackets inside a sentence", "[clean]") {
  const std::string text = "He leads the Russian space agency (Roscosmos)";
  const auto article = clean(text, {});
  const auto& line = article.lines.at(0);
  CHECK(line.body_end == text.size());
}

TEST_CASE("clean cuts a Chinese dispatch's dateline", "[clean]") {
  // 新华社北京3月5日电 (Xinhua, Beijing, 5 March) and 本报讯（记者 王刚） (this paper's reporter).
  for (const std::string dateline : {"\u65b0\u534e\u793e\u5317\u4eac3\u67085\u65e5\u7535 ",
                                     "\u672c\u62a5\u8baf\uff08\u8bb0\u8005 \u738b\u521a\uff09"}) {
    const std::string sentence =
        "\u4e2d\u56fd\u4eba\u6c11\u94f6\u884c5\u65e5\u5ba3\u5e03\u964d\u51c6\u3002";
    const std::string text = dateline + sentence;
    const precis::Line line = clean(text, {}).lines.at(0);
    CHECK(text.substr(line.body_start, line.body_end - line.body_start) == sentence);
  }
  // 电 opening a word is no dateline: 电动汽车 (electric cars).
  const std::string cars = "\u7535\u52a8\u6c7d\u8f66\u9500\u91cf\u4e0a\u5347\u3002";
  CHECK(clean(cars, {}).lines.at(0).body_start == 0);
}

TEST_CASE("clean cuts Russian, TASS-style and Arabic datelines", "[clean]") {
  const std::string sentence =
      "\u041f\u0440\u0435\u0437\u0438\u0434\u0435\u043d\u0442 \u043f\u0440\u043e\u0432"
      "\u0451\u043b \u043f\u0435\u0440\u0435\u0433\u043e\u0432\u043e\u0440\u044b "
      "\u0432 \u041a\u0440\u0435\u043c\u043b\u0435.";
  // МОСКВА (ТАСС) - ..., and TASS's own МОСКВА, 5 марта. /ТАСС/. ...
  for (const std::string dateline :
       {"\u041c\u041e\u0421\u041a\u0412\u0410 (\u0422\u0410\u0421\u0421) - ",
        "\u041c\u041e\u0421\u041a\u0412\u0410, 5 \u043c\u0430\u0440\u0442\u0430. "
        "/\u0422\u0410\u0421\u0421/. "}) {
    const std::string text = dateline + sentence;
    const precis::Line line = clean(text, {}).lines.at(0);
    CHECK(text.substr(line.body_start, line.body_end - line.body_start) == sentence);
  }
  // القاهرة - (Cairo): Arabic has no capitals; one or two words and a dash.
  const std::string arabic_sentence =
      "\u0627\u0633\u062a\u0636\u0627\u0641\u062a \u0627\u0644\u0639\u0627\u0635\u0645"
      "\u0629 \u0627\u0644\u0645\u0635\u0631\u064a\u0629 \u0642\u0645\u0629 \u0639\u0631"
      "\u0628\u064a\u0629.";
  const std::string arabic = "\u0627\u0644\u0642\u0627\u0647\u0631\u0629 - " + arabic_sentence;
  const precis::Line line = clean(arabic, {}).lines.at(0);
  CHECK(arabic.substr(line.body_start, line.body_end - line.body_start) == arabic_sentence);
  // Two capitals are a name, not a place: "US - China trade talks".
  CHECK(clean("US - China trade talks resumed in Geneva on Monday after a long pause.", {})
            .lines.at(0)
            .body_start == 0);
}

TEST_CASE("clean takes a Chinese dateline on a line of its own for no headline", "[clean]") {
  const std::string text =
      "\u65b0\u534e\u793e\u5317\u4eac3\u67085\u65e5\u7535\n\u56fd\u52a1\u9662\u529e"
      "\u516c\u5385\u8fd1\u65e5\u5370\u53d1\u65b0\u80fd\u6e90\u6c7d\u8f66\u4ea7\u4e1a"
      "\u89c4\u5212\u3002\u89c4\u5212\u6307\u51fa\uff0c\u8981\u52a0\u5feb\u5efa\u8bbe"
      "\u3002";
  const auto article = clean(text, {});
  CHECK(article.lines.at(0).kind == LineKind::kByline);
  CHECK(article.headline_line != 0);
}

TEST_CASE("clean leaves a list item's marker out of its text", "[clean]") {
  const std::string text =
      "The party lost its majority on Sunday, according to results.\n- Turnout was 68.4%\n"
      "\u2022 Coalition talks start on Tuesday\n2) Turnout rose\n12. Results come later\n"
      "-5 degrees were forecast for the vote.";
  const auto article = clean(text, {});
  std::vector<std::string> bodies;
  for (const auto& line : article.lines) {
    bodies.push_back(text.substr(line.body_start, line.body_end - line.body_start));
  }
  CHECK(bodies == std::vector<std::string>{
                      "The party lost its majority on Sunday, according to results.",
                      "Turnout was 68.4%", "Coalition talks start on Tuesday", "Turnout rose",
                      "Results come later", "-5 degrees were forecast for the vote."});
}

TEST_CASE("clean takes no line that announces a list for the headline", "[clean]") {
  // A short first line (a kicker?) then "... beschlossen. Die wichtigsten Punkte:" had made the
  // lead paragraph the headline.
  const std::string text =
      "Stadtrat beschlie\u00dft Sparpaket\n\nDer Stadtrat hat am Mittwoch ein Sparpaket "
      "beschlossen. Die wichtigsten Punkte im \u00dcberblick:\n\n- Die Geb\u00fchren "
      "steigen.\n- Zwei B\u00e4der schlie\u00dfen.";
  const auto article = clean(text, {});
  CHECK(article.headline_line == 0);
  CHECK(article.lines.at(2).kind == LineKind::kBody);
}

TEST_CASE("clean cuts a dateline before the first sentence", "[clean]") {
  const std::string text =
      "MOSCOW (Reuters) - Russia said on Tuesday it would send a delegation to the talks.";
  const auto article = clean(text, {});
  const auto& line = article.lines.at(0);
  CHECK(text.substr(line.body_start, 6) == "Russia");
}

TEST_CASE("clean leaves a kicker above the headline out, and finds the lead's dateline",
          "[clean]") {
  const std::string text =
      "Energy\n\nHarbour city opens its first floating solar farm\n\nVALLMOUTH \u2014 The city "
      "of Vallmouth switched on a floating solar farm in its disused north harbour on Tuesday.";
  for (const std::string_view title : {"", "Harbour city opens its first floating solar farm"}) {
    const auto article = clean(text, CleanOptions{title});
    CHECK(article.headline_line == 2);
    CHECK(kinds(article) == std::vector<LineKind>{LineKind::kBoilerplate, LineKind::kBlank,
                                                  LineKind::kHeadline, LineKind::kBlank,
                                                  LineKind::kBody});
    const auto& lead = article.lines.at(4);
    CHECK(text.substr(lead.body_start, 8) == "The city");
  }
}

TEST_CASE("clean leaves a kicker above the first paragraph out when the title is given apart",
          "[clean]") {
  const std::string text =
      "Energy\nVALLMOUTH \u2014 The city of Vallmouth switched on a floating solar farm in its "
      "disused north harbour on Tuesday.";
  const auto article =
      clean(text, CleanOptions{"Harbour city opens its first floating solar farm"});
  CHECK(article.headline_line == static_cast<std::size_t>(-1));
  CHECK(kinds(article) == std::vector<LineKind>{LineKind::kBoilerplate, LineKind::kBody});
  const auto& lead = article.lines.at(1);
  CHECK(text.substr(lead.body_start, 8) == "The city");
  // Above a line that is not running text, a short first line is not a kicker.
  const std::string list = "Energy\nSolar farms spread along the coast of the north sea";
  CHECK(kinds(clean(list, CleanOptions{"Title"})) ==
        std::vector<LineKind>{LineKind::kBody, LineKind::kBody});
}

TEST_CASE("clean drops boilerplate and bylines", "[clean]") {
  const std::string text =
      "By Jane Doe\nThe summit opened on Monday with a long speech by the host.\nAdvertisement\n"
      "Delegates met in closed session afterwards and agreed on a statement.\n\nOur readers are "
      "reading too\nMost read";
  const auto article = clean(text, {});
  CHECK(kinds(article) == std::vector<LineKind>{LineKind::kByline, LineKind::kBody,
                                                LineKind::kBoilerplate, LineKind::kBody,
                                                LineKind::kBlank, LineKind::kBoilerplate,
                                                LineKind::kBoilerplate});
}

TEST_CASE("clean splits lines at every kind of line break", "[clean]") {
  const std::string text =
      "One line.\r\nTwo line.\rThree.\xe2\x80\xa8"
      "Four.";
  CHECK(clean(text, {}).lines.size() == 4);
}

TEST_CASE("clean survives hostile input", "[clean]") {
  CHECK(clean("", {}).lines.size() == 1);
  CHECK(clean("   \n\t\n", {}).headline_line == static_cast<std::size_t>(-1));
  CHECK(clean("\xff\xfe\xc0 text \xe2\x80", {}).invalid_utf8 == 4);
  CHECK(clean(std::string("a\0b\0c", 5), {}).lines.size() == 1);
  CHECK(clean(precis::test::megabyte_without_punctuation(), {}).lines.size() == 1);
  CHECK(clean(precis::test::html_soup(), {}).lines.at(0).kind == LineKind::kBody);
}
