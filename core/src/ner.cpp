#include "precis/ner.h"

#include <string_view>

#include "precis/document.h"
#include "precis/entities.h"

namespace precis {

Result<std::vector<std::string>> tag_tokens(const std::vector<std::string>& tokens,
                                            const std::string& lang) {
  std::string text;
  std::vector<std::size_t> starts;
  for (const std::string& token : tokens) {
    if (!text.empty()) text += ' ';
    starts.push_back(text.size());
    text += token;
  }
  std::vector<std::string> tags(tokens.size(), "O");
  DocumentOptions options;
  options.lang = lang;
  options.max_input_bytes = text.size() + 1;
  Result<Document> doc = build_document(text, options);
  if (!doc) {
    if (doc.error().code == ErrorCode::kEmptyInput) return tags;
    return doc.error();
  }
  const Document& d = doc.value();
  std::size_t input = 0;
  for (const EntitySpan& span : find_entity_spans(d)) {
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
