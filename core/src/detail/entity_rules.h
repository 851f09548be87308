// The entity tagger without a model: capitalised spans typed by rules (titles, keywords,
// gazetteers, context), as candidates that entities.cpp groups into entities. A model's spans
// become candidates of the same shape.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "precis/document.h"
#include "precis/entities.h"

namespace precis::detail {

// How sure a typing rule is: a title or gazetteer hit beats a keyword, which beats context.
// Mentions of one entity vote for its type with these weights.
enum EntityConfidence { kGuess = 1, kContext = 2, kKeyword = 3, kLexicon = 5 };

// One mention found: tokens [begin, end), its type and how sure the rule that typed it is.
struct EntityCandidate {
  std::size_t begin;
  std::size_t end;
  EntityType type;
  int confidence;
};

// The folded words of tokens [begin, end) joined by spaces: "corea del nord". O(length).
std::string span_key(const Document& doc, std::size_t begin, std::size_t end);

// Token t as a word of a name is matched by: its stem where `by_stem` (the language declines
// names: "Путину" is the "Путин" seen elsewhere) and the word has one, else its folded form.
// O(1).
std::string_view name_word(const Document& doc, std::size_t t, bool by_stem);

// Whether a folded word begins surnames: "von" (der Leyen), "de" (Sousa), "van", "da". O(1).
bool is_surname_particle(std::string_view folded);

// The capitalised spans of doc, sentence by sentence, each typed by the strongest rule that
// applies. O(n log L) for n tokens and L lexicon entries.
std::vector<EntityCandidate> find_rule_entities(const Document& doc);

}  // namespace precis::detail
