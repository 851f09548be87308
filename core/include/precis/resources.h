// Data files loaded at run time (the language-ID model, NER models), owned by the caller: the
// CLI or the wasm bindings keep what they loaded; the core only reads it. An empty Resources
// means built-in behaviour only.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace precis {

class LanguageIdModel;
class NerModel;
struct LanguageData;

struct Resources {
  // The language-ID model (data/langid/langid.bin). Without it only scripts that name their
  // language (Greek, Hebrew, Thai, kana, ...) are recognised; other text is "und".
  const LanguageIdModel* language_id = nullptr;

  // Statistical entity models by ISO 639-1 code. Opt-in data: see data/ner/LICENSE.md.
  std::vector<std::pair<std::string, const NerModel*>> ner_models;

  // The model for `lang`, or nullptr (entities then come from the rules). O(models).
  const NerModel* ner_model(std::string_view lang) const noexcept;

  // Languages loaded as packs (language_pack.h), for builds without every language built in.
  std::vector<const LanguageData*> languages;

  // The data for `code` ("it", "pt-BR"): built in, else a loaded pack, else nullptr. O(log n + p).
  const LanguageData* language(std::string_view code) const noexcept;
};

}  // namespace precis
