// Golden outputs: the exact `analyze` result for each sample article and each edge case in
// tests/cases. `npm run golden:update` rewrites them; the diff is the behaviour change.
#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <nlohmann/json.hpp>

#include "precis/api.h"
#include "precis/utf8.h"
#include "test_support.h"

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

void check_golden(const fs::path& input, const fs::path& expected) {
  INFO("input: " << input.string() << "\nexpected: " << expected.string());
  const std::string text = precis::test::read_file(input.string());
  const json actual = json::parse(
      precis::run_json(precis::Verb::kAnalyze, text, "", precis::test::data_resources()));
  const json wanted = json::parse(precis::test::read_file(expected.string()));
  CHECK(actual == wanted);
  if (!actual.contains("sentences")) return;
  for (const json& s : actual["sentences"]) {
    // `text` is the input sliced at the byte offsets, invalid bytes shown as U+FFFD.
    const std::size_t start = s["start"];
    const std::size_t end = s["end"];
    CHECK(precis::to_valid_utf8(text.substr(start, end - start)) == s["text"]);
  }
}

}  // namespace

TEST_CASE("golden output for every sample article", "[golden]") {
  const fs::path samples = precis::test::sample_dir();
  const fs::path golden = fs::path(PRECIS_SOURCE_DIR) / "tests" / "golden";
  std::size_t checked = 0;
  for (const auto& entry : fs::directory_iterator(golden)) {
    if (entry.is_directory()) continue;  // story/: the digest of all samples, tested below
    const fs::path input = samples / entry.path().filename().replace_extension(".txt");
    if (!fs::exists(input)) {
      WARN("sample missing, skipped: " << input.string());
      continue;
    }
    check_golden(input, entry.path());
    ++checked;
  }
  CHECK(checked == 5);
}

// The story request the golden digest answers: every sample, id = its file name, in name order.
std::string samples_story_request() {
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(precis::test::sample_dir())) {
    if (entry.path().extension() == ".txt") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  json docs = json::array();
  for (const fs::path& file : files) {
    docs.push_back(
        {{"id", file.stem().string()}, {"text", precis::test::read_file(file.string())}});
  }
  return json{{"docs", docs}}.dump();
}

TEST_CASE("golden story digest of the five samples", "[golden][story]") {
  if (!fs::exists(precis::test::sample_dir())) {
    WARN("samples missing, skipped");
    return;
  }
  const fs::path expected =
      fs::path(PRECIS_SOURCE_DIR) / "tests" / "golden" / "story" / "putin-north-korea.json";
  const json actual =
      json::parse(precis::run_json(precis::Verb::kStory, samples_story_request(),
                                   R"({"length":"long"})", precis::test::data_resources()));
  CHECK(actual == json::parse(precis::test::read_file(expected.string())));
}

TEST_CASE("golden output for every hand-made edge case", "[golden]") {
  const fs::path cases = fs::path(PRECIS_SOURCE_DIR) / "tests" / "cases";
  std::size_t checked = 0;
  for (const auto& entry : fs::directory_iterator(cases)) {
    check_golden(entry.path() / "input.txt", entry.path() / "expected.json");
    ++checked;
  }
  CHECK(checked >= 10);
}

TEST_CASE("samples meet the foundation bar", "[golden]") {
  // 000 is Italian, the rest English; no headline or boilerplate line is ever a summary
  // sentence or glued to the start of one.
  for (const auto& entry : fs::directory_iterator(precis::test::sample_dir())) {
    if (entry.path().extension() != ".txt") continue;
    const std::string name = entry.path().filename().string();
    const std::string text = precis::test::read_file(entry.path().string());
    const json out = json::parse(
        precis::run_json(precis::Verb::kSummarize, text, "", precis::test::data_resources()));
    INFO(name);
    CHECK(out["lang"] == (name.rfind("000_", 0) == 0 ? "it" : "en"));
    const std::string first_line = text.substr(0, text.find('\n'));
    for (const json& s : out["sentences"]) {
      const std::string sentence = s["text"];
      CHECK(sentence.find("Our readers are reading too") == std::string::npos);
      CHECK(sentence.find("(ILKHA)") == std::string::npos);
      if (out.contains("title")) CHECK(sentence.find(first_line) == std::string::npos);
    }
  }
}
