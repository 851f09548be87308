// precis: the native command line. All I/O lives here; the library does none.
#include <fstream>
#include <iostream>
#include <iterator>
#include <string>
#include <vector>

#include "args.h"
#include "precis/api.h"

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

int run_jsonl(const precis::cli::Args& args) {
  std::string line;
  while (std::getline(std::cin, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    std::cout << precis::run_jsonl_line(args.verb, line, args.options_json) << '\n';
  }
  std::cout.flush();
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  std::ios::sync_with_stdio(false);
  const std::vector<std::string> arguments(argv, argv + argc);
  const precis::cli::ParseOutcome parsed = precis::cli::parse_args(arguments);
  if (!parsed.args) {
    (parsed.exit_code == 0 ? std::cout : std::cerr) << parsed.message;
    return parsed.exit_code;
  }
  const precis::cli::Args& args = *parsed.args;
  if (args.jsonl) return run_jsonl(args);
  std::string text;
  if (!read_input(args.file, args.max_input_bytes + 1, text)) {
    std::cout << R"({"error":{"code":"IO_ERROR","message":"cannot read the input file"}})" << '\n';
    std::cerr << "precis: cannot read " << args.file << '\n';
    return 1;
  }
  const std::string result = precis::run_json(args.verb, text, args.options_json);
  std::cout << result << '\n';
  if (is_error(result)) {
    std::cerr << "precis: " << result << '\n';
    return 1;
  }
  return 0;
}
