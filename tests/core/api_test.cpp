#include "precis/api.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "detail/json_parse.h"
#include "test_support.h"

using nlohmann::json;
using precis::run_json;
using precis::run_jsonl_line;
using precis::Verb;

namespace {

const char* const kText =
    "Putin praises North Korea ahead of visit\n"
    "Russian President Vladimir Putin has praised North Korea for its support. "
    "The visit, set for Tuesday, will mark a significant moment.\n"
    "The US has expressed concern over the deepening relationship. (ILKHA)";

json parse(const std::string& s) {
  const json j = json::parse(s, nullptr, false);
  REQUIRE_FALSE(j.is_discarded());
  return j;
}

}  // namespace

TEST_CASE("api summarize returns the contract's shape", "[api]") {
  const json out = parse(run_json(Verb::kSummarize, kText, "", precis::test::data_resources()));
  CHECK(out["lang"] == "en");
  CHECK(out["title"] == "Putin praises North Korea ahead of visit");
  REQUIRE(out["sentences"].is_array());
  for (const json& s : out["sentences"]) {
    for (const char* key : {"text", "index", "start", "end", "start16", "end16", "score"}) {
      CHECK(s.contains(key));
    }
    const std::string text = s["text"];
    CHECK(std::string(kText).substr(
              s["start"], s["end"].get<std::size_t>() - s["start"].get<std::size_t>()) == text);
    CHECK(text.find("(ILKHA)") == std::string::npos);
  }
  CHECK(out["summary"].is_string());
}

TEST_CASE("api tag returns entities with mentions and key phrases", "[api]") {
  const json out =
      parse(run_json(Verb::kTag, kText, R"({"keyphrases": 3})", precis::test::data_resources()));
  CHECK(out["lang"] == "en");
  CHECK(out["method"] == "model");  // data/ner/en.ner is loaded
  const json rules =
      parse(run_json(Verb::kTag, kText, R"({"ner": false})", precis::test::data_resources()));
  CHECK(rules["method"] == "rules");
  CHECK(out["keyphrases"].size() == 3);
  bool found_putin = false;
  for (const json& e : out["entities"]) {
    CHECK(e["count"] == e["mentions"].size());
    found_putin |= e["text"] == "Vladimir Putin" && e["type"] == "PER";
  }
  CHECK(found_putin);
}

TEST_CASE("api analyze is summarize plus tag from one pass", "[api]") {
  const json analyzed = parse(run_json(Verb::kAnalyze, kText, "", precis::test::data_resources()));
  const json summary = parse(run_json(Verb::kSummarize, kText, "", precis::test::data_resources()));
  const json tags = parse(run_json(Verb::kTag, kText, "", precis::test::data_resources()));
  CHECK(analyzed["sentences"] == summary["sentences"]);
  CHECK(analyzed["summary"] == summary["summary"]);
  CHECK(analyzed["entities"] == tags["entities"]);
  CHECK(analyzed["keyphrases"] == tags["keyphrases"]);
}

TEST_CASE("api reports UTF-16 offsets and shows invalid bytes as U+FFFD", "[api]") {
  // "\xf0\x9f\x98\x80" is one character but two UTF-16 units; "\xff" is one invalid byte.
  const std::string text = "\xf0\x9f\x98\x80 Emoji first. Then a bad \xff byte here.";
  const json out = parse(
      run_json(Verb::kSummarize, text, R"({"sentences": 2})", precis::test::data_resources()));
  REQUIRE(out["sentences"].size() == 2);
  const json& second = out["sentences"][1];
  CHECK(second["start"] == 18);
  CHECK(second["start16"] == 16);
  CHECK(second["text"] == "Then a bad \xef\xbf\xbd byte here.");
  CHECK(second["end16"].get<int>() - second["start16"].get<int>() == 23);
}

TEST_CASE("api errors are typed", "[api]") {
  CHECK(parse(run_json(Verb::kSummarize, "", "",
                       precis::test::data_resources()))["error"]["code"] == "EMPTY_INPUT");
  CHECK(parse(run_json(Verb::kSummarize, " \n\t ", "",
                       precis::test::data_resources()))["error"]["code"] == "EMPTY_INPUT");
  CHECK(parse(run_json(Verb::kSummarize, kText, "{",
                       precis::test::data_resources()))["error"]["code"] == "INVALID_JSON");
  CHECK(parse(run_json(Verb::kSummarize, kText, "[]",
                       precis::test::data_resources()))["error"]["code"] == "INVALID_OPTIONS");
  CHECK(parse(run_json(Verb::kSummarize, kText, R"({"sentences": "3"})",
                       precis::test::data_resources()))["error"]["code"] == "INVALID_OPTIONS");
  CHECK(parse(run_json(Verb::kSummarize, kText, R"({"sentences": 0})",
                       precis::test::data_resources()))["error"]["code"] == "INVALID_OPTIONS");
  CHECK(parse(run_json(Verb::kSummarize, kText, R"({"type": "poem"})",
                       precis::test::data_resources()))["error"]["code"] == "INVALID_OPTIONS");
  CHECK(parse(run_json(Verb::kSummarize, kText, R"({"lang": "??"})",
                       precis::test::data_resources()))["error"]["code"] == "INVALID_OPTIONS");
  CHECK(parse(run_json(Verb::kSummarize, kText, R"({"maxInputBytes": 10})",
                       precis::test::data_resources()))["error"]["code"] == "INPUT_TOO_LARGE");
}

TEST_CASE("api truncates instead of failing when asked", "[api]") {
  const json out =
      parse(run_json(Verb::kSummarize, kText, R"({"maxInputBytes": 120, "onTooLarge": "truncate"})",
                     precis::test::data_resources()));
  CHECK(out["truncated"] == true);
  for (const json& s : out["sentences"]) CHECK(s["end"].get<int>() <= 120);
}

TEST_CASE("api language detection gives code and score", "[api]") {
  const json out = parse(run_json(Verb::kLang, "Il governo ha approvato la legge di bilancio.", "",
                                  precis::test::data_resources()));
  CHECK(out["lang"] == "it");
  CHECK(out["score"].get<double>() > 0.0);
}

TEST_CASE("api jsonl lines keep their id and fail alone", "[api]") {
  const json ok = parse(run_jsonl_line(Verb::kSummarize,
                                       R"({"id": "a1", "text": "One fact here. Another fact."})",
                                       R"({"sentences": 1})", precis::test::data_resources()));
  CHECK(ok["id"] == "a1");
  CHECK(ok["sentences"].size() == 1);
  const json numeric_id = parse(run_jsonl_line(Verb::kLang, R"({"id": 7, "text": "the cat"})", "",
                                               precis::test::data_resources()));
  CHECK(numeric_id["id"] == 7);
  const json missing_text =
      parse(run_jsonl_line(Verb::kTag, R"({"id": "b"})", "", precis::test::data_resources()));
  CHECK(missing_text["id"] == "b");
  CHECK(missing_text["error"]["code"] == "INVALID_JSON");
  const json broken =
      parse(run_jsonl_line(Verb::kTag, "{not json", "", precis::test::data_resources()));
  CHECK(broken["id"].is_null());
  CHECK(broken["error"]["code"] == "INVALID_JSON");
  const json ner =
      parse(run_jsonl_line(Verb::kNer, R"({"id": 1, "tokens": ["John", "Smith", "left"]})", "",
                           precis::test::data_resources()));
  CHECK(ner["tags"] == json::array({"B-PER", "I-PER", "O"}));
}

TEST_CASE("api refuses JSON nested deeper than the limit, wherever it sits", "[api]") {
  // nlohmann's parser and values recurse once per level: 300,000 "[" overflowed the stack.
  const auto nested = [](std::size_t depth) {
    return std::string(depth, '[') + std::string(depth, ']');
  };
  const std::string deep = nested(300000);
  const auto& resources = precis::test::data_resources();
  for (const std::string& line : {R"({"id": )" + deep + R"(, "text": "the cat"})",
                                  R"({"text": "the cat", "id": )" + deep + "}",
                                  R"({"text": "the cat", "lang": )" + deep + "}"}) {
    CHECK(parse(run_jsonl_line(Verb::kLang, line, "", resources))["error"]["code"] ==
          "INVALID_JSON");
  }
  CHECK(parse(run_json(Verb::kSummarize, "A cat sat.",
                       R"({"context": )" + deep + "}"))["error"]["code"] == "INVALID_JSON");
  CHECK(parse(run_json(Verb::kStory, R"({"docs": )" + deep + "}", "",
                       resources))["error"]["code"] == "INVALID_JSON");
  // At the limit (the line's object is one level) the id is read and echoed.
  const std::string id = nested(precis::detail::kMaxJsonDepth - 1);
  const std::string out =
      run_jsonl_line(Verb::kLang, R"({"text": "the cat", "id": )" + id + "}", "", resources);
  CHECK(out.rfind("{\"id\":" + id + ",\"lang\":", 0) == 0);
}

TEST_CASE("json depth counts brackets outside strings only", "[api]") {
  using precis::detail::json_depth_within;
  CHECK(json_depth_within("", 0));
  CHECK(json_depth_within("[[1]]", 2));
  CHECK_FALSE(json_depth_within("[[1]]", 1));
  CHECK(json_depth_within(R"(["[[[[", "\"[[[["])", 1));
  CHECK_FALSE(json_depth_within(R"({"a": "\\", "b": [[]]})", 2));
  CHECK(json_depth_within("]]]][", 1));  // unbalanced input is the parser's business
}

TEST_CASE("api jsonl takes title and lang from the line but no other fields", "[api]") {
  const json out = parse(run_jsonl_line(
      Verb::kTag,
      R"({"id": 1, "text": "Il governo ha approvato la legge.", "lang": "it", "keyphrases": ["x"]})",
      R"({"keyphrases": 2})", precis::test::data_resources()));
  CHECK(out["lang"] == "it");
  CHECK(out["keyphrases"].size() <= 2);
}
