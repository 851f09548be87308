// Embind glue: bytes and strings in, one JSON string out. It converts and forwards only; options,
// limits, errors and offsets all live in core/ (precis/api.h), so the browser returns the CLI's
// bytes. Only story clustering keeps state between calls: it crosses as an integer handle that JS
// destroys explicitly (clusterDestroy), so nothing Embind-managed needs .delete().
// Texts and data files cross as (address, length) of bytes JS has put in linear memory with one
// native copy (web/wasm-memory.js) and frees after the call: Embind's std::string conversion
// encodes and copies them in JS loops, byte by byte.
#include <emscripten/bind.h>

#include <cstddef>
#include <cstdint>
#include <deque>
#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "precis/api.h"
#include "precis/json.h"
#include "precis/langid.h"
#include "precis/language_pack.h"
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
  std::deque<precis::LanguagePack> language_packs;
  precis::Resources resources;
  std::map<int, precis::ClusterSession> clusters;
  int next_cluster = 1;
};

Registry& registry() {
  static Registry instance;
  return instance;
}

std::string_view bytes_at(std::uintptr_t address, std::size_t length) {
  return {reinterpret_cast<const char*>(address), length};
}

// run("summarize" | "tag" | "analyze" | "lang" | "story", text address, text length,
// options_json) -> result or error JSON.
std::string run(const std::string& verb, std::uintptr_t text, std::size_t text_length,
                const std::string& options_json) {
  const std::optional<precis::Verb> parsed = precis::parse_verb(verb);
  if (!parsed) return kUnknownVerb;
  return precis::run_json(*parsed, bytes_at(text, text_length), options_json, registry().resources);
}

// loadLanguageIdModel(address, length of data/langid/langid.bin) -> "" or an error JSON.
std::string load_language_id_model(std::uintptr_t address, std::size_t length) {
  precis::Result<precis::LanguageIdModel> model =
      precis::parse_language_id_model(std::string(bytes_at(address, length)));
  if (!model) return precis::error_json(model.error(), "");
  Registry& r = registry();
  r.language_id = std::move(model).value();
  r.resources.language_id = &r.language_id;
  return "";
}

// loadNerModel(address, length of data/ner/<code>.ner) -> "" or an error JSON. A language that
// already has a model keeps it, so loading twice costs no memory.
std::string load_ner_model(std::uintptr_t address, std::size_t length) {
  precis::Result<precis::NerModel> model =
      precis::parse_ner_model(std::string(bytes_at(address, length)));
  if (!model) return precis::error_json(model.error(), "");
  Registry& r = registry();
  if (r.resources.ner_model(model.value().lang()) != nullptr) return "";
  r.ner_models.push_back(std::move(model).value());
  r.resources.ner_models.emplace_back(r.ner_models.back().lang(), &r.ner_models.back());
  return "";
}

// loadLanguagePack(address, length of data/lang/<code>.lang) -> "" or an error JSON. A language
// the module already has (built in or loaded) is kept, so loading twice costs no memory.
std::string load_language_pack(std::uintptr_t address, std::size_t length) {
  precis::Result<precis::LanguagePack> pack =
      precis::parse_language_pack(std::string(bytes_at(address, length)));
  if (!pack) return precis::error_json(pack.error(), "");
  Registry& r = registry();
  if (r.resources.language(pack.value().data().code) != nullptr) return "";
  r.language_packs.push_back(std::move(pack).value());
  r.resources.languages.push_back(&r.language_packs.back().data());
  return "";
}

// hasLanguage("it") -> whether stopwords and abbreviations for it are built in or loaded.
bool has_language(const std::string& code) {
  return registry().resources.language(code) != nullptr;
}

// clusterCreate() -> a handle for clusterAdd / clusterResult / clusterDestroy.
int cluster_create() {
  Registry& r = registry();
  r.clusters.emplace(r.next_cluster, precis::ClusterSession{});
  return r.next_cluster++;
}

constexpr char kNoCluster[] =
    R"({"error":{"code":"DESTROYED","message":"this clusterer was destroyed"}})";

// clusterAdd(handle, article JSON address, length, options_json) -> {"id", "cluster"} or an
// error JSON.
std::string cluster_add(int handle, std::uintptr_t article, std::size_t article_length,
                        const std::string& options) {
  Registry& r = registry();
  const auto it = r.clusters.find(handle);
  if (it == r.clusters.end()) return kNoCluster;
  return precis::cluster_add_json(it->second, bytes_at(article, article_length), options,
                                  r.resources);
}

// clusterResult(handle) -> {"articles", "clusters"} or an error JSON.
std::string cluster_result(int handle) {
  const auto it = registry().clusters.find(handle);
  if (it == registry().clusters.end()) return kNoCluster;
  return precis::clusters_json(it->second);
}

void cluster_destroy(int handle) { registry().clusters.erase(handle); }

}  // namespace

EMSCRIPTEN_BINDINGS(precis) {
  emscripten::function("clusterCreate", &cluster_create);
  emscripten::function("clusterAdd", &cluster_add);
  emscripten::function("clusterResult", &cluster_result);
  emscripten::function("clusterDestroy", &cluster_destroy);
  emscripten::function("run", &run);
  emscripten::function("loadLanguageIdModel", &load_language_id_model);
  emscripten::function("loadNerModel", &load_ner_model);
  emscripten::function("loadLanguagePack", &load_language_pack);
  emscripten::function("hasLanguage", &has_language);
}
