// Embind glue: strings in, one JSON string out. It converts and forwards only; options, limits,
// errors and offsets all live in core/ (precis/api.h), so the browser returns the CLI's bytes.
// No handles cross the boundary, so nothing needs .delete() and nothing can leak.
#include <emscripten/bind.h>

#include <optional>
#include <string>

#include "precis/api.h"

namespace {

// precis.js only sends known verbs, so an unknown one is a bug on our side: answer in the core's
// error shape rather than throwing (a C++ throw reaches JS as a bare number).
constexpr char kUnknownVerb[] = R"({"error":{"code":"INTERNAL","message":"unknown verb"}})";

// run("summarize" | "tag" | "analyze" | "lang", text, options_json) -> result or error JSON.
std::string run(const std::string& verb, const std::string& text, const std::string& options_json) {
  const std::optional<precis::Verb> parsed = precis::parse_verb(verb);
  if (!parsed) return kUnknownVerb;
  return precis::run_json(*parsed, text, options_json);
}

}  // namespace

EMSCRIPTEN_BINDINGS(precis) { emscripten::function("run", &run); }
