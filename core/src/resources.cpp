#include "precis/resources.h"

#include <algorithm>
#include <string>

#include "precis/language.h"

namespace precis {

const NerModel* Resources::ner_model(std::string_view lang) const noexcept {
  for (const auto& [code, model] : ner_models) {
    if (code == lang) return model;
  }
  return nullptr;
}

const LanguageData* Resources::language(std::string_view code) const noexcept {
  if (const LanguageData* built_in = find_language(code)) return built_in;
  // Pack codes are two or three letters (parse_language_pack), so a longer tag cannot match and
  // is not copied.
  if (std::min(code.find_first_of("-_"), code.size()) > 3) return nullptr;
  const std::string primary = primary_language_code(code);
  for (const LanguageData* pack : languages) {
    if (pack->code == primary) return pack;
  }
  return nullptr;
}

}  // namespace precis
