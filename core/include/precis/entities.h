// Named entities (PER, LOC, ORG, MISC) by rules (capitalised spans typed by titles, keywords,
// gazetteers and context) or by a statistical model (ner_model.h), then merged across mentions
// ("Vladimir Putin", "Putin", "Mr. Putin").
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "precis/document.h"

namespace precis {

class NerModel;

enum class EntityType { kPerson, kLocation, kOrganization, kMisc };

// "PER", "LOC", "ORG", "MISC".
std::string_view entity_type_name(EntityType type) noexcept;

struct EntitySpan {
  std::size_t token_begin = 0;  // tokens [token_begin, token_end) of doc.tokens
  std::size_t token_end = 0;
  EntityType type = EntityType::kMisc;
};

struct Mention {
  std::size_t start = 0;  // byte offsets into the input
  std::size_t end = 0;
};

struct Entity {
  std::string text;  // the fullest surface form, valid UTF-8
  EntityType type = EntityType::kMisc;
  std::string
      key;  // canonical across articles and languages: "LOC:KP", "PER:putin" (entity_keys.h)
  std::vector<Mention> mentions;  // document order; count = mentions.size()
};

// Every entity mention in the document's sentences, in token order; mentions of one entity
// share its (voted) type. `model` null: the rules; otherwise the model's spans. O(n log n).
std::vector<EntitySpan> find_entity_spans(const Document& doc, const NerModel* model = nullptr);

// Mentions merged into entities: most mentioned first, ties by first mention. At most `limit`.
// `model` as in find_entity_spans.
std::vector<Entity> extract_entities(const Document& doc, std::size_t limit,
                                     const NerModel* model = nullptr);

struct EntityAnalysis {
  std::vector<EntitySpan> spans;  // as find_entity_spans
  std::vector<Entity> entities;   // as extract_entities
};

// Both of the above from one pass over the document (`tag` needs the spans for key phrases).
EntityAnalysis analyze_entities(const Document& doc, std::size_t limit,
                                const NerModel* model = nullptr);

}  // namespace precis
