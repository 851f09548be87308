#include "args.h"

#include <nlohmann/json.hpp>

#include "precis/limits.h"

namespace precis::cli {

const char* const kUsage = R"(usage: precis <command> [options] [FILE]

Summarize and tag news articles. Reads one article from FILE or stdin and prints one JSON
object; with --jsonl, reads one JSON request per line and prints one JSON line per request.

commands:
  summarize   key sentences: {"lang","title"?,"sentences":[...],"summary"}
  tag         entities and key phrases: {"lang","entities":[...],"keyphrases":[...]}
  analyze     summarize + tag in one pass
  lang        language: {"lang","score"}
  ner         IOB2 tags for pre-tokenized sentences (--jsonl only):
              {"id","tokens":[...],"lang"?} -> {"id","tags":[...]}

options:
  --jsonl                 stdin carries {"id","text","title"?,"lang"?} per line
  --type T                key-points (default) | tldr | teaser | headline
  --length L              short (default) | medium | long
  --sentences N           exactly N sentences (when the article has them)
  --words N               at most N words
  --lang CODE             ISO 639-1 language; skips detection
  --title TEXT            the article's title (used as input, never output)
  --keyphrases N          number of key phrases (default 10)
  --max-input-bytes N     reject larger inputs (default 64 MiB)
  --on-too-large MODE     error (default) | truncate
  -h, --help              this help

exit codes: 0 success (and always in --jsonl mode), 1 input error, 2 usage error.
errors are printed to stdout as {"error":{"code","message"}}.
)";

namespace {

std::optional<std::size_t> parse_count(const std::string& text) {
  if (text.empty() || text.size() > 12) return std::nullopt;
  std::size_t value = 0;
  for (const char c : text) {
    if (c < '0' || c > '9') return std::nullopt;
    value = value * 10 + static_cast<std::size_t>(c - '0');
  }
  return value;
}

ParseOutcome usage_error(const std::string& message) {
  return {std::nullopt, "precis: " + message + "\n(run precis --help for usage)\n", 2};
}

}  // namespace

ParseOutcome parse_args(const std::vector<std::string>& argv) {
  if (argv.size() < 2) return usage_error("missing command");
  if (argv[1] == "-h" || argv[1] == "--help") return {std::nullopt, kUsage, 0};
  const std::optional<Verb> verb = parse_verb(argv[1]);
  if (!verb) return usage_error("unknown command \"" + argv[1] + "\"");
  Args args;
  args.verb = *verb;
  args.max_input_bytes = kCliMaxInputBytes;
  nlohmann::json options = nlohmann::json::object();
  options["maxInputBytes"] = kCliMaxInputBytes;
  for (std::size_t i = 2; i < argv.size(); ++i) {
    const std::string& arg = argv[i];
    if (arg == "-h" || arg == "--help") return {std::nullopt, kUsage, 0};
    if (arg == "--jsonl") {
      args.jsonl = true;
      continue;
    }
    if (arg.rfind("--", 0) != 0 || arg == "-") {
      if (!args.file.empty()) return usage_error("more than one input file");
      args.file = arg;
      continue;
    }
    if (i + 1 >= argv.size()) return usage_error(arg + " needs a value");
    const std::string& value = argv[++i];
    if (arg == "--type" || arg == "--length" || arg == "--lang" || arg == "--title" ||
        arg == "--on-too-large") {
      const std::string key = arg == "--on-too-large" ? "onTooLarge" : arg.substr(2);
      options[key] = value;
    } else if (arg == "--sentences" || arg == "--words" || arg == "--keyphrases" ||
               arg == "--max-input-bytes") {
      const std::optional<std::size_t> count = parse_count(value);
      if (!count) return usage_error(arg + " needs a whole number, got \"" + value + "\"");
      const std::string key = arg == "--max-input-bytes" ? "maxInputBytes" : arg.substr(2);
      options[key] = *count;
      if (key == "maxInputBytes") args.max_input_bytes = *count;
    } else {
      return usage_error("unknown option " + arg);
    }
  }
  if (args.verb == Verb::kNer && !args.jsonl) return usage_error("ner needs --jsonl");
  args.options_json = options.dump();
  return {std::move(args), "", 0};
}

}  // namespace precis::cli
