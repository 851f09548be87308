#include "lowercase_vocabulary.h"

#include <algorithm>
#include <map>

#include "detail/ner_features.h"

namespace precis::tools {

std::vector<std::uint32_t> lowercase_vocabulary(
    const std::vector<std::vector<std::string>>& sentences, const LanguageData& language,
    int min_count) {
  std::map<std::string, int> counts;
  for (const std::vector<std::string>& tokens : sentences) {
    std::string text;
    for (const std::string& t : tokens) text += (text.empty() ? "" : " ") + t;
    const Document doc = detail::token_document(text, language);
    for (const Token& t : doc.tokens) {
      if (t.kind == TokenKind::kWord && !t.capitalized) ++counts[t.norm];
    }
  }
  std::vector<std::uint32_t> keys;
  for (const auto& [word, count] : counts) {
    if (count >= min_count) keys.push_back(detail::ner_vocabulary_key(word));
  }
  std::sort(keys.begin(), keys.end());
  keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
  return keys;
}

}  // namespace precis::tools
