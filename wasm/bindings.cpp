// Embind glue: strings in, one JSON string out. It converts and forwards only; options, limits,
// errors and offsets all live in core/ (precis/api.h), so the browser returns the CLI's bytes.
// No handles cross the boundary, so nothing needs .delete() and nothing can leak.
#include <emscripten/bind.h>

#include <deque>
#include <optional>
#include <string>

#include "precis/api.h"
#include "precis/json.h"
#include "precis/langid.h"
#include "precis/ner_model.h"
#include "precis/resources.h"

namespace {

// precis.js only sends known verbs, so an unknown one is a bug on our side: answer in the core's
// error shape rather than throwing (a C++ throw reaches JS as a bare number).
constexpr char kUnknownVerb[] = R"({"error":{"code":"INTERNAL","message":"unknown verb"}})";

// The data files JS has loaded into this module: the registry lives here, never in core/.
// A deque, because Resources points into it.
struct Registry {
  precis::LanguageIdModel language_id;
  std::deque<precis::NerModel> ner_models;
  precis::Resources resources;
};

Registry& registry() {
  static Registry instance;
  return instance;
}

// run("summarize" | "tag" | "analyze" | "lang", text, options_json) -> result or error JSON.
std::string run(const std::string& verb, const std::string& text, const std::string& options_json) {
  const std::optional<precis::Verb> parsed = precis::parse_verb(verb);
  if (!parsed) return kUnknownVerb;
  return precis::run_json(*parsed, text, options_json, registry().resources);
}

// loadLanguageIdModel(bytes of data/langid/langid.bin) -> "" or an error JSON.
std::string load_language_id_model(const std::string& bytes) {
  precis::Result<precis::LanguageIdModel> model = precis::parse_language_id_model(bytes);
  if (!model) return precis::error_json(model.error(), "");
  Registry& r = registry();
  r.language_id = std::move(model).value();
  r.resources.language_id = &r.language_id;
  return "";
}

// loadNerModel(bytes of data/ner/<code>.ner) -> "" or an error JSON. A language that already
// has a model keeps it, so loading twice costs no memory.
std::string load_ner_model(const std::string& bytes) {
  precis::Result<precis::NerModel> model = precis::parse_ner_model(bytes);
  if (!model) return precis::error_json(model.error(), "");
  Registry& r = registry();
  if (r.resources.ner_model(model.value().lang()) != nullptr) return "";
  r.ner_models.push_back(std::move(model).value());
  r.resources.ner_models.emplace_back(r.ner_models.back().lang(), &r.ner_models.back());
  return "";
}

}  // namespace

EMSCRIPTEN_BINDINGS(precis) {
  emscripten::function("run", &run);
  emscripten::function("loadLanguageIdModel", &load_language_id_model);
  emscripten::function("loadNerModel", &load_ner_model);
}
