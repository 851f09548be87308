#include "args.h"

#include <cstdlib>
#include <map>

#include "precis/json.h"
#include "precis/json_writer.h"
#include "precis/limits.h"

namespace precis::cli {

const char* const kUsage = R"(usage: precis <command> [options] [FILE]

Summarize and tag news articles. Reads one article from FILE or stdin and prints one JSON
object; with --jsonl, reads one JSON request per line and prints one JSON line per request.

commands:
  summarize   key sentences: {"lang","title"?,"sentences":[...],"summary"}
  tag         entities and key phrases:
              {"lang","entities":[...],"method":"model"|"rules","keyphrases":[...]}
  analyze     summarize + tag in one pass
  lang        language: {"lang","score"}
  story       one digest of several articles about one event: FILE (or each --jsonl line)
              is {"id"?,"docs":[{"id"?,"title"?,"text","source"?,"lang"?}...]} ->
              {"articles","sentences":[...,"article","support"],"summary","entities",
              "keyphrases","disagreements"}
  cluster     group a feed into stories (--jsonl only): one article per line, then at the
              end {"articles","clusters":[{"label","ids":[...],"articles":[...]}]}
              (an unreadable line prints {"id","error"} and is left out)
  ner         IOB2 tags for pre-tokenized sentences (--jsonl only):
              {"id","tokens":[...],"lang"?} -> {"id","tags":[...]}

options:
  --jsonl                 stdin (or FILE) carries {"id","text","title"?,"lang"?} per line
  --type T                key-points (default) | tldr | teaser | headline
  --length L              short (default) | medium | long
  --sentences N           exactly N sentences (when the article has them)
  --words N               at most N words
  --chars N               at most N characters (UTF-16 code units) in "summary"
  --ratio R               a fraction 0 < R <= 1 of the article's sentences
  --order O               document (default) | rank (best first)
  --context TEXT          steer the selection toward sentences about TEXT
  --format F              markdown (default) | plain-text, for "summary"
  --rank-weights JSON     tuning: {"position","positionDecay","centrality","centroid",
                          "title","entity","length","diversity","coverage"} (defaults in
                          summarize.h)
  --lang CODE             ISO 639-1 language; skips detection
  --languages A,B         story: output sentences only from articles in these languages
  --title TEXT            the article's title (ranking input; returned as "title", never
                          as a summary sentence)
  --keyphrases N          number of key phrases (default 10)
  --max-input-bytes N     reject larger inputs (default 64 MiB)
  --on-too-large MODE     error (default) | truncate
  --data DIR              data directory (default: data/ beside the executable)
  --rules-only            ignore NER models: entities from the rule-based tagger
  -h, --help              this help

exit codes: 0 success (and always in --jsonl mode), 1 input error, 2 usage error
(a bad command, flag or option value). Every error is printed to stdout as
{"error":{"code","message"}} (codes: EMPTY_INPUT, INPUT_TOO_LARGE, INVALID_OPTIONS,
INVALID_JSON, INTERNAL, and the CLI's USAGE and IO_ERROR) and to stderr as a line.
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

// Option values as JSON text, by key: a repeated flag keeps its last value, and the keys are
// written sorted, as from the nlohmann::json object this map replaced.
using OptionValues = std::map<std::string, std::string>;

std::string string_json(std::string_view text) { return JsonWriter().string(text).take(); }

std::string object_json(const OptionValues& values) {
  JsonWriter out;
  out.begin_object();
  for (const auto& [key, json] : values) out.key(key).raw(json);
  return out.end_object().take();
}

ParseOutcome usage_error(const std::string& message) {
  return {std::nullopt, message + " (run precis --help for usage)", 2};
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
  OptionValues options;
  options["maxInputBytes"] = JsonWriter().unsigned_number(kCliMaxInputBytes).take();
  for (std::size_t i = 2; i < argv.size(); ++i) {
    const std::string& arg = argv[i];
    if (arg == "-h" || arg == "--help") return {std::nullopt, kUsage, 0};
    if (arg == "--jsonl") {
      args.jsonl = true;
      continue;
    }
    if (arg == "--rules-only") {
      args.use_ner_models = false;
      continue;
    }
    if (arg.rfind("--", 0) != 0 || arg == "-") {
      if (!args.file.empty()) return usage_error("more than one input file");
      args.file = arg;
      continue;
    }
    if (i + 1 >= argv.size()) return usage_error(arg + " needs a value");
    const std::string& value = argv[++i];
    if (arg == "--data") {
      args.data_dir = value;
    } else if (arg == "--type" || arg == "--length" || arg == "--lang" || arg == "--title" ||
               arg == "--on-too-large" || arg == "--order" || arg == "--context" ||
               arg == "--format") {
      const std::string key = arg == "--on-too-large" ? "onTooLarge" : arg.substr(2);
      options[key] = string_json(value);
    } else if (arg == "--languages") {
      JsonWriter codes;
      codes.begin_array();
      for (std::size_t start = 0; start <= value.size();) {
        const std::size_t comma = std::min(value.find(',', start), value.size());
        if (comma > start) codes.string(std::string_view(value).substr(start, comma - start));
        start = comma + 1;
      }
      options["languages"] = codes.end_array().take();
    } else if (arg == "--ratio") {
      char* end = nullptr;
      const double ratio = std::strtod(value.c_str(), &end);
      if (value.empty() || *end != '\0' || !(ratio > 0.0 && ratio <= 1.0)) {
        return usage_error("--ratio needs a number in (0, 1], got \"" + value + "\"");
      }
      options["ratio"] = JsonWriter().number(ratio).take();
    } else if (arg == "--rank-weights") {
      // Checked by the core's own option parser (which also refuses absurd nesting), then passed
      // on as given: the core reads the weights by name, so key order and spacing do not matter.
      if (!precis::parse_options("{\"rankWeights\":" + value + "}", precis::RequestOptions{})) {
        return usage_error("--rank-weights needs a JSON object of numbers >= 0");
      }
      options["rankWeights"] = value;
    } else if (arg == "--sentences" || arg == "--words" || arg == "--chars" ||
               arg == "--keyphrases" || arg == "--max-input-bytes") {
      const std::optional<std::size_t> count = parse_count(value);
      if (!count) return usage_error(arg + " needs a whole number, got \"" + value + "\"");
      const std::string key = arg == "--max-input-bytes" ? "maxInputBytes" : arg.substr(2);
      options[key] = JsonWriter().unsigned_number(*count).take();
      if (key == "maxInputBytes") args.max_input_bytes = *count;
    } else {
      return usage_error("unknown option " + arg);
    }
  }
  if (args.verb == Verb::kNer && !args.jsonl) return usage_error("ner needs --jsonl");
  if (args.verb == Verb::kCluster && !args.jsonl) return usage_error("cluster needs --jsonl");
  args.options_json = object_json(options);
  return {std::move(args), "", 0};
}

}  // namespace precis::cli
