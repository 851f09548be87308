// Canonical entity keys: one stable string per real-world entity, the same across articles and
// languages, so a page can group "North Korea", "Corea del Nord" and "Nordkorea".
#pragma once

#include <string>
#include <string_view>

#include "precis/entities.h"
#include "precis/language.h"

namespace precis {

// The key of an entity with this surface text and type:
//   countries (any type but PER) -> "LOC:" + ISO 3166-1 alpha-2 code through the CLDR names of
//     the text's language, then English ("Corea del Nord" in Italian, "North Korea", "Nordkorea"
//     in German -> "LOC:KP");
//   people -> "PER:" + the folded surname, the last word without suffixes such as "Jr."
//     ("Vladimir Putin", "Putin" -> "PER:putin");
//   places and organisations named differently across languages -> type + ":" + the key of
//     their exonyms (exonym_key: "Mosca" in Italian -> "LOC:moscow", "Nazioni Unite" and
//     "United Nations" -> "ORG:un");
//   everything else -> type + ":" + the folded text ("U.N." -> "ORG:un").
// Folding: lowercase, typographic apostrophes as ', dots dropped, spaces collapsed, a leading
// "the " dropped. `text` may be any bytes (invalid UTF-8 becomes U+FFFD). O(n + log g).
std::string entity_key(std::string_view text, EntityType type, const LanguageData& language);

// The country part of entity_key: "LOC:KP" when `text` names a country in `language` or English,
// else empty. O(n + log g).
std::string country_key(std::string_view text, const LanguageData& language);

}  // namespace precis
