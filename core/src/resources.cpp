#include "precis/resources.h"

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
  const std::size_t end = code.find_first_of("-_");
  const std::string_view primary = code.substr(0, end);
  for (const LanguageData* pack : languages) {
    if (pack->code.size() != primary.size()) continue;
    bool same = true;
    for (std::size_t i = 0; i < primary.size(); ++i) {
      const char c = primary[i];
      same &= pack->code[i] == ((c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c);
    }
    if (same) return pack;
  }
  return nullptr;
}

}  // namespace precis
