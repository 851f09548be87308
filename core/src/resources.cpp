#include "precis/resources.h"

namespace precis {

const NerModel* Resources::ner_model(std::string_view lang) const noexcept {
  for (const auto& [code, model] : ner_models) {
    if (code == lang) return model;
  }
  return nullptr;
}

}  // namespace precis
