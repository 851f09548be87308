// Word lists behind the rule-based entity tagger: titles, keywords, gazetteers. Folded
// (lowercase) entries, multilingual (en, it, es, nl, fr, de, pt), hand-written for this project
// from general knowledge; issue #5 replaces the gazetteers with CLDR data.
#pragma once

#include <string_view>

namespace precis::detail {

enum class LexiconClass {
  kNone,
  kPersonTitle,    // "president", "mr", "ministro": the next capitalised words are a person
  kOrgKeyword,     // "council", "university", "ministero": the span is an organisation
  kLocKeyword,     // "square", "river", "penisola": the span is a place
  kCalendar,       // months and weekdays: capitalised, but not entities
  kCountryOrCity,  // "russia", "corea del nord", "pyongyang"
  kDemonym,        // "russian", "italiano": MISC in CoNLL terms
  kOrgName,        // "kremlin", "nato", "white house"
  kConnector,      // "of", "del", "van": may sit inside a name
};

// The class of a folded word or phrase (e.g. "corea del nord"), or kNone. O(log n).
LexiconClass lexicon_class(std::string_view folded);

// Prepositions that introduce places: "in", "from", "a", "en", "nach".
bool is_location_preposition(std::string_view folded);

// Lowercase nouns that introduce an organisation's name but are not name words: "firm",
// "charity", "azienda" ("the engineering firm Nordhavn Power"). Not a LexiconClass, because
// the NER models' features read lexicon_class.
bool is_organisation_noun(std::string_view folded);

}  // namespace precis::detail
