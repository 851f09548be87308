// Story requests and digests as JSON: the `story` verb's input and output (api.h).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "precis/cluster.h"
#include "precis/error.h"
#include "precis/json.h"
#include "precis/story.h"

namespace precis {

// One article of a story request: {"id"?, "title"?, "text", "source"?, "lang"?}.
struct StoryArticleInput {
  std::string id_json;  // raw JSON of its "id", empty when absent
  std::string source;
  std::string title;
  std::string lang;
  std::string text;
};

struct StoryRequest {
  std::string id_json;  // raw JSON of the request's "id", empty when absent
  std::vector<StoryArticleInput> articles;
  RequestOptions options;
  std::vector<std::string> languages;
};

// `json` is {"id"?, "docs": [...], "languages"?: [...]} or a bare array of articles. Options
// come from `base` and `options_json` ("languages": ["en"] restricts the output sentences).
// Errors: kInvalidJson for a malformed request, kInvalidOptions, kEmptyInput without articles,
// kInputTooLarge past kMaxStoryArticles articles or max_input_bytes of text in all. `id_json`
// receives the request's id as soon as it is read, for error replies.
Result<StoryRequest> parse_story_request(std::string_view json, std::string_view options_json,
                                         std::string& id_json);

// The digest: {"id"?, "articles": [{"id"?, "source"?, "title"?, "lang"} or {"error"}],
// "sentences": [{"text", "article", "index", "start", "end", "start16", "end16", "score",
// "support"}], "summary", "entities": [{"text", "type", "key", "count", "articles",
// "mentions": [{"article", "start", "end", "start16", "end16"}]}], "keyphrases",
// "disagreements": [{"about", "claims": [{"article", "text", "start", "end", "start16",
// "end16"}]}]}.
// `docs[i]` is the document of article `article_of_doc[i]`; skipped articles carry `errors`.
std::string story_json(const StoryRequest& request, const std::vector<Document>& docs,
                       const std::vector<std::size_t>& article_of_doc,
                       const std::vector<std::optional<Error>>& errors, const Story& story);

// {"id", "cluster": k}: where an article was just added.
std::string cluster_assignment_json(std::string_view id_json, std::size_t cluster);

// {"articles": n, "clusters": [{"label", "ids": [raw ids], "articles": [indexes]}]}.
std::string clusters_result_json(const std::vector<StoryCluster>& clusters,
                                 const std::vector<std::string>& ids_json);

}  // namespace precis
