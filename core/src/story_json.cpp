#include "precis/story_json.h"

#include <nlohmann/json.hpp>

#include "detail/json_parse.h"
#include "detail/json_span.h"
#include "detail/json_text.h"
#include "precis/json_writer.h"
#include "precis/limits.h"
#include "precis/utf8.h"

namespace precis {
namespace {

using Json = nlohmann::ordered_json;

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
  if (article.contains("id")) out.id_json = detail::json_text(article["id"]);
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
  const Json parsed = detail::parse_json(json);
  if (parsed.is_discarded() || !(parsed.is_object() || parsed.is_array())) {
    return Error{ErrorCode::kInvalidJson, "a story is a JSON object or array of articles"};
  }
  if (parsed.is_object() && parsed.contains("id")) id_json = detail::json_text(parsed["id"]);
  StoryRequest request;
  request.id_json = id_json;
  Result<RequestOptions> options = parse_options(options_json, RequestOptions{});
  if (!options) return options.error();
  request.options = options.value();
  // "languages" from the options, then from the request itself.
  const Json parsed_options = detail::parse_json(options_json);
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

  // Writes the "start", "end", "start16", "end16" fields.
  void write(JsonWriter& out, std::size_t article, std::size_t start, std::size_t end) {
    detail::write_span(out, start, end, utf16_[article], next_[article]);
  }

 private:
  std::vector<std::vector<std::size_t>> utf16_;
  std::vector<std::size_t> next_;
};

// An array of article numbers: each document index mapped to its article.
void write_articles_of(JsonWriter& out, const std::vector<std::size_t>& docs,
                       const std::vector<std::size_t>& article_of_doc) {
  out.begin_array();
  for (const std::size_t a : docs) out.unsigned_number(article_of_doc[a]);
  out.end_array();
}

void write_articles(JsonWriter& out, const StoryRequest& request, const std::vector<Document>& docs,
                    const std::vector<std::optional<Error>>& errors) {
  out.key("articles").begin_array();
  std::size_t next_doc = 0;
  for (std::size_t a = 0; a < request.articles.size(); ++a) {
    const StoryArticleInput& input = request.articles[a];
    out.begin_object();
    if (!input.id_json.empty()) out.key("id").raw(input.id_json);
    if (!input.source.empty()) out.key("source").string(input.source);
    if (errors[a]) {
      out.key("error").begin_object().key("code").string(error_code_name(errors[a]->code));
      out.key("message").string(errors[a]->message).end_object();
    } else {
      const Document& doc = docs[next_doc++];
      if (!doc.title.empty()) out.key("title").string(doc.title);
      out.key("lang").string(doc.lang);
    }
    out.end_object();
  }
  out.end_array();
}

void write_sentences(JsonWriter& out, const Story& story,
                     const std::vector<std::size_t>& article_of_doc, SpanWriter& spans) {
  out.key("sentences").begin_array();
  for (const StorySentence& s : story.sentences) {
    out.begin_object().key("text").string(s.text);
    out.key("article").unsigned_number(article_of_doc[s.article]);
    out.key("index").unsigned_number(s.index);
    spans.write(out, s.article, s.start, s.end);
    out.key("score").number(s.score).key("support");
    write_articles_of(out, s.support, article_of_doc);
    out.end_object();
  }
  out.end_array();
}

void write_entities(JsonWriter& out, const Story& story,
                    const std::vector<std::size_t>& article_of_doc, SpanWriter& spans) {
  out.key("entities").begin_array();
  for (const StoryEntity& e : story.entities) {
    out.begin_object().key("text").string(e.text).key("type").string(entity_type_name(e.type));
    out.key("key").string(e.key).key("count").unsigned_number(e.mentions.size());
    out.key("articles");
    write_articles_of(out, e.articles, article_of_doc);
    out.key("mentions").begin_array();
    for (const StoryMention& m : e.mentions) {
      out.begin_object().key("article").unsigned_number(article_of_doc[m.article]);
      spans.write(out, m.article, m.span.start, m.span.end);
      out.end_object();
    }
    out.end_array().end_object();
  }
  out.end_array();
}

void write_disagreements(JsonWriter& out, const Story& story,
                         const std::vector<std::size_t>& article_of_doc, SpanWriter& spans) {
  out.key("disagreements").begin_array();
  for (const Disagreement& conflict : story.disagreements) {
    out.begin_object().key("about").string(conflict.about).key("claims").begin_array();
    for (const Claim& c : conflict.claims) {
      out.begin_object().key("article").unsigned_number(article_of_doc[c.article]);
      out.key("text").string(c.text);
      spans.write(out, c.article, c.start, c.end);
      out.end_object();
    }
    out.end_array().end_object();
  }
  out.end_array();
}

}  // namespace

std::string story_json(const StoryRequest& request, const std::vector<Document>& docs,
                       const std::vector<std::size_t>& article_of_doc,
                       const std::vector<std::optional<Error>>& errors, const Story& story) {
  SpanWriter spans(docs, story);
  JsonWriter out;
  out.begin_object();
  if (!request.id_json.empty()) out.key("id").raw(request.id_json);
  write_articles(out, request, docs, errors);
  write_sentences(out, story, article_of_doc, spans);
  out.key("summary").string(story.summary);
  write_entities(out, story, article_of_doc, spans);
  out.key("keyphrases").begin_array();
  for (const Keyphrase& k : story.keyphrases) {
    out.begin_object().key("text").string(k.text).key("score").number(k.score).end_object();
  }
  out.end_array();
  write_disagreements(out, story, article_of_doc, spans);
  return out.end_object().take();
}

std::string cluster_assignment_json(std::string_view id_json, std::size_t cluster) {
  JsonWriter out;
  out.begin_object().key("id").raw(id_json).key("cluster").unsigned_number(cluster);
  return out.end_object().take();
}

std::string clusters_result_json(const std::vector<StoryCluster>& clusters,
                                 const std::vector<std::string>& ids_json) {
  JsonWriter out;
  out.begin_object().key("articles").unsigned_number(ids_json.size());
  out.key("clusters").begin_array();
  for (const StoryCluster& cluster : clusters) {
    out.begin_object().key("label").string(cluster.label).key("ids").begin_array();
    for (const std::size_t a : cluster.articles) out.raw(ids_json[a]);
    out.end_array().key("articles").begin_array();
    for (const std::size_t a : cluster.articles) out.unsigned_number(a);
    out.end_array().end_object();
  }
  return out.end_array().end_object().take();
}

}  // namespace precis
