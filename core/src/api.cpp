#include "precis/api.h"

#include <algorithm>
#include <exception>
#include <optional>

#include "precis/document.h"
#include "precis/entities.h"
#include "precis/json.h"
#include "precis/keyphrases.h"
#include "precis/langid.h"
#include "precis/limits.h"
#include "precis/ner.h"
#include "precis/story.h"
#include "precis/story_json.h"
#include "precis/summarize.h"

namespace precis {
namespace {

std::string run_text_verb(Verb verb, std::string_view text, const RequestOptions& options,
                          const Resources& resources, std::string_view id_json) {
  if (verb == Verb::kLang) {
    if (text.size() > options.document.max_input_bytes && !options.document.truncate_too_large) {
      return error_json({ErrorCode::kInputTooLarge, "input is larger than maxInputBytes"}, id_json);
    }
    return language_json(detect_language(text, resources.language_id), id_json);
  }
  DocumentOptions document_options = options.document;
  document_options.resources = &resources;
  Result<Document> doc = build_document(text, document_options);
  if (!doc) return error_json(doc.error(), id_json);
  AnalysisParts parts;
  Summary summary;
  std::vector<Entity> entities;
  std::vector<Keyphrase> keyphrases;
  if (verb == Verb::kSummarize || verb == Verb::kAnalyze) {
    summary = summarize(doc.value(), options.summary);
    parts.summary = &summary;
  }
  if (verb == Verb::kTag || verb == Verb::kAnalyze) {
    const NerModel* model = options.use_ner_model ? resources.ner_model(doc.value().lang) : nullptr;
    parts.entity_method = model != nullptr ? "model" : "rules";
    if (model != nullptr) {
      entities = extract_entities(doc.value(), kMaxEntities, model);
      keyphrases = extract_keyphrases(doc.value(), options.keyphrases);
    } else {
      // Key phrases take their names from the rules: with no model those are the entities'
      // own spans, found once for both.
      EntityAnalysis found = analyze_entities(doc.value(), kMaxEntities);
      entities = std::move(found.entities);
      keyphrases = extract_keyphrases(doc.value(), options.keyphrases, found.spans);
    }
    parts.entities = &entities;
    parts.keyphrases = &keyphrases;
  }
  return analysis_json(doc.value(), parts, id_json);
}

// A story: each article becomes a Document (an unreadable one is reported in "articles" and
// skipped), then one digest of them all. `jsonl` replies always carry an id.
// A story asked for in languages none of its articles is written in has no sentence to show:
// an error that names the languages there are, not an empty digest.
std::optional<Error> no_article_in(const std::vector<std::string>& languages,
                                   const std::vector<Document>& docs) {
  if (languages.empty()) return std::nullopt;
  std::vector<std::string> present;
  for (const Document& doc : docs) {
    if (std::find(languages.begin(), languages.end(), doc.lang) != languages.end()) {
      return std::nullopt;
    }
    if (std::find(present.begin(), present.end(), doc.lang) == present.end()) {
      present.push_back(doc.lang);
    }
  }
  const auto joined = [](const std::vector<std::string>& codes) {
    std::string out;
    for (const std::string& code : codes) out += (out.empty() ? "" : ", ") + code;
    return out;
  };
  return Error{ErrorCode::kEmptyInput, "no article is in the languages asked for (" +
                                           joined(languages) + "); the articles are in " +
                                           joined(present)};
}

std::string run_story(std::string_view json, std::string_view options_json,
                      const Resources& resources, bool jsonl) {
  std::string id_json;
  Result<StoryRequest> request = parse_story_request(json, options_json, id_json);
  if (jsonl && id_json.empty()) id_json = "null";
  if (!request) return error_json(request.error(), id_json);
  StoryRequest& r = request.value();
  if (jsonl && r.id_json.empty()) r.id_json = "null";
  std::vector<Document> docs;
  std::vector<std::size_t> article_of_doc;
  std::vector<std::optional<Error>> errors;
  for (std::size_t a = 0; a < r.articles.size(); ++a) {
    DocumentOptions options = r.options.document;
    options.resources = &resources;
    if (!r.articles[a].lang.empty()) options.lang = r.articles[a].lang;
    options.title = r.articles[a].title;
    Result<Document> doc = build_document(r.articles[a].text, options);
    errors.push_back(doc ? std::nullopt : std::optional<Error>(doc.error()));
    if (!doc) continue;
    docs.push_back(std::move(doc.value()));
    article_of_doc.push_back(a);
  }
  if (docs.empty()) return error_json(*errors.front(), id_json);
  if (const std::optional<Error> none = no_article_in(r.languages, docs)) {
    return error_json(*none, id_json);
  }
  StoryOptions options;
  options.summary = r.options.summary;
  options.languages = r.languages;
  options.keyphrases = r.options.keyphrases;
  options.use_ner_model = r.options.use_ner_model;
  const Story story = build_story(docs, options, resources);
  return story_json(r, docs, article_of_doc, errors, story);
}

// The core reports errors as values; this guard only turns an allocation failure (the one
// exception the standard library may still raise) into a typed error instead of an abort.
// Builds without exception support (the wasm module) have nothing to catch.
template <typename F>
std::string guarded(F&& body, std::string_view id_json) noexcept {
#if defined(__cpp_exceptions)
  try {
    return body();
  } catch (const std::exception& e) {
    try {
      return error_json({ErrorCode::kInternal, e.what()}, id_json);
    } catch (...) {
      return "{\"error\":{\"code\":\"INTERNAL\",\"message\":\"out of memory\"}}";
    }
  }
#else
  (void)id_json;
  return body();
#endif
}

}  // namespace

std::optional<Verb> parse_verb(std::string_view name) noexcept {
  if (name == "summarize") return Verb::kSummarize;
  if (name == "tag") return Verb::kTag;
  if (name == "analyze") return Verb::kAnalyze;
  if (name == "lang") return Verb::kLang;
  if (name == "ner") return Verb::kNer;
  if (name == "story") return Verb::kStory;
  if (name == "cluster") return Verb::kCluster;
  return std::nullopt;
}

std::string run_json(Verb verb, std::string_view text, std::string_view options_json,
                     const Resources& resources) noexcept {
  return guarded(
      [&] {
        if (verb == Verb::kNer) {
          return error_json({ErrorCode::kInvalidOptions, "ner takes tokens: use run_jsonl_line"},
                            "");
        }
        if (verb == Verb::kCluster) {
          return error_json(
              {ErrorCode::kInvalidOptions, "cluster takes a feed: use cluster_add_json"}, "");
        }
        if (verb == Verb::kStory) return run_story(text, options_json, resources, false);
        Result<RequestOptions> options = parse_options(options_json, RequestOptions{});
        if (!options) return error_json(options.error(), "");
        return run_text_verb(verb, text, options.value(), resources, "");
      },
      "");
}

std::string run_jsonl_line(Verb verb, std::string_view line, std::string_view default_options_json,
                           const Resources& resources) noexcept {
  std::string id_json = "null";
  return guarded(
      [&] {
        if (verb == Verb::kStory) return run_story(line, default_options_json, resources, true);
        if (verb == Verb::kCluster) {
          return error_json(
              {ErrorCode::kInvalidOptions, "cluster keeps state: use cluster_add_json"}, id_json);
        }
        Result<RequestOptions> defaults = parse_options(default_options_json, RequestOptions{});
        if (!defaults) return error_json(defaults.error(), id_json);
        Result<JsonlRequest> request =
            parse_request_line(line, verb == Verb::kNer, defaults.value(), id_json);
        if (!request) return error_json(request.error(), id_json);
        const JsonlRequest& r = request.value();
        if (verb != Verb::kNer) return run_text_verb(verb, r.text, r.options, resources, r.id_json);
        const NerModel* model =
            r.options.use_ner_model ? resources.ner_model(r.options.document.lang) : nullptr;
        Result<std::vector<std::string>> tags =
            tag_tokens(r.tokens, r.options.document.lang, model);
        if (!tags) return error_json(tags.error(), r.id_json);
        return tags_json(tags.value(), r.id_json);
      },
      id_json);
}

std::string cluster_add_json(ClusterSession& session, std::string_view line,
                             std::string_view default_options_json,
                             const Resources& resources) noexcept {
  std::string id_json = "null";
  return guarded(
      [&] {
        Result<RequestOptions> defaults = parse_options(default_options_json, RequestOptions{});
        if (!defaults) return error_json(defaults.error(), id_json);
        Result<JsonlRequest> request = parse_request_line(line, false, defaults.value(), id_json);
        if (!request) return error_json(request.error(), id_json);
        const JsonlRequest& r = request.value();
        DocumentOptions options = r.options.document;
        options.resources = &resources;
        Result<Document> doc = build_document(r.text, options);
        if (!doc) return error_json(doc.error(), r.id_json);
        const NerModel* model =
            r.options.use_ner_model ? resources.ner_model(doc.value().lang) : nullptr;
        const std::vector<Entity> entities = extract_entities(doc.value(), kMaxEntities, model);
        const std::size_t cluster = add_article(session.state, doc.value(), entities);
        session.ids_json.push_back(r.id_json);
        return cluster_assignment_json(r.id_json, cluster);
      },
      id_json);
}

std::string clusters_json(const ClusterSession& session) noexcept {
  return guarded(
      [&] { return clusters_result_json(story_clusters(session.state), session.ids_json); }, "");
}

}  // namespace precis
