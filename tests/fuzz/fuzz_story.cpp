// libFuzzer target for stories and clusters. The input is cut at 0x1E (record separator) into at
// most 8 articles; they go to `story` as a JSON request (invalid UTF-8 shown as U+FFFD, since JSON
// cannot carry it) and one by one to a cluster session. The raw input also goes to `story` as a
// request, to exercise the request parser.
#include <cstddef>
#include <cstdint>
#include <set>
#include <string>
#include <vector>

#include "fuzz_support.h"
#include "precis/api.h"

namespace {

using precis_fuzz::Json;

std::vector<std::string> split_articles(std::string_view input) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (out.size() < 8) {
    const std::size_t end = input.find('\x1e', start);
    out.emplace_back(precis_fuzz::reference_valid_utf8(input.substr(start, end - start)));
    if (end == std::string_view::npos) break;
    start = end + 1;
  }
  return out;
}

// Every sentence and mention is a valid span of its own article; support names other articles.
void check_story(const Json& out, const std::vector<std::string>& articles) {
  if (out.contains("error")) {
    PRECIS_FUZZ_CHECK(precis_fuzz::error_problem(out).empty(), out.dump().substr(0, 300));
    return;
  }
  PRECIS_FUZZ_CHECK(out["articles"].size() == articles.size());
  std::vector<precis_fuzz::Boundaries> bounds;
  for (const std::string& a : articles) bounds.emplace_back(a);
  const auto check_span = [&](const Json& span) {
    const std::size_t a = span["article"].get<std::size_t>();
    PRECIS_FUZZ_CHECK(a < articles.size() && !out["articles"][a].contains("error"));
    const std::string problem = precis_fuzz::span_problem(span, articles[a], bounds[a]);
    PRECIS_FUZZ_CHECK(problem.empty(), problem);
  };
  for (const Json& s : out["sentences"]) {
    check_span(s);
    const std::size_t a = s["article"].get<std::size_t>();
    const std::size_t start = s["start"], end = s["end"];
    PRECIS_FUZZ_CHECK(s["text"] == articles[a].substr(start, end - start));
    std::size_t previous = 0;
    bool first = true;
    for (const Json& other : s["support"]) {
      const std::size_t b = other.get<std::size_t>();
      PRECIS_FUZZ_CHECK(b != a && b < articles.size() && (first || b > previous), s.dump());
      previous = b;
      first = false;
    }
  }
  for (const Json& e : out["entities"]) {
    PRECIS_FUZZ_CHECK(e["count"] == e["mentions"].size());
    for (const Json& m : e["mentions"]) check_span(m);
  }
}

// Each reply is {"id", "cluster"} or a typed error, and the final stories partition the articles
// that were added.
void check_clusters(const std::vector<std::string>& articles) {
  precis::ClusterSession session;
  std::size_t added = 0;
  for (std::size_t i = 0; i < articles.size(); ++i) {
    const Json line = {{"id", i}, {"text", articles[i]}};
    const Json out = precis_fuzz::parse_output(precis::cluster_add_json(session, line.dump(), ""));
    PRECIS_FUZZ_CHECK(out["id"] == i);
    if (out.contains("error")) {
      PRECIS_FUZZ_CHECK(precis_fuzz::error_problem(out).empty(), out.dump());
    } else {
      PRECIS_FUZZ_CHECK(out["cluster"].is_number_unsigned());
      ++added;
    }
  }
  const Json result = precis_fuzz::parse_output(precis::clusters_json(session));
  PRECIS_FUZZ_CHECK(result["articles"] == added);
  std::set<std::size_t> seen;
  for (const Json& c : result["clusters"]) {
    PRECIS_FUZZ_CHECK(!c["articles"].empty() && c["label"].is_string());
    for (const Json& a : c["articles"]) PRECIS_FUZZ_CHECK(seen.insert(a.get<std::size_t>()).second);
  }
  PRECIS_FUZZ_CHECK(seen.size() == added && (added == 0 || *seen.rbegin() == added - 1));
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  const std::vector<std::string> articles = split_articles(input);
  Json docs = Json::array();
  for (const std::string& a : articles) docs.push_back({{"text", a}});
  const std::string request = Json{{"docs", docs}}.dump();
  const std::string out = precis::run_json(precis::Verb::kStory, request, "");
  PRECIS_FUZZ_CHECK(precis::run_json(precis::Verb::kStory, request, "") == out);
  check_story(precis_fuzz::parse_output(out), articles);
  const Json raw = precis_fuzz::parse_output(precis::run_json(precis::Verb::kStory, input, ""));
  PRECIS_FUZZ_CHECK(!raw.contains("error") || precis_fuzz::error_problem(raw).empty(), raw.dump());
  check_clusters(articles);
  return 0;
}
