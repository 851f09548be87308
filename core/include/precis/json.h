// The one place where JSON is read or written: options in, results out. Native and wasm output
// are byte-identical because both go through these functions.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "precis/document.h"
#include "precis/entities.h"
#include "precis/error.h"
#include "precis/keyphrases.h"
#include "precis/langid.h"
#include "precis/summarize.h"

namespace precis {

struct RequestOptions {
  DocumentOptions document;
  SummaryOptions summary;
  std::size_t keyphrases = 10;
  bool use_ner_model = true;  // "ner": false forces the rule-based entities
};

// Applies the keys of a JSON options object (see api.h) on top of `base`. "" means {}.
// Errors: kInvalidJson, kInvalidOptions (naming the key).
Result<RequestOptions> parse_options(std::string_view json, const RequestOptions& base);

// One parsed JSONL request line: its id (raw JSON, "null" when absent), text or tokens, and
// the options it carries on top of the defaults.
struct JsonlRequest {
  std::string id_json = "null";
  std::string text;
  std::vector<std::string> tokens;
  RequestOptions options;
};

// `needs_tokens` selects the ner form ({"id","tokens"}) over the text form ({"id","text"}).
// On error, id_json is still filled in when the line had a readable id.
Result<JsonlRequest> parse_request_line(std::string_view line, bool needs_tokens,
                                        const RequestOptions& base, std::string& id_json);

// Result serialisers. `id_json`, when not empty, is copied as is as the first field, "id": it
// must be JSON text as parse_request_line writes it.
struct AnalysisParts {
  const Summary* summary = nullptr;               // summarize / analyze
  const std::vector<Entity>* entities = nullptr;  // tag / analyze
  const std::vector<Keyphrase>* keyphrases = nullptr;
  std::string_view entity_method = "rules";  // "model" or "rules": how the entities were found
};
std::string analysis_json(const Document& doc, const AnalysisParts& parts,
                          std::string_view id_json);
std::string language_json(const LanguageGuess& guess, std::string_view id_json);
std::string tags_json(const std::vector<std::string>& tags, std::string_view id_json);
std::string error_json(const Error& error, std::string_view id_json);

}  // namespace precis
