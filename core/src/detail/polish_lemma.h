// Lemma-like display of Polish key phrases: a phrase that the text only offers in an oblique
// case ("emisji akustycznej", "adaptacyjnej filtracji zakłóceń") is shown in the nominative
// ("emisja akustyczna", "adaptacyjna filtracja zakłóceń"), as readers and indexers tag it.
#pragma once

#include <string>

namespace precis::detail {

// The phrase (lowercase words separated by single spaces) with its head noun and the adjectives
// that agree with it put in the nominative singular. Only endings that belong to one gender and
// case are changed: feminine "-cji", "-ii", "-ości", "-ę", "-ą" and neuter "-niu", "-niem" heads.
// Masculine and plural forms stay as written ("pomiarach" may be "pomiary" or "pomiara").
// Words after the head that are not agreeing adjectives are genitive complements and stay
// ("lokalizacja ośrodków pobudzenia"). O(length).
std::string polish_nominative(const std::string& phrase);

}  // namespace precis::detail
