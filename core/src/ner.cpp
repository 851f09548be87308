#include "precis/ner.h"

#include <string_view>

#include "detail/ner_features.h"
#include "precis/document.h"
#include "precis/entities.h"
#include "precis/ner_model.h"

namespace precis {
namespace {

// The Document the model tags: the text as one sentence, in `lang` or the model's language.
Result<Document> model_document(std::string_view text, const std::string& lang,
                                const NerModel& model) {
  const bool given = !lang.empty() && lang != "auto";
  const LanguageData* language = find_language(given ? lang : model.lang());
  if (language == nullptr && given) {
    // Only to report a malformed code exactly as build_document does.
    DocumentOptions options;
    options.lang = lang;
    const Result<Document> check = build_document("x", options);
    if (!check) return check.error();
  }
  return detail::token_document(text, language != nullptr ? *language : neutral_language());
}

}  // namespace

Result<std::vector<std::string>> tag_tokens(const std::vector<std::string>& tokens,
                                            const std::string& lang, const NerModel* model) {
  std::string text;
  std::vector<std::size_t> starts;
  for (const std::string& token : tokens) {
    if (!text.empty()) text += ' ';
    starts.push_back(text.size());
    text += token;
  }
  std::vector<std::string> tags(tokens.size(), "O");
  Result<Document> doc = Error{ErrorCode::kInternal, ""};
  if (model != nullptr) {
    doc = model_document(text, lang, *model);
  } else {
    DocumentOptions options;
    options.lang = lang;
    options.max_input_bytes = text.size() + 1;
    doc = build_document(text, options);
  }
  if (!doc) {
    if (doc.error().code == ErrorCode::kEmptyInput) return tags;
    return doc.error();
  }
  const Document& d = doc.value();
  std::size_t input = 0;
  for (const EntitySpan& span : find_entity_spans(d, model)) {
    const std::size_t start = d.tokens[span.token_begin].start;
    const std::size_t end = d.tokens[span.token_end - 1].end;
    const std::string type(entity_type_name(span.type));
    while (input < tokens.size() && starts[input] + tokens[input].size() <= start) ++input;
    for (std::size_t i = input; i < tokens.size() && starts[i] < end; ++i) {
      tags[i] = (i == input ? "B-" : "I-") + type;
    }
  }
  return tags;
}

}  // namespace precis
