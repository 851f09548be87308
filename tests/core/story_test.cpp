#include "precis/story.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <string>

#include "detail/story_tags.h"
#include "precis/api.h"
#include "precis/limits.h"
#include "test_support.h"

using nlohmann::json;

namespace {

const char* const kBank =
    "The central bank raised interest rates by half a point on Tuesday. Inflation is still too "
    "high, the governor said. Markets fell after the decision.";
const char* const kBankAgain =
    "Markets fell on Tuesday after the central bank raised interest rates by half a point. The "
    "governor said inflation is still too high. Economists expect another rise in June.";
const char* const kFootball =
    "The home side won the cup final 3-1 after extra time. The captain scored twice. Fans "
    "celebrated in the streets until dawn.";

json story(const json& docs, const std::string& options = "") {
  return json::parse(precis::run_json(precis::Verb::kStory, json{{"docs", docs}}.dump(), options));
}

}  // namespace

TEST_CASE("story credits the other article that states the same fact", "[story]") {
  const json out = story(json::array({{{"text", kBank}}, {{"text", kBankAgain}}}));
  REQUIRE(out["sentences"].size() == 3);
  bool supported = false;
  for (const json& s : out["sentences"]) {
    const std::size_t article = s["article"];
    for (const json& other : s["support"]) CHECK(other != article);
    supported |= !s["support"].empty();
  }
  CHECK(supported);
}

TEST_CASE("story tells a repeated fact once", "[story]") {
  const json out = story(json::array({{{"text", kBank}}, {{"text", kBank}}}), R"({"sentences":4})");
  std::vector<std::string> texts;
  for (const json& s : out["sentences"]) texts.push_back(s["text"]);
  std::sort(texts.begin(), texts.end());
  CHECK(std::adjacent_find(texts.begin(), texts.end()) == texts.end());
}

TEST_CASE("story keeps a word budget and fills it", "[story]") {
  const json out =
      story(json::array({{{"text", kBank}}, {{"text", kFootball}}}), R"({"words":20})");
  std::size_t words = 0;
  for (const json& s : out["sentences"]) {
    const std::string text = s["text"];
    words += static_cast<std::size_t>(std::count(text.begin(), text.end(), ' ')) + 1;
  }
  CHECK(words <= 20);
  CHECK(out["sentences"].size() >= 2);
}

TEST_CASE("story restricts output sentences to the asked languages", "[story]") {
  const json docs = json::array(
      {{{"text", kBank}, {"lang", "en"}},
       {{"text", "La banca centrale ha alzato i tassi di interesse."}, {"lang", "it"}}});
  const json out = story(docs, R"({"languages":["it"]})");
  REQUIRE_FALSE(out["sentences"].empty());
  for (const json& s : out["sentences"]) CHECK(s["article"] == 1);
}

TEST_CASE("story reports an unreadable article and digests the rest", "[story]") {
  const json out = story(json::array({{{"text", " \n "}}, {{"text", kFootball}, {"id", 7}}}));
  CHECK(out["articles"][0]["error"]["code"] == "EMPTY_INPUT");
  CHECK(out["articles"][1]["id"] == 7);
  for (const json& s : out["sentences"]) CHECK(s["article"] == 1);
}

TEST_CASE("story rejects malformed and oversized requests with typed errors", "[story]") {
  const auto code = [](const std::string& request) {
    return json::parse(precis::run_json(precis::Verb::kStory, request, ""))["error"]["code"];
  };
  CHECK(code("") == "INVALID_JSON");
  CHECK(code("{\"docs\": 3}") == "INVALID_JSON");
  CHECK(code("[{\"text\": 1}]") == "INVALID_JSON");
  CHECK(code("[]") == "EMPTY_INPUT");
  CHECK(code("[{\"text\": \" \"}]") == "EMPTY_INPUT");
  json many = json::array();
  for (std::size_t i = 0; i <= precis::kMaxStoryArticles; ++i) many.push_back({{"text", kBank}});
  CHECK(code(many.dump()) == "INPUT_TOO_LARGE");
  CHECK(json::parse(precis::run_json(precis::Verb::kStory, "[]",
                                     R"({"languages":"it"})"))["error"]["code"] ==
        "INVALID_OPTIONS");
}

TEST_CASE("story survives hostile articles", "[story]") {
  const std::string no_stop(200000, 'a');
  const std::string request = R"([{"text":"Putin\u0000visited. Kim met him \u202e."},{"text":")" +
                              no_stop + R"("},{"text":"<img src=x onerror=alert(1)>"}])";
  const json out = json::parse(precis::run_json(precis::Verb::kStory, request, ""));
  CHECK_FALSE(out.contains("error"));
  CHECK(out["articles"].size() == 3);
  // Raw invalid UTF-8 cannot be JSON: a typed error, not a crash.
  const std::string invalid = "[{\"text\":\"Kim\xff\xfe met him.\"}]";
  CHECK(json::parse(precis::run_json(precis::Verb::kStory, invalid, ""))["error"]["code"] ==
        "INVALID_JSON");
}

TEST_CASE("story jsonl lines carry their id", "[story]") {
  const std::string line = json{{"id", "s1"}, {"docs", json::array({{{"text", kBank}}})}}.dump();
  const json out = json::parse(precis::run_jsonl_line(precis::Verb::kStory, line, ""));
  CHECK(out["id"] == "s1");
  CHECK(json::parse(precis::run_jsonl_line(precis::Verb::kStory, "nope", ""))["id"].is_null());
}

TEST_CASE("cluster labels name each thing once", "[cluster]") {
  // "Springfield" is both an entity and a word of the story: it had been shown twice.
  precis::ClusterSession session;
  for (const char* text :
       {"The Springfield council approved a new budget on Monday. Springfield residents will pay "
        "more for water. The council said the plan was needed.",
        "Springfield council members voted for the budget on Monday. The Springfield council "
        "raised water bills. Residents protested."}) {
    precis::cluster_add_json(session, json{{"text", text}}.dump(), "");
  }
  const json out = json::parse(precis::clusters_json(session));
  REQUIRE(out["clusters"].size() == 1);
  const std::string label = out["clusters"][0]["label"];
  INFO(label);
  CHECK(label.find("Springfield") != std::string::npos);
  CHECK(label.find("Springfield", label.find("Springfield") + 1) == std::string::npos);
}

TEST_CASE("cluster groups articles about the same event", "[cluster]") {
  precis::ClusterSession session;
  const std::string feed[] = {json{{"id", "a"}, {"text", kBank}}.dump(),
                              json{{"id", "b"}, {"text", kFootball}}.dump(),
                              json{{"id", "c"}, {"text", kBankAgain}}.dump()};
  for (const std::string& line : feed) {
    CHECK(json::parse(precis::cluster_add_json(session, line, "")).contains("cluster"));
  }
  const json out = json::parse(precis::clusters_json(session));
  CHECK(out["articles"] == 3);
  REQUIRE(out["clusters"].size() == 2);
  CHECK(out["clusters"][0]["ids"] == json::array({"a", "c"}));
  CHECK(out["clusters"][1]["ids"] == json::array({"b"}));
  CHECK_FALSE(out["clusters"][0]["label"].get<std::string>().empty());
}

TEST_CASE("cluster joins articles across languages by their names", "[cluster]") {
  // The canonical samples: one Italian and four English articles about Putin's visit to North
  // Korea. Their words cannot match across languages; their people and places do.
  precis::ClusterSession session;
  const char* const files[] = {"000_4ce8382c8a6a2f14.txt", "001_43d425b667eed10f.txt",
                               "002_7cf5b5fb64e0e282.txt", "003_9a2f0e09e472d74e.txt",
                               "004_897cdd83aee00ff1.txt"};
  for (const char* file : files) {
    const std::string text = precis::test::read_file(precis::test::sample_dir() + file);
    const std::string line = json{{"id", file}, {"text", text}}.dump();
    CHECK(json::parse(precis::cluster_add_json(session, line, "", precis::test::data_resources()))
              .contains("cluster"));
  }
  // An Italian article on another story shares no names with them.
  const std::string football =
      "La Juventus ha battuto il Napoli per due a uno allo stadio di Torino. Massimiliano Allegri "
      "ha lodato la difesa. Il Napoli resta terzo in classifica.";
  precis::cluster_add_json(session, json{{"id", "calcio"}, {"text", football}}.dump(), "",
                           precis::test::data_resources());
  const json out = json::parse(precis::clusters_json(session));
  REQUIRE(out["clusters"].size() == 2);
  CHECK(out["clusters"][0]["articles"] == json::array({0, 1, 2, 3, 4}));
  CHECK(out["clusters"][1]["ids"] == json::array({"calcio"}));
  // Labelled in the language of most of its articles: "North Korea", not "Corea del Nord".
  const std::string label = out["clusters"][0]["label"];
  CHECK(label.find("North Korea") != std::string::npos);
  CHECK(label.find("Corea") == std::string::npos);
}

TEST_CASE("cluster leaves a bad article out and says why", "[cluster]") {
  precis::ClusterSession session;
  const json bad = json::parse(precis::cluster_add_json(session, R"({"id":1,"text":" "})", ""));
  CHECK(bad["error"]["code"] == "EMPTY_INPUT");
  CHECK(bad["id"] == 1);
  CHECK(json::parse(precis::cluster_add_json(session, "{", ""))["error"]["code"] == "INVALID_JSON");
  CHECK(json::parse(precis::clusters_json(session)) ==
        json::parse(R"({"articles":0,"clusters":[]})"));
}

TEST_CASE("story reports sources that give different figures for the same fact", "[story]") {
  const json docs = json::array(
      {{{"text",
         "The storm killed 12 people in the coastal town of Rivo on Monday, officials said."}},
       {{"text", "The storm killed 15 people in the coastal town of Rivo on Monday, police said."}},
       {{"text", "The storm killed more than 10 people in the coastal town of Rivo on Monday."}}});
  const json out = story(docs);
  REQUIRE(out["disagreements"].size() == 1);
  const json& d = out["disagreements"][0];
  CHECK(d["about"] == "people");
  REQUIRE(d["claims"].size() == 2);
  CHECK(d["claims"][0]["article"] == 0);
  CHECK(d["claims"][0]["text"] == "12 people");
  CHECK(d["claims"][1]["article"] == 1);
  CHECK(d["claims"][1]["text"] == "15 people");
  const std::string first = docs[1]["text"];
  const std::size_t start = d["claims"][1]["start"];
  CHECK(first.substr(start, 9) == "15 people");
}

TEST_CASE("story sees no disagreement in agreeing, hedged or listed figures", "[story]") {
  const json docs = json::array(
      {{{"text", "Within 24 hours the team found 48 hours of footage from the plant."}},
       {{"text", "The team found 48 hours of footage from the plant within 24 hours."}},
       {{"text", "The team found over 40 hours of footage, some 20 to 30 hours from the plant."}}});
  CHECK(story(docs)["disagreements"].empty());
}

TEST_CASE("story key phrases name a country once across languages", "[story]") {
  const json out = story(json::array(
      {{{"lang", "en"},
        {"text",
         "North Korea tested a missile on Monday. North Korea said the test was a success. "
         "Neighbours of North Korea protested."}},
       {{"lang", "it"},
        {"text",
         "La Corea del Nord ha lanciato un missile luned\xC3\xAC. La Corea del Nord ha parlato "
         "di un successo. I vicini della Corea del Nord hanno protestato."}},
       {{"lang", "en"},
        {"text",
         "North Korea fired a missile into the sea. Officials in North Korea were "
         "pleased. Japan protested to North Korea."}}}));
  std::vector<std::string> phrases;
  for (const json& k : out["keyphrases"]) phrases.push_back(k["text"]);
  INFO(out["keyphrases"].dump());
  // One phrase, in the form the articles weigh most.
  CHECK(std::count(phrases.begin(), phrases.end(), "North Korea") == 1);
  CHECK(std::count(phrases.begin(), phrases.end(), "Corea del Nord") == 0);
}

TEST_CASE("story key phrases show a phrase or its derivation, not both", "[story]") {
  // Each article shows one of "Russia" / "Russian"; the digest merges them as one article does.
  const json out = story(json::array(
      {{{"text",
         "Russia sent a delegation to the talks on Monday. Russia wants a deal. Officials in "
         "Russia said the talks would go on."}},
       {{"text",
         "The Russian delegation arrived at the talks on Monday. Russian officials want a deal. "
         "A Russian diplomat said the talks would go on."}}}));
  std::vector<std::string> phrases;
  for (const json& k : out["keyphrases"]) phrases.push_back(k["text"]);
  INFO(out["keyphrases"].dump());
  const auto shown = [&](const char* p) {
    return std::count(phrases.begin(), phrases.end(), p) > 0;
  };
  CHECK((shown("Russia") || shown("Russian")));
  CHECK_FALSE((shown("Russia") && shown("Russian")));
}

TEST_CASE("story entities are one name whatever type each article gives it", "[story]") {
  // Sample article 000's model types the Kremlin as an organisation, the English ones as a
  // place; the UN (ORG:un) stays apart from Kim Jong Un (PER:un).
  using precis::Entity;
  using precis::EntityType;
  const std::vector<std::vector<Entity>> entities = {
      {{"Kremlin", EntityType::kOrganization, "ORG:kremlin", {{0, 7}, {20, 27}, {50, 57}}},
       {"UN", EntityType::kOrganization, "ORG:un", {{40, 42}}}},
      {{"Kremlin", EntityType::kLocation, "LOC:kremlin", {{5, 12}}},
       {"Kim Jong Un", EntityType::kPerson, "PER:un", {{30, 41}}}},
      {{"Kremlin", EntityType::kLocation, "LOC:kremlin", {{9, 16}}}}};
  const auto merged = precis::detail::merge_entities(entities, {true, true, true});
  REQUIRE(merged.size() == 3);
  CHECK(merged[0].text == "Kremlin");
  CHECK(merged[0].articles == std::vector<std::size_t>{0, 1, 2});
  CHECK(merged[0].mentions.size() == 5);
  CHECK(merged[0].type == EntityType::kOrganization);  // 3 mentions as ORG, 2 as LOC
  CHECK(merged[0].key == "ORG:kremlin");
  CHECK(merged[1].key == "ORG:un");
  CHECK(merged[2].key == "PER:un");
}

TEST_CASE("story names an entity in the language most of its articles are written in", "[story]") {
  // The French article says "Allemagne" three times, the two English ones "Germany" once each.
  const json out = story(json::array(
      {{{"lang", "fr"},
        {"text",
         "L'Allemagne a sign\xC3\xA9 l'accord lundi. L'Allemagne veut aller vite. Les voisins de "
         "l'Allemagne attendent."}},
       {{"lang", "en"}, {"text", "Germany signed the deal on Monday. Officials were pleased."}},
       {{"lang", "en"},
        {"text", "The deal was signed by Germany on Monday. Talks will go on in June."}}}));
  INFO(out["entities"].dump());
  bool germany = false;
  for (const json& e : out["entities"]) {
    if (e["key"] == "LOC:DE") {
      germany = true;
      CHECK(e["text"] == "Germany");
      CHECK(e["count"] == 5);
    }
  }
  CHECK(germany);
}

TEST_CASE("story asked for languages none of its articles is in says so", "[story]") {
  const json out =
      story(json::array({{{"text", kBank}}, {{"text", kBankAgain}}}), R"({"languages": ["ja"]})");
  INFO(out.dump());
  REQUIRE(out.contains("error"));
  CHECK(out["error"]["code"] == "EMPTY_INPUT");
  CHECK(out["error"]["message"].get<std::string>().find("ja") != std::string::npos);
}

TEST_CASE("story sees no shared fact in two stories that share one name", "[story]") {
  // A French article on a fighter jet and a German one on a climate law both quote Olaf Scholz.
  const json out = story(json::array(
      {{{"lang", "fr"},
        {"text",
         "La France a annonc\xC3\xA9 un accord sur l'avion de combat du futur. Le chancelier "
         "Olaf Scholz a salu\xC3\xA9 une \xC3\xA9tape d\xC3\xA9"
         "cisive pour l'Europe. Le "
         "programme co\xC3\xBBtera cent milliards d'euros."}},
       {{"lang", "de"},
        {"text",
         "Der Bundestag hat ein neues Klimaschutzgesetz beschlossen. Bundeskanzler Olaf Scholz "
         "sprach von einem historischen Schritt. Die Opposition kritisierte das Gesetz."}}}));
  INFO(out["sentences"].dump());
  for (const json& s : out["sentences"]) CHECK(s["support"].empty());
}
