// JSON in, JSON out: the one entry layer shared by the CLI and the wasm bindings, so native and
// browser output are byte-identical.
//
// Options are a JSON object with the CLI's long option names in camelCase:
//   {"type": "key-points"|"tldr"|"teaser"|"headline", "length": "short"|"medium"|"long",
//    "sentences": N, "words": N, "lang": "en", "keyphrases": N, "title": "...",
//    "maxInputBytes": N, "onTooLarge": "error"|"truncate", "ner": true|false}
// "ner": false ignores loaded NER models (entities from the rules); the default uses them.
// An empty string means {}. Unknown keys are ignored; a known key of the wrong type is
// INVALID_OPTIONS.
//
// Every function returns one JSON object on one line: the result, or
// {"error": {"code": "EMPTY_INPUT", "message": "..."}}. They never throw and run in time linear in
// the input.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "precis/cluster.h"
#include "precis/resources.h"

namespace precis {

enum class Verb { kSummarize, kTag, kAnalyze, kLang, kNer, kStory, kCluster };

// "summarize" -> kSummarize, ... ; nullopt for an unknown verb name.
std::optional<Verb> parse_verb(std::string_view name) noexcept;

// Runs a text verb (summarize, tag, analyze, lang) on one article.
//   summarize: {"lang", "title"?, "sentences": [{"text","index","start","end","start16","end16",
//               "score"}], "summary"}
//   tag:       {"lang", "entities": [{"text","type","count","mentions":[{"start","end","start16",
//               "end16"}]}], "method": "model"|"rules", "keyphrases": [{"text","score"}]}
//              "method" is "model" when `resources` holds an NER model for the text's language.
//   analyze:   the union of both, from one pass
//   lang:      {"lang", "score"}
//   story:     `text` is {"id"?, "docs": [{"id"?, "title"?, "text", "source"?, "lang"?}...],
//              "languages"?: [...]} or the bare array; the digest of story_json.h
// Offsets: start/end are UTF-8 byte offsets into `text`, start16/end16 UTF-16 code units.
std::string run_json(Verb verb, std::string_view text, std::string_view options_json,
                     const Resources& resources = {}) noexcept;

// One JSONL request line -> one JSONL response line (no trailing newline).
//   text verbs: {"id", "text", "title"?, "lang"?}; fields of the line override default_options.
//   story:      {"id", "docs": [...], "languages"?} -> the digest with its "id"
//   ner:        {"id", "tokens": [...], "lang"?} -> {"id", "tags": [...IOB2...]}; with an NER
//               model for "lang" in `resources`, the model tags (rules otherwise)
// The response carries the request's "id" (null when absent or the line is not JSON); a bad line
// gives {"id", "error": {...}}.
std::string run_jsonl_line(Verb verb, std::string_view line, std::string_view default_options_json,
                           const Resources& resources = {}) noexcept;

// A feed being clustered into stories (cluster.h), with the ids of the articles added so far.
struct ClusterSession {
  ClusterState state;
  std::vector<std::string> ids_json;  // raw JSON ids in the order added
};

// Adds one article {"id", "text", "title"?, "lang"?} -> {"id", "cluster": k}, the story it joins
// for now; or {"id", "error": {...}}, and the article is not added.
std::string cluster_add_json(ClusterSession& session, std::string_view line,
                             std::string_view default_options_json,
                             const Resources& resources = {}) noexcept;

// The stories so far: {"articles": n, "clusters": [{"label", "ids": [...], "articles": [...]}]},
// "articles" being indexes in the order added.
std::string clusters_json(const ClusterSession& session) noexcept;

}  // namespace precis
