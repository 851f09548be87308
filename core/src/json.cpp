#include "precis/json.h"

#include <cmath>
#include <nlohmann/json.hpp>

#include "detail/json_parse.h"
#include "detail/json_span.h"
#include "detail/json_text.h"
#include "precis/json_writer.h"
#include "precis/limits.h"
#include "precis/utf8.h"

namespace precis {
namespace {

using detail::write_span;

using Json = nlohmann::ordered_json;

Error invalid(std::string_view key, std::string_view expected) {
  return Error{ErrorCode::kInvalidOptions,
               "option \"" + std::string(key) + "\" must be " + std::string(expected)};
}

// A whole number in [min, max], or an error naming the key.
Result<std::size_t> count_option(const Json& value, std::string_view key, std::size_t min,
                                 std::size_t max) {
  if (!value.is_number_integer() || value.get<long long>() < static_cast<long long>(min) ||
      value.get<unsigned long long>() > max) {
    return invalid(key,
                   "a whole number from " + std::to_string(min) + " to " + std::to_string(max));
  }
  return static_cast<std::size_t>(value.get<unsigned long long>());
}

template <typename Enum, std::size_t N>
Result<Enum> enum_option(const Json& value, std::string_view key,
                         const std::pair<std::string_view, Enum> (&names)[N],
                         std::string_view expected) {
  if (value.is_string()) {
    for (const auto& [name, e] : names) {
      if (value.get<std::string>() == name) return e;
    }
  }
  return invalid(key, expected);
}

constexpr std::pair<std::string_view, SummaryType> kTypes[] = {
    {"key-points", SummaryType::kKeyPoints},
    {"tldr", SummaryType::kTldr},
    {"teaser", SummaryType::kTeaser},
    {"headline", SummaryType::kHeadline}};
constexpr std::pair<std::string_view, SummaryLength> kLengths[] = {
    {"short", SummaryLength::kShort},
    {"medium", SummaryLength::kMedium},
    {"long", SummaryLength::kLong}};
constexpr std::pair<std::string_view, bool> kOnTooLarge[] = {{"error", false}, {"truncate", true}};
constexpr std::pair<std::string_view, SummaryOrder> kOrders[] = {
    {"document", SummaryOrder::kDocument}, {"rank", SummaryOrder::kRank}};
constexpr std::pair<std::string_view, SummaryFormat> kFormats[] = {
    {"markdown", SummaryFormat::kMarkdown}, {"plain-text", SummaryFormat::kPlainText}};

// {"position": 1, "centrality": 0.5, ...}: a tuning knob (tools/tune-summary.mjs); missing keys
// keep their defaults.
Result<bool> weights_option(const Json& value, SummaryWeights& out) {
  if (!value.is_object()) return invalid("rankWeights", "an object of numbers");
  const std::pair<const char*, double*> fields[] = {
      {"position", &out.position},     {"positionDecay", &out.position_decay},
      {"centrality", &out.centrality}, {"centroid", &out.centroid},
      {"title", &out.title},           {"entity", &out.entity},
      {"length", &out.length},         {"diversity", &out.diversity},
      {"coverage", &out.coverage}};
  for (const auto& [name, target] : fields) {
    const auto it = value.find(name);
    if (it == value.end()) continue;
    if (!it->is_number() || !std::isfinite(it->get<double>()) || it->get<double>() < 0.0) {
      return invalid("rankWeights", "an object of numbers >= 0");
    }
    *target = it->get<double>();
  }
  return true;
}

// Applies one key; unknown keys are ignored so newer callers work with older cores.
Result<bool> apply_option(const std::string& key, const Json& value, RequestOptions& out) {
  const auto string_option = [&](std::string& target) -> Result<bool> {
    if (!value.is_string()) return invalid(key, "a string");
    target = value.get<std::string>();
    return true;
  };
  if (key == "lang") return string_option(out.document.lang);
  if (key == "title") return string_option(out.document.title);
  if (key == "ner") {
    if (!value.is_boolean()) return invalid(key, "true or false");
    out.use_ner_model = value.get<bool>();
    return true;
  }
  if (key == "context") return string_option(out.summary.context);
  if (key == "rankWeights") return weights_option(value, out.summary.weights);
  if (key == "ratio") {
    if (!value.is_number() || !(value.get<double>() > 0.0) || value.get<double>() > 1.0) {
      return invalid(key, "a number greater than 0 and at most 1");
    }
    out.summary.ratio = value.get<double>();
    return true;
  }
  if (key == "order") {
    auto r = enum_option(value, key, kOrders, "\"document\" or \"rank\"");
    if (!r) return r.error();
    out.summary.order = r.value();
    return true;
  }
  if (key == "format") {
    auto r = enum_option(value, key, kFormats, "\"markdown\" or \"plain-text\"");
    if (!r) return r.error();
    out.summary.format = r.value();
    return true;
  }
  if (key == "type") {
    auto r =
        enum_option(value, key, kTypes, "\"key-points\", \"tldr\", \"teaser\" or \"headline\"");
    if (!r) return r.error();
    out.summary.type = r.value();
  } else if (key == "length") {
    auto r = enum_option(value, key, kLengths, "\"short\", \"medium\" or \"long\"");
    if (!r) return r.error();
    out.summary.length = r.value();
  } else if (key == "onTooLarge") {
    auto r = enum_option(value, key, kOnTooLarge, "\"error\" or \"truncate\"");
    if (!r) return r.error();
    out.document.truncate_too_large = r.value();
  } else if (key == "sentences" || key == "words" || key == "chars" || key == "keyphrases" ||
             key == "maxInputBytes") {
    const std::size_t max = key == "sentences"    ? kMaxSummarySentences
                            : key == "keyphrases" ? kMaxKeyphrases
                                                  : static_cast<std::size_t>(1) << 31;
    auto r = count_option(value, key, key == "keyphrases" ? 0 : 1, max);
    if (!r) return r.error();
    if (key == "sentences") out.summary.sentences = r.value();
    if (key == "words") out.summary.words = r.value();
    if (key == "chars") out.summary.chars = r.value();
    if (key == "keyphrases") out.keyphrases = r.value();
    if (key == "maxInputBytes") out.document.max_input_bytes = r.value();
  }
  return true;
}

Result<bool> apply_object(const Json& object, RequestOptions& out) {
  for (const auto& [key, value] : object.items()) {
    if (value.is_null()) continue;  // {"lang": null} means "not given"
    Result<bool> applied = apply_option(key, value, out);
    if (!applied) return applied.error();
  }
  return true;
}

// Opens the reply object with its "id", when the request had one (already JSON text).
void begin_reply(JsonWriter& out, std::string_view id_json) {
  out.begin_object();
  if (!id_json.empty()) out.key("id").raw(id_json);
}

void write_sentences(JsonWriter& out, const Summary& summary, const std::vector<std::size_t>& utf16,
                     std::size_t& next) {
  out.key("sentences").begin_array();
  for (const SummarySentence& s : summary.sentences) {
    out.begin_object().key("text").string(s.text).key("index").unsigned_number(s.index);
    write_span(out, s.start, s.end, utf16, next);
    out.key("score").number(s.score).end_object();
  }
  out.end_array();
  out.key("summary").string(summary.summary);
}

void write_entities(JsonWriter& out, const std::vector<Entity>& entities,
                    const std::vector<std::size_t>& utf16, std::size_t& next) {
  out.key("entities").begin_array();
  for (const Entity& e : entities) {
    out.begin_object().key("text").string(e.text).key("type").string(entity_type_name(e.type));
    out.key("key").string(e.key).key("count").unsigned_number(e.mentions.size());
    out.key("mentions").begin_array();
    for (const Mention& m : e.mentions) {
      out.begin_object();
      write_span(out, m.start, m.end, utf16, next);
      out.end_object();
    }
    out.end_array().end_object();
  }
  out.end_array();
}

// Why a JSONL line is no request: empty, an object that does not parse (cut short by a
// truncated file, or malformed), or JSON that is not an object.
std::string unreadable_line(std::string_view line, bool malformed) {
  const std::size_t first = line.find_first_not_of(" \t\r");
  if (first == std::string_view::npos) return "the line is empty";
  if (malformed && line[first] == '{') {
    return "the line is a JSON object that does not parse (cut short or malformed)";
  }
  return malformed ? "the line is not JSON" : "the line is JSON but not an object";
}

}  // namespace

Result<RequestOptions> parse_options(std::string_view json, const RequestOptions& base) {
  RequestOptions out = base;
  if (json.empty()) return out;
  const Json parsed = detail::parse_json(json);
  if (parsed.is_discarded()) return Error{ErrorCode::kInvalidJson, "options are not valid JSON"};
  if (!parsed.is_object()) return Error{ErrorCode::kInvalidOptions, "options must be an object"};
  Result<bool> applied = apply_object(parsed, out);
  if (!applied) return applied.error();
  return out;
}

Result<JsonlRequest> parse_request_line(std::string_view line, bool needs_tokens,
                                        const RequestOptions& base, std::string& id_json) {
  id_json = "null";
  const Json parsed = detail::parse_json(line);
  if (parsed.is_discarded() || !parsed.is_object()) {
    return Error{ErrorCode::kInvalidJson, unreadable_line(line, parsed.is_discarded())};
  }
  if (parsed.contains("id")) id_json = detail::json_text(parsed["id"]);
  JsonlRequest request;
  request.id_json = id_json;
  request.options = base;
  // Only "title" and "lang" come from the line: data sets carry other fields (gold
  // "keyphrases", "summary") that must not be read as options.
  for (const char* key : {"title", "lang"}) {
    const auto value = parsed.find(key);
    if (value == parsed.end() || value->is_null()) continue;
    Result<bool> applied = apply_option(key, *value, request.options);
    if (!applied) return applied.error();
  }
  if (needs_tokens) {
    const auto tokens = parsed.find("tokens");
    if (tokens == parsed.end() || !tokens->is_array()) {
      return Error{ErrorCode::kInvalidJson, "the line needs \"tokens\": an array of strings"};
    }
    for (const Json& token : *tokens) {
      if (!token.is_string()) {
        return Error{ErrorCode::kInvalidJson, "every token must be a string"};
      }
      request.tokens.push_back(token.get<std::string>());
    }
    return request;
  }
  const auto text = parsed.find("text");
  if (text == parsed.end() || !text->is_string()) {
    return Error{ErrorCode::kInvalidJson, "the line needs \"text\": a string"};
  }
  request.text = text->get<std::string>();
  return request;
}

std::string analysis_json(const Document& doc, const AnalysisParts& parts,
                          std::string_view id_json) {
  // All offsets are mapped to UTF-16 in one pass over the text.
  std::vector<std::size_t> bytes;
  if (parts.summary != nullptr) {
    for (const SummarySentence& s : parts.summary->sentences) {
      bytes.push_back(s.start);
      bytes.push_back(s.end);
    }
  }
  if (parts.entities != nullptr) {
    for (const Entity& e : *parts.entities) {
      for (const Mention& m : e.mentions) {
        bytes.push_back(m.start);
        bytes.push_back(m.end);
      }
    }
  }
  const std::vector<std::size_t> utf16 = utf16_offsets(doc.text, bytes);
  std::size_t next = 0;
  JsonWriter out;
  begin_reply(out, id_json);
  out.key("lang").string(doc.lang);
  if (parts.summary != nullptr && !doc.title.empty()) out.key("title").string(doc.title);
  if (doc.truncated) out.key("truncated").boolean(true);
  if (parts.summary != nullptr) write_sentences(out, *parts.summary, utf16, next);
  if (parts.entities != nullptr) {
    write_entities(out, *parts.entities, utf16, next);
    out.key("method").string(parts.entity_method);
  }
  if (parts.keyphrases != nullptr) {
    out.key("keyphrases").begin_array();
    for (const Keyphrase& k : *parts.keyphrases) {
      out.begin_object().key("text").string(k.text).key("score").number(k.score).end_object();
    }
    out.end_array();
  }
  return out.end_object().take();
}

std::string language_json(const LanguageGuess& guess, std::string_view id_json) {
  JsonWriter out;
  begin_reply(out, id_json);
  out.key("lang").string(guess.code);
  out.key("score").number(std::round(guess.score * 10000.0) / 10000.0);
  return out.end_object().take();
}

std::string tags_json(const std::vector<std::string>& tags, std::string_view id_json) {
  JsonWriter out;
  begin_reply(out, id_json);
  out.key("tags").begin_array();
  for (const std::string& tag : tags) out.string(tag);
  return out.end_array().end_object().take();
}

std::string error_json(const Error& error, std::string_view id_json) {
  JsonWriter out;
  begin_reply(out, id_json);
  out.key("error").begin_object().key("code").string(error_code_name(error.code));
  out.key("message").string(error.message);
  return out.end_object().end_object().take();
}

}  // namespace precis
