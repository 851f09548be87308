// Runs the hostile-input table (tests/hostile/table.json) through run_json, the entry the CLI
// and wasm share; tests/node/hostile.test.mjs runs the same rows through the wasm JS API. After
// every row a sample article must still give the same result, which proves no row leaves state
// behind. Offsets are checked with the reference decoder of tests/fuzz/fuzz_support.h.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <string>

#include "../fuzz/fuzz_support.h"
#include "precis/api.h"
#include "test_support.h"

namespace {

using Json = nlohmann::json;

int hex_digit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  return (c | 0x20) - 'a' + 10;
}

// The input a row describes: parts concatenated, then cycled and cut to `bytes` if given.
std::string build_input(const Json& spec) {
  std::string pattern;
  for (const Json& part : spec["parts"]) {
    std::string piece;
    if (part.contains("text")) {
      piece = part["text"].get<std::string>();
    } else {
      const std::string hex = part["hex"].get<std::string>();
      for (std::size_t i = 0; i + 1 < hex.size();) {
        if (hex[i] == ' ') {
          ++i;
          continue;
        }
        piece += static_cast<char>(hex_digit(hex[i]) * 16 + hex_digit(hex[i + 1]));
        i += 2;
      }
    }
    const std::size_t times = part.value("times", 1);
    for (std::size_t i = 0; i < times; ++i) pattern += piece;
  }
  if (!spec.contains("bytes")) return pattern;
  const auto bytes = spec["bytes"].get<std::size_t>();
  std::string out;
  out.reserve(bytes);
  while (out.size() < bytes) out.append(pattern, 0, bytes - out.size());
  return out;
}

// A row's options and expectation for the native runner: `native` overrides the shared ones.
Json for_native(const Json& row, const char* key) {
  if (row.contains("native") && row["native"].contains(key)) return row["native"][key];
  return row.value(key, Json::object());
}

void check_row(const Json& row) {
  const std::string input = build_input(row["input"]);
  const Json options = for_native(row, "options");
  const Json expect = for_native(row, "expect");
  const std::optional<precis::Verb> verb = precis::parse_verb(row["verb"].get<std::string>());
  REQUIRE(verb);
  const std::string raw = precis::run_json(*verb, input, options.dump());
  REQUIRE(precis_fuzz::is_valid_utf8(raw));
  const Json out = Json::parse(raw, nullptr, false);
  REQUIRE(out.is_object());
  INFO(raw.substr(0, 300));
  CHECK(precis_fuzz::result_problem(out, input).empty());
  if (expect.contains("error")) {
    REQUIRE(out.contains("error"));
    CHECK(out["error"]["code"] == expect["error"]);
    return;
  }
  REQUIRE_FALSE(out.contains("error"));
  const std::size_t sentences = out.contains("sentences") ? out["sentences"].size() : 0;
  if (expect.contains("minSentences"))
    CHECK(sentences >= expect["minSentences"].get<std::size_t>());
  if (expect.contains("maxSentences"))
    CHECK(sentences <= expect["maxSentences"].get<std::size_t>());
  if (expect.contains("minEntities")) {
    CHECK(out["entities"].size() >= expect["minEntities"].get<std::size_t>());
  }
  if (expect.contains("lang")) CHECK(out["lang"] == expect["lang"]);
  CHECK(out.value("truncated", false) == expect.value("truncated", false));
}

}  // namespace

TEST_CASE("hostile inputs give a typed error or a sound result, and leave no state behind",
          "[hostile]") {
  const Json table =
      Json::parse(precis::test::read_file(PRECIS_SOURCE_DIR "/tests/hostile/table.json"));
  const std::string sample =
      precis::test::read_file(precis::test::sample_dir() + "/000_4ce8382c8a6a2f14.txt");
  const std::string baseline = precis::run_json(precis::Verb::kSummarize, sample, "");
  REQUIRE(table["rows"].size() >= 20);
  for (const Json& row : table["rows"]) {
    DYNAMIC_SECTION(row["name"].get<std::string>()) {
      check_row(row);
      CHECK(precis::run_json(precis::Verb::kSummarize, sample, "") == baseline);
    }
  }
}
