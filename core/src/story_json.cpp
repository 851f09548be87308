#include "precis/story_json.h"

#include <nlohmann/json.hpp>

#include "precis/limits.h"
#include "precis/utf8.h"

namespace precis {
namespace {

using Json = nlohmann::ordered_json;

std::string dump(const Json& json) {
  return json.dump(-1, ' ', false, Json::error_handler_t::replace);
}

Result<std::vector<std::string>> languages_option(const Json& value) {
  std::vector<std::string> out;
  if (value.is_array()) {
    for (const Json& code : value) {
      if (!code.is_string()) break;
      out.push_back(code.get<std::string>());
    }
    if (out.size() == value.size()) return out;
  }
  return Error{ErrorCode::kInvalidOptions, "option \"languages\" must be an array of strings"};
}

Result<StoryArticleInput> article_input(const Json& article) {
  if (!article.is_object() || !article.contains("text") || !article["text"].is_string()) {
    return Error{ErrorCode::kInvalidJson, "every article needs \"text\": a string"};
  }
  StoryArticleInput out;
  out.text = article["text"].get<std::string>();
  if (article.contains("id")) out.id_json = dump(article["id"]);
  const std::pair<const char*, std::string*> fields[] = {
      {"source", &out.source}, {"title", &out.title}, {"lang", &out.lang}};
  for (const auto& [name, target] : fields) {
    const auto it = article.find(name);
    if (it == article.end() || it->is_null()) continue;
    if (!it->is_string()) {
      return Error{ErrorCode::kInvalidJson,
                   "article field \"" + std::string(name) + "\" must be a string"};
    }
    *target = it->get<std::string>();
  }
  return out;
}

Result<bool> read_articles(const Json& docs, StoryRequest& request) {
  if (!docs.is_array()) {
    return Error{ErrorCode::kInvalidJson, "a story needs \"docs\": an array of articles"};
  }
  if (docs.empty()) return Error{ErrorCode::kEmptyInput, "a story needs at least one article"};
  if (docs.size() > kMaxStoryArticles) {
    return Error{ErrorCode::kInputTooLarge,
                 "a story takes at most " + std::to_string(kMaxStoryArticles) + " articles"};
  }
  std::size_t bytes = 0;
  for (const Json& doc : docs) {
    Result<StoryArticleInput> article = article_input(doc);
    if (!article) return article.error();
    bytes += article.value().text.size();
    request.articles.push_back(std::move(article.value()));
  }
  if (bytes > request.options.document.max_input_bytes) {
    return Error{ErrorCode::kInputTooLarge, "the articles are larger than maxInputBytes in all"};
  }
  return true;
}

}  // namespace

Result<StoryRequest> parse_story_request(std::string_view json, std::string_view options_json,
                                         std::string& id_json) {
  id_json.clear();
  const Json parsed = Json::parse(json.begin(), json.end(), nullptr, false);
  if (parsed.is_discarded() || !(parsed.is_object() || parsed.is_array())) {
    return Error{ErrorCode::kInvalidJson, "a story is a JSON object or array of articles"};
  }
  if (parsed.is_object() && parsed.contains("id")) id_json = dump(parsed["id"]);
  StoryRequest request;
  request.id_json = id_json;
  Result<RequestOptions> options = parse_options(options_json, RequestOptions{});
  if (!options) return options.error();
  request.options = options.value();
  // "languages" from the options, then from the request itself.
  const Json parsed_options = Json::parse(options_json.begin(), options_json.end(), nullptr, false);
  for (const Json* source : {&parsed_options, &parsed}) {
    if (!source->is_object() || !source->contains("languages")) continue;
    const Json& value = (*source)["languages"];
    if (value.is_null()) continue;
    Result<std::vector<std::string>> languages = languages_option(value);
    if (!languages) return languages.error();
    request.languages = languages.value();
  }
  const Json& docs = parsed.is_array() ? parsed : parsed.value("docs", Json());
  Result<bool> read = read_articles(docs, request);
  if (!read) return read.error();
  return request;
}

namespace {

// Byte offsets -> JSON spans with UTF-16 offsets, each article mapped in one pass. Spans must be
// asked for in the order their offsets were registered.
class SpanWriter {
 public:
  SpanWriter(const std::vector<Document>& docs, const Story& story) : next_(docs.size(), 0) {
    std::vector<std::vector<std::size_t>> bytes(docs.size());
    const auto add = [&](std::size_t a, std::size_t start, std::size_t end) {
      bytes[a].insert(bytes[a].end(), {start, end});
    };
    for (const StorySentence& s : story.sentences) add(s.article, s.start, s.end);
    for (const StoryEntity& e : story.entities) {
      for (const StoryMention& m : e.mentions) add(m.article, m.span.start, m.span.end);
    }
    for (const Disagreement& conflict : story.disagreements) {
      for (const Claim& c : conflict.claims) add(c.article, c.start, c.end);
    }
    for (std::size_t a = 0; a < docs.size(); ++a) {
      utf16_.push_back(utf16_offsets(docs[a].text, bytes[a]));
    }
  }

  // Adds "start", "end", "start16", "end16" to `into`.
  void add(Json& into, std::size_t article, std::size_t start, std::size_t end) {
    into["start"] = start;
    into["end"] = end;
    into["start16"] = utf16_[article][next_[article]];
    into["end16"] = utf16_[article][next_[article] + 1];
    next_[article] += 2;
  }

 private:
  std::vector<std::vector<std::size_t>> utf16_;
  std::vector<std::size_t> next_;
};

Json articles_json(const StoryRequest& request, const std::vector<Document>& docs,
                   const std::vector<std::optional<Error>>& errors) {
  Json articles = Json::array();
  std::size_t next_doc = 0;
  for (std::size_t a = 0; a < request.articles.size(); ++a) {
    const StoryArticleInput& input = request.articles[a];
    Json article = Json::object();
    if (!input.id_json.empty()) article["id"] = Json::parse(input.id_json, nullptr, false);
    if (!input.source.empty()) article["source"] = input.source;
    if (errors[a]) {
      article["error"] = {{"code", std::string(error_code_name(errors[a]->code))},
                          {"message", to_valid_utf8(errors[a]->message)}};
    } else {
      const Document& doc = docs[next_doc++];
      if (!doc.title.empty()) article["title"] = doc.title;
      article["lang"] = doc.lang;
    }
    articles.push_back(std::move(article));
  }
  return articles;
}

Json entities_json(const Story& story, const std::vector<std::size_t>& article_of_doc,
                   SpanWriter& spans) {
  Json entities = Json::array();
  for (const StoryEntity& e : story.entities) {
    Json mentions = Json::array();
    Json in = Json::array();
    for (const std::size_t a : e.articles) in.push_back(article_of_doc[a]);
    for (const StoryMention& m : e.mentions) {
      Json mention = {{"article", article_of_doc[m.article]}};
      spans.add(mention, m.article, m.span.start, m.span.end);
      mentions.push_back(std::move(mention));
    }
    entities.push_back({{"text", e.text},
                        {"type", std::string(entity_type_name(e.type))},
                        {"key", e.key},
                        {"count", e.mentions.size()},
                        {"articles", std::move(in)},
                        {"mentions", std::move(mentions)}});
  }
  return entities;
}

Json disagreements_json(const Story& story, const std::vector<std::size_t>& article_of_doc,
                        SpanWriter& spans) {
  Json disagreements = Json::array();
  for (const Disagreement& conflict : story.disagreements) {
    Json claims = Json::array();
    for (const Claim& c : conflict.claims) {
      Json claim = {{"article", article_of_doc[c.article]}, {"text", c.text}};
      spans.add(claim, c.article, c.start, c.end);
      claims.push_back(std::move(claim));
    }
    disagreements.push_back({{"about", conflict.about}, {"claims", std::move(claims)}});
  }
  return disagreements;
}

}  // namespace

std::string story_json(const StoryRequest& request, const std::vector<Document>& docs,
                       const std::vector<std::size_t>& article_of_doc,
                       const std::vector<std::optional<Error>>& errors, const Story& story) {
  SpanWriter spans(docs, story);
  Json out;
  if (!request.id_json.empty()) out["id"] = Json::parse(request.id_json, nullptr, false);
  out["articles"] = articles_json(request, docs, errors);
  Json sentences = Json::array();
  for (const StorySentence& s : story.sentences) {
    Json sentence = {{"text", s.text}, {"article", article_of_doc[s.article]}, {"index", s.index}};
    spans.add(sentence, s.article, s.start, s.end);
    sentence["score"] = s.score;
    Json support = Json::array();
    for (const std::size_t a : s.support) support.push_back(article_of_doc[a]);
    sentence["support"] = std::move(support);
    sentences.push_back(std::move(sentence));
  }
  out["sentences"] = std::move(sentences);
  out["summary"] = story.summary;
  out["entities"] = entities_json(story, article_of_doc, spans);
  Json keyphrases = Json::array();
  for (const Keyphrase& k : story.keyphrases) {
    keyphrases.push_back({{"text", k.text}, {"score", k.score}});
  }
  out["keyphrases"] = std::move(keyphrases);
  out["disagreements"] = disagreements_json(story, article_of_doc, spans);
  return dump(out);
}

std::string cluster_assignment_json(std::string_view id_json, std::size_t cluster) {
  Json out;
  out["id"] = Json::parse(id_json, nullptr, false);
  out["cluster"] = cluster;
  return dump(out);
}

std::string clusters_result_json(const std::vector<StoryCluster>& clusters,
                                 const std::vector<std::string>& ids_json) {
  Json out;
  out["articles"] = ids_json.size();
  Json list = Json::array();
  for (const StoryCluster& cluster : clusters) {
    Json ids = Json::array();
    for (const std::size_t a : cluster.articles) {
      ids.push_back(Json::parse(ids_json[a], nullptr, false));
    }
    list.push_back(
        {{"label", cluster.label}, {"ids", std::move(ids)}, {"articles", cluster.articles}});
  }
  out["clusters"] = std::move(list);
  return dump(out);
}

}  // namespace precis
