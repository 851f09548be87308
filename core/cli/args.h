// Command-line parsing for the precis CLI: argv -> a verb, an options JSON object, and an input.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "precis/api.h"

namespace precis::cli {

struct Args {
  Verb verb = Verb::kSummarize;
  bool jsonl = false;
  std::string options_json;  // {"type": ..., "sentences": ...}, the API's option names
  std::string file;          // empty or "-" = stdin
  std::size_t max_input_bytes = 0;
  std::string data_dir;        // empty: the default beside the executable
  bool use_ner_models = true;  // --rules-only turns the statistical NER models off
};

struct ParseOutcome {
  std::optional<Args> args;  // empty: print `message` and exit with `exit_code`
  std::string message;
  int exit_code = 0;
};

ParseOutcome parse_args(const std::vector<std::string>& argv);

extern const char* const kUsage;

}  // namespace precis::cli
