// precis: the native command line. All I/O lives here; the library does none.
#include <fstream>
#include <iostream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "args.h"
#include "data_files.h"
#include "precis/api.h"
#include "precis/json.h"
#include "precis/json_writer.h"

namespace {

// Reads at most `limit` bytes (one more than the caller accepts, so "too large" is still
// detected) without ever holding an unbounded input in memory.
bool read_input(const std::string& file, std::size_t limit, std::string& out) {
  std::ifstream stream;
  std::istream* in = &std::cin;
  if (!file.empty() && file != "-") {
    stream.open(file, std::ios::binary);
    if (!stream) return false;
    in = &stream;
  }
  out.clear();
  char buffer[1 << 16];
  while (out.size() < limit) {
    in->read(buffer, sizeof buffer);
    const std::streamsize got = in->gcount();
    if (got <= 0) break;
    out.append(buffer, static_cast<std::size_t>(got));
  }
  if (out.size() > limit) out.resize(limit);
  return !in->bad();
}

bool is_error(const std::string& json) { return json.rfind("{\"error\":", 0) == 0; }

// Every failure prints one JSON error on stdout (the contract) and a line for humans on stderr.
int fail(std::string_view code, const std::string& message, int exit_code) {
  precis::JsonWriter error;
  error.begin_object().key("error").begin_object();
  error.key("code").string(code).key("message").string(message);
  std::cout << error.end_object().end_object().str() << '\n';
  std::cerr << "precis: " << message << '\n';
  return exit_code;
}

int run_jsonl(const precis::cli::Args& args, const precis::Resources& resources) {
  std::ifstream file;
  std::istream* in = &std::cin;
  if (!args.file.empty() && args.file != "-") {
    file.open(args.file, std::ios::binary);
    if (!file) return fail("IO_ERROR", "cannot read " + args.file, 1);
    in = &file;
  }
  std::string line;
  precis::ClusterSession session;
  while (std::getline(*in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (args.verb != precis::Verb::kCluster) {
      std::cout << precis::run_jsonl_line(args.verb, line, args.options_json, resources) << '\n';
      continue;
    }
    // A feed prints only what went wrong as it reads, then the stories at the end.
    const std::string added = precis::cluster_add_json(session, line, args.options_json, resources);
    if (nlohmann::json::parse(added, nullptr, false).contains("error")) {
      std::cout << added << '\n';
    }
  }
  if (args.verb == precis::Verb::kCluster) std::cout << precis::clusters_json(session) << '\n';
  std::cout.flush();
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  std::ios::sync_with_stdio(false);
  const std::vector<std::string> arguments(argv, argv + argc);
  const precis::cli::ParseOutcome parsed = precis::cli::parse_args(arguments);
  if (!parsed.args) {
    if (parsed.exit_code == 0) {
      std::cout << parsed.message;
      return 0;
    }
    return fail("USAGE", parsed.message, parsed.exit_code);
  }
  const precis::cli::Args& args = *parsed.args;
  // Option values come from the command line: a bad one is a usage error (exit 2) in every mode.
  const precis::Result<precis::RequestOptions> options =
      precis::parse_options(args.options_json, precis::RequestOptions{});
  if (!options) return fail("INVALID_OPTIONS", options.error().message, 2);
  precis::cli::DataFiles data;
  precis::cli::load_data_files(
      args.data_dir.empty() ? precis::cli::default_data_dir(argv[0]) : args.data_dir,
      args.use_ner_models && args.verb != precis::Verb::kSummarize &&
          args.verb != precis::Verb::kLang,
      data);
  if (args.jsonl) return run_jsonl(args, data.resources);
  std::string text;
  if (!read_input(args.file, args.max_input_bytes + 1, text)) {
    return fail("IO_ERROR", "cannot read " + args.file, 1);
  }
  // Only max_input_bytes + 1 bytes were read, so the size is known only to exceed the limit.
  if (text.size() > args.max_input_bytes && !options.value().document.truncate_too_large) {
    return fail("INPUT_TOO_LARGE",
                "input is larger than --max-input-bytes " + std::to_string(args.max_input_bytes),
                1);
  }
  const std::string result = precis::run_json(args.verb, text, args.options_json, data.resources);
  std::cout << result << '\n';
  if (!is_error(result)) return 0;
  const nlohmann::json error = nlohmann::json::parse(result, nullptr, false)["error"];
  std::cerr << "precis: " << error.value("message", result) << '\n';
  // Options come from the command line: one the core rejects (a malformed --lang) is a usage
  // error too.
  return error.value("code", "") == "INVALID_OPTIONS" ? 2 : 1;
}
