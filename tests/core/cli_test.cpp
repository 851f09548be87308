// The CLI contract, run as a user runs it: the built binary, stdin, stdout, exit codes.
#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <cstdio>
#include <nlohmann/json.hpp>
#include <string>

#include "test_support.h"

namespace {

struct Run {
  std::string out;
  int exit_code;
};

// Runs the CLI with `args`, feeding `input` through a temporary file on stdin.
Run run_cli(const std::string& args, const std::string& input) {
  char path[] = "/tmp/precis-cli-test-XXXXXX";
  const int fd = mkstemp(path);
  REQUIRE(fd >= 0);
  FILE* file = fdopen(fd, "wb");
  std::fwrite(input.data(), 1, input.size(), file);
  std::fclose(file);
  const std::string command = std::string(PRECIS_CLI) + " " + args + " < " + path + " 2>/dev/null";
  FILE* pipe = popen(command.c_str(), "r");
  REQUIRE(pipe != nullptr);
  std::string out;
  char buffer[4096];
  std::size_t n;
  while ((n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0) out.append(buffer, n);
  const int status = pclose(pipe);
  std::remove(path);
  return {out, WIFEXITED(status) ? WEXITSTATUS(status) : -1};
}

nlohmann::json json_of(const std::string& line) { return nlohmann::json::parse(line); }

}  // namespace

TEST_CASE("cli summarizes stdin to one JSON object", "[cli]") {
  const Run run = run_cli("summarize --sentences 2", "First fact here. Second fact here. Third.");
  CHECK(run.exit_code == 0);
  CHECK(json_of(run.out)["sentences"].size() == 2);
}

TEST_CASE("cli prints a JSON error and exits 1 on empty input", "[cli]") {
  const Run run = run_cli("summarize", "");
  CHECK(run.exit_code == 1);
  CHECK(json_of(run.out)["error"]["code"] == "EMPTY_INPUT");
}

TEST_CASE("cli exits 2 with a JSON error on usage errors and bad option values", "[cli]") {
  for (const char* args :
       {"", "frobnicate", "summarize --sentences many", "summarize --bogus 1", "ner",
        "summarize --sentences -1", "summarize --sentences 0", "summarize --type poem",
        "summarize --on-too-large maybe", "summarize --lang english"}) {
    INFO(args);
    const Run run = run_cli(args, "Some text here. More text here.");
    CHECK(run.exit_code == 2);
    const auto error = json_of(run.out)["error"];
    CHECK((error["code"] == "USAGE" || error["code"] == "INVALID_OPTIONS"));
  }
  CHECK(run_cli("--help", "").exit_code == 0);
}

TEST_CASE("cli reports an input over --max-input-bytes without reading all of it", "[cli]") {
  const Run run = run_cli("summarize --max-input-bytes 20", std::string(5000, 'a'));
  CHECK(run.exit_code == 1);
  const auto error = json_of(run.out)["error"];
  CHECK(error["code"] == "INPUT_TOO_LARGE");
  CHECK(error["message"].get<std::string>().find("20") != std::string::npos);
  const Run cut = run_cli("summarize --max-input-bytes 40 --on-too-large truncate",
                          "One sentence here. " + std::string(500, 'b'));
  CHECK(cut.exit_code == 0);
  CHECK(json_of(cut.out)["truncated"] == true);
}

TEST_CASE("cli jsonl answers every line in order and exits 0", "[cli]") {
  const std::string input =
      "{\"id\":\"a\",\"text\":\"One sentence here.\"}\n"
      "not json\n"
      "{\"id\":\"c\",\"text\":\"\"}\n"
      "{\"id\":\"d\",\"text\":\"Another sentence here.\"}\r\n";
  const Run run = run_cli("summarize --jsonl", input);
  CHECK(run.exit_code == 0);
  std::vector<nlohmann::json> lines;
  std::size_t start = 0;
  for (std::size_t nl; (nl = run.out.find('\n', start)) != std::string::npos; start = nl + 1) {
    lines.push_back(json_of(run.out.substr(start, nl - start)));
  }
  REQUIRE(lines.size() == 4);
  CHECK(lines[0]["id"] == "a");
  CHECK(lines[1]["error"]["code"] == "INVALID_JSON");
  CHECK(lines[1]["error"]["message"] == "the line is not JSON");
  CHECK(lines[2]["error"]["code"] == "EMPTY_INPUT");
  CHECK(lines[3]["id"] == "d");
}

TEST_CASE("cli jsonl reads a file argument too", "[cli]") {
  char path[] = "/tmp/precis-cli-jsonl-XXXXXX";
  const int fd = mkstemp(path);
  REQUIRE(fd >= 0);
  const std::string lines = "{\"id\":1,\"text\":\"First line here.\"}\n";
  REQUIRE(write(fd, lines.data(), lines.size()) == static_cast<ssize_t>(lines.size()));
  close(fd);
  const Run run = run_cli(std::string("summarize --jsonl ") + path, "");
  std::remove(path);
  CHECK(run.exit_code == 0);
  CHECK(json_of(run.out)["id"] == 1);
}

TEST_CASE("cli reads a file argument and reports unreadable files", "[cli]") {
  const std::string sample = precis::test::sample_dir() + "002_7cf5b5fb64e0e282.txt";
  CHECK(run_cli("tag " + sample, "").exit_code == 0);
  const Run missing = run_cli("tag /nonexistent/file.txt", "");
  CHECK(missing.exit_code == 1);
  CHECK(json_of(missing.out)["error"]["code"] == "IO_ERROR");
}

TEST_CASE("cli takes invalid UTF-8 in option values as U+FFFD instead of aborting", "[cli]") {
  // Option values from argv used to go through nlohmann's strict dump(), which threw.
  const Run run = run_cli("summarize --title 'Bad \xff title'", "First fact here. Second fact.");
  CHECK(run.exit_code == 0);
  CHECK(json_of(run.out)["title"] == "Bad \xef\xbf\xbd title");
  const Run story = run_cli("story --languages 'en,\xff'", R"([{"text":"One fact here."}])");
  CHECK(story.exit_code == 0);
  CHECK(json_of(story.out).contains("sentences"));
}

TEST_CASE("cli jsonl says why a line is no request", "[cli]") {
  const std::string input = "{\"id\":\"b\",\"text\":\"cut\n\n[1, 2]\n";
  const Run run = run_cli("summarize --jsonl", input);
  std::vector<std::string> messages;
  std::size_t start = 0;
  for (std::size_t nl; (nl = run.out.find('\n', start)) != std::string::npos; start = nl + 1) {
    messages.push_back(json_of(run.out.substr(start, nl - start))["error"]["message"]);
  }
  CHECK(messages == std::vector<std::string>{
                        "the line is a JSON object that does not parse (cut short or malformed)",
                        "the line is empty", "the line is JSON but not an object"});
}
